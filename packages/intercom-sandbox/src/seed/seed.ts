import type { SandboxData } from '../store/types.js';
import { seedContacts } from './contacts.js';
import { seedConversations } from './conversations.js';
import { seedTickets } from './tickets.js';
import { seedTicketTypes } from './ticket-types.js';
import { seedAdmins, seedApp, seedDataAttributes, seedTags, seedTeams, WORKSPACE_ID } from './workspace.js';

/** The first id handed to a conversation part created at run time comes after the seeded ones. */
export const FIRST_SEED_PART_ID = 30_000_001;

/** Builds the seed data afresh (new objects on every call, identical values). */
export function buildSeedData(): SandboxData {
  const admins = seedAdmins();
  const contacts = seedContacts();
  let partId = FIRST_SEED_PART_ID;
  const conversations = seedConversations(contacts, admins, () => String(partId++));
  return {
    workspaceId: WORKSPACE_ID,
    app: seedApp(),
    admins,
    teams: seedTeams(),
    tags: seedTags(),
    dataAttributes: seedDataAttributes(),
    contacts,
    conversations,
    ticketTypes: seedTicketTypes(),
    tickets: seedTickets(admins),
  };
}
