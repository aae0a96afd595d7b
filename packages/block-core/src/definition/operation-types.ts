import type { BlockOutputs, FieldName, HttpMethod, IntercomConfig, OperationKey, OperationName, Resource } from '../types.js';

/** Output names from the reference doc (besides `success` and `error`, which every operation has). */
export type OutputName =
  | 'contact'
  | 'contacts'
  | 'pages'
  | 'results'
  | 'deleted'
  | 'conversation'
  | 'conversations'
  | 'ticket'
  | 'admins';

/** How an operation uses a field: in this order, maybe required, maybe with its own default. */
export interface OperationFieldUse {
  field: FieldName;
  required?: boolean;
  /** Overrides the field's default for this operation; `null` means no default here. */
  default?: string | number | null;
}

/** One entry of the operation table: everything the editor, validation and the proxy need to know. */
export interface OperationDefinition {
  key: OperationKey;
  resource: Resource;
  operation: OperationName;
  label: string;
  description: string;
  /** The fields this operation shows, in display order (resource and operation are always shown). */
  fields: OperationFieldUse[];
  outputs: OutputName[];
  /** An empty `adminId` means the admin the integration is connected as (the proxy asks Intercom's `/me`). */
  connectedAdmin?: boolean;
  /** The Intercom endpoint, with `{name}` placeholders for path ids. */
  method: HttpMethod;
  path: string;
  /** The operationId in Intercom's OpenAPI description. */
  operationId: string;
  /** Writes are never retried once the request may have reached Intercom. */
  write: boolean;
  /** Cannot be undone in Intercom (deleting a contact): a person running it by hand is asked first. */
  destructive?: boolean;
  /**
   * The config-dependent parts of the Intercom request: path ids (already encoded), query and body.
   * Throws `IntercomRequestError` when the config cannot become a request.
   */
  buildRequest(config: IntercomConfig, context: IntercomRequestContext): OperationRequestParts;
  /** Maps Intercom's 2xx body to this operation's outputs; throws `IntercomResponseShapeError` on a body of the wrong shape. */
  mapResponse(body: unknown): OperationOutputs;
  /** What a 404 means here, in words (e.g. which contact ID was not found). */
  describeNotFound?(config: IntercomConfig): string;
}

/** What the request builder knows besides the config. */
export interface IntercomRequestContext {
  /** The admin the integration is connected as: the author where an operation uses the connected admin and the config names none. */
  adminId?: string;
}

/** The parts of a request an operation decides; the builder adds method, headers and fills the path template. */
export interface OperationRequestParts {
  /** Values for the `{name}` placeholders of `path`, each already encoded as one path segment. */
  pathParams?: Record<string, string>;
  query?: Record<string, string>;
  body?: unknown;
}

/** An operation's outputs besides `success` and `error`. */
export type OperationOutputs = Partial<Pick<BlockOutputs, OutputName>>;
