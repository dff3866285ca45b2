/**
 * The content check runs before Astro reads any content: it starts in a child process when Astro
 * loads the config, and the content loaders wait for it (src/lib/content-check-gate.ts), so it
 * runs while Astro starts its content layer. `npm run build` (and `astro check`) stop
 * on a content problem with exactly the message `npm run check` prints, and nothing else (no
 * Astro duplicate, no stack trace). `npm run dev` prints the same message and, while a problem
 * remains, answers every page with it, so the contributor sees it in the browser too; the check
 * runs again whenever a content file changes. It runs scripts/check.ts itself, so the
 * check, the build and the dev server cannot drift apart.
 */
import type { AstroIntegration } from 'astro';
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { problemPage } from '../src/lib/problem-page';
import { gateContent } from '../src/lib/content-check-gate';

const script = fileURLToPath(new URL('../scripts/check.ts', import.meta.url));

interface CheckRun {
  ok: boolean;
  output: string;
}
const ARGS = [script, '--quiet'];
const ENV = { ...process.env, GITHUB_ACTIONS: '' };

/** Runs the check; returns its output and whether it passed. */
export function runContentCheck(): CheckRun {
  const r = spawnSync(process.execPath, ARGS, { encoding: 'utf8', env: ENV });
  return { ok: r.status === 0, output: `${r.stdout ?? ''}${r.stderr ?? ''}` };
}

/** Like runContentCheck(), without blocking: Astro goes on starting while the check runs. */
function startContentCheck(): Promise<CheckRun> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ARGS, { env: ENV, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => (output += s));
    child.stderr.setEncoding('utf8').on('data', (s: string) => (output += s));
    child.on('error', (e) =>
      done({ ok: false, output: `the content check could not start: ${e.message}\n` }),
    );
    child.on('close', (code) => done({ ok: code === 0, output }));
  });
}

export default function contentCheck(): AstroIntegration {
  let failing: string | undefined;
  return {
    name: 'idlib:content-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command === 'preview') return;
        gateContent(
          startContentCheck().then(({ ok, output }) => {
            if (ok) {
              logger.info(output.trim());
              return;
            }
            process.stdout.write(output);
            if (command !== 'dev') process.exit(1);
            // the dev server goes on, and shows the problem on every page
            failing = output;
          }),
        );
      },
      'astro:server:setup': ({ server, logger }) => {
        server.watcher.on('all', (_event, path) => {
          if (!/[\\/]src[\\/]content[\\/]/.test(path)) return;
          const { ok, output } = runContentCheck();
          if (ok === !failing && (ok || output === failing)) return;
          failing = ok ? undefined : output;
          if (ok) logger.info('the content problems are fixed');
          else process.stdout.write(output);
          server.ws.send({ type: 'full-reload' });
        });
        // While content is broken, every page shows the check's message instead of Astro's error.
        server.middlewares.use((req, res, next) => {
          if (!failing || !(req.headers.accept ?? '').includes('text/html')) return next();
          res.statusCode = 500;
          res.setHeader('content-type', 'text/html; charset=utf-8');
          res.end(problemPage(failing));
        });
      },
    },
  };
}
