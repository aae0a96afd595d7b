import { useMemo, useState } from 'react';
import { pickerKind } from '@workflow-blocks/block-core';
import { isConnected, useWorkspace } from '../connection/connection-context.js';
import { useFieldValue } from '../editor/use-form-values.js';
import { FieldShell } from './FieldShell.js';
import { SelectControl } from './SelectControl.js';
import { TextField } from './TextField.js';
import { describedBy } from './field-ids.js';
import { textOf, type FieldControlProps, type TextControlProps } from './field-control-props.js';
import { pickerEntries } from './picker-entries.js';

const EMPTY = '__empty__';
const OTHER = '__other__';

/**
 * A text field with a workspace picker (admins, teams, tags, ticket states…, as the field's picker kind says):
 * a list of the workspace's entries when connected, a plain (registered) text field otherwise. "Another ID or a
 * reference" keeps typed ids and references possible while connected.
 */
export function PickerField(props: FieldControlProps & { text: TextControlProps }) {
  const workspace = useWorkspace();
  const { field, ids, onChange, onBlur, issues } = props;
  const picker = field.picker;
  // A picker chosen by another field (admins or teams by assigneeType) follows that field's value.
  const chooser = useFieldValue(props.text.binding, typeof picker === 'object' ? picker.by : field.name);
  const kind = pickerKind(picker, typeof picker === 'object' ? { [picker.by]: chooser } : {});
  const entries = useMemo(() => (kind ? pickerEntries[kind](workspace) : []), [kind, workspace]);
  const text = textOf(props.value);
  const known = text === '' || entries.some((entry) => entry.value === text);
  const [other, setOther] = useState(!known);
  if (!isConnected(workspace.status) || entries.length === 0) return <TextField {...props.text} />;

  const me = workspace.status.kind === 'known' ? workspace.status.state.admin : undefined;
  const empty = field.connectedAdmin
    ? [{ value: EMPTY, label: me?.name ? `Connected admin (${me.name})` : 'Connected admin' }]
    : field.required
      ? []
      : [{ value: EMPTY, label: 'Not set' }];
  const options = [...empty, ...entries, { value: OTHER, label: 'Another ID or a reference…' }];
  const selected = other || !known ? OTHER : text === '' ? (empty.length > 0 ? EMPTY : '') : text;

  return (
    <>
      <FieldShell field={field} ids={ids} issues={other ? [] : issues}>
        <SelectControl
          id={ids.control}
          value={selected}
          options={options}
          labelledBy={ids.label}
          describedBy={describedBy(ids, !other && issues.length > 0)}
          invalid={!other && issues.length > 0}
          onBlur={onBlur}
          onChange={(next) => {
            if (next === OTHER) {
              setOther(true);
              return;
            }
            setOther(false);
            onChange(next === EMPTY ? '' : next);
          }}
        />
      </FieldShell>
      {other ? (
        <TextField
          {...props.text}
          ids={{ ...ids, control: `${ids.control}-other`, label: `${ids.label}-other`, help: `${ids.help}-other`, issues: `${ids.issues}-other` }}
          field={{ ...field, definition: { ...field.definition, label: `${field.definition.label}: ID or reference`, help: 'An Intercom ID, or <StepName.field> to take it from an earlier step.' } }}
        />
      ) : null}
    </>
  );
}
