/**
 * Which number is calling, from the INVITE's headers. A trusted gateway states the caller in
 * P-Asserted-Identity (RFC 3325); without it the From user is all we have.
 */
export interface InviteIdentityHeaders {
  assertedIdentity: string | undefined;
  fromUser: string | undefined;
}

export function callerNumberFromHeaders(headers: InviteIdentityHeaders): string | null {
  const asserted = headers.assertedIdentity ? userOfNameAddr(headers.assertedIdentity) : null;
  if (asserted) return asserted;
  const from = headers.fromUser?.trim();
  return from ? decodeUserPart(from) : null;
}

/** `"Name" <sip:+4670…@host;user=phone>` or `<tel:+4670…>` → "+4670…". */
function userOfNameAddr(value: string): string | null {
  // A quoted display name may hold `,` `<` `>` ("Berg, Anna", markup from a hostile gateway): skip it first.
  const first = value.trimStart().replace(/^"(?:[^"\\]|\\[\s\S])*"/, '').split(',')[0] ?? '';
  const uri = /<([^>]*)>/.exec(first)?.[1] ?? first.trim();
  const sip = /^sips?:([^@;?]+)@/i.exec(uri);
  if (sip?.[1]) return decodeUserPart(sip[1]);
  const tel = /^tel:([^;?]+)/i.exec(uri);
  return tel?.[1] ? decodeUserPart(tel[1]) : null;
}

function decodeUserPart(user: string): string | null {
  try {
    return decodeURIComponent(user);
  } catch {
    return null;
  }
}
