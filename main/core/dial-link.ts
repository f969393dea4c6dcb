/**
 * Reads a tel: or sip: link the OS hands the desk (click-to-dial in a browser, a mail, the
 * intranet's staff list) into what the agent would have typed, or says why it will not be
 * called. A link is text from anywhere, so the rules are strict: only numbers, a local number
 * only on this desk's own phone server, and nothing the desk would dial differently from what
 * the link says (extensions after the number, other phone servers).
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js';

/** The schemes the app asks the OS for (electron-builder.yml's `protocols` must match). */
export const linkSchemes = ['tel', 'sip'] as const;

export type DialLinkRefusal =
  /** Not a link at all, or one that cannot be decoded. */
  | 'malformed'
  /** A scheme the desk does not call (mailto:, http:, callto:...). */
  | 'unsupportedScheme'
  /** A name or other text where a number belongs. */
  | 'notANumber'
  /** A local number on another phone server: here it would reach someone else. */
  | 'otherDomain'
  /** An extension or subaddress to dial after the number, which the desk cannot do for the agent. */
  | 'extension';

export type DialLink = { ok: true; dial: string } | { ok: false; reason: DialLinkRefusal };

const MAX_LENGTH = 300;
const GLOBAL_NUMBER = /^\+[0-9][0-9\-.() ]*$/;
const LOCAL_NUMBER = /^[0-9][0-9\-.() ]*$/;
const refuse = (reason: DialLinkRefusal): DialLink => ({ ok: false, reason });

/** `ownDomains`: the desk's SIP domain and its phone server's host, where local numbers live. */
export function readDialLink(uri: string, ownDomains: readonly string[]): DialLink {
  const found = /^([A-Za-z][A-Za-z0-9+.-]*):(.*)$/s.exec(uri.trim());
  if (!found || uri.length > MAX_LENGTH) return refuse('malformed');
  const scheme = found[1]!.toLowerCase();
  let rest: string;
  try {
    // Some applications write "tel://"; the slashes mean nothing here.
    rest = decodeURIComponent(found[2]!).replace(/^\/\//, '');
  } catch {
    return refuse('malformed');
  }
  if (/[\u0000-\u001f\u007f]/.test(rest)) return refuse('malformed');
  if (scheme === 'tel') return readTel(rest);
  if (scheme === 'sip' || scheme === 'sips') return readSip(rest, ownDomains);
  return refuse('unsupportedScheme');
}

/** RFC 3966: a global number, or a local one with the phone-context it is local to. */
function readTel(rest: string): DialLink {
  const [number = '', ...parameters] = rest.split(';');
  const params = new Map(parameters.map((p) => [p.split('=')[0]!.trim().toLowerCase(), p.slice(p.indexOf('=') + 1).trim()]));
  if (params.has('ext') || params.has('isub') || params.has('postd')) return refuse('extension');
  const trimmed = number.trim();
  if (GLOBAL_NUMBER.test(trimmed)) return { ok: true, dial: trimmed };
  if (!LOCAL_NUMBER.test(trimmed)) return refuse('notANumber');
  const context = params.get('phone-context');
  // Without a context (common, though RFC 3966 asks for one) the number is read like typed text.
  if (context === undefined || !context.startsWith('+')) return { ok: true, dial: trimmed };
  return inNumberingOf(trimmed, context);
}

/** A local number in the numbering a "+46" or "+1-914-555" context names. */
function inNumberingOf(local: string, context: string): DialLink {
  const contextDigits = context.replace(/[^0-9]/g, '');
  const localDigits = local.replace(/[^0-9]/g, '');
  // A country code: read the number as written in that country (trunk prefix "0" and all).
  const national = contextDigits.length <= 3 ? nationalNumber(localDigits, contextDigits) : undefined;
  if (national) return { ok: true, dial: national };
  // A longer context is the number's own leading digits (RFC 3966's "+1-914-555").
  return { ok: true, dial: `+${contextDigits}${localDigits}` };
}

function nationalNumber(digits: string, callingCode: string): string | undefined {
  try {
    const parsed = parsePhoneNumberFromString(digits, { defaultCallingCode: callingCode });
    return parsed?.isPossible() ? parsed.number : undefined;
  } catch {
    // libphonenumber throws for a calling code no country has.
    return undefined;
  }
}

/** sip:user@host: a global number anywhere, a local number or extension only on this desk's server. */
function readSip(rest: string, ownDomains: readonly string[]): DialLink {
  const at = rest.lastIndexOf('@');
  const userinfo = at === -1 ? rest : rest.slice(0, at);
  const host = at === -1 ? '' : (rest.slice(at + 1).split(/[:;?]/)[0] ?? '').toLowerCase();
  // A user part may carry tel-style parameters ("+4670...;phone-context=..."); the number is before them.
  const user = (userinfo.split(':')[0] ?? '').split(';')[0]!.trim();
  if (GLOBAL_NUMBER.test(user)) return { ok: true, dial: user };
  if (!LOCAL_NUMBER.test(user)) return refuse('notANumber');
  const own = host === '' || ownDomains.some((domain) => domain.toLowerCase() === host);
  return own ? { ok: true, dial: user } : refuse('otherDomain');
}

/**
 * The link in a command line the OS started the desk with (Windows and Linux hand a clicked link
 * over as an argument): the first argument that is a tel: or sip: link, never an option or path.
 */
export function linkInArguments(argv: readonly string[]): string | undefined {
  return argv.find((arg) => /^(tel|sips?):/i.test(arg));
}
