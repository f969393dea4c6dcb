/** The connected desk: notices, ringing calls, the call in progress, or the idle state. */
import { useShallow } from 'zustand/react/shallow';
import { selectCurrentCall, selectRingingCalls, usePhone } from '../phone/index.js';
import { ActionError } from './ActionError.js';
import { ActiveCall } from './ActiveCall.js';
import { IdleState } from './IdleState.js';
import { IncomingCall } from './IncomingCall.js';
import { useLink } from './link-context.js';
import { SettingsNotice } from './SettingsNotice.js';
import { useDeskShortcuts } from './use-desk-shortcuts.js';

export function Desk() {
  useDeskShortcuts(useLink());
  const ringing = usePhone(useShallow(selectRingingCalls));
  const current = usePhone(selectCurrentCall);
  return (
    <>
      <SettingsNotice />
      <ActionError />
      {/* Ringing first: it is the one that cannot wait, even during a call. */}
      {ringing.map((call, index) => (
        <IncomingCall key={call.callId} call={call} answersByShortcut={index === 0} />
      ))}
      {current && <ActiveCall call={current} />}
      {!current && ringing.length === 0 && <IdleState />}
    </>
  );
}
