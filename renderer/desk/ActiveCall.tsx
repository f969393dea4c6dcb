/**
 * The call in view: who it is, how long it has lasted, and what the agent can do with it (hold,
 * mute, keypad, hang up). A call out shows the number and "Ringing…" until it is answered; a
 * call on hold stays here with Resume until the agent turns to another.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Call } from '../../shared/contract/index.js';
import { selectCallerFor, usePhone } from '../phone/index.js';
import { CallerCard } from './caller/CallerCard.js';
import { useCallerCard } from './caller/use-caller-card.js';
import { cardOpenCases } from './case-form/CardOpenCases.js';
import { hangUpCall, setCallHeld, setCallMuted } from './desk-actions.js';
import { DtmfKeypad } from './DtmfKeypad.js';
import { useLink } from './link-context.js';
import { ShortcutButton } from './ShortcutButton.js';
import { TransferControls } from './TransferControls.js';
import { UrgentHandover } from './UrgentHandover.js';
import { formatElapsed } from './time-format.js';
import { useNow } from './use-now.js';

export function ActiveCall({ call }: { call: Call }) {
  const { t } = useTranslation('phone');
  const link = useLink();
  const identified = usePhone(selectCallerFor(call.callId));
  const card = useCallerCard(call, identified);
  const connected = call.state === 'active' && call.answeredAt !== undefined;
  const now = useNow(connected);
  const titleId = useId();
  const hangUp = useRef<HTMLButtonElement>(null);
  const [keypadOpen, setKeypadOpen] = useState(false);
  const held = call.held === true;
  const muted = call.muted === true;
  const outgoing = call.direction === 'outbound';

  useEffect(() => {
    // Answering removes the focused Answer button; put a keyboard user on Hang up instead of the
    // page top. Focus elsewhere (a note being typed) is left alone.
    if (document.activeElement === null || document.activeElement === document.body) hangUp.current?.focus();
  }, []);

  return (
    <section
      className={`call-panel call-panel--active${held ? ' call-panel--held' : ''}`}
      data-testid="active-call"
      data-state={call.state}
      data-held={held}
      data-muted={muted}
      aria-labelledby={titleId}
    >
      <header className="call-panel__header">
        <h2 id={titleId}>{titleFor(t, call)}</h2>
        <span className="call-panel__meta call-panel__timer">
          {connected ? (
            <>
              <span className="label">{t('active.elapsed')}</span>{' '}
              <time data-testid="call-elapsed">{formatElapsed(now - (call.answeredAt ?? now))}</time>
            </>
          ) : (
            <span data-testid="call-progress">{progressFor(t, call)}</span>
          )}
        </span>
      </header>
      {outgoing ? <OutgoingParty number={call.caller.display} /> : <CallerCard card={card} callId={call.callId} openCases={cardOpenCases} />}
      {connected && !outgoing && <UrgentHandover call={call} identified={identified} />}
      {(held || muted) && (
        <p className="call-panel__flags" role="status">
          {held && <span className="flag flag--held" data-testid="held-flag">{t('active.held')}</span>}
          {muted && <span className="flag flag--muted" data-testid="muted-flag">{t('active.muted')}</span>}
        </p>
      )}
      {keypadOpen && connected && !held && <DtmfKeypad callId={call.callId} />}
      <TransferControls call={call} />
      <div className="call-panel__actions">
        {connected && (
          <>
            <button
              type="button"
              className="button button--quiet"
              aria-expanded={keypadOpen}
              disabled={held}
              data-testid="keypad-toggle"
              onClick={() => setKeypadOpen((open) => !open)}
            >
              {t('active.keypad')}
            </button>
            <ShortcutButton
              className="button button--quiet button--toggle"
              aria-pressed={muted}
              data-testid="mute-button"
              shortcut="muteCall"
              onClick={() => void setCallMuted(link, call.callId, !muted)}
            >
              {muted ? t('active.unmute') : t('active.mute')}
            </ShortcutButton>
            <ShortcutButton
              className={held ? 'button button--resume' : 'button button--quiet'}
              data-testid="hold-button"
              shortcut="holdCall"
              onClick={() => void setCallHeld(link, call.callId, !held)}
            >
              {held ? t('active.resume') : t('active.hold')}
            </ShortcutButton>
          </>
        )}
        <ShortcutButton
          ref={hangUp}
          className="button button--hang-up"
          data-testid="hang-up-button"
          shortcut="hangUpCall"
          showShortcut={!held}
          onClick={() => void hangUpCall(link, call.callId)}
        >
          {outgoing && !connected ? t('outgoing.cancel') : t('active.hangUp')}
        </ShortcutButton>
      </div>
    </section>
  );
}

type PhoneT = ReturnType<typeof useTranslation<'phone'>>['t'];

function titleFor(t: PhoneT, call: Call): string {
  if (call.held) return t('active.heldTitle');
  if (call.direction === 'outbound' && call.state !== 'active') return t('outgoing.title');
  return t('active.title');
}

function progressFor(t: PhoneT, call: Call): string {
  if (call.state === 'dialling') return t('outgoing.dialling');
  if (call.state === 'ringingOut') return t('outgoing.ringing');
  return t('active.connecting');
}

/** The number the agent called: that is all the desk knows of the other party. */
function OutgoingParty({ number }: { number: string }) {
  const { t } = useTranslation('phone');
  return (
    <div className="caller-card">
      <p className="caller-card__pending">{t('outgoing.called')}</p>
      <p className="caller-card__headline" data-testid="called-number">
        {number}
      </p>
    </div>
  );
}
