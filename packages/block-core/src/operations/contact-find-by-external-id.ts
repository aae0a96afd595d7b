import type { OperationDefinition } from '../definition/operation-types.js';
import { contactShape } from '../references/intercom-output-shapes.js';
import { pathSegment } from '../requests/config-values.js';
import { responseObject } from '../requests/response-values.js';
import { quoteValue } from '../text/quote.js';
import type { IntercomConfig } from '../types.js';

// The 2.16 spec documents no 404 here, yet an unknown external id answers Intercom's generic 404 `not_found`:
// that means no contact (no user: leads have no external id) carries it.
const noContactWithExternalId = (config: IntercomConfig): string => {
  const value = config.externalId;
  const id = typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '';
  return `No Intercom contact has the external ID ${quoteValue(id)} (externalId); only users carry one, not leads. Check the ID, or the step it comes from.`;
};

export const contactFindByExternalId = {
  key: 'contact.findByExternalId',
  resource: 'contact',
  operation: 'findByExternalId',
  label: 'Find contact by external ID',
  description: 'Fetch the user whose external_id (your own user ID) is the one given.',
  example: { externalId: 'user-1042' },
  fields: [{ field: 'externalId', required: true }],
  outputs: { contact: contactShape },
  method: 'GET',
  path: '/contacts/find_by_external_id/{external_id}',
  operationId: 'ShowContactByExternalId',
  write: false,
  buildRequest: (config) => ({ pathParams: { external_id: pathSegment(config, 'externalId') } }),
  mapResponse: (body) => ({ contact: responseObject(body, 'a contact', ['contact']) }),
  describeNotFound: noContactWithExternalId,
} as const satisfies OperationDefinition;
