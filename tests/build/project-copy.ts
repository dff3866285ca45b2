/** A throwaway copy of the project (sources only, node_modules linked) to build in isolation. */
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';

const root = resolve('.');
const PARTS = ['src', 'public', 'integrations', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

export interface Built { dir: string; status: number | null; output: string; cleanup: () => void }

/** Copies the project, lets `change` edit the copy, runs `astro build` there. */
export function buildCopy(change: (dir: string) => void = () => {}, env: Record<string, string> = {}): Built {
  const dir = mkdtempSync(join(tmpdir(), 'idlib-build-'));
  for (const f of PARTS) if (existsSync(join(root, f))) cpSync(join(root, f), join(dir, f), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  change(dir);
  const r = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: dir, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', ...env },
  });
  return { dir, status: r.status, output: `${r.stdout}\n${r.stderr}`, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
