/**
 * The desk's settings: every key, its rule and its default. A value that breaks its rule is
 * replaced by the default and reported, so a bad settings file never stops the desk from
 * starting and IT learns exactly which line to fix. A machine policy set by IT (same keys)
 * overrides the user's file and locks what it sets.
 */
import { isAbsolute } from 'node:path';
import { z } from 'zod';
import { deviceChoiceSchema, type DeviceChoices } from '../../shared/contract/devices.js';
import { localeSchema, type IgnoredSetting, type Locale } from '../../shared/contract/settings.js';
import type { ShortcutSettings } from '../../shared/contract/shortcuts.js';
import { sameShortcutTwice, shortcutFields, shortcutSettingsFrom } from './shortcut-settings.js';

const iceServerSchema = z
  .object({
    urls: z.union([z.string().regex(/^(stun|turns?):/), z.array(z.string().regex(/^(stun|turns?):/)).min(1)]),
    username: z.string().optional(),
    credential: z.string().optional(),
  })
  .strict();

export interface DeskSettings {
  locale: Locale;
  sip: {
    /** WebSocket URL of the phone server, e.g. wss://pbx.example.se:8089/ws. */
    server: string;
    user: string;
    password: string;
    /** SIP domain of the user's address; the server's host name when empty. */
    domain: string;
    /** Empty by default: sip.js's default STUN server must never be contacted. */
    iceServers: z.infer<typeof iceServerSchema>[];
  };
  phoneNumbers: {
    /** Region for numbers written without a country code (ISO 3166 alpha-2). */
    defaultRegion: string;
    /** What the agent types that is a colleague's extension or a group (e.g. 1002, 600), dialled as a SIP user; empty = none. */
    internalPattern: string;
  };
  phone: {
    /** How key presses reach the other party: RTP events (RFC 4733), or SIP INFO for PBXs that need it. */
    dtmf: 'rfc4733' | 'info';
  };
  agent: {
    /** Codes the agent picks from when going Not ready; the desk's texts name the common ones. */
    notReadyReasons: string[];
    /** After-call work before the desk returns to the agent's choice; 0 = until the agent says ready. */
    wrapUpSeconds: number;
    /** A ring-all call not answered within this goes elsewhere, and the agent goes Not ready (missedCall). */
    ringTimeoutSeconds: number;
    /** The seeds' two levels: level 2 takes hunt-group calls only once they have waited `level2DelaySeconds`. */
    level: 1 | 2;
    level2DelaySeconds: number;
  };
  handover: {
    /** An urgent handover gives the on-call mobile this long to answer, then tries the deputy. */
    answerTimeoutSeconds: number;
  };
  /** The contact centre's calendar: "answered by the next working day" is counted in it. */
  office: {
    /** Whose public holidays close the office. */
    region: 'SE' | 'DK';
    /** IANA time zone of the office, e.g. Europe/Stockholm. */
    timeZone: string;
    /** A case registered after this local time (HH:MM) counts as received the next working day. */
    closesAt: string;
  };
  /** The quick case form's wrap-up rule. */
  cases: {
    /** `required`: after a call the agent goes Ready only once its case is saved or skipped with a reason. */
    caseRequired: 'required' | 'optional';
    /** Codes the agent picks from when a call needs no case; the desk's texts name the common ones. */
    skipReasons: string[];
  };
  /** "Open in the care system" on the caller card (a classic CTI screen-pop into another system). */
  careSystem: {
    /** An https:// address with {externalId} where the care system's id of the citizen goes; empty for no link. */
    urlTemplate: string;
  };
  /** The agent's audio devices, each by id and label; null = the system default. */
  devices: DeviceChoices;
  database: DatabaseSettings;
  /** Key combinations for the desk's actions (shortcut-settings.ts). */
  shortcuts: ShortcutSettings;
}

export interface DatabaseSettings {
  /** `embedded`: PGlite in the user's data folder, one workstation. `shared`: the team's PostgreSQL server. */
  kind: 'embedded' | 'shared';
  /** The rest is read only for `shared`. */
  host: string;
  port: number;
  name: string;
  /** A role per person or per function; the password goes with it. */
  user: string;
  password: string;
  /** `verify-full` checks the server's certificate and name; `require` only encrypts. */
  tls: 'verify-full' | 'require' | 'off';
  /** PEM file of the CA that signed the server's certificate; the CAs Node trusts when empty. */
  caFile: string;
}

interface Field<T> {
  schema: z.ZodType<T>;
  fallback: T;
}
const field = <T>(schema: z.ZodType<T>, fallback: T): Field<T> => ({ schema, fallback });

