import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: three levels above this file (packages/test-support/src). */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/**
 * Where the official Intercom 2.16 description lives: `shared/` beside the repository, never a copy inside it.
 * `INTERCOM_OPENAPI_SPEC` overrides the location.
 */
export function intercomSpecPath(): string {
  const path = process.env.INTERCOM_OPENAPI_SPEC ?? resolve(repoRoot, '../shared/intercom-openapi/api.intercom.io.yaml');
  if (!existsSync(path)) {
    throw new Error(`Intercom OpenAPI description not found at ${path}: check out shared/ beside the repository.`);
  }
  return path;
}
