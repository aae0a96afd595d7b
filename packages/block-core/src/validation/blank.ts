/** Whether a field value counts as not filled in: absent, null, or only whitespace. */
export function isBlankValue(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}