/** Keyed by the dotted path IT sees in the settings file. */
const fields = {
  locale: field(localeSchema, 'sv'),
  'sip.server': field(z.string().regex(/^wss?:\/\/[^\s/]+/, 'must be a ws:// or wss:// URL'), 'ws://127.0.0.1:5066'),
  'sip.user': field(z.string().regex(/^[A-Za-z0-9_.+-]{1,64}$/, 'must be a SIP user name'), '1001'),
  'sip.password': field(z.string().max(256), ''),
  'sip.domain': field(z.string().regex(/^[A-Za-z0-9.-]*$/, 'must be a host name'), ''),
  'sip.iceServers': field(z.array(iceServerSchema), []),
  'phoneNumbers.defaultRegion': field(z.string().regex(/^[A-Z]{2}$/, 'must be a two-letter region such as SE or DK'), 'SE'),
  'phoneNumbers.internalPattern': field(
    z.string().max(200).refine(isWholeNumberPattern, 'must be a regular expression from ^ to $ (or empty for none)'),
    '^[0-9]{3,6}$',
  ),
  ...shortcutFields,
  'phone.dtmf': field(z.enum(['rfc4733', 'info']), 'rfc4733'),
  'agent.notReadyReasons': field(
    z.array(z.string().regex(/^[A-Za-z][A-Za-z0-9_-]{0,39}$/, 'must be reason codes (letters, digits, _ -)')).min(1).max(20),
    ['break', 'meeting', 'training', 'other'],
  ),
  'agent.wrapUpSeconds': field(z.number().int().min(0).max(3600), 30),
  'agent.ringTimeoutSeconds': field(z.number().min(1).max(300), 20),
  'agent.level': field(z.union([z.literal(1), z.literal(2)]), 1),
  'agent.level2DelaySeconds': field(z.number().min(0).max(600), 60),
  'handover.answerTimeoutSeconds': field(z.number().min(1).max(120), 25),
  'office.region': field(z.enum(['SE', 'DK']), 'SE'),
  'office.timeZone': field(z.string().refine(isTimeZone, 'must be an IANA time zone such as Europe/Stockholm'), 'Europe/Stockholm'),
  'office.closesAt': field(z.string().regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, 'must be a time such as 16:00'), '16:00'),
  'cases.caseRequired': field(z.enum(['required', 'optional']), 'required'),
  'cases.skipReasons': field(
    z.array(z.string().regex(/^[A-Za-z][A-Za-z0-9_-]{0,39}$/, 'must be reason codes (letters, digits, _ -)')).min(1).max(20),
    ['wrongNumber', 'silentCall', 'internalCall'],
  ),
  'careSystem.urlTemplate': field(
    z.string().max(500).refine(isCareSystemTemplate, 'must be an https:// address with {externalId} in it (or empty for none)'),
    '',
  ),
  'devices.microphone': field(deviceChoiceSchema.nullable(), null),
  'devices.headset': field(deviceChoiceSchema.nullable(), null),
  'devices.ringer': field(deviceChoiceSchema.nullable(), null),
  'database.kind': field(z.enum(['embedded', 'shared']), 'embedded'),
  'database.host': field(z.string().regex(/^([A-Za-z0-9.-]+|[0-9A-Fa-f:.]+)?$/, 'must be a host name or IP address'), ''),
  'database.port': field(z.number().int().min(1).max(65_535), 5432),
  'database.name': field(z.string().regex(/^[A-Za-z0-9_.-]{1,63}$/, 'must be a database name (letters, digits, _ . -)'), 'careline'),
  'database.user': field(z.string().regex(/^[A-Za-z0-9_.@-]{0,63}$/, 'must be a database role name'), ''),
  'database.password': field(z.string().max(1024), ''),
  'database.tls': field(z.enum(['verify-full', 'require', 'off']), 'verify-full'),
  'database.caFile': field(
    z.string().refine((path) => path === '' || isAbsolute(path), 'must be the absolute path of a PEM file'),
    '',
  ),
} satisfies Record<string, Field<unknown>>;

type FieldPath = keyof typeof fields;

export interface LoadedSettings {
  settings: DeskSettings;
  ignored: IgnoredSetting[];
  /** Paths the machine policy sets: the desk shows them but does not let the agent change them. */
  lockedByPolicy: string[];
}

const POLICY = ' (machine policy)';

