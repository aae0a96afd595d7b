import { expect, type APIRequestContext } from 'playwright/test';
import { ports, sandboxToken, url } from './stack.js';

/** Restores the embedded sandbox's seed data and removes its faults, through its test-control route. */
export async function resetSandbox(request: APIRequestContext): Promise<void> {
  const response = await request.post(`${url(ports.sandbox)}/__sandbox/reset`, {
    headers: { Authorization: `Bearer ${sandboxToken}` },
  });
  expect(response.status(), 'the sandbox accepts the reset').toBe(200);
}
