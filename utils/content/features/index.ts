import { customer } from './customer';
import { firstRunNotice } from './first-run-notice';
import { guard } from './guard';
import { nickname } from './nickname';
import { recorder } from './recorder';
import type { ContentFeature } from './types';

/** Every content feature, in start order. A feature is one file exporting a ContentFeature. */
export const CONTENT_FEATURES: ContentFeature[] = [recorder, nickname, guard, customer, firstRunNotice];
