import { describe, expect, it } from 'vitest';
import { buildSeedData } from './seed.js';
import { DAY, SEED_NOW } from './time.js';

describe('buildSeedData', () => {
  const seed = buildSeedData();
  const live = seed.contacts.filter((c) => c.merged_into_id === undefined);

  it('is the same on every call, in fresh objects', () => {
    const again = buildSeedData();
    expect(again).toEqual(seed);
    expect(again.contacts[0]).not.toBe(seed.contacts[0]);
  });

  it('has dozens of varied contacts', () => {
    expect(live.length).toBe(40);
    expect(new Set(live.map((c) => c.id)).size).toBe(live.length);
    expect(live.filter((c) => c.role === 'lead').length).toBeGreaterThanOrEqual(5);
    expect(live.filter((c) => c.role === 'user').length).toBeGreaterThanOrEqual(20);
    expect(live.some((c) => c.email === null)).toBe(true);
    expect(new Set(live.map((c) => c.email?.split('@')[1]).filter(Boolean)).size).toBeGreaterThanOrEqual(8);
    expect(new Set(live.map((c) => new Date(c.created_at * 1000).getUTCFullYear())).size).toBeGreaterThanOrEqual(2);
    expect(live.filter((c) => c.tag_ids.length > 0).length).toBeGreaterThanOrEqual(10);
    expect(live.every((c) => c.created_at <= SEED_NOW && c.created_at > SEED_NOW - 3 * 365 * DAY)).toBe(true);
  });

  it('gives users unique emails and external ids, as Intercom requires', () => {
    const users = live.filter((c) => c.role === 'user');
    expect(new Set(users.map((c) => c.email)).size).toBe(users.length);
    expect(new Set(users.map((c) => c.external_id)).size).toBe(users.length);
  });

  it('uses only defined custom attributes, with values of their type', () => {
    const types = new Map(seed.dataAttributes.map((a) => [a.name, a.data_type]));
    for (const contact of seed.contacts) {
      for (const [name, value] of Object.entries(contact.custom_attributes)) {
        const type = types.get(name);
        expect(type, name).toBeDefined();
        const expected = type === 'string' ? 'string' : type === 'boolean' ? 'boolean' : 'number';
        expect(typeof value, `${contact.id} ${name}`).toBe(expected);
      }
    }
  });

  it('has one merged contact whose canonical contact is live', () => {
    const merged = seed.contacts.filter((c) => c.merged_into_id !== undefined);
    expect(merged).toHaveLength(1);
    expect(live.map((c) => c.id)).toContain(merged[0]?.merged_into_id);
  });

  it('has conversations with parts from contacts and admins, referring to seeded records', () => {
    expect(seed.conversations.length).toBeGreaterThanOrEqual(8);
    const authors = new Set(seed.conversations.flatMap((c) => c.parts.map((p) => p.author.type)));
    expect(authors).toEqual(new Set(['admin', 'user']));
    const contactIds = new Set(live.map((c) => c.id));
    const adminIds = new Set(seed.admins.map((a) => a.id));
    for (const conversation of seed.conversations) {
      expect(conversation.contact_ids.every((id) => contactIds.has(id))).toBe(true);
      expect(conversation.parts.filter((p) => p.author.type === 'admin').every((p) => adminIds.has(p.author.id))).toBe(true);
      expect(conversation.parts.every((p, i, parts) => i === 0 || p.created_at >= (parts[i - 1]?.created_at ?? 0))).toBe(true);
    }
  });

  it('has three admins, two ticket types and tickets of those types', () => {
    expect(seed.admins).toHaveLength(3);
    expect(seed.ticketTypes).toHaveLength(2);
    const types = new Set(seed.ticketTypes.map((t) => t.id));
    expect(seed.tickets.every((t) => types.has(t.ticket_type_id))).toBe(true);
  });
});
