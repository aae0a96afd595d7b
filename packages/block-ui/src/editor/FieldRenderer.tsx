import { memo, useCallback, useMemo } from 'react';
import { fieldOptions, type ValidationIssue, type VisibleField } from '@workflow-blocks/block-core';
import { AdminField } from '../fields/AdminField.js';
import { JsonField } from '../fields/JsonField.js';
import { NumberField } from '../fields/NumberField.js';
import { SelectField } from '../fields/SelectField.js';
import { TextField } from '../fields/TextField.js';
import type { FieldControlProps } from '../fields/field-control-props.js';
import { fieldIds } from '../fields/field-ids.js';
import { useConfigValue, type ConfigStore } from './config-store.js';
import { useEditorEnvironment } from './editor-context.js';

export interface FieldRendererProps {
  field: VisibleField;
  store: ConfigStore;
  resource: string;
  issues: ValidationIssue[];
  onFieldChange: (name: string, value: unknown) => void;
  onFieldBlur: (name: string) => void;
}

/**
 * One visible field, bound to its value in the config store, drawn by the control its kind calls for. Memoised
 * with stable props: a keystroke re-renders only the field typed in (through its subscription), not its neighbours.
 */
export const FieldRenderer = memo(function FieldRenderer({ field, store, resource, issues, onFieldChange, onFieldBlur }: FieldRendererProps) {
  const { idPrefix } = useEditorEnvironment();
  const { name } = field;
  const value = useConfigValue(store, name);
  const onChange = useCallback((next: unknown) => onFieldChange(name, next), [onFieldChange, name]);
  const onBlur = useCallback(() => onFieldBlur(name), [onFieldBlur, name]);
  const ids = useMemo(() => fieldIds(idPrefix, name), [idPrefix, name]);
  const options = useMemo(() => (field.definition.kind === 'select' ? fieldOptions(name, { resource }) : undefined), [field, name, resource]);
  const props: FieldControlProps = { field, ids, value, onChange, onBlur, issues };
  switch (field.definition.kind) {
    case 'select':
      return <SelectField {...props} options={options ?? []} />;
    case 'number':
      return <NumberField {...props} />;
    case 'code':
      return <JsonField {...props} />;
    case 'text':
    case 'textarea':
      return field.definition.picker === 'admins' ? <AdminField {...props} /> : <TextField {...props} />;
  }
});
