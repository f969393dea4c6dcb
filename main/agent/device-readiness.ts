/**
 * Whether the agent's devices allow Ready, from what the renderer's media engine reports: Ready
 * needs a device check passed in this core's lifetime, and a lost headset or microphone (or a
 * check that heard nothing) takes the agent out of Ready.
 */
import type { DeviceReport } from '../../shared/contract/devices.js';

export type DeviceFailure = 'headsetLost' | 'devicesUnchecked';

export class DeviceReadiness {
  /**
   * Only a page with a media engine reports devices. Until one has, the desk cannot judge them and
   * the phone's rules alone apply (a core serving no page yet, or the tests' Node stand-in page).
   */
  private reported = false;
  private passed = false;

  /** Takes a report; says why the agent must leave Ready, if they must. */
  report(report: DeviceReport): DeviceFailure | undefined {
    this.reported = true;
    if (!report.headsetPresent || !report.microphonePresent) {
      // Whatever replaces the lost device has not been heard yet.
      this.passed = false;
      return 'headsetLost';
    }
    if (report.selfTest === 'failed') {
      this.passed = false;
      return 'devicesUnchecked';
    }
    // `pending` (a reloaded page) keeps the result of the last check.
    if (report.selfTest === 'passed') this.passed = true;
    return undefined;
  }

  readyAllowed(): boolean {
    return !this.reported || this.passed;
  }
}
