import type { DataAttributeInfo } from '../schemas/data-attribute.js';
import type { TicketTypeInfo } from '../schemas/ticket-type.js';
import type { BlockOutputs, ConnectionState, IntercomConfig, IntercomRegion } from '../types.js';

/** A teammate the block can reply as (from the proxy's `/v1/intercom/admins`). */
export interface AdminSummary {
  id: string;
  name: string;
  email?: string;
}

/** A team of the workspace (from the proxy's `/v1/intercom/teams`), for the assign-to-team picker. */
export interface TeamSummary {
  id: string;
  name: string;
}

/** A tag of the workspace (from the proxy's `/v1/intercom/tags`), for the tag picker. */
export interface TagSummary {
  id: string;
  name: string;
}

/** A ticket state of the workspace (from the proxy's `/v1/intercom/ticket-states`), with the ticket types that use it. */
export interface TicketStateSummary {
  id: string;
  /** submitted, in_progress, waiting_on_customer or resolved. */
  category: string;
  /** The state as teammates see it in Intercom. */
  name: string;
  /** The ticket types whose tickets may be in this state. */
  ticketTypes: { id: string; name: string }[];
}

/** Where Intercom's consent page is, for a popup (`POST /v1/intercom/oauth/start`). */
export interface OAuthStart {
  authorizeUrl: string;
}

/** An access token of a private Intercom app and its workspace's region (`POST /v1/intercom/connections/token`). */
export interface TokenConnection {
  accessToken: string;
  region: IntercomRegion;
}

/** How one run is sent. */
export interface ExecuteOptions {
  /**
   * Names the run (sent as the `Idempotency-Key` header): the proxy runs each key once per tenant and answers a
   * repeat with the first run's outputs. 1 to 255 letters, digits or - _ . : ~ + / = @.
   */
  idempotencyKey?: string;
}

/**
 * How the block reaches Intercom: the proxy over HTTP (`createProxyTransport`), or a test double.
 * `execute` answers failures as `{ success: false, error }`; the other calls reject with a clear message.
 */
export interface BlockTransport {
  /**
   * Runs a resolved config (no references left) and returns the block's outputs. With an `idempotencyKey`, a
   * repeat of the same run (same key, same config) gets the first run's outputs instead of running again.
   */
  execute(config: IntercomConfig, signal?: AbortSignal, options?: ExecuteOptions): Promise<BlockOutputs>;
  /** Whether Intercom is connected, as whom, in which region. */
  connection(signal?: AbortSignal): Promise<ConnectionState>;
  /** The workspace's ticket types, for the ticket JSON schema. */
  ticketTypes(signal?: AbortSignal): Promise<TicketTypeInfo[]>;
  /** The workspace's admins, for the admin pickers. */
  admins(signal?: AbortSignal): Promise<AdminSummary[]>;
  /** The workspace's teams, for the assign-to-team picker (a transport without it leaves that field a text input). */
  teams?(signal?: AbortSignal): Promise<TeamSummary[]>;
  /** The workspace's tags, for the tag picker (a transport without it leaves that field a text input). */
  tags?(signal?: AbortSignal): Promise<TagSummary[]>;
  /**
   * The workspace's custom contact attributes, for completion and checks of `custom_attributes` and contact searches
   * (a transport without it leaves those checks waiting, and says so).
   */
  dataAttributes?(signal?: AbortSignal): Promise<DataAttributeInfo[]>;
  /** The workspace's ticket states, for the ticket state picker (a transport without it leaves that field a text input). */
  ticketStates?(signal?: AbortSignal): Promise<TicketStateSummary[]>;
  /** Starts connecting the caller's workspace by OAuth; absent on transports that cannot connect. */
  startOAuth?(options?: { region?: IntercomRegion }, signal?: AbortSignal): Promise<OAuthStart>;
  /** Connects with an access token, which the proxy checks with Intercom before keeping it. */
  connectWithToken?(connection: TokenConnection, signal?: AbortSignal): Promise<ConnectionState>;
  /** Forgets the caller's connection (its token is deleted); later runs fail until connected again. */
  disconnect?(signal?: AbortSignal): Promise<ConnectionState>;
}
