import { describe, expect, it } from 'vitest';
import { closestName } from './closest-name.js';

describe('closestName', () => {
  it('suggests the nearest name when it is close', () => {
    expect(closestName('nmae', ['name', 'email'])).toBe('name');
    expect(closestName('ticket_type', ['ticket_type_id', 'contacts'])).toBe('ticket_type_id');
    expect(closestName('Email', ['email'])).toBe('email');
  });

  it('suggests nothing when every name is far', () => {
    expect(closestName('zzz', ['name', 'email'])).toBeUndefined();
    expect(closestName('x', [])).toBeUndefined();
  });
});
