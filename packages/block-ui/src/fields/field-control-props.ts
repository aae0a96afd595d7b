import type { ValidationIssue, VisibleField } from '@workflow-blocks/block-core';
import type { BlockFormBinding } from '../editor/use-block-form.js';
import type { FieldIds } from './field-ids.js';

/** What the editor hands every field control. */
export interface FieldControlProps {
  field: VisibleField;
  ids: FieldIds;
  value: unknown;
  onChange: (value: unknown) => void;
  onBlur: () => void;
  /** Issues to show now for this field. */
  issues: ValidationIssue[];
}

/** What a registered text input gets instead of a value: react-hook-form holds its text in the DOM. */
export interface TextControlProps extends Omit<FieldControlProps, 'value'> {
  binding: BlockFormBinding;
  /** The input stored what the user typed (through its registration): tell the host and validate. */
  onEdited: () => void;
}

/** A form value as the text a control shows. */
export function textOf(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value) ?? '';
}
