import { containsReference } from '../schemas/reference-string.js';
import { quoteValue } from '../text/quote.js';
import type { IntercomConfig, ValidationIssue } from '../types.js';

const literal = (value: unknown): string | undefined => {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
  return text === '' || containsReference(text) ? undefined : text;
};

/**
 * `adminId` when written out, where Intercom takes it as a number (`PUT /tickets/{id}` types `admin_id` as an
 * integer): admin IDs are digits.
 */
export function adminIdDigits(config: IntercomConfig): ValidationIssue[] {
  const text = literal(config.adminId);
  if (text === undefined || /^\d+$/.test(text)) return [];
  return [{ field: 'adminId', code: 'invalid_admin', message: `${quoteValue(text)} is not an admin ID: Intercom admin IDs are digits, such as 991267. Pick an admin, or use <StepName.field>.` }];
}

/**
 * An id Intercom types as an integer, as the request sends it: digits become a number; anything else (a
 * reference in a preview) is shown as written, and validation has already said what is wrong with it.
 */
export function integerId(text: string): number | string {
  const trimmed = text.trim();
  return /^\d{1,15}$/.test(trimmed) ? Number(trimmed) : trimmed;
}

/** `assigneeId` of a ticket when written out: an admin or team id (digits), or `0` to unassign. */
export function ticketAssigneeShape(config: IntercomConfig): ValidationIssue[] {
  const text = literal(config.assigneeId);
  if (text === undefined || /^\d+$/.test(text)) return [];
  return [{ field: 'assigneeId', code: 'invalid_assignee', message: `${quoteValue(text)} is not an admin or team ID: Intercom's are digits, such as 991267. Use 0 to unassign, or <StepName.field> to take it from an earlier step.` }];
}
