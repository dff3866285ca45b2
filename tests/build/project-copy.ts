/** A throwaway copy of the project (sources only, node_modules linked) to build in isolation. */
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';

const root = resolve('.');
const PARTS = ['src', 'public', 'integrations', 'scripts', 'docs', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

export interface Built { dir: string; status: number | null; output: string; cleanup: () => void }

/** Copies the project, lets `change` edit the copy, runs `astro build` there. */
export function buildCopy(change: (dir: string) => void = () => {}, env: Record<string, string> = {}): Built {
  const dir = copyProject(change);
  const r = run(dir, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], env);
  return { dir, status: r.status, output: r.output, cleanup: () => removeCopy(dir) };
}

/** Removes a copy and the content-check bundle it left in the shared node_modules/.cache. */
export function removeCopy(dir: string): void {
  rmSync(join(root, 'node_modules/.cache/idlib-check', createHash('sha256').update(`${dir}/`).digest('hex').slice(0, 12)), { recursive: true, force: true });
  rmSync(dir, { recursive: true, force: true });
}

/** A copy of the project's sources in a temporary folder, edited by `change`. */
export function copyProject(change: (dir: string) => void = () => {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'idlib-build-'));
  for (const f of PARTS) if (existsSync(join(root, f))) cpSync(join(root, f), join(dir, f), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  change(dir);
  return dir;
}

/** Runs a Node script in a project copy; stdout and stderr together. */
export function run(dir: string, args: string[], env: Record<string, string> = {}): { status: number | null; stdout: string; output: string } {
  const r = spawnSync(process.execPath, args, { cwd: dir, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', GITHUB_ACTIONS: '', ...env } });
  return { status: r.status, stdout: r.stdout, output: `${r.stdout}\n${r.stderr}` };
}
