import { useState } from 'react';
import { isConnected, useWorkspace } from '../connection/connection-context.js';
import { FieldShell } from './FieldShell.js';
import { SelectControl } from './SelectControl.js';
import { TextField } from './TextField.js';
import { describedBy } from './field-ids.js';
import { textOf, type FieldControlProps, type TextControlProps } from './field-control-props.js';

const CONNECTED_ADMIN = '__connected_admin__';
const OTHER_ADMIN = '__other_admin__';

/**
 * The admin to act as: a list of the workspace's admins when connected (from the transport's `admins()`),
 * a plain (registered) text field otherwise. "Another ID or a reference" keeps references possible while connected.
 */
export function AdminField(props: FieldControlProps & { text: TextControlProps }) {
  const { status, admins } = useWorkspace();
  const text = textOf(props.value);
  const known = text === '' || admins.some((admin) => admin.id === text);
  const [other, setOther] = useState(!known);
  if (!isConnected(status) || admins.length === 0) return <TextField {...props.text} />;

  const { field, ids, onChange, onBlur, issues } = props;
  const me = status.kind === 'known' ? status.state.admin : undefined;
  const options = [
    { value: CONNECTED_ADMIN, label: me?.name ? `Connected admin (${me.name})` : 'Connected admin' },
    ...admins.map((admin) => ({ value: admin.id, label: admin.email ? `${admin.name} (${admin.email})` : admin.name })),
    { value: OTHER_ADMIN, label: 'Another ID or a reference…' },
  ];
  const selected = other || !known ? OTHER_ADMIN : text === '' ? CONNECTED_ADMIN : text;

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
            if (next === OTHER_ADMIN) {
              setOther(true);
              return;
            }
            setOther(false);
            onChange(next === CONNECTED_ADMIN ? '' : next);
          }}
        />
      </FieldShell>
      {other ? (
        <TextField
          {...props.text}
          ids={{ ...ids, control: `${ids.control}-other`, label: `${ids.label}-other`, help: `${ids.help}-other`, issues: `${ids.issues}-other` }}
          field={{ ...field, definition: { ...field.definition, label: 'Admin ID or reference', help: 'An Intercom admin ID, or <StepName.field> to take it from an earlier step.' } }}
        />
      ) : null}
    </>
  );
}
