import type { StoredEvent } from '@/utils/bus/protocol';
import type { SeenMessage } from '@/utils/core/events';

export function seenMessage(overrides: Partial<SeenMessage> = {}): SeenMessage {
  return {
    msgId: '3276257714766086428',
    chat: { name: '销售协作群', kind: 'group' },
    direction: 'in',
    senderName: '销售部-张三',
    type: 'text',
    text: '各位，本周五前把Q3报价单发我',
    links: [],
    firstSeenAt: 1_700_000_000_000,
    ...overrides,
  };
}

export function messageEvent(overrides: Partial<SeenMessage> = {}, account = '陈经理'): StoredEvent {
  const message = seenMessage(overrides);
  return { kind: 'message', account, site: 'wechat-web', message, chatClass: 'customer', time: message.firstSeenAt, timeSource: 'first-seen' };
}
