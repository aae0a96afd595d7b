import type { SandboxApp } from '../http/env.js';
import { IntercomApiError, invalidParameter } from '../http/errors.js';
import { jsonResponse } from '../http/json.js';
import type { SandboxStore } from '../store/store.js';
import { customAttributeView, standardAttributeViews } from '../views/data-attribute-view.js';

/**
 * `GET /data_attributes`: the workspace's contact (or company) attributes, standard ones first, then the custom
 * attributes contacts' `custom_attributes` may use. Without `model`, both; `model=conversation` is refused as
 * 2.16 does.
 */
export function registerDataAttributeRoutes(app: SandboxApp, store: SandboxStore): void {
  app.get('/data_attributes', (c) => {
    const model = c.req.query('model');
    if (model === 'conversation') throw new IntercomApiError(422, 'parameter_invalid', 'model=conversation is no longer supported. Use GET /conversations/attributes instead');
    if (model !== undefined && model !== 'contact' && model !== 'company') throw invalidParameter(`model must be one of: contact, company (got '${model}')`);
    const owner = store.admins[0]?.id ?? '';
    const contact = () => [...standardAttributeViews('contact'), ...[...store.dataAttributes.values()].map((attribute) => customAttributeView(attribute, owner))];
    const data = model === 'contact' ? contact() : model === 'company' ? standardAttributeViews('company') : [...contact(), ...standardAttributeViews('company')];
    return jsonResponse(c, { type: 'list', data });
  });
}
