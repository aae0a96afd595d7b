import { useMemo, type ReactNode } from 'react';
import type { ValidationIssue, VisibleField } from '@workflow-blocks/block-core';
import type { FieldIds } from './field-ids.js';
import { issueText } from './issue-text.js';

export interface FieldShellProps {
  field: VisibleField;
  ids: FieldIds;
  /** Issues to show now (already filtered to the ones the user should see). */
  issues: ValidationIssue[];
  /** Text describing the default, e.g. the option label of a select's default value. */
  defaultLabel?: string;
  /** Code editors are not labelable elements: their label is referenced by id instead. */
  labelFor?: boolean;
  /** Whether issues say where in the text they are (multi-line and JSON fields). */
  positions?: boolean;
  children: ReactNode;
}

/**
 * Label, required mark, help text with the default, the control, and the field's issues in words. The parts
 * around the control are kept as the same elements while they do not change, so a keystroke re-renders the
 * control alone.
 */
export function FieldShell({ field, ids, issues, defaultLabel, labelFor = true, positions = false, children }: FieldShellProps) {
  const { definition, required } = field;
  const label = useMemo(() => {
    const content = (
      <>
        {definition.label}
        {required ? (
          <span className="wb-required" aria-hidden="true">
            *
          </span>
        ) : null}
      </>
    );
    return labelFor ? (
      <label className="wb-label" id={ids.label} htmlFor={ids.control}>
        {content}
      </label>
    ) : (
      <span className="wb-label" id={ids.label}>
        {content}
      </span>
    );
  }, [definition.label, required, labelFor, ids.label, ids.control]);
  const help = useMemo(
    () => (
      <p className="wb-help" id={ids.help}>
        {definition.help}
        {defaultLabel !== undefined ? (
          <>
            {' '}
            Default: <span className="wb-default">{defaultLabel}</span>.
          </>
        ) : null}
      </p>
    ),
    [definition.help, defaultLabel, ids.help],
  );
  const issueList = useMemo(
    () =>
      issues.length > 0 ? (
        <ul className="wb-issues" id={ids.issues}>
          {issues.map((issue, index) => (
            <li key={`${issue.code}-${index}`}>{issueText(issue, positions)}</li>
          ))}
        </ul>
      ) : null,
    [issues, positions, ids.issues],
  );
  return (
    <div className="wb-field" data-field={field.name}>
      {label}
      {children}
      {help}
      {issueList}
    </div>
  );
}
