/** The bar across the top: product, the agent's phone user and its state, the agent's own state, saves waiting for the server, the language. */
import { useTranslation } from 'react-i18next';
import { selectRegistration, usePhone } from '../phone/index.js';
import { AgentStateSelector } from './AgentStateSelector.js';
import { LanguageSwitch } from './LanguageSwitch.js';
import { OutboxStatus } from './OutboxStatus.js';
import { RegistrationStatus } from './RegistrationStatus.js';

export function TopBar({ connected }: { connected: boolean }) {
  const { t } = useTranslation(['common', 'phone']);
  const user = usePhone((state) => selectRegistration(state)?.user);
  return (
    <header className="top-bar">
      <h1 className="top-bar__brand">{t('app.name')}</h1>
      {connected && (
        <div className="top-bar__phone">
          {user && (
            <span className="top-bar__user" data-testid="sip-user">
              {t('phone:sipUser', { user })}
            </span>
          )}
          <RegistrationStatus />
          <AgentStateSelector />
          <OutboxStatus />
        </div>
      )}
      <LanguageSwitch />
    </header>
  );
}
