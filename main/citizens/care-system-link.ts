/**
 * "Open in the care system": the citizen's address in another system, built from the settings'
 * template (classic CTI screen-pop into another application). Only https leaves the desk.
 */

/** `{externalId}` in `template` becomes the care system's own id of the citizen, URL-encoded. */
export function careSystemUrl(template: string, externalId: string): string | null {
  if (!template.includes('{externalId}')) return null;
  try {
    const url = new URL(template.replaceAll('{externalId}', encodeURIComponent(externalId)));
    return url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

const ID_MARK = 'careline-external-id-mark';

/**
 * Whether `candidate` is a link `careSystemUrl` made from this template: the app shell opens
 * those, and nothing else, in the system's browser (its window opens no windows of its own).
 */
export function isCareSystemLink(template: string, candidate: string): boolean {
  const marked = careSystemUrl(template, ID_MARK);
  const parts = marked?.split(ID_MARK);
  if (parts?.length !== 2) return false;
  const [before = '', after = ''] = parts;
  if (!candidate.startsWith(before) || !candidate.endsWith(after) || candidate.length <= before.length + after.length) return false;
  // What encodeURIComponent leaves, so no path, query or fragment can ride along in the id.
  return /^[A-Za-z0-9%!'()*._~-]+$/.test(candidate.slice(before.length, candidate.length - after.length));
}
