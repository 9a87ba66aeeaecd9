import { browser } from 'wxt/browser';
import type { BusReplies, BusRequest } from './protocol';

/** Send a request to the background and return its reply; rejects on no reply or `ok: false`. */
export async function request<R extends BusRequest>(req: R): Promise<BusReplies[R['type']]> {
  const reply = (await browser.runtime.sendMessage(req)) as { ok?: boolean; error?: string } | undefined;
  if (!reply || reply.ok !== true) throw new Error(reply?.error ?? `no reply to ${req.type}`);
  return reply as BusReplies[R['type']];
}
