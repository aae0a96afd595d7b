import { formatReferencePath, isReferenceIdentifier, type PathSegment } from './reference-grammar.js';
import { clipText, MAX_QUOTED_LENGTH, quoteValue } from '../text/quote.js';

/** How many names an "Available: ..." list shows before it says how many more there are. */
const MAX_LISTED = 25;

/**
 * The "Available: ..." sentence of a message, listing only names a reference can use.
 * @example availableNames(['email', 'name']) // 'Available: email, name.'
 */
export function availableNames(names: Iterable<string>): string {
  const usable = [...names].filter(isReferenceIdentifier);
  if (usable.length === 0) return 'Available: none.';
  const shown = usable.slice(0, MAX_LISTED).join(', ');
  const more = usable.length - MAX_LISTED;
  return more > 0 ? `Available: ${shown}, and ${more} more.` : `Available: ${shown}.`;
}

/**
 * Says that a path has nothing at `segment`: "Trigger has no output "x"" at the top, "Trigger.contact has no
 * field "x"" deeper, or that an index or a name does not apply to what is there.
 * @param kind what the value at `parentPath` is: `object`, `array`, or a word for anything else ("text", "empty")
 */
export function describeMissing(step: string, parentPath: readonly PathSegment[], segment: PathSegment, kind: string): string {
  const label = clipText(formatReferencePath(step, parentPath), MAX_QUOTED_LENGTH);
  const named = typeof segment === 'string' ? quoteValue(segment) : '';
  if (typeof segment === 'number') {
    if (kind === 'array') return `${label} has no item [${segment}].`;
    if (kind === 'object') return `${label} is an object, not a list, so [${segment}] does not apply.`;
    return `${label} is ${kind}, not a list, so [${segment}] does not apply.`;
  }
  if (kind === 'object') return `${label} has no ${parentPath.length === 0 ? 'output' : 'field'} ${named}.`;
  if (kind === 'array') return `${label} is a list, so it has no field ${named}: pick an item first, as in ${label}[0].${clipText(segment, MAX_QUOTED_LENGTH)}.`;
  return `${label} is ${kind}, so it has no field ${named}.`;
}

/** Words for a kind of value in messages. */
export const kindWords = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  null: 'empty (null)',
  undefined: 'empty',
  unknown: 'a value of unknown type',
} as const;
