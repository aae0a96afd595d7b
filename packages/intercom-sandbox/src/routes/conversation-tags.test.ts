import { beforeEach, describe, expect, it } from 'vitest';
import { createIntercomSandbox } from '../sandbox.js';
import { seedConversationIds } from '../seed/conversations.js';
import { seedAdminIds, seedTagIds } from '../seed/workspace.js';
import { call } from '../test-support/call.js';
import type { ConversationJson, ErrorJson, TagJson } from '../test-support/wire.js';

const NOW = 1749556800;
const sandbox = createIntercomSandbox({ clock: () => NOW * 1000 });
const { pricingLead, exportFailing } = seedConversationIds;
const tagIds = async (id: string) => (await call<ConversationJson>(sandbox, 'GET', `/conversations/${id}`)).body.tags.tags.map((t) => t.id);

describe('conversation tags', () => {
  beforeEach(() => sandbox.reset());

  it('POST adds the tag: it answers the tag with who applied it and the conversation lists it', async () => {
    const { status, body } = await call<TagJson>(sandbox, 'POST', `/conversations/${pricingLead}/tags`, { body: { id: seedTagIds.churnRisk, admin_id: seedAdminIds.lucas } });
    expect(status).toBe(200);
    expect(body).toEqual({ type: 'tag', id: seedTagIds.churnRisk, name: 'Churn risk', applied_at: NOW, applied_by: { type: 'admin', id: seedAdminIds.lucas } });
    expect(await tagIds(pricingLead)).toEqual([seedTagIds.churnRisk]);
  });

  it('adding a tag twice keeps one', async () => {
    await call(sandbox, 'POST', `/conversations/${pricingLead}/tags`, { body: { id: seedTagIds.beta, admin_id: seedAdminIds.lucas } });
    await call(sandbox, 'POST', `/conversations/${pricingLead}/tags`, { body: { id: Number(seedTagIds.beta), admin_id: Number(seedAdminIds.maya) } });
    expect(await tagIds(pricingLead)).toEqual([seedTagIds.beta]);
  });

  it('DELETE with a JSON body {admin_id} removes the tag and answers it', async () => {
    expect(await tagIds(exportFailing)).toContain(seedTagIds.vip);
    const { status, body } = await call<TagJson>(sandbox, 'DELETE', `/conversations/${exportFailing}/tags/${seedTagIds.vip}`, { body: { admin_id: seedAdminIds.maya } });
    expect(status).toBe(200);
    expect(body).toMatchObject({ type: 'tag', id: seedTagIds.vip, name: 'VIP' });
    expect(await tagIds(exportFailing)).not.toContain(seedTagIds.vip);
  });

  it.each([
    ['POST', `/conversations/1/tags`, { id: seedTagIds.vip, admin_id: seedAdminIds.maya }, 404, 'not_found', 'Conversation not found'],
    ['POST', `/conversations/${pricingLead}/tags`, { id: '42', admin_id: seedAdminIds.maya }, 404, 'tag_not_found', 'Tag not found'],
    ['POST', `/conversations/${pricingLead}/tags`, { id: seedTagIds.vip }, 400, 'parameter_not_found', 'admin_id is required for tagging a conversation'],
    ['POST', `/conversations/${pricingLead}/tags`, { admin_id: seedAdminIds.maya }, 400, 'parameter_not_found', 'id (the tag id) is required'],
    ['POST', `/conversations/${pricingLead}/tags`, { id: seedTagIds.vip, admin_id: '5' }, 404, 'admin_not_found', 'Admin not found: no admin with id=5'],
    ['DELETE', `/conversations/${exportFailing}/tags/${seedTagIds.vip}`, undefined, 400, 'parameter_not_found', 'admin_id is required for untagging a conversation'],
    ['DELETE', `/conversations/${exportFailing}/tags/42`, { admin_id: seedAdminIds.maya }, 404, 'tag_not_found', 'Tag not found'],
    ['DELETE', `/conversations/1/tags/${seedTagIds.vip}`, { admin_id: seedAdminIds.maya }, 404, 'not_found', 'Conversation not found'],
  ])('%s %s answers %s', async (method, path, body, status, code, message) => {
    const before = await tagIds(exportFailing);
    const response = await call<ErrorJson>(sandbox, method, path, body === undefined ? {} : { body });
    expect(response.status).toBe(status);
    expect(response.body.errors[0]).toEqual({ code, message });
    expect(await tagIds(exportFailing)).toEqual(before);
    expect(await tagIds(pricingLead)).toEqual([]);
  });
});
