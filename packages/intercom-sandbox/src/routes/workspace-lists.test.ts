import { describe, expect, it } from 'vitest';
import { createIntercomSandbox } from '../sandbox.js';
import { seedAdminIds, seedTagIds, seedTeamIds } from '../seed/workspace.js';
import { call } from '../test-support/call.js';
import type { AdminJson, TagJson, TeamJson } from '../test-support/wire.js';

const sandbox = createIntercomSandbox();

describe('GET /teams and GET /tags', () => {
  it('lists the seeded teams with their admins, matching the admins’ team_ids', async () => {
    const { body } = await call<{ type: string; teams: TeamJson[] }>(sandbox, 'GET', '/teams');
    expect(body.type).toBe('team.list');
    expect(body.teams.map((t) => [t.id, t.name])).toEqual([[seedTeamIds.support, 'Support'], [seedTeamIds.billing, 'Billing']]);
    expect(body.teams[1]?.admin_ids).toEqual([Number(seedAdminIds.priya)]);
    const admins = await call<{ admins: (AdminJson & { team_ids: number[] })[] }>(sandbox, 'GET', '/admins');
    for (const team of body.teams) {
      const members = admins.body.admins.filter((a) => a.team_ids.includes(Number(team.id))).map((a) => Number(a.id));
      expect(members).toEqual(team.admin_ids);
    }
  });

  it('lists the workspace’s tags', async () => {
    const { body } = await call<{ type: string; data: TagJson[] }>(sandbox, 'GET', '/tags');
    expect(body.type).toBe('list');
    expect(body.data).toContainEqual({ type: 'tag', id: seedTagIds.vip, name: 'VIP' });
    expect(body.data).toHaveLength(Object.keys(seedTagIds).length);
  });
});
