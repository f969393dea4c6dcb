/**
 * Copies an OCR reference with one click, and says so where the agent looks (the button's side)
 * and to a screen reader (a status region that speaks the whole reference).
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Long enough to be read, short enough not to linger on the next copy. */
const CONFIRMATION_MS = 4_000;

export function CopyOcrButton({ ocr }: { ocr: string }) {
  const { t } = useTranslation('caller');
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (state === 'idle') return undefined;
    const timer = setTimeout(() => setState('idle'), CONFIRMATION_MS);
    return () => clearTimeout(timer);
  }, [state]);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(ocr);
      setState('copied');
    } catch {
      setState('failed');
    }
  };
  return (
    <span className="copy-ocr">
      <button type="button" className="button button--quiet button--small" aria-label={t('invoices.copyLabel', { ocr })} data-testid="copy-ocr" onClick={() => void copy()}>
        {t('invoices.copy')}
      </button>
      <span className={`copy-ocr__status copy-ocr__status--${state}`} role="status" data-testid="copy-ocr-status">
        {state === 'copied' && (
          <>
            <span aria-hidden="true">{t('invoices.copied')}</span>
            <span className="visually-hidden">{t('invoices.copiedAnnouncement', { ocr })}</span>
          </>
        )}
        {state === 'failed' && t('invoices.copyFailed')}
      </span>
    </span>
  );
}
