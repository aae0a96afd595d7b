import type { DataAttributeInfo } from '../schemas/data-attribute.js';
import { isReferenceString } from '../schemas/reference-string.js';
import { quoteValue } from '../text/quote.js';
import { closestName } from './closest-name.js';
import type { JsonProblem } from './json-problem.js';

/** How each data type's value is written, and whether a value is one. */
const valueRules: Record<string, { words: string; example: string; accepts: (value: unknown) => boolean }> = {
  string: { words: 'a text attribute', example: '"pro"', accepts: (value) => typeof value === 'string' },
  integer: { words: 'a whole-number attribute', example: '3', accepts: (value) => typeof value === 'number' && Number.isInteger(value) },
  float: { words: 'a number attribute', example: '4.5', accepts: (value) => typeof value === 'number' && Number.isFinite(value) },
  boolean: { words: 'a true/false attribute', example: 'true', accepts: (value) => typeof value === 'boolean' },
  date: {
    words: 'a date attribute',
    example: '1735689600 (a UNIX timestamp in seconds)',
    accepts: (value) => typeof value === 'number' && Number.isInteger(value) && value >= 0,
  },
};

/**
 * Intercom's rules for a contact's `custom_attributes`, with the workspace's custom attributes known: each key
 * names one of them (Intercom answers 400 otherwise), and each value is of its type (text, whole number, number,
 * true/false, a UNIX timestamp) and, for a list attribute, one of its options. null clears an attribute;
 * references are known only at run time, so their values are not checked.
 * @param body the parsed custom attributes (an object)
 * @param attributes the workspace's custom contact attributes
 */
export function checkCustomAttributes(body: Record<string, unknown>, attributes: readonly DataAttributeInfo[]): JsonProblem[] {
  const problems: JsonProblem[] = [];
  const byName = new Map(attributes.map((attribute) => [attribute.name, attribute]));
  for (const [name, value] of Object.entries(body)) {
    if (name === '') continue; // the schema says a name is needed
    const attribute = byName.get(name);
    if (!attribute) {
      problems.push({ path: [name], target: 'key', code: 'unknown_custom_attribute', message: unknownMessage(name, attributes), coversInside: true });
      continue;
    }
    if (value === null || isReferenceString(value)) continue;
    const rule = valueRules[attribute.data_type];
    if (rule && !rule.accepts(value)) {
      problems.push({
        path: [name],
        target: 'value',
        code: 'custom_attribute_type',
        message: `${quoteValue(name)} is ${rule.words}: give ${rule.example}${attribute.data_type === 'string' ? '' : ' without quotes'}, or null to clear it.`,
        coversInside: true,
      });
      continue;
    }
    if (attribute.options && attribute.options.length > 0 && typeof value === 'string' && !attribute.options.includes(value)) {
      const guess = closestName(value, attribute.options);
      problems.push({
        path: [name],
        target: 'value',
        code: 'custom_attribute_option',
        message: `${quoteValue(value)} is not an option of ${quoteValue(name)}.${guess ? ` Did you mean "${guess}"?` : ''} Use one of: ${attribute.options.map((option) => `"${option}"`).join(', ')}.`,
      });
    }
  }
  return problems;
}

function unknownMessage(name: string, attributes: readonly DataAttributeInfo[]): string {
  const names = attributes.map((attribute) => attribute.name);
  const guesses = closestNames(name, names);
  const hint = guesses.length > 0 ? ` Did you mean ${guesses.map((guess) => `"${guess}"`).join(' or ')}?` : '';
  const known =
    names.length === 0
      ? ' It has no custom attributes yet: create the attribute in Intercom first.'
      : ` Its custom attributes are ${names.slice(0, 12).map((known_) => `"${known_}"`).join(', ')}${names.length > 12 ? ', …' : ''}.`;
  return `The Intercom workspace has no custom attribute ${quoteValue(name)}: Intercom would refuse it.${hint}${hint ? '' : known}`;
}

/** Up to three names close to `name`: the closest by edit distance, then others that contain it or that it contains. */
function closestNames(name: string, names: readonly string[]): string[] {
  const found = new Set<string>();
  const best = closestName(name, names);
  if (best) found.add(best);
  const lower = name.toLowerCase();
  for (const candidate of names) {
    if (found.size >= 3) break;
    const other = candidate.toLowerCase();
    if (lower.length >= 3 && (other.includes(lower) || lower.includes(other))) found.add(candidate);
  }
  return [...found];
}
