/** A throwaway copy of the project (sources only, packages linked) to build in isolation. */
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { PROJECT_FILES } from '../../scripts/project-files.ts';

const root = resolve('.');

export interface Built {
  dir: string;
  status: number | null;
  output: string;
  cleanup: () => void;
}

/** Copies the project, lets `change` edit the copy, runs `astro build` there. */
export function buildCopy(
  change: (dir: string) => void = () => {},
  env: Record<string, string> = {},
): Built {
  const dir = copyProject(change);
  const r = run(dir, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], env);
  return { dir, status: r.status, output: r.output, cleanup: () => removeCopy(dir) };
}

export function removeCopy(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/**
 * A copy of the project's sources in `dir` (a new temporary folder by default), edited by `change`.
 * node_modules is a real folder of links to the project's packages without its dot-folders, so the
 * caches Astro, Vite and the content check keep there (.astro, .vite, .cache) belong to the copy:
 * a copy never reads or overwrites the real project's content cache.
 */
export function copyProject(
  change: (dir: string) => void = () => {},
  dir = mkdtempSync(join(tmpdir(), 'idlib-build-')),
): string {
  mkdirSync(dir, { recursive: true });
  for (const f of PROJECT_FILES)
    if (existsSync(join(root, f))) cpSync(join(root, f), join(dir, f), { recursive: true });
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(join(root, 'node_modules'))) {
    if (!name.startsWith('.'))
      symlinkSync(join(root, 'node_modules', name), join(dir, 'node_modules', name), 'dir');
  }
  change(dir);
  return dir;
}

/** Runs a Node script in a project copy; stdout and stderr together. */
export function run(
  dir: string,
  args: string[],
  env: Record<string, string> = {},
): { status: number | null; stdout: string; output: string } {
  const r = spawnSync(process.execPath, args, {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', GITHUB_ACTIONS: '', ...env },
  });
  return { status: r.status, stdout: r.stdout, output: `${r.stdout}\n${r.stderr}` };
}
