import { existsSync } from 'node:fs';

// Debian's Chromium, never a downloaded browser; these flags keep it off the closed network.
export const chromiumExecutable = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/**
 * Why Chromium cannot be used, or undefined when its binary is there: a suite that needs it stops with this
 * before it starts anything (a server left listening would keep the process alive).
 */
export function missingChromium(path: string = chromiumExecutable): string | undefined {
  if (existsSync(path)) return undefined;
  return (
    `Chromium was not found at ${path}. Install Debian's (sudo apt-get install -y chromium) ` +
    'or set CHROMIUM_PATH to an existing Chromium binary.'
  );
}
