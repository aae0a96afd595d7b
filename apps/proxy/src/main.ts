import { parseProxyConfig } from './config.js';
import { describeStartup } from './describe-startup.js';
import { startProxyApp } from './start-proxy-app.js';

const log = (line: string) => console.log(`[proxy] ${line}`);

const parsed = parseProxyConfig(process.env);
if (!parsed.ok) {
  for (const error of parsed.errors) console.error(`[proxy] ${error}`);
  process.exit(1);
}

const app = await startProxyApp(parsed.config, log);
for (const line of describeStartup(parsed.config, app)) log(line);

const stop = () => {
  void app.close().finally(() => process.exit(0));
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
