import { DAY } from '../seed/time.js';

/**
 * Compares a timestamp with a search value by calendar day (UTC, the sandbox workspace's timezone),
 * as Intercom does: `=` matches the whole day, `>` starts at the next day, `<` ends before that day.
 */
export function compareByDay(actual: number, operator: '=' | '<' | '>', value: number): boolean {
  const dayStart = Math.floor(value / DAY) * DAY;
  switch (operator) {
    case '=':
      return actual >= dayStart && actual < dayStart + DAY;
    case '>':
      return actual >= dayStart + DAY;
    case '<':
      return actual < dayStart;
  }
}
