/**
 * The machine policy: a JSON file IT deploys with the same keys as the user's settings (e.g. the
 * phone server and the team's database), which override the user's and cannot be changed from
 * the desk. Read once at start; a missing file is no policy, a broken one is reported, never fatal.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IgnoredSetting } from '../../shared/contract/settings.js';

export interface MachinePolicy {
  values: Record<string, unknown>;
  /** What was wrong with the file as a whole, e.g. not JSON. */
  problems: IgnoredSetting[];
  location: string;
}

/** Where IT puts it; CARELINE_POLICY_FILE overrides (tests, unusual deployments). */
export function defaultPolicyLocation(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env['CARELINE_POLICY_FILE']) return env['CARELINE_POLICY_FILE'];
  if (platform === 'win32') return join(env['ProgramData'] ?? 'C:\\ProgramData', 'Careline Desk', 'policy.json');
  if (platform === 'darwin') return '/Library/Application Support/Careline Desk/policy.json';
  return '/etc/careline-desk/policy.json';
}

export function readMachinePolicy(location = defaultPolicyLocation()): MachinePolicy {
  let text: string;
  try {
    text = readFileSync(location, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { values: {}, problems: [], location };
    return { values: {}, problems: [{ path: '(policy)', reason: `the machine policy could not be read: ${String(error)}` }], location };
  }
  try {
    const values: unknown = JSON.parse(text);
    if (typeof values === 'object' && values !== null && !Array.isArray(values)) {
      return { values: values as Record<string, unknown>, problems: [], location };
    }
  } catch {
    // reported below, like a file that is JSON but not an object
  }
  return { values: {}, problems: [{ path: '(policy)', reason: `the machine policy at ${location} is not a JSON object` }], location };
}
