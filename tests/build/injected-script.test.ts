/**
 * The hostile corpus, built for real: every file of it in one copy of the project, and the build
 * refuses them all with exactly the content check's message. And a script injected into a page by
 * code (not content) stops the build, naming the page: the policy lists only what the site ships.
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { hostileCorpus } from '../content/hostile-corpus';
import { buildCopy, copyProject, removeCopy, run } from './project-copy';

const root = resolve('.');

describe('hostile content, built', () => {
  it('is refused by the build with the content check\'s message, every file of it', () => {
    const corpus = hostileCorpus().filter((h) => !h.name.startsWith('gen-5-mb'));
    const dir = copyProject((d) => {
      corpus.forEach((h, i) => {
        // each under its own name, so they can stand side by side
        const path = join(d, h.as.replace(/\/([^/]+)$/, `/hostile-${i}-$1`));
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, h.raw);
      });
    });
    try {
      const check = run(dir, ['scripts/check-content.mjs', '--quiet']);
      const build = run(dir, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build']);
      expect(check.status).toBe(1);
      expect(build.status).not.toBe(0);
      expect(build.output).toContain(check.stdout.trim());
      for (let i = 0; i < corpus.length; i++) expect(check.stdout, corpus[i]!.name).toContain(`/hostile-${i}-`);
      expect(build.output).not.toMatch(/\[build\] Building static entrypoints/); // stopped before Astro rendered anything
    } finally {
      removeCopy(dir);
    }
  });
});

describe('a script the site does not ship', () => {
  it('stops the build, naming the page', () => {
    const built = buildCopy((d) => {
      const about = join(d, 'src/pages/injected.astro');
      writeFileSync(about, `---\nimport Base from '../layouts/Base.astro';\n---\n<Base title="Injected" description="A page with a script of its own.">\n  <p>Text.</p>\n  <script is:inline>alert(document.cookie)</script>\n</Base>\n`);
    });
    built.cleanup();
    expect(built.status).not.toBe(0);
    expect(built.output).toMatch(/injected\/index\.html: an inline script that the site does not ship \('sha256-[^']+'\): "alert\(document\.cookie\)"/);
  });
});
