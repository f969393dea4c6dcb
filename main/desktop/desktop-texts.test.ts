/** The shell's words in each language, from the shared catalogs: never a bare key, never a caller's number. */
import { describe, expect, it } from 'vitest';
import { DesktopTexts } from './desktop-texts.js';

describe('DesktopTexts', () => {
  it('names the agent state for the tray in the desk\'s language, with the reason', () => {
    const texts = new DesktopTexts('sv');
    expect(texts.tray({ state: 'notReady', reason: 'away', since: 0 }).tooltip).toBe('Careline Desk: Ej redo (Borta (datorn i viloläge eller låst))');
    expect(texts.tray({ state: 'ready', since: 0 })).toEqual({
      tooltip: 'Careline Desk: Redo',
      show: 'Visa Careline Desk',
      ready: 'Redo',
      notReady: 'Ej redo',
      quit: 'Avsluta Careline Desk',
    });
    texts.setLocale('da');
    expect(texts.tray(null).tooltip).toBe('Careline Desk: Offline');
    expect(texts.agentState({ state: 'notReady', reason: 'lunch', since: 0 })).toBe('Ikke klar (lunch)');
  });

  it('words the notifications, with the line and the time, in every language', () => {
    for (const locale of ['sv', 'da', 'en'] as const) {
      const texts = new DesktopTexts(locale);
      const incoming = texts.notification({ kind: 'incomingCall', callId: 'c', dialled: '600' });
      expect(incoming?.body).toContain('600');
      expect(incoming?.answer).toMatch(/^(Svara|Besvar|Answer)$/);
      const missed = texts.notification({ kind: 'missedCall', callId: 'c', at: new Date(2026, 0, 5, 14, 3).getTime() });
      expect(missed?.body).toMatch(/14[.:]03|2:03/);
      for (const text of [incoming?.title, incoming?.body, missed?.title, missed?.body]) expect(text).not.toMatch(/^desktop\./);
    }
    expect(new DesktopTexts('en').notification({ kind: 'withdrawn', callId: 'c' })).toBeNull();
  });

  it('says why a link was not called, from the link reason or the phone\'s own error', () => {
    const texts = new DesktopTexts('en');
    expect(texts.refusedLink('desktop.link.otherDomain')).toEqual({
      title: 'Careline Desk did not call the link',
      body: 'The link names a number on another phone system, where it could reach someone else.',
    });
    expect(texts.refusedLink('phone.errors.invalidNumber').body).not.toContain('phone.errors');
    expect(texts.refusedLink('desktop.link.nonsense').body).toContain('desktop.link.nonsense');
  });
});
