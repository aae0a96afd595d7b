import type { TicketTypeInfo } from '../schemas/ticket-type.js';
import type { BlockOutputs, ConnectionState, IntercomConfig } from '../types.js';

/** A teammate the block can reply as (from the proxy's `/v1/intercom/admins`). */
export interface AdminSummary {
  id: string;
  name: string;
  email?: string;
}

/**
 * How the block reaches Intercom: the proxy over HTTP (`createProxyTransport`), or a test double.
 * `execute` answers failures as `{ success: false, error }`; the other calls reject with a clear message.
 */
export interface BlockTransport {
  /** Runs a resolved config (no references left) and returns the block's outputs. */
  execute(config: IntercomConfig, signal?: AbortSignal): Promise<BlockOutputs>;
  /** Whether Intercom is connected, as whom, in which region. */
  connection(signal?: AbortSignal): Promise<ConnectionState>;
  /** The workspace's ticket types, for the ticket JSON schema. */
  ticketTypes(signal?: AbortSignal): Promise<TicketTypeInfo[]>;
  /** The workspace's admins, for the reply-as picker. */
  admins(signal?: AbortSignal): Promise<AdminSummary[]>;
}
