import type { AdminRecord, AppRecord, DataAttribute, TagRecord, TeamRecord } from '../store/types.js';
import { at } from './time.js';

export const WORKSPACE_ID = 'nw4k2m9q';

export const seedApp = (): AppRecord => ({
  id_code: WORKSPACE_ID,
  name: 'Northwind Support (Sandbox)',
  region: 'US',
  timezone: 'UTC',
  created_at: at('2022-05-01T00:00:00Z'),
  identity_verification: false,
});

/** Admin ids, by first name: Maya owns the access token (`GET /me`). */
export const seedAdminIds = { maya: '991200001', lucas: '991200002', priya: '991200003' } as const;

export const SUPPORT_TEAM_ID = 5100001;
export const BILLING_TEAM_ID = 5100002;
/** Team ids as teams carry them (strings); conversations carry them as integers. */
export const seedTeamIds = { support: String(SUPPORT_TEAM_ID), billing: String(BILLING_TEAM_ID) } as const;

const avatar = (id: string) => `https://static.intercomassets.com/avatars/${id}/square_128/avatar.png`;

export const seedAdmins = (): AdminRecord[] => [
  {
    id: seedAdminIds.maya,
    name: 'Maya Okafor',
    email: 'maya.okafor@northwind.example',
    job_title: 'Head of Support',
    away_mode_enabled: false,
    away_mode_reassign: false,
    has_inbox_seat: true,
    team_ids: [SUPPORT_TEAM_ID],
    avatar: avatar(seedAdminIds.maya),
    role: { type: 'role', id: '8800001', name: 'Admin' },
  },
  {
    id: seedAdminIds.lucas,
    name: 'Lucas Ferreira',
    email: 'lucas.ferreira@northwind.example',
    job_title: 'Support Engineer',
    away_mode_enabled: false,
    away_mode_reassign: false,
    has_inbox_seat: true,
    team_ids: [SUPPORT_TEAM_ID],
    avatar: avatar(seedAdminIds.lucas),
    role: { type: 'role', id: '8800002', name: 'Support' },
  },
  {
    id: seedAdminIds.priya,
    name: 'Priya Raman',
    email: 'priya.raman@northwind.example',
    job_title: 'Billing Specialist',
    away_mode_enabled: true,
    away_mode_reassign: true,
    has_inbox_seat: true,
    team_ids: [BILLING_TEAM_ID],
    avatar: null,
    role: { type: 'role', id: '8800002', name: 'Support' },
  },
];

/** The workspace's teams; each admin's `team_ids` names the team they belong to. */
export const seedTeams = (): TeamRecord[] => [
  { id: String(SUPPORT_TEAM_ID), name: 'Support', admin_ids: [Number(seedAdminIds.maya), Number(seedAdminIds.lucas)] },
  { id: String(BILLING_TEAM_ID), name: 'Billing', admin_ids: [Number(seedAdminIds.priya)] },
];

export const seedTagIds = { vip: '9100001', churnRisk: '9100002', beta: '9100003', enterprise: '9100004', newsletter: '9100005' } as const;

export const seedTags = (): TagRecord[] => [
  { id: seedTagIds.vip, name: 'VIP' },
  { id: seedTagIds.churnRisk, name: 'Churn risk' },
  { id: seedTagIds.beta, name: 'Beta' },
  { id: seedTagIds.enterprise, name: 'Enterprise' },
  { id: seedTagIds.newsletter, name: 'Newsletter' },
];

/** The contact data attributes `custom_attributes` may use; Intercom rejects attributes that were never defined. */
export const seedDataAttributes = (): DataAttribute[] => {
  const created_at = at('2022-05-02T00:00:00Z');
  return [
    { id: 7200001, name: 'plan', label: 'Plan', data_type: 'string', description: 'Subscription plan', options: ['free', 'starter', 'pro', 'enterprise'], created_at },
    { id: 7200002, name: 'seats', label: 'Seats', data_type: 'integer', description: 'Paid seats', created_at },
    { id: 7200003, name: 'monthly_spend', label: 'Monthly spend', data_type: 'float', description: 'Monthly spend in USD', created_at },
    { id: 7200004, name: 'beta_tester', label: 'Beta tester', data_type: 'boolean', description: 'Opted into beta features', created_at },
    { id: 7200005, name: 'renewal_date', label: 'Renewal date', data_type: 'date', description: 'Next renewal (unix seconds)', created_at },
    { id: 7200006, name: 'industry', label: 'Industry', data_type: 'string', description: 'Industry of the contact’s company', created_at },
    {
      id: 7200007,
      name: 'signup_source',
      label: 'Signup source',
      data_type: 'string',
      description: 'Where the contact signed up',
      options: ['web', 'ios', 'android', 'sales', 'import'],
      created_at,
    },
  ];
};
