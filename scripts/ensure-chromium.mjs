// The browser tests drive Debian's Chromium through playwright-core (browsers cannot be
// downloaded here). Finds it, installs it with apt-get when running as root, or says what to do.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM_CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function findChromium() {
  return CHROMIUM_CANDIDATES.find((p) => p && existsSync(p));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (findChromium()) process.exit(0);
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = (() => { try { execSync('command -v apt-get', { stdio: 'ignore' }); return true; } catch { return false; } })();
  if (root && hasApt) {
    console.log('Chromium not found: installing Debian\'s chromium with apt-get ...');
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core', { stdio: 'inherit' });
    if (findChromium()) process.exit(0);
  }
  console.error([
    'The browser tests need Chromium and none was found.',
    'Install it, e.g. on Debian or Ubuntu: sudo apt-get install -y chromium',
    'or point CHROMIUM_PATH at a Chromium or Chrome binary, then run the tests again.',
  ].join('\n'));
  process.exit(1);
}
