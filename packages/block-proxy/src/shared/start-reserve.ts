/**
 * Call starts already counted in the shared window ahead of need (spares), each batch usable until its own
 * deadline: the limiter hands them out without a round trip to the shared state. The shared state counts a spare
 * as if it started at its deadline, so one used late never lets the window hold more than the limit.
 */
export class StartReserve {
  /** Oldest first; deadlines are this instance's clock. */
  private batches: { count: number; until: number }[] = [];

  add(count: number, until: number): void {
    if (count <= 0) return;
    // Kept in deadline order: two asks in flight may answer in either order.
    const at = this.batches.findIndex((batch) => batch.until > until);
    this.batches.splice(at < 0 ? this.batches.length : at, 0, { count, until });
  }

  /** Takes up to `wanted` spares still usable at `now`, the soonest to expire first. */
  take(wanted: number, now: number): number {
    this.dropExpired(now);
    let taken = 0;
    while (taken < wanted && this.batches.length > 0) {
      const batch = this.batches[0]!;
      const n = Math.min(batch.count, wanted - taken);
      batch.count -= n;
      taken += n;
      if (batch.count === 0) this.batches.shift();
    }
    return taken;
  }

  /** How many are still usable at `now`. */
  size(now: number): number {
    this.dropExpired(now);
    return this.batches.reduce((sum, batch) => sum + batch.count, 0);
  }

  /** Forgets them all (the window is spent, or the shared state is gone): they were counted, they are not used. */
  clear(): void {
    this.batches = [];
  }

  private dropExpired(now: number): void {
    while (this.batches.length > 0 && this.batches[0]!.until <= now) this.batches.shift();
  }
}
