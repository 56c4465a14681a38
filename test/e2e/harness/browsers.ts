import { existsSync } from 'node:fs';

const INSTALL_HINT =
  'Install it with: apt-get update && apt-get install -y chromium firefox-esr (as root), or set CHROME_PATH / FIREFOX_PATH.';

/** The browser binary, or a failure that says how to get one: e2e tests never skip silently. */
export function browserPath(kind: 'chromium' | 'firefox'): string {
  const fromEnv = kind === 'chromium' ? process.env['CHROME_PATH'] : process.env['FIREFOX_PATH'];
  const candidates =
    kind === 'chromium'
      ? [fromEnv, '/usr/bin/chromium', '/usr/bin/chromium-browser']
      : [fromEnv, '/usr/bin/firefox-esr', '/usr/bin/firefox'];
  const found = candidates.find((p): p is string => typeof p === 'string' && existsSync(p));
  if (!found) throw new Error(`No ${kind} found for the end-to-end tests. ${INSTALL_HINT}`);
  return found;
}
