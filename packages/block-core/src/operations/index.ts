import type { OperationDefinition } from '../definition/operation-types.js';
import type { IntercomOperation } from '../definition/table-types.js';
import { adminGet } from './admin-get.js';
import { adminList } from './admin-list.js';
import { contactAddNote } from './contact-add-note.js';
import { contactAddTag } from './contact-add-tag.js';
import { contactArchive } from './contact-archive.js';
import { adminSetAway } from './admin-set-away.js';
import { contactCreate } from './contact-create.js';
import { contactDelete } from './contact-delete.js';
import { contactFindByExternalId } from './contact-find-by-external-id.js';
import { contactGet } from './contact-get.js';
import { contactList } from './contact-list.js';
import { contactRemoveTag } from './contact-remove-tag.js';
import { contactSearch } from './contact-search.js';
import { contactUnarchive } from './contact-unarchive.js';
import { contactUpdate } from './contact-update.js';
import { conversationGet } from './conversation-get.js';
import { conversationList } from './conversation-list.js';
import { conversationAddTag } from './conversation-add-tag.js';
import { conversationAssign } from './conversation-assign.js';
import { conversationClose } from './conversation-close.js';
import { conversationCreate } from './conversation-create.js';
import { conversationOpen } from './conversation-open.js';
import { conversationRemoveTag } from './conversation-remove-tag.js';
import { conversationReply } from './conversation-reply.js';
import { conversationSearch } from './conversation-search.js';
import { conversationSnooze } from './conversation-snooze.js';
import { ticketCreate } from './ticket-create.js';
import { ticketGet } from './ticket-get.js';
import { ticketReply } from './ticket-reply.js';
import { ticketSearch } from './ticket-search.js';
import { ticketUpdate } from './ticket-update.js';

/**
 * The operation table, in the order the editor lists them: adding an operation is its file in this folder and
 * one line here. The block's types (`OperationKey`, `Resource`, `OutputName`, `BlockOutputs`, ...) derive from it.
 */
const operationTable = [
  contactCreate,
  contactGet,
  contactFindByExternalId,
  contactUpdate,
  contactList,
  contactSearch,
  contactDelete,
  contactArchive,
  contactUnarchive,
  contactAddNote,
  contactAddTag,
  contactRemoveTag,
  conversationGet,
  conversationList,
  conversationSearch,
  conversationReply,
  conversationCreate,
  conversationAssign,
  conversationClose,
  conversationOpen,
  conversationSnooze,
  conversationAddTag,
  conversationRemoveTag,
  ticketCreate,
  ticketGet,
  ticketUpdate,
  ticketReply,
  ticketSearch,
  adminList,
  adminGet,
  adminSetAway,
] as const satisfies readonly OperationDefinition[];

/** The table as the block's types read it: each entry's literal key, resource, fields and outputs. */
export type OperationTable = typeof operationTable;

/** The operation table, each entry with its literal types and every optional member of an operation. */
export const intercomOperations: readonly IntercomOperation[] = operationTable;
