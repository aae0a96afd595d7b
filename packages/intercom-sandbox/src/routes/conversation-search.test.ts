import { beforeEach, describe, expect, it } from 'vitest';
import { createIntercomSandbox } from '../sandbox.js';
import { seedContactIds } from '../seed/contacts.js';
import { seedConversationIds } from '../seed/conversations.js';
import { at } from '../seed/time.js';
import { seedAdminIds, seedTagIds, seedTeamIds } from '../seed/workspace.js';
import { call } from '../test-support/call.js';
import type { ConversationListJson, OrErrors } from '../test-support/wire.js';

const NOW = 1749556800;
const sandbox = createIntercomSandbox({ clock: () => NOW * 1000 });
const search = (body: unknown) => call<OrErrors<ConversationListJson>>(sandbox, 'POST', '/conversations/search', { body });
const idsFor = async (query: unknown) => {
  const { status, body } = await search({ query });
  expect(status).toBe(200);
  return body.conversations.map((c) => c.id).sort();
};
const filter = (field: string, operator: string, value: unknown) => ({ field, operator, value });
const unassignedOpen = { operator: 'AND', value: [filter('open', '=', true), filter('admin_assignee_id', '=', 0), filter('team_assignee_id', '=', 0)] };
const ids = seedConversationIds;

describe('POST /conversations/search', () => {
  beforeEach(() => sandbox.reset());

  it('finds open conversations assigned to nobody with admin_assignee_id = 0 and team_assignee_id = 0', async () => {
    expect(await idsFor(unassignedOpen)).toEqual([ids.pricingLead]);
  });

  it('sees writes at once: an assigned conversation leaves the unassigned search, a closed one the open search', async () => {
    await call(sandbox, 'POST', `/conversations/${ids.pricingLead}/parts`, { body: { message_type: 'assignment', type: 'team', admin_id: seedAdminIds.maya, assignee_id: seedTeamIds.billing } });
    expect(await idsFor(unassignedOpen)).toEqual([]);
    expect(await idsFor(filter('team_assignee_id', '=', Number(seedTeamIds.billing)))).toContain(ids.pricingLead);
    await call(sandbox, 'POST', `/conversations/${ids.pricingLead}/parts`, { body: { message_type: 'close', type: 'admin', admin_id: seedAdminIds.maya } });
    expect(await idsFor(filter('open', '=', true))).not.toContain(ids.pricingLead);
    expect(await idsFor(filter('state', '=', 'closed'))).toContain(ids.pricingLead);
  });

  it('searches state, priority, source type, tags, contacts and teammates', async () => {
    expect(await idsFor(filter('state', '=', 'snoozed'))).toEqual([ids.webhookRetries]);
    expect(await idsFor(filter('priority', 'IN', ['high', 'urgent']))).toEqual([ids.exportFailing, ids.cancelPlan].sort());
    expect(await idsFor(filter('source.type', '=', 'email'))).toEqual([ids.invoiceQuestion, ids.cancelPlan, ids.seatIncrease].sort());
    expect(await idsFor(filter('tag_ids', '=', seedTagIds.vip))).toEqual([ids.exportFailing, ids.seatIncrease].sort());
    expect(await idsFor(filter('contact_ids', '=', seedContactIds.mateo))).toEqual([ids.ssoSetup, ids.dataResidency].sort());
    expect(await idsFor(filter('teammate_ids', '=', seedAdminIds.priya))).toEqual([ids.invoiceQuestion, ids.cancelPlan, ids.seatIncrease].sort());
  });

  it('matches source.body = against each word of the body, and ~ against the whole text', async () => {
    expect(await idsFor(filter('source.body', '=', 'discounts'))).toEqual([ids.pricingLead]);
    expect(await idsFor(filter('source.body', '=', 'offer discounts'))).toEqual([]);
    expect(await idsFor(filter('source.body', '~', 'offer discounts'))).toEqual([ids.pricingLead]);
  });

  it('compares dates by day and combines groups with AND/OR', async () => {
    const may2025 = { operator: 'AND', value: [filter('created_at', '>', at('2025-04-30T12:00:00Z')), filter('created_at', '<', at('2025-06-01T00:00:00Z'))] };
    const all = await idsFor(may2025);
    expect(all).toEqual([ids.exportFailing, ids.invoiceQuestion, ids.ssoSetup, ids.webhookRetries, ids.cancelPlan, ids.dataResidency].sort());
    const either = { operator: 'AND', value: [may2025, { operator: 'OR', value: [filter('state', '=', 'snoozed'), filter('priority', '=', 'urgent')] }] };
    expect(await idsFor(either)).toEqual([ids.webhookRetries, ids.cancelPlan].sort());
  });

  it('pages with pagination.per_page (default 20) and starting_after, most recently updated first', async () => {
    const first = await search({ query: filter('id', '!=', 'x'), pagination: { per_page: 4 } });
    expect(first.body).toMatchObject({ type: 'conversation.list', total_count: 10, pages: { page: 1, per_page: 4, total_pages: 3 } });
    const second = await search({ query: filter('id', '!=', 'x'), pagination: { per_page: 4, starting_after: first.body.pages.next?.starting_after } });
    expect(second.body.pages.page).toBe(2);
    const updated = [...first.body.conversations, ...second.body.conversations].map((c) => c.updated_at);
    expect(updated).toEqual([...updated].sort((a, b) => b - a));
    expect((await search({ query: filter('id', '!=', 'x') })).body.pages.per_page).toBe(20);
    expect(first.body.conversations.every((c) => c.conversation_parts === undefined)).toBe(true);
  });

  it.each([
    ['an unknown field', filter('email', '=', 'a@b.co'), "'email' is not a searchable conversation field"],
    ['a team id as text (conversations hold integers)', filter('admin_assignee_id', '=', '0'), "The value \"0\" for field 'admin_assignee_id' must be a number"],
    ['~ on a number', filter('admin_assignee_id', '~', 1), "Operator '~' is not supported on number field 'admin_assignee_id'. Use one of: =, !=, IN, NIN, <, <=, >, >="],
    ['>= on a date', filter('created_at', '>=', 1), "Operator '>=' is not supported on date field 'created_at'. Use one of: =, <, >"],
    ['three levels of groups', { operator: 'AND', value: [{ operator: 'OR', value: [{ operator: 'AND', value: [filter('open', '=', true)] }] }] }, 'Search queries can nest at most 2 levels of AND/OR groups'],
    ['16 filters in a group', { operator: 'OR', value: Array.from({ length: 16 }, (_, i) => filter('id', '=', String(i))) }, 'An OR group can hold at most 15 filters; this one has 16'],
  ])('rejects %s with a 400 naming the problem', async (_name, query, message) => {
    const { status, body } = await search({ query });
    expect(status).toBe(400);
    expect(body.errors[0]?.message).toBe(message);
  });

  it('accepts the limits themselves: 2 levels and 15 filters per group', async () => {
    const fifteen = Array.from({ length: 15 }, (_, i) => filter('id', '=', String(i)));
    const { status } = await search({ query: { operator: 'AND', value: [{ operator: 'OR', value: fifteen }, { operator: 'OR', value: fifteen }] } });
    expect(status).toBe(200);
  });
});
