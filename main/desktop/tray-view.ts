/**
 * What the tray icon shows of the agent: one of four icons (assets/tray/<icon>.png), the state in
 * words as its tooltip, and which of its menu's state choices make sense now. Wrap-up shows as
 * busy: the agent is still on the last call's work and takes no queue calls.
 */
import type { AgentStatus } from '../../shared/contract/agent.js';
import type { DesktopTexts, TrayTexts } from './desktop-texts.js';

export const trayIcons = ['ready', 'notReady', 'onCall', 'offline'] as const;
export type TrayIcon = (typeof trayIcons)[number];

export interface TrayView {
  icon: TrayIcon;
  texts: TrayTexts;
  /** Offering the state the agent is already in would do nothing. */
  readyEnabled: boolean;
  notReadyEnabled: boolean;
}

export function trayIconFor(status: AgentStatus | null): TrayIcon {
  switch (status?.state) {
    case 'ready':
      return 'ready';
    case 'notReady':
      return 'notReady';
    case 'onCall':
    case 'wrapUp':
      return 'onCall';
    default:
      return 'offline';
  }
}

export function trayView(status: AgentStatus | null, texts: DesktopTexts): TrayView {
  return {
    icon: trayIconFor(status),
    texts: texts.tray(status),
    readyEnabled: status !== null && status.state !== 'ready' && status.state !== 'offline',
    notReadyEnabled: status !== null && status.state !== 'notReady',
  };
}
