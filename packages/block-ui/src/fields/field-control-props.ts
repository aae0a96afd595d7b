import type { ValidationIssue, VisibleField } from '@workflow-blocks/block-core';
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

/** A form value as the text a control shows. */
export function textOf(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value) ?? '';
}
