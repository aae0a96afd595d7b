import type { AdminSummary, BlockOutputs, BlockTransport, ConnectionState, IntercomConfig, TicketTypeInfo } from '@workflow-blocks/block-core';
import { sampleAdmins, sampleTicketTypes, sandboxConnection } from './sample-data.js';

export interface FakeTransportOptions {
  connection?: ConnectionState;
  admins?: AdminSummary[];
  ticketTypes?: TicketTypeInfo[];
  /** Answers a run; by default a plausible success for the operation. */
  execute?: (config: IntercomConfig) => BlockOutputs | Promise<BlockOutputs>;
  /** Milliseconds every call waits, to show loading and progress states. */
  delayMs?: number;
}

/** A BlockTransport held in memory that records what it was asked: a preview and test aid, not the product. */
export interface FakeTransport extends BlockTransport {
  executed: IntercomConfig[];
  /** Changes what `connection()` answers next (e.g. after a reconnect). */
  setConnection: (state: ConnectionState) => void;
}

const contact = { type: 'contact', id: '6762f0d0a1b2c3d4e5f60001', role: 'user', email: 'jane@example.com', name: 'Jane Doe' };

function defaultOutputs(config: IntercomConfig): BlockOutputs {
  switch (`${config.resource}.${config.operation}`) {
    case 'contact.list':
      return { success: true, contacts: [contact], pages: { type: 'pages', page: 1, per_page: 50, total_pages: 1 } };
    case 'contact.search':
      return { success: true, results: [contact], pages: { type: 'pages', page: 1, per_page: 50, total_pages: 1 } };
    case 'contact.delete':
      return { success: true, deleted: true };
    case 'conversation.list':
      return { success: true, conversations: [{ type: 'conversation', id: '1911149811' }], pages: { type: 'pages' } };
    case 'conversation.get':
    case 'conversation.reply':
      return { success: true, conversation: { type: 'conversation', id: config.conversationId ?? '1911149811', state: 'open' } };
    case 'ticket.create':
    case 'ticket.get':
      return { success: true, ticket: { type: 'ticket', id: '8', ticket_state: 'submitted' } };
    case 'admin.list':
      return { success: true, admins: sampleAdmins.map((admin) => ({ type: 'admin', ...admin })) };
    default:
      return { success: true, contact: { ...contact, email: config.email ?? contact.email } };
  }
}

function wait(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new Error('aborted'));
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(new Error('aborted'));
    });
  });
}

/**
 * An in-memory BlockTransport for stories and tests.
 * @example createFakeTransport({ connection: disconnectedConnection })
 */
export function createFakeTransport(options: FakeTransportOptions = {}): FakeTransport {
  let connection = options.connection ?? sandboxConnection;
  const delay = options.delayMs ?? 0;
  const executed: IntercomConfig[] = [];
  return {
    executed,
    setConnection(state) {
      connection = state;
    },
    async connection(signal) {
      await wait(delay, signal);
      return connection;
    },
    async admins(signal) {
      await wait(delay, signal);
      return options.admins ?? sampleAdmins;
    },
    async ticketTypes(signal) {
      await wait(delay, signal);
      return options.ticketTypes ?? sampleTicketTypes;
    },
    async execute(config, signal) {
      executed.push(config);
      await wait(delay, signal);
      return (options.execute ?? defaultOutputs)(config);
    },
  };
}
