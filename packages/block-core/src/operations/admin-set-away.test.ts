import { describe, expect, it } from 'vitest';
import { validateConfig } from '../validation/validate-config.js';
import { adminSetAway } from './admin-set-away.js';

const away = { resource: 'admin', operation: 'setAway', adminId: '991267', awayMode: 'on' };

describe('admin.setAway', () => {
  it('sends both flags Intercom requires, reassign off unless asked', () => {
    expect(adminSetAway.buildRequest(away)).toEqual({ pathParams: { admin_id: '991267' }, body: { away_mode_enabled: true, away_mode_reassign: false } });
    expect(adminSetAway.buildRequest({ ...away, awayMode: 'off', awayReassign: 'yes' }).body).toEqual({ away_mode_enabled: false, away_mode_reassign: true });
  });

  it('needs the admin and the away mode, with no fallback to the connected admin', () => {
    expect(validateConfig({ resource: 'admin', operation: 'setAway' }).map((issue) => [issue.field, issue.code])).toEqual([
      ['adminId', 'required'],
      ['awayMode', 'required'],
    ]);
    expect(validateConfig(away)).toEqual([]);
    expect(validateConfig({ ...away, awayMode: 'maybe' }).map((issue) => issue.code)).toEqual(['invalid_option']);
  });

  it('outputs the admin as Intercom answers it', () => {
    const admin = { type: 'admin', id: '991267', away_mode_enabled: true, away_mode_reassign: false };
    expect(adminSetAway.mapResponse(admin)).toEqual({ admin });
  });
});
