/** tc() for the chat page: only the strings the content script shows (the options page's stay out of its bundle). */
import { translator } from './define';
import { sharedMessages } from './messages/shared';
import { contentMessages } from './messages/content';
import { guardPageMessages } from './messages/guard-page';
import { nicknameReasonMessages } from './messages/nickname-reasons';
import { firstRunNoticeMessages } from './messages/first-run-notice';

export const tc = translator({ ...contentMessages, ...guardPageMessages, ...sharedMessages, ...nicknameReasonMessages, ...firstRunNoticeMessages });
export { loadLocale } from './locale';
