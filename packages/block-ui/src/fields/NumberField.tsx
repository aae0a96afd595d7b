import { useEditorEnvironment } from '../editor/editor-context.js';
import { FieldShell } from './FieldShell.js';
import { describedBy } from './field-ids.js';
import { textOf, type FieldControlProps } from './field-control-props.js';
import { placeholderWhileEmpty } from './placeholder-while-empty.js';

/** What the user typed, as a number when it reads as one; anything else is kept as typed for validation to explain. */
function numberOrText(text: string): number | string | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const parsed = Number(trimmed);
  return Number.isFinite(parsed) && String(parsed) === trimmed ? parsed : text;
}

/** A number field that never throws away what was typed (a native number input would). */
export function NumberField({ field, ids, value, onChange, onBlur, issues }: FieldControlProps) {
  const { readOnly, disabled } = useEditorEnvironment();
  return (
    <FieldShell field={field} ids={ids} issues={issues} defaultLabel={field.default === undefined ? undefined : String(field.default)}>
      <div className="wb-control-cell">
        <input
          id={ids.control}
          className="wb-input"
          type="text"
          inputMode="numeric"
          autoComplete="off"
          value={textOf(value)}
          placeholder={placeholderWhileEmpty(textOf(value), field.default === undefined ? undefined : String(field.default))}
          readOnly={readOnly}
          disabled={disabled}
          aria-invalid={issues.length > 0 ? true : undefined}
          aria-describedby={describedBy(ids, issues.length > 0)}
          aria-required={field.required ? true : undefined}
          onChange={(event) => onChange(numberOrText(event.target.value))}
          onBlur={onBlur}
        />
      </div>
    </FieldShell>
  );
}
