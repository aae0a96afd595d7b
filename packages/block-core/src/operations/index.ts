import type { OperationDefinition } from '../definition/operation-types.js';
import { adminList } from './admin-list.js';
import { contactCreate } from './contact-create.js';
import { contactDelete } from './contact-delete.js';
import { contactGet } from './contact-get.js';
import { contactList } from './contact-list.js';
import { contactSearch } from './contact-search.js';
import { contactUpdate } from './contact-update.js';
import { conversationGet } from './conversation-get.js';
import { conversationList } from './conversation-list.js';
import { conversationReply } from './conversation-reply.js';
import { ticketCreate } from './ticket-create.js';
import { ticketGet } from './ticket-get.js';

/** The operation table: adding an operation is one file and one line here. */
export const intercomOperations: readonly OperationDefinition[] = [
  contactCreate,
  contactGet,
  contactUpdate,
  contactList,
  contactSearch,
  contactDelete,
  conversationGet,
  conversationList,
  conversationReply,
  ticketCreate,
  ticketGet,
  adminList,
];
