import type { FieldOption } from '@workflow-blocks/block-core';
import { FieldShell } from './FieldShell.js';
import { SelectControl } from './SelectControl.js';
import { describedBy } from './field-ids.js';
import { textOf, type FieldControlProps } from './field-control-props.js';

const LEAVE_UNCHANGED = 'Leave unchanged';

/** A select field (resource, operation, role, reply type) rendered with Radix Select. */
export function SelectField(props: FieldControlProps & { options: readonly FieldOption[] }) {
  const { field, ids, value, onChange, onBlur, issues, options } = props;
  const defaultLabel = field.default === undefined ? undefined : (options.find((o) => o.value === field.default)?.label ?? String(field.default));
  // An optional select with no default here can be left unset: an update then sends no value for it.
  const emptyOption = field.required || field.default !== undefined ? undefined : LEAVE_UNCHANGED;
  return (
    <FieldShell field={field} ids={ids} issues={issues} defaultLabel={defaultLabel}>
      <SelectControl
        id={ids.control}
        value={textOf(value)}
        options={options}
        onChange={(next) => onChange(next === '' ? undefined : next)}
        emptyOption={emptyOption}
        onBlur={onBlur}
        placeholder={defaultLabel !== undefined ? `${defaultLabel} (default)` : (emptyOption ?? `Choose ${field.definition.label.toLowerCase()}…`)}
        labelledBy={ids.label}
        describedBy={describedBy(ids, issues.length > 0)}
        invalid={issues.length > 0}
        required={field.required}
      />
    </FieldShell>
  );
}
