/**
 * One small page interface over three engines, so the cross-engine smoke (engines.test.ts) is
 * written once: Firefox through puppeteer-core over WebDriver BiDi (playwright-core cannot drive a
 * stock Firefox), WebKitGTK through its classic WebDriver (WebKitWebDriver + MiniBrowser under
 * Xvfb). Chromium has its own, fuller tests through playwright-core (browser.ts).
 */
import puppeteer, { type Browser as PBrowser, type Page as PPage } from 'puppeteer-core';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findFirefox, findWebKitDriver } from '../../scripts/ensure-browsers.ts';

export type Key = 'Enter' | 'Escape' | 'Tab' | 'ArrowRight' | 'ArrowLeft' | 'ArrowUp' | 'ArrowDown';

export interface SmokePage {
  /** Loads `url` and waits for the load event, then for `idle` ms without requests. */
  goto(url: string, idle?: number): Promise<void>;
  /** Runs `fn` in the page (it may be async) and returns its JSON-able result. */
  evaluate<A extends unknown[], R>(fn: (...args: A) => R, ...args: A): Promise<Awaited<R>>;
  /** A real pointer click in the middle of the first element matching `selector`. */
  click(selector: string): Promise<void>;
  press(key: Key): Promise<void>;
  /** Types text into whatever has focus, a key at a time. */
  type(text: string): Promise<void>;
  url(): Promise<string>;
  /** Errors seen since the last call: console errors, exceptions, failed or off-site requests. */
  takeErrors(): Promise<string[]>;
  /** Closes a second tab, so the first is in front again (a background tab's timers are slowed). */
  close?(): Promise<void>;
}

export interface Engine {
  name: string;
  /**
   * Where the driver cannot see the console (classic WebDriver): loads each URL in a browser of
   * its own that prints its console, and returns the errors by URL. Absent: SmokePage sees them.
   */
  consoleErrors?: (urls: string[]) => Promise<Map<string, string[]>>;
  open(viewport?: { width: number; height: number }): Promise<SmokePage>;
  close(): Promise<void>;
}

/** Local origins the tests serve from; anything else is a request that left the site. */
const LOCAL = /^(https?:\/\/(127\.0\.0\.1|localhost)(:\d+)?\/|file:|data:|blob:|about:)/;

/**
 * Recorded in the page before its own scripts run: CSP violations (Firefox does not pass them to
 * BiDi's log), and resources that failed to load (a missing file:// favicon raises no request
 * event in Firefox). Each becomes a console error, which the engine then reports.
 */
const RECORDER = () => {
  addEventListener('securitypolicyviolation', (e) => {
    console.error(
      `CSP blocked ${e.blockedURI || 'inline'} (${e.violatedDirective}) at ${e.sourceFile}:${e.lineNumber}`,
    );
  });
  addEventListener(
    'error',
    (e) => {
      const t = e.target as (Element & { src?: string; href?: string }) | null;
      if (t && t !== (window as unknown) && t instanceof Element)
        console.error(`failed to load ${t.tagName.toLowerCase()} ${t.src || t.href || ''}`);
    },
    true,
  );
};

// ---- Firefox -----------------------------------------------------------------------------------

export async function launchFirefox(): Promise<Engine> {
  const executablePath = findFirefox();
  if (!executablePath)
    throw new Error('No Firefox found: run `node scripts/ensure-browsers.ts` (npm test does).');
  const browser: PBrowser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath,
    headless: true,
    // No update checks, telemetry or first-run pages: nothing may leave the machine.
    extraPrefsFirefox: {
      'network.captive-portal-service.enabled': false,
      'browser.safebrowsing.update.enabled': false,
    },
  });
  return {
    name: 'Firefox',
    async open(viewport = { width: 1280, height: 900 }) {
      const page = await browser.newPage();
      await page.setViewport(viewport);
      await page.evaluateOnNewDocument(RECORDER);
      return firefoxPage(page);
    },
    close: () => browser.close(),
  };
}

