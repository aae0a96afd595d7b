import { beforeAll, describe, expect, it } from 'vitest';
import { createIntercomSandbox } from '../sandbox.js';
import { seedContactIds } from '../seed/contacts.js';
import { at } from '../seed/time.js';
import { seedTagIds } from '../seed/workspace.js';
import { acceptedContactSearches } from '@workflow-blocks/test-support';
import { call } from '../test-support/call.js';
import type { ContactJson, ContactListJson, ErrorJson } from '../test-support/wire.js';

const sandbox = createIntercomSandbox();
let everyone: ContactJson[] = [];

const search = (body: unknown) => call<ContactListJson>(sandbox, 'POST', '/contacts/search', { body });
const ids = (contacts: ContactJson[]) => contacts.map((c) => c.id).sort();
const searchIds = async (query: unknown) => {
  const { status, body } = await search({ query, pagination: { per_page: 150 } });
  expect(status).toBe(200);
  return ids(body.data);
};
const expectRejected = async (body: unknown, message: string, code = 'parameter_invalid') => {
  const result = await call<ErrorJson>(sandbox, 'POST', '/contacts/search', { body });
  expect(result.status).toBe(400);
  expect(result.body.type).toBe('error.list');
  expect(result.body.errors[0]?.code).toBe(code);
  expect(result.body.errors[0]?.message).toContain(message);
};
const f = (field: string, operator: string, value: unknown) => ({ field, operator, value });
const named = ['usr_1001', 'usr_1002', 'usr_1003'];

beforeAll(async () => {
  everyone = (await call<ContactListJson>(sandbox, 'GET', '/contacts?per_page=150')).body.data;
});

// Expectations come from the contacts themselves, so the generated seed contacts are covered too.
// Each expectation selects some contacts but not all, so a search that ignores its filter cannot pass.
const where = (predicate: (c: ContactJson) => boolean) => {
  const found = ids(everyone.filter(predicate));
  expect(found.length).toBeGreaterThan(0);
  expect(found.length).toBeLessThan(everyone.length);
  return found;
};
const seats = (c: ContactJson) => c.custom_attributes.seats as number | undefined;

describe('POST /contacts/search operators', () => {
  it('= compares strings case-insensitively', async () => {
    expect(await searchIds(f('email', '=', 'Amara.Nwosu@LumenBank.example'))).toEqual([seedContactIds.amara]);
  });

  it('!= keeps everything else, including contacts without the value', async () => {
    expect(await searchIds(f('role', '!=', 'user'))).toEqual(where((c) => c.role !== 'user'));
    expect(await searchIds(f('external_id', '!=', 'usr_1001'))).toEqual(where((c) => c.external_id !== 'usr_1001'));
  });

  it('IN and NIN take arrays', async () => {
    expect(await searchIds(f('external_id', 'IN', named))).toEqual(ids(everyone.filter((c) => named.includes(c.external_id ?? ''))));
    expect(await searchIds(f('custom_attributes.plan', 'NIN', ['free', 'starter']))).toEqual(
      where((c) => !['free', 'starter'].includes(c.custom_attributes.plan as string)),
    );
  });

  it('<, <=, >, >= compare numbers', async () => {
    expect(await searchIds(f('custom_attributes.seats', '<', 12))).toEqual(where((c) => (seats(c) ?? Infinity) < 12));
    expect(await searchIds(f('custom_attributes.seats', '<=', 12))).toEqual(where((c) => (seats(c) ?? Infinity) <= 12));
    expect(await searchIds(f('custom_attributes.seats', '>', 12))).toEqual(where((c) => (seats(c) ?? -Infinity) > 12));
    expect(await searchIds(f('custom_attributes.seats', '>=', 12))).toEqual(where((c) => (seats(c) ?? -Infinity) >= 12));
    expect(await searchIds(f('custom_attributes.monthly_spend', '>', 1000.25))).toEqual(where((c) => (c.custom_attributes.monthly_spend as number) > 1000.25));
  });

  it('~, !~, ^ and $ match parts of strings', async () => {
    expect(await searchIds(f('email', '~', 'LUMENBANK'))).toEqual([seedContactIds.amara, seedContactIds.mateo].sort());
    expect(await searchIds(f('email', '!~', 'lumenbank'))).toEqual(where((c) => !c.email.includes('lumenbank')));
    expect(await searchIds(f('name', '^', 'sof'))).toEqual([seedContactIds.sofia]);
    expect(await searchIds(f('email_domain', '$', 'logistics.example'))).toEqual([seedContactIds.jonas]);
  });

  it('= null and != null find missing and present values', async () => {
    expect(await searchIds(f('email', '=', null))).toEqual(where((c) => c.email === ''));
    expect(await searchIds(f('phone', '!=', null))).toEqual(where((c) => c.phone !== null));
  });

  it('matches booleans and tags', async () => {
    expect(await searchIds(f('unsubscribed_from_emails', '=', true))).toEqual(where((c) => c.unsubscribed_from_emails));
    expect(await searchIds(f('custom_attributes.beta_tester', '=', true))).toEqual(where((c) => c.custom_attributes.beta_tester === true));
    expect(await searchIds(f('tag_id', '=', seedTagIds.enterprise))).toEqual(where((c) => c.tags.data.some((t) => t.id === seedTagIds.enterprise)));
    expect(await searchIds(f('tag_id', '!=', seedTagIds.enterprise))).toEqual(where((c) => !c.tags.data.some((t) => t.id === seedTagIds.enterprise)));
  });

  it('searches nested fields such as location.country', async () => {
    expect(await searchIds(f('location.country', '=', 'japan'))).toEqual(where((c) => c.location.country === 'Japan'));
  });
});

