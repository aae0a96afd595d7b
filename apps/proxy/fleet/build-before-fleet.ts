// Vitest global setup of the fleet tests: they start the built proxy and sandbox as processes, so the build is
// brought up to date first (tsc -b is incremental: a no-op when nothing changed, as after `npm test`'s typecheck).
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export default function setup(): void {
  const root = fileURLToPath(new URL('../../../', import.meta.url));
  execFileSync(join(root, 'node_modules/.bin/tsc'), ['-b', 'apps/proxy/tsconfig.lib.json', 'packages/intercom-sandbox/tsconfig.lib.json'], { cwd: root, stdio: 'inherit' });
}
