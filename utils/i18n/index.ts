/**
 * t() for extension pages (popup, options). Every UI string lives in utils/i18n/messages/; the content script has
 * its own smaller translator (utils/i18n/content.ts) so chat pages do not load the options page's strings.
 */
import { translator } from './define';
import { commonMessages } from './messages/common';
import { customerMessages } from './messages/customer';
import { exportMessages } from './messages/export';
import { exportWordMessages } from './messages/export-words';
import { optionsUxMessages } from './messages/options-ux';
import { issueMessages } from './messages/issues';
import { loginStatusMessages } from './messages/login-status';
import { sharedMessages } from './messages/shared';
import { nicknameMessages } from './messages/nickname';
import { nicknameReasonMessages } from './messages/nickname-reasons';
import { policyHealthMessages } from './messages/policy-health';
import { rulesMessages } from './messages/rules';
import { sensitiveMessages } from './messages/sensitive';
import { settingsMessages } from './messages/settings';

export const pageMessages = { ...commonMessages, ...exportMessages, ...exportWordMessages, ...optionsUxMessages, ...nicknameMessages, ...sharedMessages, ...sensitiveMessages, ...settingsMessages, ...customerMessages, ...nicknameReasonMessages, ...issueMessages, ...policyHealthMessages, ...loginStatusMessages, ...rulesMessages };

export const t = translator(pageMessages);
export type MessageKey = keyof typeof pageMessages & string;
export { getLocale, loadLocale, saveLocale, setLocale, LOCALE_STORAGE_KEY, type Locale } from './locale';
