/** One node of a JSON value shown as a tree: its key, its value and where it sits. */
export interface JsonTreeNode {
  /** Stable id from the keys on the way down, e.g. `contact.custom_attributes.plan`. */
  id: string;
  key: string;
  /** The keys and indexes from the root down to this node, as a reference path: `['labels', 0, 'name']`. */
  path: (string | number)[];
  value: unknown;
  depth: number;
  parentId: string | undefined;
  childCount: number;
}

/** The kind of a JSON value as the tree shows it. */
export function jsonKind(value: unknown): 'object' | 'array' | 'string' | 'number' | 'boolean' | 'null' {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'object') return 'object';
  if (typeof value === 'number' || typeof value === 'bigint') return 'number';
  if (typeof value === 'boolean') return 'boolean';
  return 'string';
}

/** The entries of an object or array value, in order; nothing for a scalar. */
export function jsonChildren(value: unknown): [string, unknown][] {
  if (Array.isArray(value)) return value.map((item, index) => [String(index), item] as [string, unknown]);
  if (value !== null && typeof value === 'object') return Object.entries(value);
  return [];
}

/**
 * The nodes a reader can see: the top-level entries, and the children of every expanded node, depth first.
 * @example visibleJsonNodes({ a: { b: 1 } }, new Set(['a'])).map((n) => n.id) // ['a', 'a.b']
 */
export function visibleJsonNodes(root: Record<string, unknown>, expanded: ReadonlySet<string>): JsonTreeNode[] {
  const out: JsonTreeNode[] = [];
  const walk = (entries: [string, unknown][], depth: number, parentId: string | undefined, parentPath: (string | number)[], inArray: boolean) => {
    for (const [key, value] of entries) {
      const id = parentId === undefined ? key : `${parentId}.${key}`;
      const path = [...parentPath, inArray ? Number(key) : key];
      const children = jsonChildren(value);
      out.push({ id, key, path, value, depth, parentId, childCount: children.length });
      if (children.length > 0 && expanded.has(id)) walk(children, depth + 1, id, path, Array.isArray(value));
    }
  };
  walk(Object.entries(root), 0, undefined, [], false);
  return out;
}

/** A one-line summary of a value for a collapsed row: `{3 keys}`, `[150 items]`, or the scalar as JSON. */
export function jsonSummary(value: unknown): string {
  const kind = jsonKind(value);
  if (kind === 'array') {
    const length = (value as unknown[]).length;
    return `[${length} ${length === 1 ? 'item' : 'items'}]`;
  }
  if (kind === 'object') {
    const count = Object.keys(value as object).length;
    return `{${count} ${count === 1 ? 'key' : 'keys'}}`;
  }
  if (value === undefined) return 'null';
  return JSON.stringify(value) ?? typeof value;
}
