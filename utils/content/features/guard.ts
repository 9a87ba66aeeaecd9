/**
 * Send & forward guard: Enter / Alt+S in the editor, 发送, 重新发送, a file picked in the composer, and the
 * forward dialog's final send. Installed as soon as the content script starts (document_start), before the
 * policy is known: sends in that window are held, not let through (see ../guard/flow.ts).
 */
import { createGuardDialogs } from '../guard/dialogs';
import { GuardFlow } from '../guard/flow';
import { installInterceptions } from '../guard/interceptions';
import type { ContentFeature } from './types';

export const guard: ContentFeature = {
  id: 'guard',
  start(api) {
    const flow = new GuardFlow({ api, dialogs: createGuardDialogs(api), policyKnown: api.policyKnown, whenPolicyKnown: api.whenPolicyKnown });
    installInterceptions(api, flow, api.signal);
    return {
      onPolicyChange: (policy) => flow.prepare(policy),
    };
  },
};
