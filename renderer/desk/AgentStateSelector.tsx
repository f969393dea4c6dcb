/**
 * The agent's state in the top bar (state, reason, time in it, wrap-up's end) and the one place
 * to change it: a native select, so it is reachable and operable from the keyboard.
 */
import { useEffect, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgentStatus } from '../../shared/contract/index.js';
import { reportResult } from './action-errors.js';
import { agentStateStore, startAgentStateSync, useAgentState } from './agent-state-mirror.js';
import { useLink } from './link-context.js';
import { formatElapsed, secondsUntil } from './time-format.js';
import { useNow } from './use-now.js';

const READY = 'ready';

export function AgentStateSelector() {
  const { t, i18n } = useTranslation();
  const link = useLink();
  useEffect(() => startAgentStateSync(link, agentStateStore), [link]);
  const status = useAgentState((s) => s.status);
  const reasons = useAgentState((s) => s.notReadyReasons);
  const now = useNow(status !== null);
  if (!status) return null;

  // Reason codes come from settings; a centre's own code without a text shows as written.
  const reasonText = (code: string) => {
    const key = `agent.reason.${code}`;
    return i18n.exists(key) ? (i18n.t as unknown as (k: string) => string)(key) : code;
  };
  const choose = (event: ChangeEvent<HTMLSelectElement>) => {
    const value = event.target.value;
    if (!value) return;
    const body = value === READY ? { state: 'ready' as const } : { state: 'notReady' as const, reason: value };
    void link.request('agent.setState', body).then(reportResult);
  };
  return (
    <div className={`agent-state agent-state--${status.state}`} data-testid="agent-state" data-state={status.state}>
      <span className="agent-state__text" role="status">
        <StateText status={status} reason={status.reason && reasonText(status.reason)} now={now} />
      </span>
      <select className="agent-state__choice" aria-label={t('agent.choose')} value="" onChange={choose} data-testid="agent-state-choice">
        <option value="">{t('agent.choose')}</option>
        <option value={READY}>{t('agent.state.ready')}</option>
        {reasons.map((code) => (
          <option key={code} value={code}>
            {t('agent.chooseNotReady', { reason: reasonText(code) })}
          </option>
        ))}
      </select>
    </div>
  );
}

function StateText({ status, reason, now }: { status: AgentStatus; reason: string | undefined; now: number }) {
  const { t } = useTranslation();
  const state = t(`agent.state.${status.state}`);
  const time = formatElapsed(now - status.since);
  const text = reason ? t('agent.inStateWithReason', { state, reason, time }) : t('agent.inState', { state, time });
  if (status.state !== 'wrapUp') return text;
  return status.wrapUpEndsAt === undefined
    ? `${text} ${t('agent.wrapUpUntilReady')}`
    : `${text} ${t('agent.wrapUpEnds', { seconds: secondsUntil(status.wrapUpEndsAt, now) })}`;
}
