/** The tray for each agent state: its icon (a PNG that exists), its tooltip, and the menu choices that make sense. */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AgentStatus } from '../../shared/contract/agent.js';
import { DesktopTexts } from './desktop-texts.js';
import { trayIcons, trayView } from './tray-view.js';

const texts = new DesktopTexts('en');
const status = (state: AgentStatus['state'], reason?: string): AgentStatus => ({ state, since: 0, ...(reason ? { reason } : {}) });

describe('trayView', () => {
  it.each([
    [status('ready'), 'ready', 'Careline Desk: Ready', false, true],
    [status('notReady', 'away'), 'notReady', 'Careline Desk: Not ready (Away (computer asleep or locked))', true, false],
    [status('onCall'), 'onCall', 'Careline Desk: On call', true, true],
    [status('wrapUp'), 'onCall', 'Careline Desk: Wrap-up', true, true],
    [status('offline'), 'offline', 'Careline Desk: Offline', false, true],
    [null, 'offline', 'Careline Desk: Offline', false, false],
  ] as const)('%j -> %s icon, "%s"', (agent, icon, tooltip, readyEnabled, notReadyEnabled) => {
    expect(trayView(agent, texts)).toMatchObject({ icon, texts: { tooltip }, readyEnabled, notReadyEnabled });
  });

  it('has a small PNG for every icon, at 1x and 2x', () => {
    for (const icon of trayIcons) {
      for (const file of [`${icon}.png`, `${icon}@2x.png`]) {
        expect(existsSync(new URL(`../../assets/tray/${file}`, import.meta.url)), file).toBe(true);
      }
    }
  });
});