describe('POST /contacts/search dates (by calendar day, UTC)', () => {
  const anchors = f('external_id', 'IN', named);
  const within = (filter: unknown) => searchIds({ operator: 'AND', value: [anchors, filter] });
  const march14At0930 = at('2024-03-14T09:30:00Z');

  it('= matches the whole day of the value', async () => {
    expect(await within(f('created_at', '=', march14At0930))).toEqual([seedContactIds.amara, seedContactIds.jonas].sort());
  });

  it('> starts at the next day, not at the instant given', async () => {
    expect(await within(f('created_at', '>', march14At0930))).toEqual([seedContactIds.sofia]);
  });

  it('< ends before the start of that day', async () => {
    expect(await within(f('created_at', '<', at('2024-03-15T18:00:00Z')))).toEqual([seedContactIds.amara, seedContactIds.jonas].sort());
    expect(await within(f('created_at', '<', march14At0930))).toEqual([]);
  });

  it('compares date custom attributes by day too', async () => {
    expect(await searchIds(f('custom_attributes.renewal_date', '=', at('2026-03-14T23:00:00Z')))).toEqual(
      where((c) => c.custom_attributes.renewal_date === at('2026-03-14T00:00:00Z')),
    );
  });

  it.each(['!=', '>=', '<=', 'IN', 'NIN', '~'])('rejects %s on a date field', async (operator) => {
    const value = operator === 'IN' || operator === 'NIN' ? [march14At0930] : march14At0930;
    await expectRejected({ query: f('created_at', operator, value) }, `Operator '${operator}' is not supported on date field 'created_at'. Use one of: =, <, >`);
  });

  it('rejects a date given as text that is not a timestamp', async () => {
    await expectRejected({ query: f('created_at', '>', '2024-03-14') }, 'must be a date (UNIX timestamp in seconds)');
    await expectRejected({ query: f('created_at', '>', ' 1306054154') }, 'must be a date (UNIX timestamp in seconds)');
  });

  it("takes a timestamp written as text of digits, as the spec's own example sends it", async () => {
    const since = at('2025-01-01T00:00:00Z');
    expect(await searchIds(f('created_at', '>', String(since)))).toEqual(await searchIds(f('created_at', '>', since)));
    expect(await searchIds(f('created_at', '>', String(since)))).toEqual(where((c) => c.created_at >= since + 86_400));
  });
});

describe('POST /contacts/search groups and limits', () => {
  it('combines AND and OR, two levels deep', async () => {
    const query = {
      operator: 'OR',
      value: [
        { operator: 'AND', value: [f('custom_attributes.plan', '=', 'enterprise'), f('location.city', '=', 'Milan')] },
        { operator: 'AND', value: [f('role', '=', 'lead'), f('name', '^', 'hiro')] },
      ],
    };
    expect(await searchIds(query)).toEqual([seedContactIds.mateo, seedContactIds.hiro].sort());
  });

  it('accepts 15 filters in a group', async () => {
    const value = Array.from({ length: 15 }, (_, i) => f('external_id', '=', `usr_${1001 + i}`));
    expect(await searchIds({ operator: 'OR', value })).toEqual(where((c) => value.some((v) => v.value === c.external_id)));
  });

  it('rejects more than 15 filters in a group', async () => {
    const value = Array.from({ length: 16 }, (_, i) => f('external_id', '=', `usr_${i}`));
    await expectRejected({ query: { operator: 'OR', value } }, 'An OR group can hold at most 15 filters; this one has 16');
  });

  it('rejects more than 2 levels of nesting', async () => {
    const query = { operator: 'AND', value: [{ operator: 'OR', value: [{ operator: 'AND', value: [f('role', '=', 'user')] }] }] };
    await expectRejected({ query }, 'Search queries can nest at most 2 levels of AND/OR groups');
  });

  it('rejects a group mixing filters and groups', async () => {
    const query = { operator: 'AND', value: [f('role', '=', 'user'), { operator: 'OR', value: [f('name', '~', 'a')] }] };
    await expectRejected({ query }, 'must hold either filters or groups, not a mix of both');
  });

  it('rejects an empty group and a group with a bad operator', async () => {
    await expectRejected({ query: { operator: 'AND', value: [] } }, 'needs a non-empty array');
    await expectRejected({ query: { operator: 'XOR', value: [f('role', '=', 'user')] } }, "needs operator AND or OR, not 'XOR'");
  });
});

