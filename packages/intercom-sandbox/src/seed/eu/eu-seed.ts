import type { SandboxData } from '../../store/types.js';
import { seedDataAttributes } from '../workspace.js';
import { euContacts } from './eu-contacts.js';
import { euConversations } from './eu-conversations.js';
import { euTickets, euTicketTypes } from './eu-tickets.js';
import { euAdmins, euApp, euTags, euTeams, EU_WORKSPACE_ID } from './eu-workspace.js';

/** Builds the EU workspace's seed data afresh (new objects on every call, identical values). */
export function buildEuSeedData(): SandboxData {
  const admins = euAdmins();
  const contacts = euContacts();
  let partId = 40_000_001;
  return {
    workspaceId: EU_WORKSPACE_ID,
    app: euApp(),
    admins,
    teams: euTeams(),
    tags: euTags(),
    dataAttributes: seedDataAttributes(),
    contacts,
    conversations: euConversations(contacts, admins, () => String(partId++)),
    ticketTypes: euTicketTypes(),
    tickets: euTickets(admins),
  };
}
