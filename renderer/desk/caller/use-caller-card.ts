/**
 * A call's caller card, the same object for as long as what it shows is the same: a call whose
 * state alone changes (answered, connected) does not redraw its card, which is most of the panel.
 */
import { useMemo } from 'react';
import type { Call, CallerIdentified } from '../../../shared/contract/index.js';
import { callerCardFor, type CallerCardView } from '../../phone/index.js';

export function useCallerCard(call: Pick<Call, 'caller'>, identified: CallerIdentified | undefined): CallerCardView {
  const { display, e164 } = call.caller;
  return useMemo(() => callerCardFor({ caller: { display, e164 } }, identified), [display, e164, identified]);
}
