/**
 * "Callbacks": open cases due today or overdue for the agent and their team, overdue first. A row
 * shows the case, how late it is, its type and whom to ring (one click calls; the call's own
 * screen-pop shows the citizen, audited); "Done" closes the case with a note.
 */
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Callback } from '../../../shared/contract/index.js';
import { callbacksStore, startCallbacksSync, useCallbacks } from '../../callbacks/callbacks-store.js';
import { dueOf } from '../../callbacks/due.js';
import { reportResult } from '../action-errors.js';
import { CallNumberButton } from '../CallNumberButton.js';
import { useLink } from '../link-context.js';

export function CallbacksPanel() {
  const { t } = useTranslation('team');
  const link = useLink();
  useEffect(() => startCallbacksSync(link), [link]);
  const list = useCallbacks((state) => state.list);
  const titleId = useId();
  return (
    <section className="side-panel callbacks" data-testid="callbacks" aria-labelledby={titleId}>
      <h2 id={titleId} className="side-panel__title">
        {t('callbacks.title')}
        {list && list.callbacks.length > 0 && <span className="callbacks__count">{list.callbacks.length}</span>}
      </h2>
      {list === null ? (
        <p className="side-panel__empty">{t('callbacks.unavailable')}</p>
      ) : list.callbacks.length === 0 ? (
        <p className="side-panel__empty">{t('callbacks.empty')}</p>
      ) : (
        <ul className="callbacks__items">
          {list.callbacks.map((callback) => (
            <CallbackItem key={callback.caseId} callback={callback} today={list.today} />
          ))}
        </ul>
      )}
    </section>
  );
}

function CallbackItem({ callback, today }: { callback: Callback; today: string }) {
  const { t, i18n } = useTranslation('team');
  const link = useLink();
  const [closing, setClosing] = useState(false);
  const [note, setNote] = useState('');
  const noteId = useId();
  const due = dueOf(today, callback.dueDate);
  const language = (['sv', 'da', 'en'] as const).find((code) => i18n.language.startsWith(code)) ?? 'sv';
  const byPhone = callback.callNumber !== null && (callback.feedbackChannel === 'phone' || callback.feedbackChannel === 'sms');

  const close = async (event: FormEvent) => {
    event.preventDefault();
    const result = await link.request('cases.changeCaseStatus', { clientId: crypto.randomUUID(), caseId: callback.caseId, status: 'closed', ...(note.trim() ? { note: note.trim() } : {}) });
    reportResult(result);
    // Gone from the list at once; the next read (a live change, the timer) agrees.
    if (result.ok) callbacksStore.setState((state) => (state.list ? { list: { ...state.list, callbacks: state.list.callbacks.filter((c) => c.caseId !== callback.caseId) } } : state));
  };

  return (
    <li className={`callbacks__item callbacks__item--${due.kind}`} data-testid="callback-item" data-case-id={callback.caseId} data-due={due.kind}>
      <div className="callbacks__text">
        <span className="callbacks__case">
          {t('callbacks.caseNumber', { number: String(callback.caseNumber).padStart(6, '0') })}
          <span className="callbacks__type"> · {callback.caseType.name[language]}</span>
        </span>
        <span className={`callbacks__due callbacks__due--${due.kind}`}>
          {due.kind === 'overdue' ? t('callbacks.overdue', { count: due.days }) : due.kind === 'today' ? t('callbacks.today') : t('callbacks.later', { count: due.days })}
          {!callback.mine && <> · {t('callbacks.team')}</>}
        </span>
        {!byPhone && callback.feedbackChannel && (
          <span className="callbacks__contact">
            {t(`callbacks.channel.${channelKey(callback.feedbackChannel)}`)}
            {callback.feedbackContact && <> · {callback.feedbackContact}</>}
          </span>
        )}
      </div>
      <div className="callbacks__actions">
        {byPhone && <CallNumberButton number={callback.callNumber!.display} dial={callback.callNumber!.e164} testId="callback-call" />}
        <button type="button" className="button button--quiet" aria-expanded={closing} data-testid="callback-done" onClick={() => setClosing((was) => !was)}>
          {t('callbacks.done')}
        </button>
      </div>
      {closing && (
        <form className="callbacks__close" onSubmit={(event) => void close(event)}>
          <label htmlFor={noteId}>{t('callbacks.note')}</label>
          <input id={noteId} className="callbacks__note" autoFocus value={note} maxLength={2000} data-testid="callback-note" onChange={(event) => setNote(event.target.value)} />
          <button type="submit" className="button button--call" data-testid="callback-close">
            {t('callbacks.close')}
          </button>
        </form>
      )}
    </li>
  );
}

const channels = ['phone', 'letter', 'email', 'sms', 'my_pages'] as const;
type ChannelKey = (typeof channels)[number] | 'other';
const channelKey = (code: string): ChannelKey => (channels as readonly string[]).includes(code) ? (code as ChannelKey) : 'other';
