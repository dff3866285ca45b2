// The browser tests drive Chromium (playwright-core) and Firefox (puppeteer-core over WebDriver
// BiDi); browsers cannot be downloaded here, so they come from the system. This finds them,
// installs Debian's packages with apt-get when running as root, or says what to install.
// `npm test` runs it first, so a missing browser stops the run at once and not minutes in.
import { execSync } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const env = process.env;
/** Windows install roots; absent elsewhere. */
const winRoots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter(
  (root): root is string => !!root,
);

export const CHROMIUM_CANDIDATES = [
  env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  env.HOME && join(env.HOME, 'Applications/Google Chrome.app/Contents/MacOS/Google Chrome'),
  ...winRoots.flatMap((root) => [
    join(root, 'Google/Chrome/Application/chrome.exe'),
    join(root, 'Chromium/Application/chrome.exe'),
  ]),
];

/** Chromium's flags for a quiet headless run (the tests, the bench): no sandbox, GPU or background traffic. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export const FIREFOX_CANDIDATES = [
  env.FIREFOX_PATH,
  '/usr/bin/firefox-esr',
  '/usr/bin/firefox',
  '/Applications/Firefox.app/Contents/MacOS/firefox',
  env.HOME && join(env.HOME, 'Applications/Firefox.app/Contents/MacOS/firefox'),
  ...winRoots.map((root) => join(root, 'Mozilla Firefox/firefox.exe')),
];

const first = (candidates: readonly (string | undefined)[]): string | undefined =>
  candidates.find((p) => p && existsSync(p));
export const findChromium = () => first(CHROMIUM_CANDIDATES);
export const findFirefox = () => first(FIREFOX_CANDIDATES);

/** What each browser is called, where to point at one, and Debian's package for it. */
const BROWSERS = [
  {
    name: 'Chromium',
    find: findChromium,
    variable: 'CHROMIUM_PATH',
    apt: 'chromium',
    other: 'a Chromium or Chrome binary',
  },
  {
    name: 'Firefox',
    find: findFirefox,
    variable: 'FIREFOX_PATH',
    apt: 'firefox-esr',
    other: 'a Firefox binary',
  },
];

/** True when this file is the script node was asked to run, however the path is spelt. */
function isMain() {
  if (!process.argv[1]) return false;
  try {
    return realpathSync(fileURLToPath(import.meta.url)) === realpathSync(process.argv[1]);
  } catch {
    return false;
  }
}

function ensure() {
  const found = () =>
    console.log(
      `Browsers for the tests: ${BROWSERS.map((b) => `${b.name} at ${b.find()}`).join(', ')}`,
    );
  let missing = BROWSERS.filter((b) => !b.find());
  if (!missing.length) return (found(), 0);
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = (() => {
    try {
      execSync('command -v apt-get', { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  })();
  if (root && hasApt) {
    const packages = missing.map((b) => b.apt).join(' ');
    console.log(
      `${missing.map((b) => b.name).join(' and ')} not found: installing Debian's ${packages} with apt-get ...`,
    );
    execSync(
      `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${packages} fonts-dejavu-core`,
      { stdio: 'inherit' },
    );
    missing = missing.filter((b) => !b.find());
    if (!missing.length) return (found(), 0);
  }
  console.error(
    [
      `The browser tests need ${missing.map((b) => b.name).join(' and ')}, and none was found.`,
      `Install it, e.g. on Debian or Ubuntu: sudo apt-get install -y ${missing.map((b) => b.apt).join(' ')}`,
      ...missing.map((b) => `or point ${b.variable} at ${b.other},`),
      'then run the tests again.',
    ].join('\n'),
  );
  return 1;
}

/**
 * The optional WebKit run (npm run test:webkit): Debian's WebKitGTK driver, which brings
 * MiniBrowser, and Xvfb for a display. Installed the same way; never needed by npm test.
 */
export const findWebKitDriver = () => first([env.WEBKIT_DRIVER_PATH, '/usr/bin/WebKitWebDriver']);
const findXvfb = () => (env.DISPLAY ? 'the display ' + env.DISPLAY : first(['/usr/bin/Xvfb']));

function ensureWebKit() {
  const missing = () =>
    (
      [
        [findWebKitDriver, 'webkit2gtk-driver'],
        [findXvfb, 'xvfb'],
      ] as const
    )
      .filter(([find]) => !find())
      .map(([, apt]) => apt);
  if (!missing().length)
    return (console.log(`WebKit for the tests: ${findWebKitDriver()}, ${findXvfb()}`), 0);
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (root) {
    try {
      execSync('command -v apt-get', { stdio: 'ignore' });
      console.log(`Installing Debian's ${missing().join(' ')} with apt-get for the WebKit run ...`);
      execSync(
        `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${missing().join(' ')}`,
        { stdio: 'inherit' },
      );
      if (!missing().length) return 0;
    } catch {
      /* no apt-get: say what to install */
    }
  }
  console.error(
    [
      "The WebKit run (optional; npm test does not need it) uses Debian's WebKitGTK WebDriver and Xvfb.",
      `Install them, e.g. on Debian or Ubuntu: sudo apt-get install -y ${missing().join(' ')}`,
      'then run npm run test:webkit again.',
    ].join('\n'),
  );
  return 1;
}

if (isMain()) process.exit(process.argv.includes('--webkit') ? ensureWebKit() : ensure());
