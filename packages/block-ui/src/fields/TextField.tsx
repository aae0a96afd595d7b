import { useCallback, useEffect, useMemo, type ReactNode } from 'react';
import { useEditorEnvironment } from '../editor/editor-context.js';
import { LazyReferencePicker } from '../references/LazyReferencePicker.js';
import { useReferences } from '../references/reference-context.js';
import { useReferencePicker } from '../references/use-reference-picker.js';
import { FieldShell } from './FieldShell.js';
import { ReferenceButton } from './ReferenceButton.js';
import { describedBy } from './field-ids.js';
import { showPlaceholderWhileEmpty } from './placeholder-while-empty.js';
import type { TextControlProps } from './field-control-props.js';

type TextElement = HTMLInputElement | HTMLTextAreaElement;

/** A line under the input that describes it (a workspace picker's state): its id joins the input's description. */
export interface FieldNote {
  id: string;
  content: ReactNode;
}

/**
 * A single- or multi-line text field registered with react-hook-form: the input keeps its own text, so a
 * keystroke re-renders nothing. Where references are accepted, `<` and a button open the picker.
 */
export function TextField({ field, ids, onChange, onBlur, issues, binding, onEdited, note }: TextControlProps & { note?: FieldNote }) {
  const { readOnly, disabled } = useEditorEnvironment();
  const { paths, tree } = useReferences();
  const acceptsReferences = field.definition.acceptsReferences;
  const editable = !readOnly && !disabled;
  const picker = useReferencePicker({ onChange, enabled: acceptsReferences && editable && paths.length > 0 });
  const multiline = field.definition.kind === 'textarea';
  // Registered once per mount; hidden fields are not unregistered, so their text comes back with them.
  const registration = useMemo(() => binding.register(field.name), [binding, field.name]);
  const { ref: registerRef, onChange: store, onBlur: touch } = registration;
  const { setElement, elementRef } = picker;
  const { placeholder } = field.definition;
  const ref = useCallback(
    (element: TextElement | null) => {
      registerRef(element);
      setElement(element);
      // After registering, which filled in the form's value.
      if (element) showPlaceholderWhileEmpty(element, placeholder);
    },
    [registerRef, setElement, placeholder],
  );
  useEffect(
    () =>
      binding.onFormWrite(() => {
        if (elementRef.current) showPlaceholderWhileEmpty(elementRef.current, placeholder);
      }),
    [binding, elementRef, placeholder],
  );
  const change = (event: React.ChangeEvent<TextElement>) => {
    void store(event);
    showPlaceholderWhileEmpty(event.target, placeholder);
    onEdited();
    picker.afterInput(event.nativeEvent, event.target);
  };
  const common = {
    id: ids.control,
    name: registration.name,
    ref,
    className: 'wb-input',
    readOnly,
    disabled,
    'aria-invalid': issues.length > 0 ? true : undefined,
    'aria-describedby': note ? `${describedBy(ids, issues.length > 0)} ${note.id}` : describedBy(ids, issues.length > 0),
    'aria-required': field.required ? true : undefined,
    spellCheck: multiline,
    onChange: change,
    onBlur: (event: React.FocusEvent<TextElement>) => {
      void touch(event);
      const next = event.relatedTarget instanceof Element ? event.relatedTarget : null;
      // Moving into this field's reference picker is not leaving the field.
      if (!next?.closest?.('.wb-picker')) onBlur();
    },
  };

  return (
    <FieldShell field={field} ids={ids} issues={issues} defaultLabel={field.default === undefined ? undefined : String(field.default)} positions={multiline}>
      <div className="wb-control-row">
        {/* The cell, not the input, is the flex item: only then can the input contain its own layout (block-ui.css). */}
        <div className="wb-control-cell">{multiline ? <textarea {...common} rows={4} /> : <input {...common} type="text" autoComplete="off" />}</div>
        {acceptsReferences && !readOnly ? (
          <ReferenceButton fieldLabel={field.definition.label} expanded={picker.range !== null} disabled={disabled || paths.length === 0} onClick={picker.openFromButton} />
        ) : null}
      </div>
      {note?.content}
      {picker.range ? (
        <LazyReferencePicker
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
