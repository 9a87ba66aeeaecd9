import type { MessageType } from '../../core/events';

/** web WeChat's `MsgType` numbers (confFactory.MSGTYPE_*), shared by the DOM reader and the model reader. */
export const MSG_TYPES: Record<number, MessageType> = {
  1: 'text',
  3: 'image',
  34: 'voice',
  42: 'card',
  43: 'video',
  47: 'sticker',
  62: 'video',
  10000: 'system',
  10002: 'recall',
};
