/** A polite live region that tells screen-reader users what happened to their calls. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { phoneReader } from '../phone/index.js';
import { announcementText, announcementsBetween } from './announcements.js';

export function LiveAnnouncer() {
  const { t } = useTranslation('phone');
  const [message, setMessage] = useState({ text: '', count: 0 });
  useEffect(
    () =>
      phoneReader.subscribe((next, previous) => {
        const texts = announcementsBetween(previous, next).map((announcement) => announcementText(t, announcement));
        if (texts.length > 0) setMessage((last) => ({ text: texts.join('. '), count: last.count + 1 }));
      }),
    [t],
  );
  return (
    <div className="visually-hidden" role="status" aria-live="polite" data-testid="live-announcer">
      {message.text}
      {/* Screen readers skip a text identical to the last one; a toggling space makes "Call ended" twice heard twice. */}
      {message.count % 2 === 1 ? '\u00a0' : ''}
    </div>
  );
}
