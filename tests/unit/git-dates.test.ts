/** Per-file dates from git history, for the feeds' published and updated. */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gitFileDates, parseGitLog } from '../../src/data/git-dates';

const RS = '\x1e';

describe('parseGitLog', () => {
  it('takes the newest commit naming a file as its update and the oldest as its publication, in UTC', () => {
    const log = `${RS}2026-03-01T10:00:00+01:00\n\na.mdx\nb.mdx\n${RS}2026-02-01T00:00:00Z\n\na.mdx\n${RS}2026-01-01T12:30:00-02:00\n\na.mdx\nc.mdx\n`;
    const dates = parseGitLog(log);
    expect(dates.get('a.mdx')).toEqual({
      updated: '2026-03-01T09:00:00Z',
      published: '2026-01-01T14:30:00Z',
    });
    expect(dates.get('b.mdx')).toEqual({
      updated: '2026-03-01T09:00:00Z',
      published: '2026-03-01T09:00:00Z',
    });
    expect(dates.get('c.mdx')).toEqual({
      updated: '2026-01-01T14:30:00Z',
      published: '2026-01-01T14:30:00Z',
    });
  });
});

describe('gitFileDates', () => {
  it('reads a real repository: each file its own dates, the same on every run', () => {
    const dir = mkdtempSync(join(tmpdir(), 'git-dates-'));
    try {
      const git = (args: string[], date: string) =>
        execFileSync('git', args, {
          cwd: dir,
          stdio: 'ignore',
          env: {
            ...process.env,
            GIT_AUTHOR_DATE: date,
            GIT_COMMITTER_DATE: date,
            GIT_AUTHOR_NAME: 't',
            GIT_AUTHOR_EMAIL: 't@x',
            GIT_COMMITTER_NAME: 't',
            GIT_COMMITTER_EMAIL: 't@x',
          },
        });
      git(['init', '-q'], '2026-01-01T00:00:00Z');
      mkdirSync(join(dir, 'events'));
      writeFileSync(join(dir, 'events/a.mdx'), 'a');
      writeFileSync(join(dir, 'events/b.mdx'), 'b');
      git(['add', '.'], '2026-01-01T00:00:00Z');
      git(['commit', '-qm', 'one'], '2026-01-05T08:00:00Z');
      writeFileSync(join(dir, 'events/a.mdx'), 'a2');
      git(['commit', '-qam', 'two'], '2026-02-10T09:15:00Z');
      writeFileSync(join(dir, 'events/new.mdx'), 'not committed');
      const files = ['events/a.mdx', 'events/b.mdx', 'events/new.mdx'];
      const dates = gitFileDates(files, dir);
      expect(dates.get('events/a.mdx')).toEqual({
        published: '2026-01-05T08:00:00Z',
        updated: '2026-02-10T09:15:00Z',
      });
      expect(dates.get('events/b.mdx')).toEqual({
        published: '2026-01-05T08:00:00Z',
        updated: '2026-01-05T08:00:00Z',
      });
      expect(dates.has('events/new.mdx')).toBe(false);
      expect(gitFileDates(files, dir)).toEqual(dates);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('gives nothing outside a git checkout', () => {
    const dir = mkdtempSync(join(tmpdir(), 'no-git-'));
    try {
      expect(gitFileDates(['x.mdx'], dir).size).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
