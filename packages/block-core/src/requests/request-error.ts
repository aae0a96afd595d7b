import type { FieldName } from '../types.js';

/**
 * A config that cannot become an Intercom request: unknown operation, a missing required value, a bad id or JSON.
 * Callers turn it into `{ success: false, error: err.message }`.
 */
export class IntercomRequestError extends Error {
  override readonly name = 'IntercomRequestError';
  /** The field the problem is on, when there is one. */
  readonly field: FieldName | undefined;

  /**
   * @param message - for people; names the field.
   * @param field - the field concerned.
   */
  constructor(message: string, field?: FieldName) {
    super(message);
    this.field = field;
  }
}

/** A 2xx answer from Intercom whose body does not have the documented shape. */
export class IntercomResponseShapeError extends Error {
  override readonly name = 'IntercomResponseShapeError';
}
