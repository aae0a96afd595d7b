import { describe, expect, it } from 'vitest';
import { StartReserve } from './start-reserve.js';

describe('StartReserve', () => {
  it('hands out spares until their deadline, the soonest to expire first', () => {
    const reserve = new StartReserve();
    reserve.add(3, 1_200);
    reserve.add(2, 1_100);
    expect(reserve.size(1_000)).toBe(5);
    expect(reserve.take(2, 1_000)).toBe(2);
    // The two taken were the batch ending at 1,100: the three ending at 1,200 remain.
    expect(reserve.size(1_150)).toBe(3);
    expect(reserve.take(10, 1_150)).toBe(3);
    expect(reserve.take(1, 1_150)).toBe(0);
  });

  it('never hands out a spare at or after its deadline', () => {
    const reserve = new StartReserve();
    reserve.add(4, 1_000);
    expect(reserve.take(1, 1_000)).toBe(0);
    expect(reserve.size(999)).toBe(0);
  });

  it('forgets everything on clear, and ignores empty batches', () => {
    const reserve = new StartReserve();
    reserve.add(0, 5_000);
    reserve.add(2, 5_000);
    reserve.clear();
    expect(reserve.take(5, 0)).toBe(0);
  });
});
