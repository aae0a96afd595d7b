import { useController, type Control } from 'react-hook-form';
import { fieldOptions, type IntercomConfig, type ValidationIssue, type VisibleField } from '@workflow-blocks/block-core';
import { AdminField } from '../fields/AdminField.js';
import { JsonField } from '../fields/JsonField.js';
import { NumberField } from '../fields/NumberField.js';
import { SelectField } from '../fields/SelectField.js';
import { TextField } from '../fields/TextField.js';
import type { FieldControlProps } from '../fields/field-control-props.js';
import { fieldIds } from '../fields/field-ids.js';
import { useEditorEnvironment } from './editor-context.js';

export interface FieldRendererProps {
  field: VisibleField;
  control: Control<IntercomConfig>;
  resource: string;
  issues: ValidationIssue[];
  onFieldChange: (name: string, value: unknown) => void;
  onFieldBlur: (name: string) => void;
}

/** One visible field, bound to react-hook-form, drawn by the control its kind calls for. */
export function FieldRenderer({ field, control, resource, issues, onFieldChange, onFieldBlur }: FieldRendererProps) {
  const { idPrefix } = useEditorEnvironment();
  const { field: bound } = useController({ name: field.name, control });
  const props: FieldControlProps = {
    field,
    ids: fieldIds(idPrefix, field.name),
    value: bound.value,
    onChange: (value) => onFieldChange(field.name, value),
    onBlur: () => {
      bound.onBlur();
      onFieldBlur(field.name);
    },
    issues,
  };
  switch (field.definition.kind) {
    case 'select':
      return <SelectField {...props} options={fieldOptions(field.name, { resource })} />;
    case 'number':
      return <NumberField {...props} />;
    case 'code':
      return <JsonField {...props} />;
    case 'text':
    case 'textarea':
      return field.definition.picker === 'admins' ? <AdminField {...props} /> : <TextField {...props} />;
  }
}
