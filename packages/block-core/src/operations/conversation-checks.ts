import { containsReference } from '../schemas/reference-string.js';
import { quoteValue } from '../text/quote.js';
import { readSnoozeTime } from '../requests/snooze-time.js';
import type { IntercomConfig, ValidationIssue } from '../types.js';

const literal = (value: unknown): string | undefined => {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
  return text === '' || containsReference(text) ? undefined : text;
};

/**
 * `snoozedUntil` when written out (not a reference): a time `readSnoozeTime` reads, in the future. A reference is
 * checked once the run has resolved it.
 * @param now current time in epoch milliseconds
 */
export function snoozeInTheFuture(config: IntercomConfig, now: number = Date.now()): ValidationIssue[] {
  const text = literal(config.snoozedUntil);
  if (text === undefined) return [];
  const read = readSnoozeTime(text);
  if (!read.ok) return [{ field: 'snoozedUntil', code: read.code, message: read.message }];
  if (read.seconds * 1000 <= now) {
    return [{ field: 'snoozedUntil', code: 'time_in_past', message: `${text} is in the past: a snooze must end in the future (${new Date(now).toISOString().slice(0, 16)}Z or later).` }];
  }
  return [];
}

/** `assigneeId` when written out: an admin or team id (digits), or `0` to unassign. */
export function assigneeIdShape(config: IntercomConfig): ValidationIssue[] {
  const text = literal(config.assigneeId);
  if (text === undefined || /^\d+$/.test(text)) return [];
  const who = config.assigneeType === 'team' ? 'team' : 'admin';
  return [{ field: 'assigneeId', code: 'invalid_assignee', message: `${quoteValue(text)} is not ${who === 'team' ? 'a team' : 'an admin'} ID: Intercom ${who} IDs are digits, such as 5100002. Use 0 to unassign, or <StepName.field> to take it from an earlier step.` }];
}

/** A 404 on a conversation's tags: Intercom's answer does not say which of the two ids it did not find. */
export function conversationOrTagNotFound(config: IntercomConfig): string {
  const id = (value: unknown) => (typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '');
  return `Intercom has no conversation with ID ${quoteValue(id(config.conversationId))} (conversationId), or no tag with ID ${quoteValue(id(config.tagId))} (tagId). Check both IDs, or the steps they come from.`;
}
