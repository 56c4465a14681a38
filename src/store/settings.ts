import { DEFAULT_BODY_LIMIT } from '../core/capture/capturedError';
import { FORMATS } from '../core/formats/index';
import type { FormatId, Lang } from '../core/types';

/** The storage.local key that holds the settings. */
export const SETTINGS_KEY = 'settings';

/** Everything the user can set, persisted in storage.local. One defaults object, nowhere else. */
export interface Settings {
  /** Host patterns (`domain:` syntax). Empty: every host is captured and shown. */
  readonly watchedHosts: readonly string[];
  /** Keep rows across navigations, as Chrome's Network panel does; off by default there too. */
  readonly preserveLog: boolean;
  /** `auto` follows the browser's UI language. */
  readonly lang: 'auto' | Lang;
  readonly maxEntries: number;
  readonly bodyLimit: number;
  /** Host (as shown in the host strip) → the format its bodies are decoded as first. */
  readonly pins: Readonly<Record<string, FormatId>>;
  /** Audit requests made by other extensions too; off: they are not the app's retries. */
  readonly auditExtensions: boolean;
}

export const DEFAULT_SETTINGS = {
  watchedHosts: [],
  preserveLog: false,
  lang: 'auto',
  maxEntries: 5000,
  bodyLimit: DEFAULT_BODY_LIMIT,
  pins: {},
  auditExtensions: false,
} as const satisfies Settings;

/** Accepts only well-typed fields from storage: it may hold anything an older build wrote. */
export function sanitizeSettings(raw: unknown): Partial<Settings> {
  if (typeof raw !== 'object' || raw === null) return {};
  const r = raw as Record<string, unknown>;
  const out: { -readonly [K in keyof Settings]?: Settings[K] } = {};
  if (Array.isArray(r['watchedHosts'])) {
    out.watchedHosts = r['watchedHosts'].filter((h): h is string => typeof h === 'string');
  }
  if (typeof r['preserveLog'] === 'boolean') out.preserveLog = r['preserveLog'];
  if (typeof r['auditExtensions'] === 'boolean') out.auditExtensions = r['auditExtensions'];
  if (r['lang'] === 'auto' || r['lang'] === 'en' || r['lang'] === 'ru') out.lang = r['lang'];
  const max = r['maxEntries'];
  if (typeof max === 'number' && Number.isInteger(max) && max > 0) out.maxEntries = max;
  const limit = r['bodyLimit'];
  if (typeof limit === 'number' && Number.isInteger(limit) && limit > 0) out.bodyLimit = limit;
  const pins = r['pins'];
  if (typeof pins === 'object' && pins !== null && !Array.isArray(pins)) {
    const clean: Record<string, FormatId> = {};
    for (const [host, id] of Object.entries(pins as Record<string, unknown>)) {
      if (typeof id === 'string' && FORMAT_IDS.has(id)) clean[host] = id as FormatId;
    }
    out.pins = clean;
  }
  return out;
}

const FORMAT_IDS: ReadonlySet<string> = new Set([...FORMATS.map((f) => f.id), 'http']);
