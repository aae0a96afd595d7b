import { useEditorEnvironment } from '../editor/editor-context.js';
import { ReferencePicker } from '../references/ReferencePicker.js';
import { useReferences } from '../references/reference-context.js';
import { useReferencePicker } from '../references/use-reference-picker.js';
import { FieldShell } from './FieldShell.js';
import { ReferenceButton } from './ReferenceButton.js';
import { describedBy } from './field-ids.js';
import { textOf, type FieldControlProps } from './field-control-props.js';

/** A single- or multi-line text field; where references are accepted, `<` and a button open the picker. */
export function TextField({ field, ids, value, onChange, onBlur, issues }: FieldControlProps) {
  const { readOnly, disabled } = useEditorEnvironment();
  const { paths, tree } = useReferences();
  const text = textOf(value);
  const acceptsReferences = field.definition.acceptsReferences;
  const editable = !readOnly && !disabled;
  const picker = useReferencePicker({ value: text, onChange, enabled: acceptsReferences && editable && paths.length > 0 });
  const multiline = field.definition.kind === 'textarea';
  const common = {
    id: ids.control,
    className: 'wb-input',
    value: text,
    readOnly,
    disabled,
    placeholder: field.definition.placeholder,
    'aria-invalid': issues.length > 0 ? true : undefined,
    'aria-describedby': describedBy(ids, issues.length > 0),
    'aria-required': field.required ? true : undefined,
    spellCheck: multiline,
    onBlur: (event: React.FocusEvent<HTMLElement>) => {
      const next = event.relatedTarget instanceof Element ? event.relatedTarget : null;
      // Moving into this field's reference picker is not leaving the field.
      if (!next?.closest?.('.wb-picker')) onBlur();
    },
  };
  const change = (event: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    onChange(event.target.value);
    picker.afterInput(event.nativeEvent, event.target);
  };

  return (
    <FieldShell field={field} ids={ids} issues={issues} defaultLabel={field.default === undefined ? undefined : String(field.default)} positions={multiline}>
      <div className="wb-control-row">
        {multiline ? (
          <textarea {...common} ref={picker.setElement} rows={4} onChange={change} />
        ) : (
          <input {...common} ref={picker.setElement} type="text" autoComplete="off" onChange={change} />
        )}
        {acceptsReferences && !readOnly ? (
          <ReferenceButton fieldLabel={field.definition.label} expanded={picker.range !== null} disabled={disabled || paths.length === 0} onClick={picker.openFromButton} />
        ) : null}
      </div>
      {picker.range ? (
        <ReferencePicker
          paths={paths}
          tree={tree}
          label={`Insert a reference into ${field.definition.label}`}
          onSelect={picker.insert}
          onClose={(reason) => {
            if (reason !== 'select') picker.close(reason === 'escape');
          }}
        />
      ) : null}
    </FieldShell>
  );
}
