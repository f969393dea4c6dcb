/**
 * Handing the caller on, on the call panel: a number (or a colleague's extension), then "Transfer
 * now" (blind) or "Consult first" (the agent talks to the target while the caller is held, then
 * completes or cancels). While a transfer runs, its progress and the next step are shown here,
 * on the caller's panel and on the consult call's alike.
 */
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Call, Transfer } from '../../shared/contract/index.js';
import { reportResult } from './action-errors.js';
import { useLink } from './link-context.js';
import { transferFailureText, transferStatusText } from './transfer-text.js';
import { isRunning, selectTransferFor, useTransfers } from './transfer-mirror.js';

export function TransferControls({ call }: { call: Call }) {
  const { t } = useTranslation('phone');
  const link = useLink();
  const transfer = useTransfers(selectTransferFor(call.callId));
  const [open, setOpen] = useState(false);
  const [number, setNumber] = useState('');
  const inputId = useId();
  const running = transfer !== undefined && isRunning(transfer);
  const connected = call.state === 'active';
  // The caller's own panel offers a new transfer; a consult call's panel only follows the running one.
  const isCallersPanel = transfer === undefined || transfer.callId === call.callId;

  const start = async (kind: 'blind' | 'consult', event?: FormEvent) => {
    event?.preventDefault();
    const body = { callId: call.callId, number };
    const result = kind === 'blind' ? await link.request('transfer.blind', body) : await link.request('transfer.startConsult', body);
    reportResult(result);
    if (result.ok) {
      setOpen(false);
      setNumber('');
    }
  };
  // A consult call still ringing shows its transfer's progress; other calls offer a transfer once connected.
  if (!transfer && !connected) return null;
  const act = async (channel: 'transfer.complete' | 'transfer.cancel', callerCallId: string) => reportResult(await link.request(channel, { callId: callerCallId }));

  return (
    <div className="transfer" data-testid="transfer">
      {/* A finished transfer is news only while its caller is still held here. */}
      {transfer && (running || call.held) && <TransferStatus transfer={transfer} />}
      {transfer && running && transfer.kind !== 'blind' && (
        <div className="transfer__actions">
          {transfer.state !== 'calling' && (
            <button type="button" className="button button--call" data-testid="transfer-complete" disabled={transfer.state !== 'consulting'} onClick={() => void act('transfer.complete', transfer.callId)}>
              {t('transfer.complete')}
            </button>
          )}
          <button type="button" className="button button--quiet" data-testid="transfer-cancel" disabled={transfer.state === 'completing'} onClick={() => void act('transfer.cancel', transfer.callId)}>
            {t('transfer.cancel')}
          </button>
        </div>
      )}
      {transfer && !running && call.held && (transfer.state === 'nobodyAnswered' || transfer.state === 'failed') && (
        <button type="button" className="button button--resume" data-testid="transfer-back" onClick={() => void act('transfer.cancel', transfer.callId)}>
          {t('transfer.backToCaller')}
        </button>
      )}
      {!running && connected && isCallersPanel && (
        <>
          <button type="button" className="button button--quiet" aria-expanded={open} data-testid="transfer-toggle" onClick={() => setOpen((was) => !was)}>
            {t('transfer.open')}
          </button>
          {open && (
            <form className="transfer__form" onSubmit={(event) => void start('blind', event)}>
              <label htmlFor={inputId}>{t('transfer.to')}</label>
              <input
                id={inputId}
                className="transfer__input"
                type="tel"
                inputMode="tel"
                autoComplete="off"
                spellCheck={false}
                value={number}
                data-testid="transfer-number"
                onChange={(event) => setNumber(event.target.value)}
              />
              <button type="submit" className="button button--quiet" data-testid="transfer-blind">
                {t('transfer.blind')}
              </button>
              <button type="button" className="button button--quiet" data-testid="transfer-consult" onClick={() => void start('consult')}>
                {t('transfer.consult')}
              </button>
            </form>
          )}
        </>
      )}
    </div>
  );
}

function TransferStatus({ transfer }: { transfer: Transfer }) {
  const { t } = useTranslation('phone');
  const why = transferFailureText(t, transfer);
  return (
    <p className={`transfer__status transfer__status--${transfer.state}`} role="status" data-testid="transfer-status" data-state={transfer.state} data-attempt={transfer.attempt}>
      {transferStatusText(t, transfer)}
      {why && <span className="transfer__why"> {why}</span>}
    </p>
  );
}
