import { describe, expect, it } from 'vitest';
import { createJsonLogger, maskNumbers } from './logger.js';

describe('logger', () => {
  it('masks anything that looks like a phone or personal identity number', () => {
    expect(maskNumbers('caller +46 70-174 06 05 and 19400101-1234')).toBe('caller [number] and [number]');
  });
  it('keeps short codes such as SIP statuses and ports', () => {
    expect(maskNumbers('status 401 on port 5066')).toBe('status 401 on port 5066');
  });
  it('writes one JSON line per entry with the fields, masked', () => {
    const lines: string[] = [];
    createJsonLogger((line) => lines.push(line)).warn('lookup failed', { statusCode: 503, detail: 'for 0701740605' });
    expect(lines).toHaveLength(1);
    const entry = JSON.parse(lines[0]!);
    expect(Date.parse(entry.at)).not.toBeNaN();
    expect(entry).toMatchObject({ level: 'warn', message: 'lookup failed', statusCode: 503, detail: 'for [number]' });
  });
});
