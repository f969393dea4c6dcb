/**
 * Ids derived from a name (RFC 4122 version 5 layout over SHA-1), so a demo row keeps the same id
 * in every fresh database and tests can name the exact card they expect.
 */
import { hash } from 'node:crypto';

/** Byte 6's high nibble becomes the version (5), byte 8's top bits the variant (10). */
export function stableId(name: string): string {
  // One-shot hash(): a scale data set makes millions of ids, and createHash() per id costs three times as much.
  const hex = hash('sha1', `careline-desk-demo:${name}`, 'hex');
  const variant = ((parseInt(hex.slice(16, 18), 16) & 0x3f) | 0x80).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(18, 20)}-${hex.slice(20, 32)}`;
}
