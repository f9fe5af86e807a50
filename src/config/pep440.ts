/**
 * Python version specifiers, as far as the API version needs them: which
 * releases a specifier admits, as intervals of release numbers. PEP 440
 * (`>=0.30,<2`, `~=2.1`, `==0.48.*`, `!=1.0`, `===1.2`) and the Poetry forms
 * pyproject.toml and Pipfile also use (`^0.30`, `~1.2`, `1.2.*`, a bare `1.2.3`,
 * `*`, `a || b`). Pre-, post- and dev-release parts are ignored: they never move
 * a version across a major. Sources: https://peps.python.org/pep-0440/#version-specifiers,
 * https://python-poetry.org/docs/dependency-specification/.
 */

/** A release number: `[1, 2, 3]` for 1.2.3. Compared with zeros padded (2 == 2.0 == 2.0.0). */
export type Release = number[];

interface Bound {
  release: Release;
  inclusive: boolean;
}

/** The releases between two bounds; a missing bound is open. */
export interface Interval {
  lower?: Bound;
  upper?: Bound;
}

export function compareReleases(a: Release, b: Release): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** `1.2.3`, `v2`, `0.48.0rc1`, `1.0.post2`, `2!1.0` (an epoch is not supported: undefined). Undefined when it is no version. */
export function parseRelease(text: string): Release | undefined {
  const m = /^\s*v?(\d+(?:\.\d+)*)(?:[-_.]?(?:a|b|c|rc|alpha|beta|pre|preview|post|rev|r|dev)[-_.]?\d*)*(?:\+[a-z0-9.]+)?\s*$/i.exec(text);
  return m ? m[1]!.split('.').map(Number) : undefined;
}

/** The release after every `prefix.*`: 0.48 → 0.49. */
function nextPrefix(release: Release): Release {
  return [...release.slice(0, -1), release[release.length - 1]! + 1];
}

const ALL: Interval = {};
const exactly = (release: Release): Interval => ({ lower: { release, inclusive: true }, upper: { release, inclusive: true } });
const fromTo = (lower: Release, upper: Release): Interval => ({ lower: { release: lower, inclusive: true }, upper: { release: upper, inclusive: false } });

/** One clause (`>=0.30`, `^2.1`, `==0.48.*`) as an interval, or undefined when it cannot be read. */
function clauseInterval(clause: string): Interval | undefined {
  const m = /^(===|==|~=|!=|<=|>=|<|>|\^|~|=)?\s*(.*)$/.exec(clause.trim());
  if (!m) return undefined;
  const op = m[1] ?? '';
  const operand = m[2]!.trim();
  if (operand === '*' && (op === '' || op === '==')) return ALL;
  const wildcard = /^(.*)\.\*$/.exec(operand);
  if (wildcard) {
    const release = parseRelease(wildcard[1]!);
    if (!release) return undefined;
    // `!=1.*` excludes: ignoring it only widens the range, which is never wrong here.
    if (op === '!=') return ALL;
    return op === '==' || op === '' ? fromTo(release, nextPrefix(release)) : undefined;
  }
  const release = parseRelease(operand);
  if (!release) return undefined;
  switch (op) {
    case '':
    case '=':
    case '==':
    case '===':
      return exactly(release);
    case '!=':
      return ALL;
    case '>=':
      return { lower: { release, inclusive: true } };
    case '>':
      return { lower: { release, inclusive: false } };
    case '<=':
      return { upper: { release, inclusive: true } };
    case '<':
      return { upper: { release, inclusive: false } };
    case '~=':
      // Compatible release: ~=2.1 is >=2.1, ==2.*; ~=2.1.3 is >=2.1.3, ==2.1.*. One component is invalid.
      return release.length < 2 ? undefined : fromTo(release, nextPrefix(release.slice(0, -1)));
    case '~':
      // Poetry tilde: ~1.2.3 and ~1.2 → <1.3; ~1 → <2.
      return fromTo(release, nextPrefix(release.length === 1 ? release : release.slice(0, 2)));
    case '^': {
      // Poetry caret: up to the next change of the leftmost non-zero component (^0.30 → <0.31, ^0 → <1).
      const nonZero = release.findIndex((n) => n !== 0);
      const keep = nonZero === -1 ? release.length : nonZero + 1;
      return fromTo(release, nextPrefix(release.slice(0, keep)));
    }
    default:
      return undefined;
  }
}

function intersect(a: Interval, b: Interval): Interval {
  const lower = !a.lower ? b.lower : !b.lower ? a.lower : pick(a.lower, b.lower, 1);
  const upper = !a.upper ? b.upper : !b.upper ? a.upper : pick(a.upper, b.upper, -1);
  return { ...(lower ? { lower } : {}), ...(upper ? { upper } : {}) };
}

/** The tighter of two bounds: the higher lower bound (sign 1) or the lower upper bound (sign -1). */
function pick(a: Bound, b: Bound, sign: 1 | -1): Bound {
  const c = compareReleases(a.release, b.release) * sign;
  if (c !== 0) return c > 0 ? a : b;
  return a.inclusive ? b : a;
}

/**
 * The intervals a specifier admits (one per `||` alternative), or undefined when
 * some part of it cannot be read. Clauses are joined by commas (PEP 440) or,
 * in Poetry, also by spaces (`>=1.2 <1.5`).
 */
export function specifierIntervals(specifier: string): Interval[] | undefined {
  const out: Interval[] = [];
  // Split on `|` or `||` without a regex around whitespace (quadratic on a long run of spaces).
  for (const alternative of specifier.replaceAll('||', '|').split('|').map((a) => a.trim())) {
    const clauses = alternative
      .replace(/(===|==|~=|!=|<=|>=|<|>|\^|~)\s+/g, '$1')
      .split(/\s*,\s*|\s+/)
      .filter((c) => c !== '');
    let interval: Interval = ALL;
    for (const clause of clauses) {
      const next = clauseInterval(clause);
      if (!next) return undefined;
      interval = intersect(interval, next);
    }
    out.push(interval);
  }
  return out;
}

function isEmpty(interval: Interval): boolean {
  if (!interval.lower || !interval.upper) return false;
  const c = compareReleases(interval.lower.release, interval.upper.release);
  return c > 0 || (c === 0 && !(interval.lower.inclusive && interval.upper.inclusive));
}

/**
 * Which sides of a major version `threshold` a specifier can resolve to:
 * `below` (some release < threshold.0) and `atOrAbove`. Undefined when the
 * specifier cannot be read.
 */
export function sidesOfMajor(specifier: string, threshold: number): { below: boolean; atOrAbove: boolean } | undefined {
  const intervals = specifierIntervals(specifier);
  if (!intervals) return undefined;
  const at: Release = [threshold];
  let below = false;
  let atOrAbove = false;
  for (const i of intervals) {
    if (isEmpty(i)) continue;
    if (!i.lower || compareReleases(i.lower.release, at) < 0) below = true;
    if (!i.upper || compareReleases(i.upper.release, at) > 0 || (compareReleases(i.upper.release, at) === 0 && i.upper.inclusive)) atOrAbove = true;
  }
  return { below, atOrAbove };
}
