/**
 * tel: and sip: links from the OS: the desk registers as their handler (packaged builds only; IT
 * may set it by policy instead), and a link arrives as an argument of a new start (Windows,
 * Linux: the second instance hands it over) or as 'open-url' (macOS). Each goes to the core,
 * which calls it or says why not; the desk comes to the front either way.
 */
import { app } from 'electron';
import { ContractFailure } from '../../shared/contract/result.js';
import { linkInArguments, linkSchemes } from '../core/dial-link.js';
import type { DeskCore, Logger } from '../core/desk-core.js';
import type { DesktopTexts } from '../desktop/desktop-texts.js';

export interface DialLinkHandler {
  /** Starts taking links; those that came before the core was ready are dialled now. */
  ready(core: DeskCore, texts: DesktopTexts, showWindow: () => void, tellAgent: (title: string, body: string) => void): void;
}

/** Must run before 'ready': macOS delivers a link that started the app as 'open-url' during launch. */
export function takeDialLinks(log: Logger): DialLinkHandler {
  if (app.isPackaged) for (const scheme of linkSchemes) app.setAsDefaultProtocolClient(scheme);
  const waiting: string[] = [];
  let dial: ((uri: string) => void) | undefined;
  const arrived = (uri: string) => (dial ? dial(uri) : waiting.push(uri));

  app.on('open-url', (event, url) => {
    event.preventDefault();
    arrived(url);
  });
  app.on('second-instance', (_event, argv) => {
    const uri = linkInArguments(argv);
    if (uri) arrived(uri);
  });
  const atStart = linkInArguments(process.argv);
  if (atStart) waiting.push(atStart);

  return {
    ready(core, texts, showWindow, tellAgent) {
      dial = (uri) => {
        showWindow();
        core.shell.dialLink(uri).catch((error: unknown) => {
          if (error instanceof ContractFailure) {
            const { title, body } = texts.refusedLink(error.messageKey);
            tellAgent(title, body);
          } else {
            log.error('link could not be called', { error: String(error) });
          }
        });
      };
      waiting.splice(0).forEach(dial);
    },
  };
}
