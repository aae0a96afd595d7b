/**
 * A wait in words for messages: milliseconds below a second, else seconds to one decimal.
 * @example formatDuration(1500) // '1.5 s'
 */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${ms} ms`;
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}
