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
  /** Errors kept; past it the oldest go (counted in the status bar). */
  readonly maxEntries: number;
  /** Characters of body text kept per error (response and request body each). */
  readonly bodyLimit: number;
  /** Characters of body text kept over all errors; past it the oldest bodies go, rows stay. */
  readonly bodyBudget: number;
  /** Host (as shown in the host strip) → the format its bodies are decoded as first. */
  readonly pins: Readonly<Record<string, FormatId>>;
  /** Audit requests made by other extensions too; off: they are not the app's retries. */
  readonly auditExtensions: boolean;
  /** The hosts strip and the timeline each fold away, to give a short panel more rows. */
  readonly showHosts: boolean;
  readonly showTimeline: boolean;
  /** Column id → width in px, for the columns the user resized. */
  readonly columnWidths: Readonly<Record<string, number>>;
  /** How a JSON body shows in the details pane, kept like DevTools' last Preview/Response tab. */
  readonly bodyView: 'tree' | 'text';
  /** The user's error packs, as imported (JSON text); checked again whenever they are read. */
  readonly userPacks: readonly StoredPack[];
}

/** A user's error pack as kept in storage.local: its JSON text, and whether it is applied. */
export interface StoredPack {
  readonly text: string;
  readonly enabled: boolean;
}

export const DEFAULT_SETTINGS = {
  watchedHosts: [],
  preserveLog: false,
  lang: 'auto',
  maxEntries: 100_000,
  bodyLimit: DEFAULT_BODY_LIMIT,
  bodyBudget: 64 * 1024 * 1024,
  pins: {},
  auditExtensions: false,
  showHosts: true,
  showTimeline: true,
  columnWidths: {},
  bodyView: 'tree',
  userPacks: [],
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
  // 5,000 was the default before 0.2 and every build stored it: it is no one's choice.
  if (isCount(max) && max !== OLD_DEFAULT_MAX_ENTRIES) out.maxEntries = max;
  const limit = r['bodyLimit'];
  if (isCount(limit)) out.bodyLimit = limit;
  const bodyBudget = r['bodyBudget'];
  if (isCount(bodyBudget)) out.bodyBudget = bodyBudget;
  const pins = r['pins'];
  if (typeof pins === 'object' && pins !== null && !Array.isArray(pins)) {
    const clean: Record<string, FormatId> = {};
    for (const [host, id] of Object.entries(pins as Record<string, unknown>)) {
      if (typeof id === 'string' && FORMAT_IDS.has(id)) clean[host] = id as FormatId;
    }
    out.pins = clean;
  }
  if (typeof r['showHosts'] === 'boolean') out.showHosts = r['showHosts'];
  if (typeof r['showTimeline'] === 'boolean') out.showTimeline = r['showTimeline'];
  const widths = r['columnWidths'];
  if (typeof widths === 'object' && widths !== null && !Array.isArray(widths)) {
    const clean: Record<string, number> = {};
    for (const [id, px] of Object.entries(widths as Record<string, unknown>)) {
      if (COLUMN_IDS.has(id) && isCount(px) && px <= 2000) clean[id] = px;
    }
    out.columnWidths = clean;
  }
  if (r['bodyView'] === 'tree' || r['bodyView'] === 'text') out.bodyView = r['bodyView'];
  if (Array.isArray(r['userPacks'])) out.userPacks = r['userPacks'].filter(isStoredPack);
  return out;
}

const OLD_DEFAULT_MAX_ENTRIES = 5000;
const COLUMN_IDS: ReadonlySet<string> = new Set([
  'time',
  'method',
  'url',
  'status',
  'format',
  'code',
  'meaning',
  'initiator',
]);

function isStoredPack(value: unknown): value is StoredPack {
  if (typeof value !== 'object' || value === null) return false;
  const { text, enabled } = value as Record<string, unknown>;
  return typeof text === 'string' && typeof enabled === 'boolean';
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value > 0;
}

const FORMAT_IDS: ReadonlySet<string> = new Set([...FORMATS.map((f) => f.id), 'http']);
