/** The browser finder runs as a script from any path, and does nothing when imported. */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CHROMIUM_CANDIDATES, FIREFOX_CANDIDATES } from '../../scripts/ensure-browsers.ts';

const script = resolve('scripts/ensure-browsers.ts');
const run = (file: string, cwd: string) =>
  spawnSync(process.execPath, [file], { cwd, encoding: 'utf8' });

describe('ensure-browsers', () => {
  it('runs from a path with spaces and non-ASCII letters, directly, relatively and through a symlink', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ensure browsers ü-'));
    try {
      const inner = join(dir, 'scrïpts dir');
      mkdirSync(inner);
      copyFileSync(script, join(inner, 'ensure-browsers.ts'));
      symlinkSync(join(inner, 'ensure-browsers.ts'), join(dir, 'linked.ts'));
      for (const [file, cwd] of [
        [join(inner, 'ensure-browsers.ts'), tmpdir()],
        ['scrïpts dir/ensure-browsers.ts', dir],
        ['linked.ts', dir],
      ] as const) {
        const r = run(file, cwd);
        // Either it found both browsers or it says what to install: never silent.
        expect(`${r.stdout}${r.stderr}`, file).toMatch(
          /Browsers for the tests: Chromium at .+, Firefox at .+|The browser tests need/,
        );
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('knows the usual Chrome, Chromium and Firefox locations on Linux and macOS', () => {
    expect(CHROMIUM_CANDIDATES).toContain('/usr/bin/chromium');
    expect(CHROMIUM_CANDIDATES).toContain(
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    );
    expect(FIREFOX_CANDIDATES).toContain('/usr/bin/firefox-esr');
    expect(FIREFOX_CANDIDATES).toContain('/Applications/Firefox.app/Contents/MacOS/firefox');
  });

  it('knows the Windows locations from the environment', () => {
    const r = spawnSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import('${script.replace(/\\/g, '/')}').then((m) => console.log(JSON.stringify([m.CHROMIUM_CANDIDATES, m.FIREFOX_CANDIDATES])))`,
      ],
      {
        encoding: 'utf8',
        env: {
          ...process.env,
          PROGRAMFILES: 'C:\\Program Files',
          LOCALAPPDATA: 'C:\\Users\\a\\AppData\\Local',
        },
      },
    );
    const [chromium, firefox] = JSON.parse(r.stdout) as string[][];
    expect(
      chromium!.some((p) => p?.startsWith('C:\\Program Files') && p.endsWith('chrome.exe')),
    ).toBe(true);
    expect(
      chromium!.some(
        (p) => p?.startsWith('C:\\Users\\a\\AppData\\Local') && p.includes('Chromium'),
      ),
    ).toBe(true);
    expect(
      firefox!.some((p) => p?.startsWith('C:\\Program Files') && p.endsWith('firefox.exe')),
    ).toBe(true);
    // Imported, it only exports: nothing printed, nothing installed.
    expect(r.stdout.split('\n').filter(Boolean)).toHaveLength(1);
  });
});
