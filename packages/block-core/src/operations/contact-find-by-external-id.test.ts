import { describe, expect, it } from 'vitest';
import { validateConfig } from '../validation/validate-config.js';
import { contactFindByExternalId } from './contact-find-by-external-id.js';

const find = (externalId: string) => ({ resource: 'contact', operation: 'findByExternalId', externalId });

describe('contact.findByExternalId', () => {
  it('puts the external id, trimmed and encoded as one segment, in the path and sends no body', () => {
    expect(contactFindByExternalId.buildRequest(find(' user/42 ?x '))).toEqual({ pathParams: { external_id: 'user%2F42%20%3Fx' } });
  });

  it('requires the external id and refuses a dot segment', () => {
    expect(validateConfig(find('  ')).map((i) => [i.field, i.code])).toEqual([['externalId', 'required']]);
    expect(validateConfig(find('..')).map((i) => [i.field, i.code])).toEqual([['externalId', 'invalid_id']]);
    expect(validateConfig(find('<Trigger.contact.external_id>'))).toEqual([]);
  });

  it('outputs the contact, and says no contact has that external id on Intercom’s generic 404', () => {
    expect(contactFindByExternalId.mapResponse({ type: 'contact', id: '1', external_id: 'u1' })).toEqual({ contact: { type: 'contact', id: '1', external_id: 'u1' } });
    expect(contactFindByExternalId.describeNotFound(find('u-9'))).toBe(
      'No Intercom contact has the external ID "u-9" (externalId); only users carry one, not leads. Check the ID, or the step it comes from.',
    );
  });
});
