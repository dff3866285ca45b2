/**
 * The content check runs before Astro reads any content: `npm run build` (and `astro check`) stop
 * on a content problem with exactly the message `npm run check` prints, and nothing else (no
 * Astro duplicate, no stack trace). It runs scripts/check-content.mjs itself, so the two cannot
 * drift apart.
 */
import type { AstroIntegration } from 'astro';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const script = fileURLToPath(new URL('../scripts/check-content.mjs', import.meta.url));

/** Runs the check; returns its output and whether it passed. */
export function runContentCheck(): { ok: boolean; output: string } {
  const r = spawnSync(process.execPath, [script, '--quiet'], { encoding: 'utf8', env: { ...process.env, GITHUB_ACTIONS: '' } });
  return { ok: r.status === 0, output: `${r.stdout ?? ''}${r.stderr ?? ''}` };
}

export default function contentCheck(): AstroIntegration {
  return {
    name: 'idlib:content-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command === 'preview') return;
        const { ok, output } = runContentCheck();
        if (ok) {
          logger.info(output.split('\n')[0] ?? 'content check passed');
          return;
        }
        process.stdout.write(output);
        process.exit(1);
      },
    },
  };
}
