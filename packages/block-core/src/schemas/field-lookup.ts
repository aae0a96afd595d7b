/**
 * A lookup of search fields by name that compares names of the same length instead of hashing: the names it is
 * asked for come from JSON.parse, a new string each time, and hashing one costs more than comparing it with the
 * few names of its length (a search body asks once per filter, up to 225 times).
 * @example fieldLookup([{ field: 'email' }, { field: 'name' }])('name') // { field: 'name' }
 */
export function fieldLookup<T extends { field: string }>(entries: readonly T[]): (name: string) => T | undefined {
  const byLength: T[][] = [];
  for (const entry of entries) {
    const bucket = (byLength[entry.field.length] ??= []);
    // A later entry of a name replaces an earlier one, as in a Map built from the list.
    const same = bucket.findIndex((known) => known.field === entry.field);
    if (same === -1) bucket.push(entry);
    else bucket[same] = entry;
  }
  return (name) => {
    const candidates = byLength[name.length];
    if (candidates === undefined) return undefined;
    for (const entry of candidates) if (entry.field === name) return entry;
    return undefined;
  };
}

/**
 * Whether a name is `<prefix><rest>` with a rest that is not empty and holds no dot: the pattern `^<prefix>\.[^.]+$`
 * of custom attribute and ticket attribute fields, without running a regex per filter.
 * @param prefix the part before the rest, its dot included, e.g. `custom_attributes.`
 * @example isDottedName('custom_attributes.plan', 'custom_attributes.') // true
 */
export function isDottedName(name: string, prefix: string): boolean {
  return name.length > prefix.length && name.startsWith(prefix) && name.indexOf('.', prefix.length) === -1;
}
