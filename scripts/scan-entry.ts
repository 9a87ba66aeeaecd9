// Bundled by scripts/scan.mjs: the same detector and policy parser the extension uses.
export { judgeLine, scanDetector } from './scan-judge';
export { parsePolicyText } from '../utils/core/policy/parse';
export { defaultPolicy } from '../utils/core/policy/model';
import { translator } from '../utils/i18n/define';
import { issueMessages, issueText } from '../utils/i18n/messages/issues';

/** A policy problem in the same words the options page uses (zh-CN). */
const t = translator(issueMessages);
export const describeIssue = (issue: Parameters<typeof issueText>[1]) => issueText(t, issue);
