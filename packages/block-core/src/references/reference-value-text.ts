/** A referenced value written out, or why it cannot be. */
export type WrittenValue = { ok: true; text: string } | { ok: false; reason: string };

/**
 * A referenced value as it goes into text: strings as they are, numbers and booleans as text, objects and
 * lists as compact JSON. null cannot go into text (an empty string would hide the problem).
 * @example valueAsText({ a: 1 }) // { ok: true, text: '{"a":1}' }
 */
export function valueAsText(value: unknown): WrittenValue {
  switch (typeof value) {
    case 'string':
      return { ok: true, text: value };
    case 'number':
    case 'boolean':
    case 'bigint':
      return { ok: true, text: String(value) };
    case 'object':
      if (value === null) return { ok: false, reason: 'is empty (null), so there is no text to put in its place.' };
      if (value instanceof Date && !Number.isNaN(value.getTime())) return { ok: true, text: value.toISOString() };
      return valueAsJson(value);
    default:
      return { ok: false, reason: `holds a ${typeof value}, which cannot be written as text.` };
  }
}

/**
 * A referenced value as a JSON value, keeping its type (`"<Trigger.age>"` becomes `42`).
 * @example valueAsJson(['a', 1]) // { ok: true, text: '["a",1]' }
 */
export function valueAsJson(value: unknown): WrittenValue {
  try {
    const text = JSON.stringify(value) as string | undefined;
    if (text !== undefined) return { ok: true, text };
  } catch {
    // Cyclic values and bigints cannot be JSON; reported below.
  }
  return { ok: false, reason: 'holds a value that cannot be written as JSON.' };
}
