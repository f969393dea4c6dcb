/**
 * No calls. "Ready" only while the phone is registered and the agent is Ready: an agent who reads
 * "waiting for calls" while the phone server is unreachable, or while they are Not ready or in
 * wrap-up, would wait for calls that cannot come.
 */
import { useTranslation } from 'react-i18next';
import { selectRegistration, usePhone } from '../phone/index.js';
import { useAgentState } from './agent-state-mirror.js';

type Idle = 'ready' | 'notTakingCalls' | 'offline';

export function IdleState() {
  const { t } = useTranslation('phone');
  const reachable = usePhone(selectRegistration)?.state === 'registered';
  const agentState = useAgentState((s) => s.status?.state);
  const idle: Idle = !reachable ? 'offline' : agentState === undefined || agentState === 'ready' ? 'ready' : 'notTakingCalls';
  return (
    <section className={idle === 'offline' ? 'idle idle--offline' : 'idle'} data-testid="idle" data-reachable={reachable} data-idle={idle}>
      <span className="idle__mark" aria-hidden="true" />
      <h2 className="idle__title">{t(`idle.${idle}Title`)}</h2>
      <p className="idle__body">{t(`idle.${idle}Body`)}</p>
    </section>
  );
}
