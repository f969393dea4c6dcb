/**
 * A phone number shown on the desk that calls it with one click (a citizen's care manager, a
 * number in the call history), through the same `phone.dial` as the dial pad: the number as
 * shown is read in the desk's home region, which is the region it was formatted for. A protected
 * caller's number never reaches the page, so there is never one to show here.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { reportResult } from './action-errors.js';
import { dialNumber } from './desk-actions.js';
import { useLink } from './link-context.js';

/** `number` as the agent reads it; `dial`, when known, the E.164 form to call (the same number, unambiguous). */
export function CallNumberButton({ number, dial, testId = 'call-number' }: { number: string; dial?: string | null; testId?: string }) {
  const { t } = useTranslation();
  const link = useLink();
  const [calling, setCalling] = useState(false);
  const call = async () => {
    setCalling(true);
    const refused = await dialNumber(link, dial ?? number);
    setCalling(false);
    reportResult(refused ? { ok: false, error: refused } : { ok: true, value: {} });
  };
  return (
    <button
      type="button"
      className="call-number"
      aria-label={t('callNumber.label', { number })}
      title={t('callNumber.label', { number })}
      disabled={calling}
      data-testid={testId}
      onClick={() => void call()}
    >
      {number}
    </button>
  );
}
