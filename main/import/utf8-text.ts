/**
 * Turns an export's bytes into text, refusing anything that is not UTF-8: a Latin-1 "å" decoded
 * leniently would land in the register as "�" and nobody would notice until a letter bounced.
 */

export type DecodedText = { ok: true; text: string } | { ok: false; line: number | null; reason: string };

const strict = new TextDecoder('utf-8', { fatal: true });

/** The byte-order mark, if any, is dropped: Excel writes one, and it is not part of the header. */
export function decodeUtf8(bytes: Uint8Array): DecodedText {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    return { ok: false, line: null, reason: 'the file is UTF-16; save it as UTF-8' };
  }
  try {
    return { ok: true, text: strict.decode(bytes) };
  } catch {
    const line = firstBadLine(bytes);
    return { ok: false, line, reason: 'is not valid UTF-8 (was the file saved as Latin-1 or Windows-1252? save it as UTF-8)' };
  }
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

/** Only run once decoding has failed, so the common case pays for one pass, not two. */
function firstBadLine(bytes: Uint8Array): number | null {
  let start = 0;
  let line = 1;
  while (start <= bytes.length) {
    let end = bytes.indexOf(0x0a, start);
    if (end === -1) end = bytes.length;
    try {
      strict.decode(bytes.subarray(start, end));
    } catch {
      return line;
    }
    start = end + 1;
    line += 1;
  }
  return null;
}
