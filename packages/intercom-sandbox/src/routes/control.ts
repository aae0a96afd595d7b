import type { SandboxApp } from '../http/env.js';
import { invalidParameter, missingParameter, resourceNotFound } from '../http/errors.js';
import { jsonResponse, readJsonObject } from '../http/json.js';
import type { SandboxFaults } from '../faults/fault-injector.js';
import { validateRateLimitSetting, type RateLimitSetting } from '../http/rate-limit.js';
import type { CallStats } from '../stats/call-stats.js';

/** The `/__sandbox` prefix of the test-control routes (no token, never faulted, never rate limited, never counted). */
export const CONTROL_PREFIX = '/__sandbox/';

export interface ControlRouteParts {
  faults: SandboxFaults;
  reset: () => void;
  stats: CallStats;
  /** Revokes every token of a workspace; false for an unknown workspace. */
  revokeTokens: (workspaceId: string) => boolean;
  /** Sets every workspace's rate limit. */
  setRateLimit: (setting: RateLimitSetting) => void;
}

/** HTTP control for end-to-end tests: reset the data, add or clear faults, revoke a workspace's tokens, set the rate limit, read call counts. */
export function registerControlRoutes(app: SandboxApp, parts: ControlRouteParts): void {
  const { faults } = parts;
  const faultList = () => ({ type: 'sandbox.fault_list', faults: faults.list() });

  app.post('/__sandbox/reset', (c) => {
    parts.reset();
    return jsonResponse(c, { type: 'sandbox.reset', ok: true });
  });
  app.get('/__sandbox/faults', (c) => jsonResponse(c, faultList()));
  app.post('/__sandbox/faults', async (c) => {
    const body = await readJsonObject(c);
    try {
      faults.add(body as never);
    } catch (error) {
      throw invalidParameter(error instanceof Error ? error.message : String(error));
    }
    return jsonResponse(c, faultList());
  });
  app.delete('/__sandbox/faults', (c) => {
    faults.clear();
    return jsonResponse(c, faultList());
  });

  app.post('/__sandbox/tokens/revoke', async (c) => {
    const { workspace } = await readJsonObject(c);
    if (typeof workspace !== 'string' || workspace === '') throw missingParameter('workspace (an app.id_code) is required');
    if (!parts.revokeTokens(workspace)) throw resourceNotFound(`Workspace ${workspace} not found`);
    return jsonResponse(c, { type: 'sandbox.tokens_revoked', workspace });
  });

  app.post('/__sandbox/rate-limit', async (c) => {
    let setting: RateLimitSetting;
    try {
      setting = validateRateLimitSetting(await readJsonObject(c));
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
      throw invalidParameter(error.message);
    }
    parts.setRateLimit(setting);
    return jsonResponse(c, { type: 'sandbox.rate_limit', ...setting });
  });

  app.get('/__sandbox/stats', (c) => jsonResponse(c, parts.stats.snapshot()));
  app.delete('/__sandbox/stats', (c) => {
    parts.stats.reset();
    return jsonResponse(c, parts.stats.snapshot());
  });
}
