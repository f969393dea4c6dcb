/**
 * The connected desk, one screen without scrolling the page: notices on top; the ringing calls and
 * the call in view with the caller's card; beside it the workspace (case form, knowledge base); and
 * the side column (calling out, my calls, callbacks, colleagues, devices), each scrolling on its own.
 */
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { selectCurrentCall, selectFocusCall, selectOfferedCalls, usePhone } from '../phone/index.js';
import { ActionError } from './ActionError.js';
import { ActiveCall } from './ActiveCall.js';
import { CallbacksPanel } from './callbacks/CallbacksPanel.js';
import { CallHistory } from './CallHistory.js';
import { CallList } from './CallList.js';
import { ColleaguesPanel } from './colleagues/ColleaguesPanel.js';
import { DeviceBanner } from './devices/DeviceBanner.js';
import { DeviceCheckDialog } from './devices/DeviceCheckDialog.js';
import { DevicePanel } from './devices/DevicePanel.js';
import { DialPad } from './DialPad.js';
import { IdleState } from './IdleState.js';
import { IncomingCall } from './IncomingCall.js';
import { DeviationBanner } from './knowledge/DeviationBanner.js';
import { useLink } from './link-context.js';
import { SettingsNotice } from './SettingsNotice.js';
import { useDeskNotifications } from './desk-notifications.js';
import { ShortcutsHelp } from './ShortcutsHelp.js';
import { useDeskShortcuts } from './use-desk-shortcuts.js';
import { WaitingCalls } from './WaitingCalls.js';
import { Workspace } from './workspace/Workspace.js';

export function Desk() {
  const { t } = useTranslation('phone');
  const link = useLink();
  useDeskShortcuts(link);
  useDeskNotifications(link);
  return (
    <div className="desk-layout">
      <div className="desk-layout__notices">
        <SettingsNotice />
        <DeviceBanner />
        <DeviationBanner />
        <ActionError />
      </div>
      <CallColumn />
      <Workspace />
      <aside className="desk-layout__side" aria-label={t('callList.title')}>
        <DialPad />
        <CallList />
        <CallbacksPanel />
        <CallHistory />
        <ColleaguesPanel />
        <DevicePanel />
        <ShortcutsHelp />
      </aside>
      <DeviceCheckDialog />
    </div>
  );
}

/**
 * The calls, apart from the rest of the desk: a call's every change (ringing, answering,
 * connected) redraws this column only, not the workspace and the side column, so answering
 * leaves the page free for the call's media (phone benchmark, answer -> two-way audio).
 */
function CallColumn() {
  const offered = usePhone(useShallow(selectOfferedCalls));
  const focus = usePhone(selectFocusCall);
  const onCall = usePhone((state) => selectCurrentCall(state)?.state === 'active');
  return (
    <div className="desk-layout__call">
      <WaitingCalls />
      {/* Ringing first: it is the one that cannot wait, even during a call. */}
      {offered.map((call, index) => (
        <IncomingCall key={call.callId} call={call} answersByShortcut={index === 0} onCall={onCall} />
      ))}
      {focus && focus.state !== 'answering' && <ActiveCall key={focus.callId} call={focus} />}
      {!focus && offered.length === 0 && <IdleState />}
    </div>
  );
}
