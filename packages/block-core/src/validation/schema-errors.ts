import type { OutputUnit } from '@cfworker/json-schema';
import type { JsonSchema } from '../schemas/json-schema.js';
import { isReferenceSchema } from '../schemas/reference-string.js';
import type { JsonPathSegment } from './json-path.js';
import { pointerToPath, schemaAt } from './schema-locations.js';

/** One validator error that matters, with its value's path decoded. */
export interface SchemaError {
  keyword: string;
  /** JSON pointer of the instance, decoded into segments. */
  instance: JsonPathSegment[];
  instancePointer: string;
  keywordLocation: string;
}

/** Keywords that only say "something inside failed"; the inner errors say what. */
const summaryKeywords = new Set([
  'properties',
  'items',
  'allOf',
  '$ref',
  'if',
  'patternProperties',
  'additionalItems',
  'prefixItems',
  'propertyNames',
  'contains',
  'dependencies',
  'dependentSchemas',
  'unevaluatedProperties',
  'unevaluatedItems',
  'false',
]);

/**
 * The errors of cfworker's output that say what is wrong, one alternative's worth per anyOf: summaries
 * ("a property did not match") are dropped, and an unknown property becomes one `unknownProperty` error.
 * @param units cfworker's errors (validated without short-circuit)
 * @param value the value that was validated
 * @param schema the schema it was validated against
 */
export function relevantErrors(units: OutputUnit[], value: unknown, schema: JsonSchema): SchemaError[] {
  return pruneAlternatives(collectErrors(units, value), schema);
}

function collectErrors(units: OutputUnit[], value: unknown): SchemaError[] {
  const entries: SchemaError[] = [];
  units.forEach((unit, i) => {
    if (unit.keyword === 'additionalProperties') {
      const next = units[i + 1];
      // A property no schema allows: cfworker follows the summary with a `false` error at the property.
      if (next?.keyword === 'false') entries.push(schemaError('unknownProperty', next.instanceLocation, unit.keywordLocation, value));
      return;
    }
    if (summaryKeywords.has(unit.keyword)) return;
    if (unit.keywordLocation.includes('/propertyNames/')) {
      entries.push(schemaError('propertyName', unit.instanceLocation, unit.keywordLocation, value));
      return;
    }
    entries.push(schemaError(unit.keyword, unit.instanceLocation, unit.keywordLocation, value));
  });
  return entries;
}

function schemaError(keyword: string, instancePointer: string, keywordLocation: string, value: unknown): SchemaError {
  return { keyword, instancePointer, instance: pointerToPath(instancePointer, value), keywordLocation };
}

/**
 * Resolves every anyOf/oneOf, innermost first: keeps the errors of the alternative the value was meant to be
 * (its type matches, fewest errors, never the reference alternative), or, when no alternative even has the
 * value's type, replaces them all by one `expected` error on the value.
 */
function pruneAlternatives(entries: SchemaError[], schema: JsonSchema): SchemaError[] {
  let alive = entries;
  const markers = entries
    .filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf')
    .sort((a, b) => b.keywordLocation.length - a.keywordLocation.length);
  for (const marker of markers) {
    const prefix = `${marker.keywordLocation}/`;
    // Items of one array share keyword locations: an alternative's errors are also inside the marker's value.
    const inMarker = (e: SchemaError) =>
      e.keywordLocation.startsWith(prefix) &&
      (e.instancePointer === marker.instancePointer || e.instancePointer.startsWith(`${marker.instancePointer}/`));
    const branches = new Map<number, SchemaError[]>();
    for (const e of alive) {
      if (!inMarker(e)) continue;
      const index = Number(e.keywordLocation.slice(prefix.length).split('/')[0]);
      branches.set(index, [...(branches.get(index) ?? []), e]);
    }
    const candidates = [...branches.entries()].filter(
      ([index, errors]) =>
        !isReferenceSchema(schemaAt(schema, `${prefix}${index}`)) &&
        !errors.some((e) => e.keyword === 'type' && e.instancePointer === marker.instancePointer),
    );
    const best = candidates.sort(([a, x], [b, y]) => x.length - y.length || a - b)[0];
    const keep = new Set(best ? best[1] : []);
    alive = alive.filter((e) => e !== marker && (!inMarker(e) || keep.has(e)));
    if (!best) {
      alive.push({ ...marker, keyword: 'expected', keywordLocation: marker.keywordLocation });
    }
  }
  return alive;
}
