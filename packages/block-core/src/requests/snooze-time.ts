import { containsReference } from '../schemas/reference-string.js';
import { quoteValue } from '../text/quote.js';
import { IntercomRequestError } from './request-error.js';

/** A snooze time read from the `snoozedUntil` field: Unix seconds, or why the text is not a time. */
export type SnoozeTime = { ok: true; seconds: number } | { ok: false; code: 'invalid_time'; message: string };

const UNIX_SECONDS = /^\d{1,11}$/;
const ISO_WITH_OFFSET = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const EXAMPLES = 'an ISO 8601 date-time with its offset, such as 2030-12-24T09:00:00+01:00, or Unix seconds such as 1924329600';

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * Reads a snooze time as Intercom wants it (Unix seconds). Accepts Unix seconds (digits) or an ISO 8601
 * date-time with an offset (`Z` or `±hh:mm`): without an offset the moment would depend on where the run happens.
 * @example readSnoozeTime('2026-12-24T09:00:00+01:00') // { ok: true, seconds: 1798099200 }
 */
export function readSnoozeTime(text: string): SnoozeTime {
  const trimmed = text.trim();
  if (UNIX_SECONDS.test(trimmed)) return { ok: true, seconds: Number(trimmed) };
  if (/^\d{12,}$/.test(trimmed)) {
    return { ok: false, code: 'invalid_time', message: `${trimmed} looks like milliseconds; give Unix seconds (${trimmed.slice(0, 10)}…) or an ISO 8601 date-time.` };
  }
  const match = ISO_WITH_OFFSET.exec(trimmed);
  if (!match) {
    const noOffset = /^\d{4}-\d{2}-\d{2}(T[\d:.]+)?$/.test(trimmed);
    return {
      ok: false,
      code: 'invalid_time',
      message: noOffset ? `Add the time zone offset (Z for UTC, or e.g. +01:00), so the snooze ends at the same moment wherever the run happens: ${EXAMPLES}.` : `${quoteValue(trimmed)} is not a time: give ${EXAMPLES}.`,
    };
  }
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map((part) => Number(part ?? 0)) as [number, number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month) || hour > 23 || minute > 59 || second > 59) {
    return { ok: false, code: 'invalid_time', message: `${quoteValue(trimmed)} is not a date that exists: give ${EXAMPLES}.` };
  }
  return { ok: true, seconds: Math.floor(Date.parse(trimmed) / 1000) };
}

/**
 * `snoozedUntil` as Intercom takes it (Unix seconds): an ISO time is converted here, so what is sent is one moment
 * everywhere. A reference not yet resolved (a request preview) is shown as written.
 * @throws IntercomRequestError on `snoozedUntil` when the text is not a time
 */
export function snoozeSeconds(text: string): number | string {
  if (containsReference(text)) return text;
  const until = readSnoozeTime(text);
  if (!until.ok) throw new IntercomRequestError(until.message, 'snoozedUntil');
  return until.seconds;
}
