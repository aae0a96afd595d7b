// The standalone sandbox: `node dist/serve.js` (or `pnpm --filter @workflow-blocks/intercom-sandbox start`) serves
// it on PORT (default 4010) until SIGINT or SIGTERM.
import { serveStandalone } from './standalone/serve-standalone.js';
import { parseStandaloneConfig } from './standalone/standalone-config.js';

const parsed = parseStandaloneConfig(process.env);
if (!parsed.ok) {
  for (const error of parsed.errors) console.error(`[sandbox] ${error}`);
  process.exit(1);
}
const server = await serveStandalone(parsed.config, (line) => console.log(`[sandbox] ${line}`));
const stop = () => void server.close().finally(() => process.exit(0));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
