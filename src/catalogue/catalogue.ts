/**
 * Questions the checks ask about model ids, answered from the catalogue data for
 * the run's date: is the id known, served, deprecated, retired; what replaces it;
 * what did the author probably mean.
 */
import { AS_OF, MODELS, SDK_VERSION } from './models-data.js';
import type { ModelEntry } from './catalogue-types.js';
import { closest } from '../engine/did-you-mean.js';

export type { ModelEntry, ModelFeatures } from './catalogue-types.js';
export { AS_OF as CATALOGUE_AS_OF } from './models-data.js';

/** active: current; legacy: served, superseded; deprecated: served, retirement set; retired; never-existed; unreleased (not yet on --date). */
export type ModelStatus = 'active' | 'legacy' | 'deprecated' | 'retired' | 'never-existed' | 'unreleased';

const byId = new Map<string, ModelEntry>(MODELS.map((m) => [m.id, m]));

export function lookupModel(id: string): ModelEntry | undefined {
  return byId.get(id);
}

/** Computed, never stored: the same id is deprecated on one day and retired on another. */
export function modelStatus(entry: ModelEntry, date: string): ModelStatus {
  if (entry.status === 'never-existed') return 'never-existed';
  if (entry.retirement_date && date >= entry.retirement_date) return 'retired';
  // A stored "retired" without a date is still retired.
  if (entry.status === 'retired' && !entry.retirement_date) return 'retired';
  if (entry.release_date && date < entry.release_date) return 'unreleased';
  if (entry.deprecation_date && date >= entry.deprecation_date) return 'deprecated';
  if (entry.status === 'deprecated') return 'deprecated';
  return entry.replacement ? 'legacy' : 'active';
}

export function isServed(entry: ModelEntry, date: string): boolean {
  const s = modelStatus(entry, date);
  return s === 'active' || s === 'legacy' || s === 'deprecated';
}

/** Follows `replacement` (or `probably_meant`) until an id served on `date`. */
export function servedSuccessor(id: string, date: string): string | undefined {
  const seen = new Set<string>();
  let current = byId.get(id);
  while (current && !seen.has(current.id)) {
    seen.add(current.id);
    if (current.id !== id && isServed(current, date)) return current.id;
    const next = current.replacement ?? current.probably_meant;
    current = next ? byId.get(next) : undefined;
  }
  return undefined;
}

/** Ids served on `date`, for did-you-mean. */
export function servedIds(date: string): string[] {
  return MODELS.filter((m) => isServed(m, date)).map((m) => m.id);
}

/** Normalizes the usual slips before comparing: dots, `-thinking`/`-latest` suffixes, case, spaces. */
function normalizeId(id: string): string {
  return id.trim().toLowerCase().replace(/\s+/g, '-').replace(/\./g, '-').replace(/-(thinking|latest)$/, '');
}

/** The most likely intended served ids for an unknown or unserved one. */
export function suggestModelIds(id: string, date: string, max = 2): string[] {
  const served = servedIds(date);
  const normalized = normalizeId(id);
  if (served.includes(normalized) && normalized !== id) return [normalized];
  // A dated id of a dateless model (claude-sonnet-4-6-20260217 → claude-sonnet-4-6).
  const undated = normalized.replace(/-\d{8}$/, '');
  if (undated !== normalized && served.includes(undated)) return [undated];
  return closest(normalized, served, { max, maxDistance: Math.max(3, Math.floor(normalized.length / 4)) });
}

// The minor is one or two digits: `claude-opus-4-20250514` is Opus 4 with a date, not version 4.20250514.
const LINE_PATTERN = /^claude-(opus|sonnet|haiku|fable|mythos)-(\d+)(?:-(\d{1,2}))?(?:-(\d{8}))?$/;

/** A YYYYMMDD that is a day of the calendar. */
export function isCalendarDate(yyyymmdd: string): boolean {
  const iso = `${yyyymmdd.slice(0, 4)}-${yyyymmdd.slice(4, 6)}-${yyyymmdd.slice(6, 8)}`;
  const time = Date.parse(`${iso}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === iso;
}

/** Newest known version per line, and the newest major of any line. */
function newestVersions(): { byLine: Map<string, number>; major: number } {
  const byLine = new Map<string, number>();
  let major = 0;
  for (const entry of MODELS) {
    if (entry.status === 'never-existed') continue;
    const e = LINE_PATTERN.exec(entry.id);
    if (!e) continue;
    byLine.set(e[1]!, Math.max(byLine.get(e[1]!) ?? 0, Number(e[2]) + Number(e[3] ?? 0) / 100));
    major = Math.max(major, Number(e[2]));
  }
  return { byLine, major };
}
const NEWEST = newestVersions();

/** How far ahead of the newest known major a future id is still plausible (`claude-opus-7`, not `claude-opus-50`). */
const PLAUSIBLE_MAJORS_AHEAD = 2;

/**
 * A well-formed id newer than every known model of its line (`claude-opus-6`,
 * `claude-sonnet-6-1`) may name a model released after the catalogue was
 * written, from the day it ships: it is never "known not to exist". A date
 * suffix, if any, must be a real day.
 */
export function couldBeNewerModel(id: string): boolean {
  const m = LINE_PATTERN.exec(id);
  if (!m) return false;
  if (m[4] && !isCalendarDate(m[4])) return false;
  const major = Number(m[2]);
  if (major > NEWEST.major + PLAUSIBLE_MAJORS_AHEAD) return false;
  return major + Number(m[3] ?? 0) / 100 > (NEWEST.byLine.get(m[1]!) ?? 0);
}

/** Days between two YYYY-MM-DD dates. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The catalogue is older than this many days on the run's date: say so once. */
export const STALE_AFTER_DAYS = 90;

export function catalogueIsStale(date: string): boolean {
  return daysBetween(AS_OF, date) > STALE_AFTER_DAYS;
}

/** The catalogue's age, as `--version` and the stylish report say it. */
export const CATALOGUE_LABEL = `model catalogue as of ${AS_OF} (SDK ${SDK_VERSION})`;

/** Said once per run when the catalogue is stale on the run's date. */
export function staleCatalogueNotice(date: string): string | undefined {
  if (!catalogueIsStale(date)) return undefined;
  return `The ${CATALOGUE_LABEL} is more than ${STALE_AFTER_DAYS} days older than ${date}: models released since are unknown to it (unrecognized-model warnings, no per-model checks). Upgrade the package for a current catalogue: npm install --save-dev lint-payloads@latest`;
}
