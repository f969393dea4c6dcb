/** The phone feature's surface for the rest of the renderer: read the mirror, start its sync. */
export { callerCardFor, type CallerCardView, type CitizenView } from './caller-card.js';
export type { FailedCall, PhoneState } from './phone-state.js';
export { dismissCallFailure, phoneReader, usePhone, type PhoneReader } from './phone-store.js';
export * from './selectors.js';
export { startPhoneSync } from './sync.js';