export function loadDeskSettings(raw: Record<string, unknown>, policy: Record<string, unknown> = {}): LoadedSettings {
  const ignored: IgnoredSetting[] = [];
  const values = new Map<string, unknown>();
  const lockedByPolicy: string[] = [];
  for (const [path, spec] of Object.entries(fields) as [FieldPath, Field<unknown>][]) {
    const enforced = readPath(policy, path);
    if (enforced !== undefined) {
      const checked = spec.schema.safeParse(enforced);
      if (checked.success) {
        values.set(path, checked.data);
        lockedByPolicy.push(path);
        continue;
      }
      // A broken policy line must not lock the agent out: the user's own value applies instead.
      ignored.push({ path, reason: `${checked.error.issues[0]?.message ?? 'invalid value'}${POLICY}` });
    }
    const found = readPath(raw, path);
    if (found === undefined) {
      values.set(path, spec.fallback);
      continue;
    }
    const checked = spec.schema.safeParse(found);
    values.set(path, checked.success ? checked.data : spec.fallback);
    if (!checked.success) ignored.push({ path, reason: checked.error.issues[0]?.message ?? 'invalid value' });
  }
  ignored.push(...incompleteSharedDatabase(values, ignored));
  ignored.push(...sameShortcutTwice(values));
  ignored.push(...unknownPaths(raw, ''), ...unknownPaths(policy, POLICY));
  const get = <P extends FieldPath>(path: P) => values.get(path) as (typeof fields)[P]['fallback'];
  return {
    settings: {
      locale: get('locale') as Locale,
      sip: {
        server: get('sip.server'),
        user: get('sip.user'),
        password: get('sip.password'),
        domain: get('sip.domain'),
        iceServers: get('sip.iceServers'),
      },
      phoneNumbers: { defaultRegion: get('phoneNumbers.defaultRegion'), internalPattern: get('phoneNumbers.internalPattern') },
      shortcuts: shortcutSettingsFrom(values),
      phone: { dtmf: get('phone.dtmf') },
      agent: {
        notReadyReasons: get('agent.notReadyReasons'),
        wrapUpSeconds: get('agent.wrapUpSeconds'),
        ringTimeoutSeconds: get('agent.ringTimeoutSeconds'),
        level: get('agent.level'),
        level2DelaySeconds: get('agent.level2DelaySeconds'),
      },
      handover: { answerTimeoutSeconds: get('handover.answerTimeoutSeconds') },
      office: { region: get('office.region'), timeZone: get('office.timeZone'), closesAt: get('office.closesAt') },
      cases: { caseRequired: get('cases.caseRequired'), skipReasons: get('cases.skipReasons') },
      careSystem: { urlTemplate: get('careSystem.urlTemplate') },
      devices: { microphone: get('devices.microphone'), headset: get('devices.headset'), ringer: get('devices.ringer') },
      database: {
        kind: get('database.kind'),
        host: get('database.host'),
        port: get('database.port'),
        name: get('database.name'),
        user: get('database.user'),
        password: get('database.password'),
        tls: get('database.tls'),
        caFile: get('database.caFile'),
      },
    },
    ignored,
    lockedByPolicy,
  };
}

function unknownPaths(raw: Record<string, unknown>, suffix: string): IgnoredSetting[] {
  return leafPaths(raw).flatMap((path) => {
    if (isSection(path)) return [{ path, reason: `must be a section with settings inside${suffix}` }];
    return isKnown(path) ? [] : [{ path, reason: `unknown setting${suffix}` }];
  });
}

/**
 * A shared database without a server or a role cannot be reached; the desk does not fall back to
 * an embedded one, which would split the team's cases across workstations, so IT must fix it.
 */
function incompleteSharedDatabase(values: Map<string, unknown>, ignored: readonly IgnoredSetting[]): IgnoredSetting[] {
  if (values.get('database.kind') !== 'shared') return [];
  return (['database.host', 'database.user'] as const)
    .filter((path) => values.get(path) === '' && !ignored.some((entry) => entry.path === path))
    .map((path) => ({ path, reason: 'must be set when database.kind is "shared"' }));
}

/** Only https leaves the desk: the link opens in the system browser with the citizen's id in it. */
function isCareSystemTemplate(template: string): boolean {
  if (template === '') return true;
  if (!template.includes('{externalId}')) return false;
  try {
    return new URL(template.replaceAll('{externalId}', 'id')).protocol === 'https:';
  } catch {
    return false;
  }
}

/** The internal-number rule must compile and span the whole entry, or it would catch parts of real phone numbers. */
function isWholeNumberPattern(pattern: string): boolean {
  if (pattern === '') return true;
  if (!pattern.startsWith('^') || !pattern.endsWith('$')) return false;
  try {
    new RegExp(pattern);
    return true;
  } catch {
    return false;
  }
}

function readPath(raw: Record<string, unknown>, path: string): unknown {
  let node: unknown = raw;
  for (const key of path.split('.')) {
    if (typeof node !== 'object' || node === null || Array.isArray(node) || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

function isSection(path: string): boolean {
  return Object.keys(fields).some((known) => known.startsWith(`${path}.`));
}

function isKnown(path: string): boolean {
  return Object.hasOwn(fields, path) || Object.keys(fields).some((known) => path.startsWith(`${known}.`));
}

/** Paths of the file's leaves, stopping at known fields (whose insides their schema checks). */
function leafPaths(node: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(node).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    if (Object.hasOwn(fields, path)) return [];
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      return leafPaths(value as Record<string, unknown>, path);
    }
    return [path];
  });
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone !== '';
  } catch {
    return false;
  }
}
