import type { StepOutputs } from '../types.js';
import { availableNames, describeMissing, kindWords } from './describe-path.js';
import { formatReferencePath, type PathSegment } from './reference-grammar.js';
import { quoteValue } from '../text/quote.js';

/** The value a reference points at in actual step outputs, or why there is none. */
export type ReferenceLookup = { found: true; value: unknown } | { found: false; reason: string };

/**
 * Follows a reference into the outputs of the steps that ran (own properties only, list items by index).
 * A value that is `undefined` counts as missing; `null` is found.
 * @example lookupReference({ Trigger: { tags: ['vip'] } }, 'Trigger', ['tags', 0]) // { found: true, value: 'vip' }
 */
export function lookupReference(stepOutputs: StepOutputs, step: string, path: readonly PathSegment[]): ReferenceLookup {
  if (!Object.hasOwn(stepOutputs, step)) {
    return { found: false, reason: `no step named ${quoteValue(step)} ran before this block. ${availableNames(Object.keys(stepOutputs))}` };
  }
  let value: unknown = stepOutputs[step];
  for (let i = 0; i < path.length; i++) {
    const segment = path[i] as PathSegment;
    const parent = path.slice(0, i);
    if (typeof segment === 'number') {
      if (!Array.isArray(value)) return { found: false, reason: describeMissing(step, parent, segment, kindOf(value)) };
      if (segment >= value.length) return { found: false, reason: `${describeMissing(step, parent, segment, 'array')} It has ${value.length} item${value.length === 1 ? '' : 's'}.` };
      value = (value as unknown[])[segment];
    } else {
      if (!isRecord(value)) return { found: false, reason: describeMissing(step, parent, segment, kindOf(value)) };
      if (!Object.hasOwn(value, segment)) {
        return { found: false, reason: `${describeMissing(step, parent, segment, 'object')} ${availableNames(Object.keys(value))}` };
      }
      value = value[segment];
    }
  }
  if (value === undefined) return { found: false, reason: `${formatReferencePath(step, path)} has no value.` };
  return { found: true, value };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function kindOf(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  if (value === null) return kindWords.null;
  switch (typeof value) {
    case 'object':
      return 'object';
    case 'string':
      return kindWords.string;
    case 'number':
      return kindWords.number;
    case 'boolean':
      return kindWords.boolean;
    case 'undefined':
      return kindWords.undefined;
    default:
      return kindWords.unknown;
  }
}
