import { chatClassTag } from './chat-class-tag';
import { firstRunNotice } from './first-run-notice';
import { guard } from './guard';
import { leaderReminder } from './leader-reminder';
import { nickname } from './nickname';
import { noticeReceipts } from './notice-receipts';
import { recorder } from './recorder';
import { replyClock } from './reply-clock';
import type { ContentFeature } from './types';

/**
 * Every content feature, in start order. A feature is one file exporting a ContentFeature. The customer features
 * share one state and one refresh (utils/content/customer/state.ts) and run in this order each refresh: the chat
 * header (chat-class-tag) comes after the features that put a waiting time in it.
 */
export const CONTENT_FEATURES: ContentFeature[] = [recorder, nickname, guard, replyClock, leaderReminder, noticeReceipts, chatClassTag, firstRunNotice];
