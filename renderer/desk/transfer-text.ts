/**
 * What the transfer panel says about a transfer, in the agent's words: who is being called, who
 * answered, what to do next, and why it failed (the same plain words as a failed call).
 */
import type { TFunction } from 'i18next';
import type { Transfer } from '../../shared/contract/index.js';

type PhoneT = TFunction<'phone'>;

export function transferStatusText(t: PhoneT, transfer: Transfer): string {
  const number = transfer.target.display;
  const district = transfer.district ?? '';
  if (transfer.kind === 'urgentOncall') {
    switch (transfer.state) {
      case 'calling':
        return transfer.attempt === 'deputy' ? t('transfer.urgent.callingDeputy', { district }) : t('transfer.urgent.callingOncall', { district });
      case 'consulting':
        return transfer.attempt === 'deputy' ? t('transfer.urgent.deputyAnswered', { district }) : t('transfer.urgent.oncallAnswered', { district });
      case 'nobodyAnswered':
        return t('transfer.urgent.nobodyAnswered', { district });
      default:
        break;
    }
  }
  switch (transfer.state) {
    case 'calling':
      return t('transfer.status.calling', { number });
    case 'consulting':
      return t('transfer.status.consulting', { number });
    case 'completing':
      return t('transfer.status.completing', { number });
    case 'completed':
      return t('transfer.status.completed', { number });
    case 'failed':
    case 'nobodyAnswered':
      return t('transfer.status.failed', { number });
    case 'cancelled':
      return t('transfer.status.cancelled');
    case 'callerGone':
      return t('transfer.status.callerGone');
  }
}

/** Why the last attempt did not go through, or nothing when it did or nobody said. */
export function transferFailureText(t: PhoneT, transfer: Transfer): string | null {
  if (!transfer.failure) return null;
  return t(`failure.${transfer.failure.reason}` as 'failure.busy');
}
