import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { callbackClientId } from './callback-id.js';

describe('callbackClientId', () => {
  it('gives every desk the same uuid for one call, and another for another call', () => {
    const id = callbackClientId('a84b4c76e66710@pc33.example;from-tag=1928301774');
    expect(callbackClientId('a84b4c76e66710@pc33.example;from-tag=1928301774')).toBe(id);
    expect(callbackClientId('a84b4c76e66710@pc33.example;from-tag=1928301775')).not.toBe(id);
  });

  it('is a version-5 uuid the register accepts as a client id', () => {
    const id = callbackClientId('call-1');
    expect(z.uuid().safeParse(id).success).toBe(true);
    expect(id[14]).toBe('5');
    expect(['8', '9', 'a', 'b']).toContain(id[19]);
  });
});
