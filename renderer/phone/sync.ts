/**
 * Feeds the phone mirror from one link: contract events as they come, and a snapshot at every
 * (re)connect so a reloaded or reconnected desk rebuilds what the core already has.
 */
import type { RendererSideLink } from '../../shared/messaging/links.js';
import { applyCall, applyCallerIdentified, applyRegistration, applySnapshot } from './phone-state.js';
import { phoneStore, type PhoneStore } from './phone-store.js';

export function startPhoneSync(
  link: RendererSideLink,
  store: PhoneStore = phoneStore,
  now: () => number = Date.now,
): () => void {
  let stopped = false;
  // Listen before asking, so no event falls between the snapshot and the subscriptions.
  const unsubscribe = [
    link.on('phone.registrationChanged', (status) => store.setState((s) => applyRegistration(s, status))),
    link.on('phone.callChanged', (call) => store.setState((s) => applyCall(s, call))),
    link.on('screenpop.callerIdentified', (event) => store.setState((s) => applyCallerIdentified(s, event, now()))),
  ];
  void link.request('phone.getSnapshot', {}).then((result) => {
    // A failed snapshot means the link is gone; the next connection asks again.
    if (stopped || !result.ok) return;
    store.setState((s) => applySnapshot(s, result.value, now()));
  });
  return () => {
    stopped = true;
    unsubscribe.forEach((off) => off());
  };
}
