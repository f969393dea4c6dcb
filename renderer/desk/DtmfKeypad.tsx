/**
 * The keypad during a call, for menus and door codes at the other end: click a key, or type
 * digits, * and # while the keypad has focus. What was sent is shown, so the agent can check it.
 */
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { sendTones } from './desk-actions.js';
import { useLink } from './link-context.js';

const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '*', '0', '#'] as const;
const testIdFor = (key: string) => (key === '*' ? 'star' : key === '#' ? 'hash' : key);

export function DtmfKeypad({ callId }: { callId: string }) {
  const { t } = useTranslation('phone');
  const link = useLink();
  const [sent, setSent] = useState('');

  const press = (key: string) => {
    void sendTones(link, callId, key).then((ok) => {
      if (ok) setSent((before) => (before + key).slice(-24));
    });
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey || !/^[0-9*#]$/.test(event.key)) return;
    event.preventDefault();
    press(event.key);
  };

  return (
    <div className="keypad" role="group" aria-label={t('active.keypadLabel')} data-testid="dtmf-keypad" onKeyDown={onKeyDown}>
      <div className="keypad__keys">
        {KEYS.map((key) => (
          <button key={key} type="button" className="keypad__key" data-testid={`dtmf-key-${testIdFor(key)}`} onClick={() => press(key)}>
            {key}
          </button>
        ))}
      </div>
      <p className="keypad__sent" aria-live="polite" data-testid="dtmf-sent">
        {sent && t('active.tonesSent', { tones: sent })}
      </p>
    </div>
  );
}
