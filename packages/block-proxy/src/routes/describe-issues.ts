import type { ValidationIssue } from '@workflow-blocks/block-core';

/** Joins block-core's validation messages (each already names its field) into one `error` output. */
export function describeIssues(issues: readonly ValidationIssue[]): string {
  return issues.map((issue) => issue.message).join(' ');
}
