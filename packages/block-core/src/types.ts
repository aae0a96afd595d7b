import type { FieldKindOf, FieldName } from './definition/fields.js';

export type { FieldName } from './definition/fields.js';
export type {
  BlockOutputs,
  IntercomOperation,
  OperationKey,
  OperationName,
  OperationOf,
  OperationsOf,
  OutputName,
  OutputsOf,
  Resource,
  RunStatus,
} from './definition/table-types.js';

export type ContactRole = 'user' | 'lead';
export type ReplyType = 'comment' | 'note';

/** What a field holds in a saved config: text, or for number fields a number or the text typed. */
type FieldValue<Name extends FieldName> = FieldKindOf<Name> extends 'number' ? number | string : string;

/** Every field but resource and operation, optional, with the value its kind holds. */
type FieldValues = { [Name in Exclude<FieldName, 'resource' | 'operation'>]?: FieldValue<Name> };

/**
 * The inner config of a saved Intercom block. Values of fields the chosen operation does not use are kept
 * untouched; unknown keys are kept too. `perPage` may hold the text the user typed so that nothing is lost.
 */
export interface IntercomConfig extends FieldValues {
  resource: string;
  operation: string;
  [extra: string]: unknown;
}

/** The saved form of a block on the canvas. */
export interface SavedIntercomBlock {
  type: 'intercom';
  config: IntercomConfig;
}

/** One problem found in a config, on the field it concerns. */
export interface ValidationIssue {
  field: FieldName | (string & {});
  /** Stable machine code, e.g. `required`, `invalid_json`, `unknown_reference`. */
  code: string;
  /** For people: what is wrong and what to do. */
  message: string;
  /** For JSON and text fields: 1-based position of the problem inside the field's text. */
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  /** For JSON fields: JSON path of the value concerned, e.g. `$.query.value[0].operator`. */
  path?: string;
}

/** The shape of a step's outputs when no sample is at hand. */
export type OutputShape =
  | { type: 'string' | 'number' | 'boolean' | 'null' | 'unknown'; description?: string }
  | { type: 'object'; properties: Record<string, OutputShape>; description?: string }
  | { type: 'array'; items: OutputShape; description?: string };

/** A step before this one on the canvas: its name and either sample outputs or the shape of its outputs. */
export interface UpstreamStep {
  name: string;
  /** Sample output values (used for preview, types and picker samples). */
  outputs?: Record<string, unknown>;
  /** The shape of its outputs, when no sample exists. */
  shape?: OutputShape;
}

/** Actual outputs of earlier steps at run time, by step name. */
export type StepOutputs = Record<string, Record<string, unknown>>;

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** One request to Intercom's REST API, relative to the region's base URL. */
export interface IntercomRequest {
  method: HttpMethod;
  /** Path with every id URL-encoded as one segment, e.g. `/contacts/abc%2F..`. */
  path: string;
  query: Record<string, string>;
  body?: unknown;
  headers: Record<string, string>;
}

export type IntercomRegion = 'us' | 'eu' | 'au';

/** Where a caller's Intercom connection stands (the proxy's `GET /v1/intercom/connection`). */
export type ConnectionStatus = 'connected' | 'not_connected' | 'needs_reconnect';

/** How a connection was made: Intercom's OAuth consent, or an access token pasted in (private apps). */
export type ConnectionMethod = 'oauth' | 'token';

/** What the proxy says about the calling tenant's Intercom connection. */
export interface ConnectionState {
  /** `needs_reconnect`: Intercom rejected the stored token (revoked, uninstalled...); runs are refused until reconnected. */
  state: ConnectionStatus;
  /** True when runs can reach Intercom now: `state` is `connected` and Intercom confirmed the token (`GET /me`). */
  connected: boolean;
  mode: 'sandbox' | 'intercom';
  /** The workspace's region; absent when not connected. */
  region?: IntercomRegion;
  method?: ConnectionMethod;
  admin?: { id: string; name?: string; email?: string };
  /** `id` is the workspace's `app.id_code`. */
  workspace?: { id: string; name?: string };
  /** Why the connection is not usable, in words, when `connected` is false. */
  reason?: string;
  /** Intercom's error code behind a `needs_reconnect`, e.g. `token_revoked` or `token_unauthorized`. */
  reasonCode?: string;
  /** How this proxy lets the caller connect: `oauth` only when the host configured an Intercom OAuth app. */
  connectMethods: ConnectionMethod[];
}