function firefoxPage(page: PPage): SmokePage {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`exception: ${(e as Error).message ?? e}`));
  page.on('request', (r) => {
    if (!LOCAL.test(r.url())) errors.push(`request to another origin: ${r.url()}`);
  });
  page.on('requestfailed', (r) => {
    const why = r.failure()?.errorText ?? '';
    // A load cut short by the next navigation is not a failure.
    if (!/ABORT/i.test(why)) errors.push(`request failed: ${r.url()} ${why}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) errors.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  return {
    goto: async (url, idle) => {
      await page.goto(url, { waitUntil: 'load' });
      // Let what the page fetches after load (the favicon, through the service worker once it
      // controls the page) finish: leaving at once aborts it, which Firefox reports as an error.
      // From disk no worker runs, and nothing is fetched after load unless asked (idle).
      const wait = idle ?? (url.startsWith('file:') ? 0 : 40);
      if (wait) await page.waitForNetworkIdle({ idleTime: wait, timeout: 5_000 }).catch(() => {});
    },
    evaluate: (fn, ...args) => page.evaluate(fn as never, ...args),
    click: (selector) => page.click(selector),
    press: (key) => page.keyboard.press(key),
    type: (text) => page.keyboard.type(text),
    url: () => Promise.resolve(page.url()),
    takeErrors: () => Promise.resolve(errors.splice(0)),
    close: async () => {
      await page.close();
    },
  };
}

// ---- WebKitGTK ---------------------------------------------------------------------------------

export const WEBKIT_DRIVER = findWebKitDriver() ?? '/usr/bin/WebKitWebDriver';
/** Debian's MiniBrowser, which WebKitWebDriver starts (the libwebkit2gtk package ships it). */
export const MINIBROWSER = [
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/libexec/webkit2gtk-4.1/MiniBrowser',
].find((p) => existsSync(p));

export const webkitAvailable = () =>
  existsSync(WEBKIT_DRIVER) &&
  !!MINIBROWSER &&
  (!!process.env.DISPLAY || existsSync('/usr/bin/Xvfb'));

const freePort = () =>
  new Promise<number>((ok) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => ok(port));
    });
  });

/** Starts Xvfb on a free display unless there is a display already; resolves to its name. */
export async function ensureDisplay(): Promise<{ display: string; stop: () => void }> {
  if (process.env.DISPLAY) return { display: process.env.DISPLAY, stop: () => {} };
  const xvfb = spawn(
    '/usr/bin/Xvfb',
    ['-displayfd', '1', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'],
    { stdio: ['ignore', 'pipe', 'ignore'] },
  );
  const number = await new Promise<string>((ok, fail) => {
    xvfb.stdout.once('data', (d) => ok(String(d).trim()));
    xvfb.once('exit', (code) => fail(new Error(`Xvfb exited with ${code}`)));
  });
  return {
    display: `:${number}`,
    stop: () => {
      xvfb.kill();
    },
  };
}

const KEYS: Record<Key, string> = {
  Enter: '\uE007',
  Escape: '\uE00C',
  Tab: '\uE004',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
};

/** WebKitGTK over classic WebDriver: one window, reused by every open(). */
export async function launchWebKit(): Promise<Engine> {
  const { display, stop } = await ensureDisplay();
  const port = await freePort();
  const driver: ChildProcess = spawn(WEBKIT_DRIVER, [`--port=${port}`], {
    env: { ...process.env, DISPLAY: display },
    stdio: 'ignore',
  });
  const base = `http://127.0.0.1:${port}`;
  const call = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(base + path, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? null : JSON.stringify(body),
    });
    const json = (await res.json()) as { value: { error?: string; message?: string } };
    if (json.value && typeof json.value === 'object' && 'error' in json.value && json.value.error)
      throw new Error(`WebDriver ${path}: ${json.value.error}: ${json.value.message}`);
    return json.value;
  };
  for (let i = 0; ; i++) {
    try {
      await call('GET', '/status');
      break;
    } catch (e) {
      if (i > 50) throw e;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  const session = (await call('POST', '/session', {
    capabilities: {
      alwaysMatch: { 'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] } },
    },
  })) as { sessionId: string };
  const s = `/session/${session.sessionId}`;
  const run = async (script: string, args: unknown[]) => {
    const r = (await call('POST', `${s}/execute/async`, {
      script: `const done = arguments[arguments.length - 1];
        Promise.resolve().then(() => (${script}).apply(null, Array.prototype.slice.call(arguments, 0, -1)))
          .then((v) => done({ ok: v === undefined ? null : v }), (e) => done({ error: String(e && e.stack || e) }));`,
      args,
    })) as { ok?: unknown; error?: string };
    if (r.error) throw new Error(r.error);
    return r.ok;
  };
  const keys = (text: string) =>
    call('POST', `${s}/actions`, {
      actions: [
        {
          type: 'key',
          id: 'keyboard',
          actions: [...text].flatMap((k) => [
            { type: 'keyDown', value: k },
            { type: 'keyUp', value: k },
          ]),
        },
      ],
    });
  const page: SmokePage = {
    goto: async (url, idle = 0) => {
      await call('POST', `${s}/url`, { url });
      if (idle) await new Promise((r) => setTimeout(r, idle));
      // From here on, what the page can observe of its own errors is kept for takeErrors().
      await run(
        String(() => {
          const w = window as unknown as { __smokeErrors?: string[] };
          if (w.__smokeErrors) return;
          const errors: string[] = (w.__smokeErrors = []);
          addEventListener(
            'error',
            (e) => {
              const t = e.target as (Element & { src?: string; href?: string }) | null;
              errors.push(
                t instanceof Element
                  ? `failed to load ${t.tagName.toLowerCase()} ${t.src || t.href || ''}`
                  : `exception: ${e.message}`,
              );
            },
            true,
          );
          addEventListener('unhandledrejection', (e) =>
            errors.push(`unhandled rejection: ${e.reason}`),
          );
          addEventListener('securitypolicyviolation', (e) =>
            errors.push(`CSP blocked ${e.blockedURI || 'inline'} (${e.violatedDirective})`),
          );
          const error = console.error.bind(console);
          console.error = (...args: unknown[]) => {
            errors.push(`console: ${args.map(String).join(' ')}`);
            error(...args);
          };
        }),
        [],
      );
    },
    evaluate: (fn, ...args) => run(String(fn), args) as never,
    // A pointer click at the element's centre: WebKit's driver refuses element clicks on SVG groups.
    click: async (selector) => {
      const at = (await run(
        String((sel: string) => {
          const el = document.querySelector(sel);
          if (!el) throw new Error(`no element matches ${sel}`);
          el.scrollIntoView({ block: 'center', inline: 'center' });
          const r = el.getBoundingClientRect();
          return { x: Math.round(r.left + r.width / 2), y: Math.round(r.top + r.height / 2) };
        }),
        [selector],
      )) as { x: number; y: number };
      await call('POST', `${s}/actions`, {
        actions: [
          {
            type: 'pointer',
            id: 'mouse',
            parameters: { pointerType: 'mouse' },
            actions: [
              { type: 'pointerMove', origin: 'viewport', x: at.x, y: at.y },
              { type: 'pointerDown', button: 0 },
              { type: 'pointerUp', button: 0 },
            ],
          },
        ],
      });
      await call('DELETE', `${s}/actions`);
    },
    press: async (key) => {
      await keys(KEYS[key]);
    },
    type: async (text) => {
      await keys(text);
    },
    url: async () => call('GET', `${s}/url`) as Promise<string>,
    // Classic WebDriver cannot see the console: what the page itself observes stands in (errors
    // since goto, failed images, responses with an error status); consoleErrors() covers loads.
    takeErrors: async () =>
      run(
        String(() => {
          const out: string[] =
            (window as unknown as { __smokeErrors?: string[] }).__smokeErrors?.splice(0) ?? [];
          for (const img of document.images)
            if (img.complete && img.naturalWidth === 0) out.push(`failed to load img ${img.src}`);
          for (const r of performance.getEntriesByType('resource') as PerformanceResourceTiming[]) {
            if ((r.responseStatus ?? 0) >= 400) out.push(`HTTP ${r.responseStatus}: ${r.name}`);
          }
          return out;
        }),
        [],
      ) as Promise<string[]>,
  };
  return {
    name: 'WebKit',
    consoleErrors: (urls) => minibrowserConsole(urls, display),
    async open(viewport = { width: 1280, height: 900 }) {
      await call('POST', `${s}/window/rect`, { width: viewport.width, height: viewport.height });
      return page;
    },
    async close() {
      await call('DELETE', s).catch(() => {});
      driver.kill();
      stop();
    },
  };
}

/**
 * MiniBrowser prints a page's console on stdout (a WebKitGTK setting), but not in automation
 * mode: so each URL is loaded by a MiniBrowser of its own that quits after the load, a few at a
 * time, each slot with its own profile folder.
 */
async function minibrowserConsole(
  urls: string[],
  display: string,
  parallel = 4,
): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  const profiles = Array.from({ length: parallel }, () =>
    mkdtempSync(join(tmpdir(), 'minibrowser-')),
  );
  const queue = [...urls];
  const load = (url: string, profile: string) =>
    new Promise<void>((done) => {
      const env = {
        ...process.env,
        DISPLAY: display,
        XDG_DATA_HOME: profile,
        XDG_CACHE_HOME: profile,
        XDG_CONFIG_HOME: profile,
      };
      const child = spawn(
        MINIBROWSER!,
        ['--exit-after-load', '--enable-write-console-messages-to-stdout=true', url],
        { env, stdio: ['ignore', 'pipe', 'pipe'] },
      );
      let text = '';
      child.stdout.on('data', (d) => {
        text += d;
      });
      child.stderr.on('data', (d) => {
        text += d;
      });
      const timer = setTimeout(() => {
        text += '\nCONSOLE ERROR (test) the page did not finish loading in 30 s';
        child.kill();
      }, 30_000);
      child.on('exit', () => {
        clearTimeout(timer);
        out.set(
          url,
          text
            .split('\n')
            .filter((l) => /CONSOLE\b.*\bERROR\b/.test(l))
            .map((l) => l.trim()),
        );
        done();
      });
    });
  await Promise.all(
    profiles.map(async (profile) => {
      for (let url = queue.shift(); url; url = queue.shift()) await load(url, profile);
    }),
  );
  for (const p of profiles) rmSync(p, { recursive: true, force: true });
  return out;
}
