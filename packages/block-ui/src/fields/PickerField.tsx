import { useMemo, useState } from 'react';
import { pickerKind, visibleFields, type IntercomConfig } from '@workflow-blocks/block-core';
import { isConnected, useWorkspace } from '../connection/connection-context.js';
import { useFieldValue } from '../editor/use-form-values.js';
import { FieldShell } from './FieldShell.js';
import { SelectControl } from './SelectControl.js';
import { pickerNote, pickerState } from './PickerNote.js';
import { TextField } from './TextField.js';
import { describedBy } from './field-ids.js';
import { textOf, type FieldControlProps, type TextControlProps } from './field-control-props.js';
import { pickerEntries, pickerSources } from './picker-entries.js';

const EMPTY = '__empty__';
const OTHER = '__other__';

/**
 * A text field with a workspace picker (admins, teams, tags, ticket states…, as the field's picker kind says):
 * a list of the workspace's entries when it is read, and otherwise the (registered) text input with a line that
 * says why there is no list (loading, empty, unreadable with Retry, not connected). A typed id or a reference is
 * always possible: "Another ID or a reference…" keeps it so while the list is shown.
 */
export function PickerField(props: FieldControlProps & { text: TextControlProps }) {
  const workspace = useWorkspace();
  const { field, ids, onChange, onBlur, issues } = props;
  const picker = field.picker;
  // A picker chosen by another field (admins or teams by assigneeType) follows that field's value.
  const chooser = useFieldValue(props.text.binding, typeof picker === 'object' ? picker.by : field.name);
  const resource = useFieldValue(props.text.binding, 'resource');
  const operation = useFieldValue(props.text.binding, 'operation');
  // Unset, the choosing field means its default under this operation (Assign to: Admin).
  const chooserDefault = useMemo(
    () => (typeof picker === 'object' ? visibleFields({ resource, operation } as IntercomConfig).find((shown) => shown.name === picker.by)?.default : undefined),
    [picker, resource, operation],
  );
  const kind = pickerKind(picker, typeof picker === 'object' ? { [picker.by]: chooser } : {}, typeof picker === 'object' ? { [picker.by]: chooserDefault } : {});
  const list = kind ? workspace.lists[kind] : undefined;
  const entries = useMemo(() => (kind && list?.state === 'ready' ? pickerEntries(kind, list.items, workspace.scope) : []), [kind, list, workspace.scope]);
  const text = textOf(props.value);
  const known = text === '' || entries.some((entry) => entry.value === text);
  // "Another ID or a reference" is chosen, or the value is none of the list's (a reference, an id typed before).
  const [otherChosen, setOther] = useState(false);
  const other = otherChosen || !known;
  if (!kind) return <TextField {...props.text} />;
  if (!isConnected(workspace.status) || entries.length === 0) {
    const state = pickerState(workspace, kind);
    return <TextField {...props.text} {...(state ? { note: pickerNote({ ids, state, noun: pickerSources[kind].noun }) } : {})} />;
  }

  const me = workspace.status.kind === 'known' ? workspace.status.state.admin : undefined;
  const empty = field.connectedAdmin
    ? [{ value: EMPTY, label: me?.name ? `Connected admin (${me.name})` : 'Connected admin' }]
    : field.required
      ? []
      : [{ value: EMPTY, label: 'Not set' }];
  const options = [...empty, ...entries, { value: OTHER, label: 'Another ID or a reference…' }];
  const selected = other ? OTHER : text === '' ? (empty.length > 0 ? EMPTY : '') : text;

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
