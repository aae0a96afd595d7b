import type { Ref } from 'react';
import type { ReferencePath, ValidationIssue } from '@workflow-blocks/block-core';

/** What the field hands the (lazily loaded) JSON editor; the jsdom stand-in takes the same props. */
export interface JsonEditorProps {
  /** Unique per editor and field, e.g. `wb-r1-queryJson`; names the Monaco model. */
  modelId: string;
  value: string;
  onChange: (value: string) => void;
  onBlur: () => void;
  readOnly: boolean;
  disabled: boolean;
  theme: 'light' | 'dark';
  /** The field's label, read out for the editor's text area. */
  ariaLabel: string;
  describedBy: string;
  invalid: boolean;
  required: boolean;
  /** JSON Schema for completion, hover and diagnostics (block-core's `jsonFieldSchemas` or a ticket type's). */
  schema: object | undefined;
  /** Issues from block-core's validateConfig for this field, shown as markers where they have a position. */
  issues: ValidationIssue[];
  /**
   * What the editor offers while it is empty: ghost text that Enter inserts (block-core's `jsonFieldTemplate`, from
   * the field's schema). Never inserted into text the user wrote.
   */
  template?: { label: string; text: string };
  /** Paths offered after `<`. */
  referencePaths: ReferencePath[];
  handleRef?: Ref<JsonEditorHandle>;
}

/** What the field can ask of the editor: used by the reference picker's button. */
export interface JsonEditorHandle {
  /** Puts a reference at the cursor (replacing the selection), quoted when it is not inside a string, and focuses the editor. */
  insertReference: (reference: string) => void;
  focus: () => void;
}
