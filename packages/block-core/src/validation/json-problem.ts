import type { JsonPathSegment } from './json-path.js';
import type { MarkTarget } from './json-text.js';

/** One problem inside a JSON field, before it is placed on the field's text. */
export interface JsonProblem {
  /** Where it is: the value concerned, or for `missing` the property that should be there. */
  path: JsonPathSegment[];
  target: MarkTarget;
  code: string;
  message: string;
  /** The problem concerns the whole value at `path`, so schema errors inside it are echoes of it. */
  coversInside?: boolean;
}
