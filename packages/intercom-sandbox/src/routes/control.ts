import type { SandboxApp } from '../http/env.js';
import { invalidParameter } from '../http/errors.js';
import { jsonResponse, readJsonObject } from '../http/json.js';
import type { SandboxFaults } from '../faults/fault-injector.js';

/** The `/__sandbox` prefix of the test-control routes (never faulted, never rate limited). */
export const CONTROL_PREFIX = '/__sandbox/';

/** HTTP control for end-to-end tests: reset the data, add or clear faults (the sandbox token is required). */
export function registerControlRoutes(app: SandboxApp, faults: SandboxFaults, reset: () => void): void {
  const faultList = () => ({ type: 'sandbox.fault_list', faults: faults.list() });

  app.post('/__sandbox/reset', (c) => {
    reset();
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
}
