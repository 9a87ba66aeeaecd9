/**
 * The chat header bar: the open chat's class with a one-click tag (自动 = the policy's name patterns), followed by
 * what the other customer features put in the header this refresh (the reply clock, a leader's reminder). Its step
 * runs after theirs (features/index.ts lists it after them).
 */
import { classifyChat } from '../../core/classify';
import { customerState } from '../customer/state';
import { HEADER_CSS, renderHeader } from '../ui/customer-ui';
import type { ContentFeature, FeatureApi } from './types';

export const chatClassTag: ContentFeature = {
  id: 'chat-class-tag',
  start(api) {
    const state = customerState(api);
    let headerUi: Awaited<ReturnType<FeatureApi['createShadowUi']>> | null = null;
    api.onTeardown(() => headerUi?.remove());
    state.onRefresh(async (open) => {
      if (!open || !api.adapter.summaryAnchor(api.doc)) return;
      const { sla, leader } = state.header; // this refresh's, read before the UI is first created
      headerUi ??= await api.createShadowUi({ name: 'qg-chat-class', anchor: () => api.adapter.summaryAnchor(api.doc), css: HEADER_CSS });
      if (!headerUi.shadowHost.isConnected) headerUi.mount();
      const { chat, chatClass } = open;
      renderHeader(headerUi.shadowHost, headerUi.uiContainer, { chatClass, patternClass: classifyChat(chat.name, api.policy().groups), tagged: api.tagOf(chat) !== null, sla, leader }, (cls) => {
        void api.setTag(chat, cls); // setTag notifies features (onPolicyChange), which redraws this
      });
    });
    return state.handlers;
  },
};
