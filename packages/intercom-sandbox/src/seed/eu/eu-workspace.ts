import type { AdminRecord, AppRecord, TagRecord, TeamRecord } from '../../store/types.js';
import { at } from '../time.js';

/** The second sandbox workspace: a travel company hosted in Intercom's EU region. */
export const EU_WORKSPACE_ID = 'fj8e2r5t';

export const euApp = (): AppRecord => ({
  id_code: EU_WORKSPACE_ID,
  name: 'Fjordline Travel (Sandbox)',
  region: 'EU',
  timezone: 'UTC',
  created_at: at('2023-02-14T00:00:00Z'),
  identity_verification: false,
});

/** Admin ids of the EU workspace, by first name: Ingrid owns its access tokens (`GET /me`). */
export const euAdminIds = { ingrid: '993400001', tomas: '993400002' } as const;

export const EU_SUPPORT_TEAM_ID = 5300001;

export const euAdmins = (): AdminRecord[] => [
  {
    id: euAdminIds.ingrid,
    name: 'Ingrid Solberg',
    email: 'ingrid.solberg@fjordline.example',
    job_title: 'Customer Care Lead',
    away_mode_enabled: false,
    away_mode_reassign: false,
    has_inbox_seat: true,
    team_ids: [EU_SUPPORT_TEAM_ID],
    avatar: null,
    role: { type: 'role', id: '8900001', name: 'Admin' },
  },
  {
    id: euAdminIds.tomas,
    name: 'Tomás Ferraz',
    email: 'tomas.ferraz@fjordline.example',
    job_title: 'Booking Agent',
    away_mode_enabled: false,
    away_mode_reassign: false,
    has_inbox_seat: true,
    team_ids: [EU_SUPPORT_TEAM_ID],
    avatar: null,
    role: { type: 'role', id: '8900002', name: 'Support' },
  },
];

/** Its one team: both admins. */
export const euTeams = (): TeamRecord[] => [
  { id: String(EU_SUPPORT_TEAM_ID), name: 'Customer care', admin_ids: [Number(euAdminIds.ingrid), Number(euAdminIds.tomas)] },
];

export const euTagIds = { frequentTraveller: '9300001', groupBooking: '9300002' } as const;

export const euTags = (): TagRecord[] => [
  { id: euTagIds.frequentTraveller, name: 'Frequent traveller' },
  { id: euTagIds.groupBooking, name: 'Group booking' },
];
