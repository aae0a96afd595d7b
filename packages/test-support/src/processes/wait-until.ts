/**
 * Polls a condition until it holds, for what a test must wait for (a server restarted, a state shared), never to
 * time anything: the bound is generous and only turns a hang into a clear failure.
 * @param check - true (or a value other than false and undefined) when done; its value is returned.
 * @param what - says what was awaited, for the error.
 */
export async function waitUntil<T>(check: () => T | Promise<T>, what: string, options: { timeoutMs?: number; intervalMs?: number } = {}): Promise<Exclude<T, false | undefined>> {
  const { timeoutMs = 30_000, intervalMs = 50 } = options;
  const until = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value !== false && value !== undefined) return value as Exclude<T, false | undefined>;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() >= until) {
      const cause = lastError instanceof Error ? ` (last error: ${lastError.message})` : '';
      throw new Error(`Gave up waiting ${timeoutMs} ms for ${what}${cause}`);
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
