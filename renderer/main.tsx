/**
 * Starts the renderer: translations, the connection to the desk core (phone, settings and outbox mirrors,
 * media engine on that link), and the desk itself, which shows "connecting" until the link is up.
 */
// First: it configures zod before the contract's schemas are built by the imports below.
import './core-link/zod-without-eval.js';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { startCallerSummarySync } from './caller/caller-summary-sync.js';
import { connectToCore } from './core-link/connect-to-core.js';
import { App } from './desk/App.js';
import { serveCoreConnection } from './desk/core-connection.js';
import { startOutboxSync } from './desk/outbox-mirror.js';
import { startSettingsSync } from './desk/settings-mirror.js';
import { startTransferSync } from './desk/transfer-mirror.js';
import { createDeskI18n } from './i18n/i18n.js';
import { startMediaEngine } from './media/media-engine.js';
import { startPhoneSync } from './phone/index.js';
import './styles/desk.css';

async function start(root: HTMLElement): Promise<void> {
  const i18n = await createDeskI18n();
  document.documentElement.lang = i18n.language;
  i18n.on('languageChanged', (locale) => {
    document.documentElement.lang = locale;
  });

  createRoot(root).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <App />
      </I18nextProvider>
    </StrictMode>,
  );

  await serveCoreConnection({
    connect: connectToCore,
    serve(link) {
      const media = startMediaEngine(link);
      const stopPhone = startPhoneSync(link);
      const stopCallerSummaries = startCallerSummarySync(link);
      const stopSettings = startSettingsSync(link, (locale) => void i18n.changeLanguage(locale));
      const stopOutbox = startOutboxSync(link);
      const stopTransfers = startTransferSync(link);
      return () => {
        stopTransfers();
        stopOutbox();
        stopSettings();
        stopCallerSummaries();
        stopPhone();
        media.stop();
      };
    },
  });
}

const root = document.getElementById('root');
if (root) void start(root);
