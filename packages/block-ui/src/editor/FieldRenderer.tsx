import { memo, useCallback, useMemo } from 'react';
import { fieldOptions, type FieldOption, type ValidationIssue, type VisibleField } from '@workflow-blocks/block-core';
import { PickerField } from '../fields/PickerField.js';
import { JsonField } from '../fields/JsonField.js';
import { NumberField } from '../fields/NumberField.js';
import { SelectField } from '../fields/SelectField.js';
import { TextField } from '../fields/TextField.js';
import type { FieldControlProps, TextControlProps } from '../fields/field-control-props.js';
import { fieldIds } from '../fields/field-ids.js';
import { useEditorEnvironment } from './editor-context.js';
import type { BlockFormBinding } from './use-block-form.js';
import { useFieldValue } from './use-form-values.js';

export interface FieldRendererProps {
  field: VisibleField;
  binding: BlockFormBinding;
  resource: string;
  issues: ValidationIssue[];
  onFieldChange: (name: string, value: unknown) => void;
  /** A registered text input stored what the user typed. */
  onFieldEdited: (name: string) => void;
  onFieldBlur: (name: string) => void;
}

/**
 * One visible field, bound to react-hook-form, drawn by the control its kind calls for. Text inputs are
 * registered (uncontrolled: a keystroke re-renders nothing); other controls watch their own value. Memoised
 * with stable props, so neighbours never re-render for a field's edit.
 */
export const FieldRenderer = memo(function FieldRenderer({ field, binding, resource, issues, onFieldChange, onFieldEdited, onFieldBlur }: FieldRendererProps) {
  const { idPrefix } = useEditorEnvironment();
  const { name } = field;
  const onChange = useCallback((next: unknown) => onFieldChange(name, next), [onFieldChange, name]);
  const onEdited = useCallback(() => onFieldEdited(name), [onFieldEdited, name]);
  const onBlur = useCallback(() => onFieldBlur(name), [onFieldBlur, name]);
  const ids = useMemo(() => fieldIds(idPrefix, name), [idPrefix, name]);
  const options = useMemo(() => (field.definition.kind === 'select' ? fieldOptions(name, { resource }) : undefined), [field, name, resource]);
  const { kind } = field.definition;
  const text: TextControlProps = { field, ids, onChange, onBlur, issues, binding, onEdited };
  if ((kind === 'text' || kind === 'textarea') && field.picker === undefined) return <TextField {...text} />;
  return <WatchedField {...text} options={options} />;
});

/** A control that shows the field's value: re-rendered when that value changes. */
function WatchedField(props: TextControlProps & { options: readonly FieldOption[] | undefined }) {
  const value = useFieldValue(props.binding, props.field.name);
  const { field, ids, onChange, onBlur, issues } = props;
  const control: FieldControlProps = { field, ids, value, onChange, onBlur, issues };
  switch (field.definition.kind) {
    case 'select':
      return <SelectField {...control} options={props.options ?? []} />;
    case 'number':
      return <NumberField {...control} />;
    case 'code':
      return <JsonField {...control} />;
    case 'text':
    case 'textarea':
      return <PickerField {...control} text={props} />;
  }
}
