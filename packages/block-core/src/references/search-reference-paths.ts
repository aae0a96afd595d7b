import type { ReferencePath } from './reference-paths.js';

/** Lower-cased `Step.path` of each path, built once per list so a query allocates only its result. */
interface SearchIndex {
  size: number;
  texts: string[];
  pathStarts: number[];
  /**
   * The last query and every path it matched. Any match of a longer query starting with it is among them (each
   * tier implies the letters in order), so typing one more letter only looks at those.
   */
  last?: { needle: string; matches: number[] };
}

const indexes = new WeakMap<readonly ReferencePath[], SearchIndex>();

function indexOf(paths: readonly ReferencePath[]): SearchIndex {
  const cached = indexes.get(paths);
  // Rebuilt when the list grew or shrank; lists from listReferencePaths are fresh arrays, never edited.
  if (cached?.size === paths.length) return cached;
  const index: SearchIndex = { size: paths.length, texts: [], pathStarts: [] };
  for (const path of paths) {
    index.texts.push(`${path.step}.${path.path}`.toLowerCase());
    index.pathStarts.push(path.step.length + 1);
  }
  indexes.set(paths, index);
  return index;
}

// Match tiers, best first.
const EXACT = 0;
const WHOLE_SEGMENT = 1;
const PREFIX = 2;
const SEGMENT_START = 3;
const SUBSTRING = 4;
const SUBSEQUENCE = 5;
const NO_MATCH = -1;

const DOT = 46;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const isBoundary = (code: number) => code === DOT || code === OPEN_BRACKET || code === CLOSE_BRACKET;

/**
 * Fuzzy search over reference paths, matching the query as a subsequence of the whole `Step.path`
 * (case-insensitive; spaces, a leading `<` and a trailing `>` are ignored). Ranked: exact, a whole segment, prefix
 * (of `Step.path` or of the path), the start of a segment, anywhere, then scattered letters; shorter paths
 * first within a rank, then list order. An empty query returns the first paths in list order.
 * @param limit how many paths to return at most (default 50)
 * @example searchReferencePaths(paths, 'emai')[0]?.reference // '<Trigger.contact.email>'
 */
export function searchReferencePaths(paths: ReferencePath[], query: string, limit = 50): ReferencePath[] {
  if (limit <= 0) return [];
  const needle = query.replace(/\s+/g, '').replace(/^</, '').replace(/>$/, '').toLowerCase();
  if (needle.length === 0) return paths.slice(0, limit);
  const index = indexOf(paths);
  const { texts, pathStarts, last } = index;
  const candidates = last && needle.startsWith(last.needle) ? last.matches : undefined;
  const count = candidates ? candidates.length : texts.length;
  const matches: number[] = [];
  const found: ReferencePath[] = [];
  const scores: number[] = [];
  for (let c = 0; c < count; c++) {
    const i = candidates ? (candidates[c] as number) : c;
    const text = texts[i] as string;
    const tier = matchTier(text, pathStarts[i] as number, needle);
    if (tier === NO_MATCH) continue;
    matches.push(i);
    // Unique scores keep the order stable: tier, then length, then position in the list.
    const score = (tier * 65536 + Math.min(text.length, 65535)) * 16777216 + i;
    if (found.length === limit && score >= (scores[limit - 1] as number)) continue;
    let at = found.length === limit ? limit - 1 : found.length;
    while (at > 0 && (scores[at - 1] as number) > score) {
      scores[at] = scores[at - 1] as number;
      found[at] = found[at - 1] as ReferencePath;
      at--;
    }
    scores[at] = score;
    found[at] = paths[i] as ReferencePath;
  }
  index.last = { needle, matches };
  return found;
}

function matchTier(text: string, pathStart: number, needle: string): number {
  if (text === needle) return EXACT;
  let at = text.indexOf(needle);
  if (at === -1) return isSubsequence(text, needle) ? SUBSEQUENCE : NO_MATCH;
  if (text.length - pathStart === needle.length && text.startsWith(needle, pathStart)) return EXACT;
  let best = at === 0 || text.startsWith(needle, pathStart) ? PREFIX : SUBSTRING;
  for (; at !== -1; at = text.indexOf(needle, at + 1)) {
    const startsSegment = at === 0 || isBoundary(text.charCodeAt(at - 1));
    if (!startsSegment) continue;
    const end = at + needle.length;
    if (end === text.length || isBoundary(text.charCodeAt(end))) return WHOLE_SEGMENT;
    if (best > SEGMENT_START) best = SEGMENT_START;
  }
  return best;
}

// Each letter found with the native indexOf after the previous one: the same leftmost match as a character loop, faster.
function isSubsequence(text: string, needle: string): boolean {
  let at = -1;
  for (let n = 0; n < needle.length; n++) {
    at = text.indexOf(needle.charAt(n), at + 1);
    if (at === -1) return false;
  }
  return true;
}
