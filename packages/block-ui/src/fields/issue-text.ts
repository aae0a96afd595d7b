import type { ValidationIssue } from '@workflow-blocks/block-core';

/**
 * An issue in words, with its place in the field's text when it has one and it helps.
 * @example issueText({ field: 'queryJson', code: 'x', message: 'Unknown operator.', line: 3, column: 18 })
 * // 'Line 3, column 18: Unknown operator.'
 */
export function issueText(issue: ValidationIssue, withPosition = true): string {
  if (!withPosition || issue.line === undefined) return issue.message;
  const where = issue.column === undefined ? `Line ${issue.line}` : `Line ${issue.line}, column ${issue.column}`;
  return `${where}: ${issue.message}`;
}
