/**
 * A contact id shaped like Intercom's (24 hex characters, timestamp first), derived from a counter
 * so that ids are the same on every start.
 */
export function contactObjectId(createdAt: number, counter: number): string {
  return createdAt.toString(16).padStart(8, '0').slice(-8) + 'c0ffee' + counter.toString(16).padStart(10, '0');
}
