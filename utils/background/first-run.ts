/**
 * First run: on install the options page opens on its short setup (#setup) — unless the company pushes the policy
 * as an enterprise policy (storage.managed), where the admin has set things up already and staff should not be
 * asked to.
 */
import { browser } from 'wxt/browser';

export const SETUP_PATH = '/options.html#setup';

export async function managedPolicyPresent(): Promise<boolean> {
  try {
    return typeof (await browser.storage.managed.get('policyJson')).policyJson === 'string';
  } catch {
    return false; // no managed storage on this browser / platform
  }
}

export function openSetupOnInstall(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason !== 'install') return;
    void managedPolicyPresent().then((managed) => {
      if (!managed) return browser.tabs.create({ url: browser.runtime.getURL(SETUP_PATH) });
    });
  });
}
