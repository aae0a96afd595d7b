import { useImperativeHandle, useRef } from 'react';
import type { JsonEditorProps } from '../json-editor/json-editor-props.js';
import { referenceInsertText } from '../json-editor/reference-insertion.js';

/**
 * Replaces Monaco in jsdom tests (Monaco cannot run there): a textarea with the same props, labelled and
 * described like the real editor, exposing each issue's position so tests can check markers would be placed.
 */
export default function JsonEditorStandIn(props: JsonEditorProps) {
  const textarea = useRef<HTMLTextAreaElement>(null);
  useImperativeHandle(props.handleRef, () => ({
    insertReference(reference: string) {
      const element = textarea.current;
      if (!element) return;
      const { selectionStart, selectionEnd, value } = element;
      const text = referenceInsertText(value, selectionStart, reference);
      props.onChange(value.slice(0, selectionStart) + text + value.slice(selectionEnd));
      element.focus();
    },
    focus() {
      textarea.current?.focus();
    },
  }));
  return (
    <div className="wb-json-frame" data-testid={`json-editor-${props.modelId}`} data-schema={props.schema ? 'yes' : 'no'}>
      <textarea
        ref={textarea}
        className="wb-json-fallback"
        aria-label={props.ariaLabel}
        aria-describedby={props.describedBy}
        aria-invalid={props.invalid ? true : undefined}
        aria-required={props.required ? true : undefined}
        readOnly={props.readOnly}
        disabled={props.disabled}
        value={props.value}
        onChange={(event) => props.onChange(event.target.value)}
        onKeyDown={(event) => {
          // As the real editor: Enter in an empty editor inserts the template, and only there.
          if (event.key === 'Enter' && props.template && event.currentTarget.value === '' && !props.readOnly) {
            event.preventDefault();
            props.onChange(props.template.text);
          }
        }}
        onBlur={props.onBlur}
      />
      {props.template && props.value === '' && !props.readOnly && !props.disabled ? (
        <pre aria-hidden="true" data-testid="json-template-ghost">
          {props.template.text}
        </pre>
      ) : null}
      <ul aria-label={`${props.ariaLabel} markers`} hidden>
        {props.issues
          .filter((issue) => issue.line !== undefined)
          .map((issue, index) => (
            <li key={index} data-line={issue.line} data-column={issue.column}>
              {issue.message}
            </li>
          ))}
      </ul>
    </div>
  );
}
