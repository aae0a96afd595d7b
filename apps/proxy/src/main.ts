import { parseProxyConfig } from './config.js';
import { describeStartup } from './describe-startup.js';
import { createRunLogger } from './run-logger.js';
import { startProxyApp, type RunningProxyApp } from './start-proxy-app.js';

const log = (line: string) => console.log(`[proxy] ${line}`);
function fail(line: string): never {
  console.error(`[proxy] ${line}`);
  process.exit(1);
}

const parsed = parseProxyConfig(process.env);
if (!parsed.ok) {
  for (const error of parsed.errors) console.error(`[proxy] ${error}`);
  process.exit(1);
}

let app: RunningProxyApp;
try {
  app = await startProxyApp(parsed.config, log, createRunLogger());
} catch (error) {
  fail(`could not start: ${error instanceof Error ? error.message : String(error)}`);
}
for (const line of describeStartup(parsed.config, app)) log(line);

const stop = () => {
  void app.close().finally(() => process.exit(0));
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
