import type { TeamRecord } from '../store/types.js';

/** A team as `GET /teams` lists it. */
export const teamView = (team: TeamRecord): Record<string, unknown> => ({
  type: 'team',
  id: team.id,
  name: team.name,
  admin_ids: [...team.admin_ids],
  admin_priority_level: { primary_admin_ids: [...team.admin_ids], secondary_admin_ids: [] },
  assignment_limit: null,
  distribution_method: 'round_robin',
});
