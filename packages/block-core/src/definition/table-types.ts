import type { OperationTable } from '../operations/index.js';
import type { OperationDefinition } from './operation-types.js';

/** One entry of the table as written: its literal key, resource, fields and outputs, and only what it declares. */
type TableEntry = OperationTable[number];

/** One entry of the operation table, with its literal key, resource, fields and outputs (and every optional member). */
export type IntercomOperation = TableEntry & OperationDefinition;

/** `resource.operation`, the key of one entry in the operation table. */
export type OperationKey = TableEntry['key'];

/** Intercom resources the block works with. */
export type Resource = TableEntry['resource'];

/** Every operation name used by some resource. */
export type OperationName = TableEntry['operation'];

/** The operation names of one resource, e.g. `OperationsOf<'ticket'>` is `'create' | 'get'`. */
export type OperationsOf<R extends Resource> = Extract<TableEntry, { resource: R }>['operation'];

/** The table entry of one operation key. */
export type OperationOf<K extends OperationKey> = Extract<TableEntry, { key: K }>;

type OutputNamesOf<Op> = Op extends { outputs: infer Outputs } ? keyof Outputs & string : never;

/** Output names of every operation (besides `success` and `error`, which every operation has). */
export type OutputName = OutputNamesOf<TableEntry>;

/** A value's TypeScript type from its output shape, where the shape is written literally; otherwise unknown. */
type ShapeValue<S> = S extends { type: 'boolean' } ? boolean : S extends { type: 'string' } ? string : S extends { type: 'number' } ? number : unknown;

type OutputValues<Op> = Op extends { outputs: infer Outputs } ? { [N in keyof Outputs]?: ShapeValue<Outputs[N]> } : never;

/** What every operation answers besides its own outputs. */
export interface RunStatus {
  success: boolean;
  error?: string;
}

/** The outputs of one operation, e.g. `OutputsOf<'contact.delete'>` has `deleted`. */
export type OutputsOf<K extends OperationKey> = RunStatus & OutputValues<OperationOf<K>>;

type UnionToIntersection<U> = (U extends unknown ? (value: U) => void : never) extends (value: infer I) => void ? I : never;

/** The block's outputs, named as in the reference doc: `success`, `error` and any operation's outputs. */
export type BlockOutputs = RunStatus & Partial<UnionToIntersection<OutputValues<TableEntry>>>;
