/**
 * The seeds' urgent case in one action: "Urgent – hand to Bromma on-call" on the caller's card,
 * shown only when the core finds an on-call number for the citizen's district. The core then
 * calls the on-call mobile, then the deputy; TransferControls shows how far it got.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Call, CallerIdentified } from '../../shared/contract/index.js';
import { reportResult } from './action-errors.js';
import { useLink } from './link-context.js';
import { isRunning, selectTransferFor, useTransfers } from './transfer-mirror.js';

export function UrgentHandover({ call, identified }: { call: Call; identified: CallerIdentified | undefined }) {
  const { t } = useTranslation('phone');
  const link = useLink();
  const transfer = useTransfers(selectTransferFor(call.callId));
  // One citizen on the card: with several, the agent must first know whom the call is about.
  const citizen = identified?.match.kind === 'citizens' && identified.match.citizens.length === 1 ? identified.match.citizens[0] : undefined;
  const [district, setDistrict] = useState<string | null>(null);

  useEffect(() => {
    if (!citizen) return;
    let current = true;
    void link.request('transfer.getOncall', { callId: call.callId, citizenId: citizen.citizenId }).then((result) => {
      if (current && result.ok && result.value.available) setDistrict(result.value.district);
    });
    return () => {
      current = false;
    };
  }, [link, call.callId, citizen]);

  if (!citizen || district === null || (transfer && isRunning(transfer))) return null;
  const start = async () => reportResult(await link.request('transfer.startUrgent', { callId: call.callId, citizenId: citizen.citizenId }));
  return (
    <button type="button" className="button button--urgent" data-testid="urgent-handover" onClick={() => void start()}>
      {t('transfer.urgent.start', { district })}
    </button>
  );
}
