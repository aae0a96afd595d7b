import { buildSeedData } from '../seed/seed.js';
import { contactObjectId } from './ids.js';
import type {
  AdminRecord,
  AppRecord,
  ContactRecord,
  ConversationRecord,
  DataAttribute,
  NoteRecord,
  SandboxData,
  TagRecord,
  TeamRecord,
  TicketRecord,
  TicketTypeRecord,
} from './types.js';

/** How many merges Intercom follows to find the canonical contact. */
const MAX_MERGE_HOPS = 3;

const maxNumeric = (ids: string[], fallback: number) => ids.reduce((max, id) => Math.max(max, Number(id) || 0), fallback);

/** One in-memory workspace of the sandbox: seed data on start and on `reset()`, changed by the write routes. */
export class SandboxStore {
  workspaceId = '';
  app!: AppRecord;
  admins: AdminRecord[] = [];
  teams: TeamRecord[] = [];
  tags = new Map<string, TagRecord>();
  dataAttributes = new Map<string, DataAttribute>();
  contacts = new Map<string, ContactRecord>();
  conversations = new Map<string, ConversationRecord>();
  ticketTypes = new Map<string, TicketTypeRecord>();
  tickets = new Map<string, TicketRecord>();
  notes = new Map<string, NoteRecord>();
  private contactCounter = 0;
  private partCounter = 0;
  private conversationCounter = 0;
  private messageCounter = 0;
  private ticketCounter = 0;
  private ticketNumber = 0;
  private ticketPartCounter = 0;
  private noteCounter = 0;

  /**
   * @param clock current time in epoch milliseconds
   * @param seed builds the workspace's data on start and on every reset (default: the US demo workspace)
   */
  constructor(
    private readonly clock: () => number,
    private readonly seed: () => SandboxData = buildSeedData,
  ) {
    this.reset();
  }

  /** Restores the seed data and the id counters. */
  reset(): void {
    const seed = this.seed();
    this.workspaceId = seed.workspaceId;
    this.app = seed.app;
    this.admins = seed.admins;
    this.teams = seed.teams;
    this.tags = new Map(seed.tags.map((t) => [t.id, t]));
    this.dataAttributes = new Map(seed.dataAttributes.map((a) => [a.name, a]));
    this.contacts = new Map(seed.contacts.map((c) => [c.id, c]));
    this.conversations = new Map(seed.conversations.map((c) => [c.id, c]));
    this.ticketTypes = new Map(seed.ticketTypes.map((t) => [t.id, t]));
    this.tickets = new Map(seed.tickets.map((t) => [t.id, t]));
    this.notes = new Map();
    this.contactCounter = seed.contacts.length;
    this.partCounter = maxNumeric(seed.conversations.flatMap((c) => c.parts.map((p) => p.id)), 0);
    this.conversationCounter = maxNumeric(seed.conversations.map((c) => c.id), 0);
    this.messageCounter = maxNumeric(seed.conversations.map((c) => c.source.id), 0);
    this.ticketCounter = maxNumeric(seed.tickets.map((t) => t.id), 0);
    this.ticketNumber = maxNumeric(seed.tickets.map((t) => t.ticket_id), 0);
    this.ticketPartCounter = maxNumeric(seed.tickets.flatMap((t) => t.parts.map((p) => p.id)), 0);
    this.noteCounter = 0;
  }

  /** Now, in unix seconds. */
  now(): number {
    return Math.floor(this.clock() / 1000);
  }

  /** Contacts that list and search return: merged ones are left out. */
  liveContacts(): ContactRecord[] {
    return [...this.contacts.values()].filter((c) => c.merged_into_id === undefined);
  }

  /** Contacts that list and search return: neither merged nor archived. */
  listedContacts(): ContactRecord[] {
    return this.liveContacts().filter((c) => c.archived !== true);
  }

  /** A contact's notes, newest first. */
  notesOf(contactId: string): NoteRecord[] {
    return [...this.notes.values()].filter((n) => n.contact_id === contactId).sort((a, b) => b.created_at - a.created_at || Number(b.id) - Number(a.id));
  }

  /** The contact a merged contact ended up in (following up to three merges), or undefined. */
  canonicalContact(contact: ContactRecord): ContactRecord | undefined {
    let current: ContactRecord | undefined = contact;
    for (let hop = 0; hop < MAX_MERGE_HOPS && current?.merged_into_id !== undefined; hop += 1) {
      current = this.contacts.get(current.merged_into_id);
    }
    return current?.merged_into_id === undefined ? current : undefined;
  }

  findLiveContact(predicate: (contact: ContactRecord) => boolean): ContactRecord | undefined {
    return this.liveContacts().find(predicate);
  }

  admin(id: string): AdminRecord | undefined {
    return this.admins.find((a) => a.id === id);
  }

  /** A team by id; conversations carry team ids as integers, teams as strings, so compare as text. */
  team(id: string): TeamRecord | undefined {
    return this.teams.find((t) => t.id === id);
  }

  /** The admin who owns the access token (`GET /me`). */
  tokenOwner(): AdminRecord {
    return this.admins[0] as AdminRecord;
  }

  newContactId(createdAt: number): string {
    this.contactCounter += 1;
    return contactObjectId(createdAt, this.contactCounter);
  }

  newPartId(): string {
    this.partCounter += 1;
    return String(this.partCounter);
  }

  /** Ids for a conversation a contact starts: the conversation's and its first message's. */
  newConversationIds(): { id: string; messageId: string } {
    this.conversationCounter += 1;
    this.messageCounter += 1;
    return { id: String(this.conversationCounter), messageId: String(this.messageCounter) };
  }

  newTicketIds(): { id: string; ticket_id: string } {
    this.ticketCounter += 1;
    this.ticketNumber += 1;
    return { id: String(this.ticketCounter), ticket_id: String(this.ticketNumber) };
  }

  newNoteId(): string {
    this.noteCounter += 1;
    return String(this.noteCounter);
  }

  newTicketPartId(): string {
    this.ticketPartCounter += 1;
    return String(this.ticketPartCounter);
  }
}
