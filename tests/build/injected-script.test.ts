/**
 * A failure of the code, not of content: a script injected into a page by code stops the build,
 * naming the page (the policy lists only what the site ships). Built on the fixture content, which
 * is all a page needs.
 */
import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { useFixtureContent } from '../fixtures/site-build';
import { buildCopy } from './project-copy';

describe('a script the site does not ship', () => {
  it('stops the build, naming the page', () => {
    const built = buildCopy((d) => {
      useFixtureContent(d);
      const about = join(d, 'src/pages/injected.astro');
      writeFileSync(
        about,
        `---\nimport Base from '../layouts/Base.astro';\n---\n<Base title="Injected" description="A page with a script of its own.">\n  <p>Text.</p>\n  <script is:inline>alert(document.cookie)</script>\n</Base>\n`,
      );
    });
    built.cleanup();
    expect(built.status).not.toBe(0);
    expect(built.output).toMatch(
      /injected\/index\.html: an inline script that the site does not ship \('sha256-[^']+'\): "alert\(document\.cookie\)"/,
    );
  });
});
