/**
 * When each content file first appeared and last changed, from git: the Atom feeds' `published`
 * and `updated`. Commit dates only (never the file system's times, never today), so one commit
 * always gives the same feed. Outside a git checkout, or for a file not yet committed, the
 * caller's fallback (the build date) stands in. A shallow clone knows only its own commits.
 */
import { execFileSync } from 'node:child_process';
import { dirname } from 'node:path';

export interface FileDates {
  /** RFC 3339 in UTC, e.g. "2026-11-24T09:30:00Z": the first commit with the file. */
  published: string;
  /** The last commit that changed it. */
  updated: string;
}

const SEPARATOR = '\x1e';
/** "2026-11-24T10:30:00+01:00" as "2026-11-24T09:30:00Z". */
const utc = (iso: string) => new Date(iso).toISOString().replace(/\.\d{3}Z$/, 'Z');

/**
 * Reads `git log --format=<RS>%cI --name-only` output (newest commit first): for each file, the
 * newest commit that names it is its update, the oldest its publication.
 */
export function parseGitLog(log: string): Map<string, FileDates> {
  const dates = new Map<string, FileDates>();
  for (const chunk of log.split(SEPARATOR)) {
    const [date, ...files] = chunk
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    if (!date) continue;
    const when = utc(date);
    for (const file of files) {
      const known = dates.get(file);
      if (known) known.published = when;
      else dates.set(file, { published: when, updated: when });
    }
  }
  return dates;
}

/** Dates for the given files (paths relative to `cwd`); files git does not know are left out. */
export function gitFileDates(files: string[], cwd = process.cwd()): Map<string, FileDates> {
  if (!files.length) return new Map();
  const folders = [...new Set(files.map((f) => dirname(f)))].sort();
  try {
    const log = execFileSync(
      'git',
      [
        'log',
        '--no-renames',
        `--format=${SEPARATOR}%cI`,
        '--name-only',
        '--relative',
        '--',
        ...folders,
      ],
      { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 },
    );
    const all = parseGitLog(log);
    const wanted = new Set(files);
    return new Map([...all].filter(([f]) => wanted.has(f)));
  } catch {
    return new Map(); // not a git checkout, or no git
  }
}
