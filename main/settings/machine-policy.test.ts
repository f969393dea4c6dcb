import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultPolicyLocation, readMachinePolicy } from './machine-policy.js';

const dir = mkdtempSync(join(tmpdir(), 'careline-policy-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('machine policy file', () => {
  it('is where IT expects it on each system, unless CARELINE_POLICY_FILE says otherwise', () => {
    expect(defaultPolicyLocation({}, 'linux')).toBe('/etc/careline-desk/policy.json');
    expect(defaultPolicyLocation({ ProgramData: 'D:\\ProgramData' }, 'win32')).toContain('Careline Desk');
    expect(defaultPolicyLocation({ CARELINE_POLICY_FILE: '/srv/p.json' }, 'linux')).toBe('/srv/p.json');
  });

  it('is no policy when the file does not exist', () => {
    expect(readMachinePolicy(join(dir, 'missing.json'))).toMatchObject({ values: {}, problems: [] });
  });

  it('reads the values IT set', () => {
    const file = join(dir, 'policy.json');
    writeFileSync(file, JSON.stringify({ sip: { server: 'wss://pbx.kommun.se/ws' } }));
    expect(readMachinePolicy(file).values).toEqual({ sip: { server: 'wss://pbx.kommun.se/ws' } });
  });

  it.each([
    ['not JSON', '{ sip: '],
    ['a list', '[1, 2]'],
  ])('reports a file that is %s and enforces nothing', (_label, text) => {
    const file = join(dir, 'broken.json');
    writeFileSync(file, text);
    const policy = readMachinePolicy(file);
    expect(policy.values).toEqual({});
    expect(policy.problems).toEqual([{ path: '(policy)', reason: expect.stringContaining('not a JSON object') }]);
  });
});