describe('POST /contacts/search invalid filters', () => {
  it.each([
    [{}, 'query is required', 'parameter_not_found'],
    [{ query: f('email', 'contains', 'x') }, "Unsupported operator 'contains'", 'parameter_invalid'],
    [{ query: f('shoe_size', '=', 42) }, "'shoe_size' is not a searchable contact field", 'parameter_invalid'],
    [{ query: f('custom_attributes.shoe_size', '=', 42) }, "Custom attribute 'shoe_size' does not exist", 'parameter_invalid'],
    [{ query: f('email', 'IN', 'a@b.co') }, "Operator 'IN' takes a non-empty array", 'parameter_invalid'],
    [{ query: f('email', '=', ['a@b.co']) }, 'use IN or NIN for lists', 'parameter_invalid'],
    [{ query: f('custom_attributes.seats', '~', '1') }, "Operator '~' is not supported on number field", 'parameter_invalid'],
    [{ query: f('name', '>', 'a') }, "Operator '>' is not supported on string field 'name'", 'parameter_invalid'],
    [{ query: f('tag_id', 'IN', [seedTagIds.vip]) }, "Operator 'IN' is not supported on tag field 'tag_id'", 'parameter_invalid'],
    [{ query: f('custom_attributes.seats', '>', 'ten') }, 'must be a number', 'parameter_invalid'],
    [{ query: f('has_hard_bounced', '=', 'yes') }, 'must be true or false', 'parameter_invalid'],
    [{ query: { operator: '=', value: 'x' } }, 'needs operator AND or OR', 'parameter_invalid'],
    [{ query: { field: 'email', value: 'x' } }, 'needs an operator', 'parameter_not_found'],
  ])('rejects %j', async (body, message, code) => {
    await expectRejected(body, message, code);
  });
});

describe('POST /contacts/search sort and pagination', () => {
  it('sorts by the given field and order, descending by default', async () => {
    const query = f('external_id', 'IN', named);
    const ascending = await search({ query, sort: { field: 'name', order: 'ascending' } });
    expect(ascending.body.data.map((c) => c.name)).toEqual(['Amara Nwosu', 'Jonas Becker', 'Sofía Márquez']);
    const byDefault = await search({ query, sort: { field: 'created_at' } });
    expect(byDefault.body.data.map((c) => c.external_id)).toEqual(['usr_1003', 'usr_1002', 'usr_1001']);
  });

  it('answers 400 invalid_sort_order for an order other than ascending or descending', async () => {
    const { status, body } = await call<ErrorJson>(sandbox, 'POST', '/contacts/search', { body: { query: f('role', '=', 'user'), sort: { field: 'created_at', order: 'desc' } } });
    expect(status).toBe(400);
    expect(body.errors[0]).toEqual({ code: 'invalid_sort_order', message: "Invalid sort order 'desc'. Must be one of: ascending, descending" });
  });

  it('rejects sorting by a field that cannot be sorted', async () => {
    await expectRejected({ query: f('role', '=', 'user'), sort: { field: 'tag_id', order: 'ascending' } }, "Cannot sort by 'tag_id'");
  });

  it('pages with pagination.per_page and pagination.starting_after in the body', async () => {
    const query = f('role', '=', 'user');
    const expected = where((c) => c.role === 'user');
    const seen: string[] = [];
    let startingAfter: string | undefined;
    let page = 0;
    do {
      const { body } = await search({ query, pagination: { per_page: 7, ...(startingAfter ? { starting_after: startingAfter } : {}) } });
      page += 1;
      expect(body.total_count).toBe(expected.length);
      expect(body.pages).toMatchObject({ page, per_page: 7, total_pages: Math.ceil(expected.length / 7) });
      seen.push(...body.data.map((c) => c.id));
      startingAfter = body.pages.next?.starting_after;
    } while (startingAfter);
    expect(seen.sort()).toEqual(expected);
  });

  it('answers an empty page with total_pages 0', async () => {
    const { body } = await search({ query: f('email', '=', 'nobody@nowhere.example') });
    expect(body).toEqual({ type: 'list', data: [], total_count: 0, pages: { type: 'pages', page: 1, per_page: 50, total_pages: 0 } });
  });

  it('rejects a bad pagination.per_page', async () => {
    await expectRejected({ query: f('role', '=', 'user'), pagination: { per_page: 500 } }, 'pagination.per_page must be an integer between 1 and 150');
  });
});

describe('POST /contacts/search data', () => {
  it('leaves merged contacts out and finds new contacts at once', async () => {
    expect(await searchIds(f('email', '=', 'amara.n@fastmail.example'))).toEqual([]);
    const created = await call<ContactJson>(sandbox, 'POST', '/contacts', { body: { email: 'fresh@example.com' } });
    expect(await searchIds(f('email', '=', 'fresh@example.com'))).toEqual([created.body.id]);
    sandbox.reset();
  });
});

describe('POST /contacts/search and block-core agree', () => {
  // Every literal search block-core's tests accept; Intercom accepts them, so the sandbox must too.
  it.each(acceptedContactSearches)('accepts %s', async (_name, body) => {
    const { status, body: answer } = await search(body);
    expect(status).toBe(200);
    expect(answer.type).toBe('list');
  });
});
