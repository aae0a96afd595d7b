import type { OperationDefinition } from '../definition/operation-types.js';
import { adminShape } from '../references/intercom-output-shapes.js';
import { optionFrom, pathSegment } from '../requests/config-values.js';
import { IntercomRequestError } from '../requests/request-error.js';
import { notFoundById } from '../requests/not-found.js';
import { responseObject } from '../requests/response-values.js';
import { adminIdDigits } from './ticket-checks.js';

export const adminSetAway = {
  key: 'admin.setAway',
  resource: 'admin',
  operation: 'setAway',
  label: 'Set admin away',
  description: "Turn an admin's away mode on or off, and whether their new conversations are reassigned meanwhile.",
  example: { adminId: '991267', awayMode: 'on', awayReassign: 'yes' },
  fields: [
    { field: 'adminId', required: true, label: 'Admin', help: 'The Intercom admin whose away mode to set. Pick one, or use an admin ID or <StepName.field>.' },
    { field: 'awayMode', required: true },
    { field: 'awayReassign' },
  ],
  outputs: { admin: adminShape },
  validate: (config) => adminIdDigits(config),
  method: 'PUT',
  path: '/admins/{admin_id}/away',
  operationId: 'setAwayAdmin',
  write: true,
  buildRequest: (config) => {
    const away = optionFrom(config, 'awayMode', ['on', 'off']);
    if (away === undefined) throw new IntercomRequestError('awayMode is required.', 'awayMode');
    return {
      pathParams: { admin_id: pathSegment(config, 'adminId') },
      body: { away_mode_enabled: away === 'on', away_mode_reassign: optionFrom(config, 'awayReassign', ['yes', 'no'], 'no') === 'yes' },
    };
  },
  mapResponse: (body) => ({ admin: responseObject(body, 'an admin', ['admin']) }),
  describeNotFound: notFoundById('admin', 'adminId'),
} as const satisfies OperationDefinition;
