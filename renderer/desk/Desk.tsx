/**
 * The connected desk: notices, ringing calls and the call in view on the left; calling out and
 * the list of the agent's calls and their recent ones on the right, always at hand.
 */
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { selectCurrentCall, selectFocusCall, selectRingingCalls, usePhone } from '../phone/index.js';
import { ActionError } from './ActionError.js';
import { ActiveCall } from './ActiveCall.js';
import { CallbacksPanel } from './callbacks/CallbacksPanel.js';
import { CallHistory } from './CallHistory.js';
import { CallList } from './CallList.js';
import { CaseFormPanel } from './case-form/CaseFormPanel.js';
import { ColleaguesPanel } from './colleagues/ColleaguesPanel.js';
import { DeviceBanner } from './devices/DeviceBanner.js';
import { DeviceCheckDialog } from './devices/DeviceCheckDialog.js';
import { DevicePanel } from './devices/DevicePanel.js';
import { DialPad } from './DialPad.js';
import { IdleState } from './IdleState.js';
import { IncomingCall } from './IncomingCall.js';
import { DeviationBanner } from './knowledge/DeviationBanner.js';
import { KnowledgePanel } from './knowledge/KnowledgePanel.js';
import { useLink } from './link-context.js';
import { SettingsNotice } from './SettingsNotice.js';
import { useDeskNotifications } from './desk-notifications.js';
import { ShortcutsHelp } from './ShortcutsHelp.js';
import { useDeskShortcuts } from './use-desk-shortcuts.js';
import { WaitingCalls } from './WaitingCalls.js';

export function Desk() {
  const { t } = useTranslation('phone');
  const link = useLink();
  useDeskShortcuts(link);
  useDeskNotifications(link);
  const ringing = usePhone(useShallow(selectRingingCalls));
  const focus = usePhone(selectFocusCall);
  const onCall = usePhone((state) => selectCurrentCall(state)?.state === 'active');
  return (
    <div className="desk-layout">
      <div className="desk-layout__main">
        <SettingsNotice />
        <DeviceBanner />
        <DeviationBanner />
        <ActionError />
        <WaitingCalls />
        {/* Ringing first: it is the one that cannot wait, even during a call. */}
        {ringing.map((call, index) => (
          <IncomingCall key={call.callId} call={call} answersByShortcut={index === 0} onCall={onCall} />
        ))}
        {focus && <ActiveCall key={focus.callId} call={focus} />}
        {!focus && ringing.length === 0 && <IdleState />}
        <CaseFormPanel />
        <KnowledgePanel />
      </div>
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
