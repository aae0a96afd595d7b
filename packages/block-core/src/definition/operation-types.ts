import type { HttpMethod, IntercomConfig, OutputShape, ValidationIssue } from '../types.js';
import type { FieldName } from './fields.js';
import type { JsonFieldSchemaId, PickerUse } from './field-types.js';
import type { VisibleField } from './visibility.js';

/** How an operation uses a field: in this order, maybe required, maybe with its own default, picker or schema. */
export interface OperationFieldUse {
  field: FieldName;
  required?: boolean;
  /** Overrides the field's default for this operation; `null` means no default here. */
  default?: string | number | null;
  /** Overrides the field's picker for this operation (e.g. teams instead of admins). */
  picker?: PickerUse;
  /** Overrides a code field's JSON Schema for this operation (e.g. the conversation search body). */
  schema?: JsonFieldSchemaId;
  /** What the field is called and means under this operation (e.g. `message` as a closing note, not a reply). */
  label?: string;
  help?: string;
}

/**
 * How an operation's answers continue on a next page (Intercom's cursor, `pages.next.starting_after`). An
 * operation that declares it gets the `fetchAll` and `maxResults` fields, and a run with fetchAll follows the cursor.
 */
export interface OperationPaging {
  /** Where the next request carries the cursor: `query` (`?starting_after=`, lists) or `body` (`pagination.starting_after`, searches). */
  cursor: 'query' | 'body';
  /** The output that holds a page's items (e.g. `contacts`, `results`): every page's items are gathered into it. */
  items: string;
}

/** What an operation's own `validate` gets besides the config. */
export interface OperationCheckContext {
  /** The fields this config shows, as `visibleFields` gives them. */
  fields: readonly VisibleField[];
  /** Whether a field holds nothing: blank text, or a JSON object with nothing in it. */
  isEmpty: (field: FieldName) => boolean;
}

/**
 * One entry of the operation table: everything the editor, validation, the proxy and the docs need to know.
 * Entries are written `as const satisfies OperationDefinition`, so the table's literal keys, resources, field
 * uses and outputs become the block's types (`OperationKey`, `Resource`, `OutputName`, `BlockOutputs`).
 */
export interface OperationDefinition {
  /** `resource.operation`. */
  key: string;
  resource: string;
  operation: string;
  label: string;
  description: string;
  /** The fields this operation shows, in display order (resource and operation are always shown). */
  fields: readonly OperationFieldUse[];
  /** A valid config's field values (besides resource and operation): checked by validation and the spec, used by stories and tests. */
  example: Readonly<Partial<Omit<IntercomConfig, 'resource' | 'operation'>>>;
  /** The outputs besides `success` and `error`, in order, each with the shape later steps may reference. */
  outputs: Readonly<Record<string, OutputShape>>;
  /** An empty `adminId` means the admin the integration is connected as (the proxy asks Intercom's `/me`). */
  connectedAdmin?: boolean;
  /**
   * The field naming the ticket the operation acts on, whose type scopes the ticket states picker and the ticket
   * attributes JSON: the editor looks that ticket's type up (`scopedTicketId`, `ticketLookupConfig`).
   */
  ticketScope?: FieldName;
  /** Rules across this operation's fields (e.g. an update must change something); field rules run first. */
  validate?(config: IntercomConfig, context: OperationCheckContext): ValidationIssue[];
  /** Set when Intercom pages this operation's answers: the editor offers Fetch every page, and the proxy follows the cursor. */
  paging?: OperationPaging;
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

/** An operation's outputs besides `success` and `error`, by output name. */
export type OperationOutputs = Readonly<Record<string, unknown>>;
