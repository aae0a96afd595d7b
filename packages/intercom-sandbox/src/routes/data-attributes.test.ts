import { describe, expect, it } from 'vitest';
import { createIntercomSandbox } from '../sandbox.js';
import { buildSeedData } from '../seed/seed.js';
import { call } from '../test-support/call.js';
import type { ErrorJson } from '../test-support/wire.js';

const sandbox = createIntercomSandbox();

interface AttributeJson {
  type: string;
  name: string;
  full_name: string;
  data_type: string;
  custom: boolean;
  model: string;
  description?: string;
  options?: string[];
}

const list = async (query = '') => (await call<{ type: string; data: AttributeJson[] }>(sandbox, 'GET', `/data_attributes${query}`)).body;

describe('GET /data_attributes', () => {
  it('lists the contact attributes: standard ones, then custom attributes of every type, a list one with its options', async () => {
    const body = await list('?model=contact');
    expect(body.type).toBe('list');
    expect(body.data.every((a) => a.model === 'contact' && a.type === 'data_attribute')).toBe(true);
    expect(body.data.find((a) => a.name === 'email')).toMatchObject({ custom: false, full_name: 'email' });
    const custom = body.data.filter((a) => a.custom);
    expect(new Set(custom.map((a) => a.data_type))).toEqual(new Set(['string', 'integer', 'float', 'boolean', 'date']));
    expect(custom.find((a) => a.name === 'plan')).toMatchObject({ full_name: 'custom_attributes.plan', data_type: 'string', options: ['free', 'starter', 'pro', 'enterprise'] });
    expect(custom.find((a) => a.name === 'seats')).not.toHaveProperty('options');
    expect(custom.every((a) => typeof a.description === 'string' && a.description !== '')).toBe(true);
  });

  it('lists only company attributes for model=company, and both without a model', async () => {
    const company = await list('?model=company');
    expect(company.data.length).toBeGreaterThan(0);
    expect(company.data.every((a) => a.model === 'company' && !a.custom)).toBe(true);
    const all = await list();
    expect(new Set(all.data.map((a) => a.model))).toEqual(new Set(['contact', 'company']));
  });

  it('refuses model=conversation with 422, as 2.16 does, and an unknown model with 400', async () => {
    const conversation = await call<ErrorJson>(sandbox, 'GET', '/data_attributes?model=conversation');
    expect(conversation.status).toBe(422);
    expect(conversation.body.errors[0]?.message).toContain('GET /conversations/attributes');
    expect((await call(sandbox, 'GET', '/data_attributes?model=ticket')).status).toBe(400);
  });

  it('lists exactly the attributes a contact may be given: each is accepted on create, an unlisted name is 400', async () => {
    const custom = (await list('?model=contact')).data.filter((a) => a.custom);
    const sample: Record<string, unknown> = { string: 'x', integer: 3, float: 2.5, boolean: true, date: 1735689600 };
    const values = Object.fromEntries(custom.map((a) => [a.name, a.options?.[0] ?? sample[a.data_type]]));
    const created = await call<{ custom_attributes: Record<string, unknown> }>(sandbox, 'POST', '/contacts', { body: { role: 'lead', custom_attributes: values } });
    expect(created.status).toBe(200);
    expect(created.body.custom_attributes).toEqual(values);
    const unknown = await call<ErrorJson>(sandbox, 'POST', '/contacts', { body: { role: 'lead', custom_attributes: { plann: 'pro' } } });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors[0]?.message).toBe("Custom attribute 'plann' does not exist");
  });

  it('seeds list attributes whose contacts hold one of their options', () => {
    const seed = buildSeedData();
    const lists = seed.dataAttributes.filter((a) => a.options);
    expect(lists.length).toBeGreaterThanOrEqual(2);
    for (const attribute of lists) {
      for (const contact of seed.contacts) {
        const value = contact.custom_attributes[attribute.name];
        if (value !== undefined) expect(attribute.options, `${contact.id} ${attribute.name}`).toContain(value);
      }
    }
  });
});
