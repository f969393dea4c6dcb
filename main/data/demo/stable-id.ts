/**
 * Ids derived from a name (RFC 4122 version 5 layout over SHA-1), so a demo row keeps the same id
 * in every fresh database and tests can name the exact card they expect.
 */
import { createHash } from 'node:crypto';

export function stableId(name: string): string {
  const bytes = createHash('sha1').update(`careline-desk-demo:${name}`).digest().subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
