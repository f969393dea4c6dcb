/** The citizen's invoices: amount, due date, paid or not, and the OCR reference with a one-click copy. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Invoice } from '../../../shared/contract/index.js';
import { formatDay, formatMoney, invoiceState, localDay } from '../../caller/caller-format.js';
import { CopyOcrButton } from './CopyOcrButton.js';

export function Invoices({ invoices }: { invoices: readonly Invoice[] }) {
  const { t, i18n } = useTranslation('caller');
  const titleId = useId();
  const locale = i18n.language;
  const today = localDay();
  return (
    <section className="citizen-summary__section" aria-labelledby={titleId}>
      <h4 className="citizen-summary__label" id={titleId}>
        {t('invoices.title')}
      </h4>
      {invoices.length === 0 ? (
        <p className="citizen-summary__empty">{t('invoices.none')}</p>
      ) : (
        <table className="invoices" data-testid="invoices">
          <thead>
            <tr>
              <th scope="col">{t('invoices.amount')}</th>
              <th scope="col">{t('invoices.dueDate')}</th>
              <th scope="col">{t('invoices.status')}</th>
              <th scope="col">{t('invoices.ocr')}</th>
            </tr>
          </thead>
          <tbody>
            {invoices.map((invoice) => {
              const state = invoiceState(invoice, today);
              return (
                <tr key={invoice.invoiceNumber} data-testid="invoice" data-state={state}>
                  <td className="invoices__amount">{formatMoney(invoice.amount, invoice.currency, locale)}</td>
                  <td>{formatDay(invoice.dueDate, locale)}</td>
                  <td>
                    <span className={`invoice-state invoice-state--${state}`}>{t(`invoices.${state}`)}</span>
                  </td>
                  <td className="invoices__ocr">
                    <span className="invoices__ocr-number" data-testid="ocr-reference">{invoice.ocrReference}</span> <CopyOcrButton ocr={invoice.ocrReference} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
