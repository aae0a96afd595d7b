import { describe, expect, it } from 'vitest';
import { IntercomRequestError, IntercomResponseShapeError } from './request-error.js';

describe('request errors', () => {
  it('carry a name to branch on and the field concerned', () => {
    const error = new IntercomRequestError('contactId is required.', 'contactId');
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ name: 'IntercomRequestError', field: 'contactId', message: 'contactId is required.' });
    expect(new IntercomRequestError('No operation.').field).toBeUndefined();
    expect(new IntercomResponseShapeError('x').name).toBe('IntercomResponseShapeError');
  });
});
