import { describe, expect, it } from 'vitest';
import { validateConfig } from '../validation/validate-config.js';
import { snoozeInTheFuture } from './conversation-checks.js';
import { conversationSnooze } from './conversation-snooze.js';

const snooze = { resource: 'conversation', operation: 'snooze', conversationId: '7', snoozedUntil: '2030-12-24T09:00:00+01:00' };
const now = Date.parse('2026-12-02T10:00:00Z');

describe('conversation.snooze', () => {
  it('sends the snooze time as Unix seconds, from ISO 8601 or seconds, as the connected admin by default', () => {
    expect(conversationSnooze.buildRequest(snooze, { adminId: 'me' })).toEqual({
      pathParams: { conversation_id: '7' },
      body: { message_type: 'snoozed', admin_id: 'me', snoozed_until: 1924329600 },
    });
    expect(conversationSnooze.buildRequest({ ...snooze, snoozedUntil: '1924329600', adminId: '42' }, {}).body).toMatchObject({ snoozed_until: 1924329600, admin_id: '42' });
  });

  it('shows a reference not yet resolved as written (the request preview)', () => {
    expect(conversationSnooze.buildRequest({ ...snooze, snoozedUntil: '<Classify.until>' }, { adminId: 'me' }).body).toMatchObject({ snoozed_until: '<Classify.until>' });
  });

  it('refuses a written time in the past or that is not a time, and leaves references to the run', () => {
    expect(snoozeInTheFuture(snooze, now)).toEqual([]);
    expect(snoozeInTheFuture({ ...snooze, snoozedUntil: '2026-12-01T09:00:00Z' }, now)).toEqual([
      { field: 'snoozedUntil', code: 'time_in_past', message: '2026-12-01T09:00:00Z is in the past: a snooze must end in the future (2026-12-02T10:00Z or later).' },
    ]);
    expect(snoozeInTheFuture({ ...snooze, snoozedUntil: '2026-12-24T09:00' }, now)[0]).toMatchObject({ field: 'snoozedUntil', code: 'invalid_time' });
    expect(snoozeInTheFuture({ ...snooze, snoozedUntil: '<Classify.until>' }, now)).toEqual([]);
  });

  it('is checked by validateConfig on the field, with the snooze time required', () => {
    expect(validateConfig({ ...snooze, snoozedUntil: '1000' }).map((issue) => [issue.field, issue.code])).toEqual([['snoozedUntil', 'time_in_past']]);
    expect(validateConfig({ ...snooze, snoozedUntil: '' }).map((issue) => [issue.field, issue.code])).toEqual([['snoozedUntil', 'required']]);
    expect(validateConfig(snooze)).toEqual([]);
  });

  it('outputs the snoozed conversation', () => {
    expect(conversationSnooze.mapResponse({ type: 'conversation', id: '7', state: 'snoozed' })).toEqual({ conversation: { type: 'conversation', id: '7', state: 'snoozed' } });
  });
});
