/**
 * What a device report from the renderer's media engine means for the agent's state: a lost
 * headset or microphone, or a check that heard nothing, takes the agent out of Ready; a passed
 * check makes Ready possible (the state machine keeps that until a device goes missing).
 */
import type { DeviceReport } from '../../shared/contract/devices.js';
import type { AgentEvent } from './agent-state.js';

export function deviceEventFor(report: DeviceReport): AgentEvent | undefined {
  if (!report.headsetPresent || !report.microphonePresent) return { type: 'devicesFailed', reason: 'headsetLost' };
  if (report.selfTest === 'failed') return { type: 'devicesFailed', reason: 'devicesUnchecked' };
  if (report.selfTest === 'passed') return { type: 'devicesPassed' };
  // `pending`: a page that has not finished its check (e.g. just reloaded) changes nothing.
  return undefined;
}
