/**
 * The build's phases, timed, for `npm run bench -- --scale`. Off unless IDLIB_BUILD_PROFILE names a
 * file: then every integration's hooks (the content check, the page pass, Pagefind, ...) and the
 * steps inside them that call phase() append a start and an end mark to it, one JSON object a line,
 * on the same clock as Date.now(), with the process's CPU time. Astro's own phases (content sync, bundling, rendering) are the
 * gaps between its hooks, marked here too. The bench samples memory from outside and places each
 * sample in the phase under way, so the profile costs the build nothing but a few appended lines.
 *
 * Keep first in the integrations list: it wraps the hooks of the integrations after it.
 */
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { appendFileSync } from 'node:fs';

const file = process.env['IDLIB_BUILD_PROFILE'];

/** Appends a mark; does nothing when no profile is asked for. */
export function mark(name: string, edge: 'start' | 'end'): void {
  if (!file) return;
  const { user, system } = process.cpuUsage();
  // cpu: this process's CPU time so far (all its threads), in ms; less swayed by a busy machine than wall time
  appendFileSync(
    file,
    `${JSON.stringify({ name, edge, at: performance.timeOrigin + performance.now(), cpu: (user + system) / 1000 })}\n`,
  );
}

/** Runs `work` between a start and an end mark named `name`. */
export async function phase<T>(name: string, work: () => Promise<T> | T): Promise<T> {
  mark(name, 'start');
  try {
    return await work();
  } finally {
    mark(name, 'end');
  }
}

type Hooks = AstroIntegration['hooks'];

/** Wraps each hook of `integration` in place, as a phase named "<integration> <hook>". */
function wrap(integration: AstroIntegration): void {
  const hooks = integration.hooks as Record<string, ((...args: unknown[]) => unknown) | undefined>;
  for (const [hook, fn] of Object.entries(hooks)) {
    if (!fn || hook.startsWith('astro:server') || hook === 'astro:route:setup') continue;
    hooks[hook] = (...args: unknown[]) =>
      phase(`${integration.name} ${hook.replace(/^astro:/, '')}`, () => fn(...args));
  }
}

export default function buildProfile(): AstroIntegration {
  const hooks: Hooks = {};
  if (!file) return { name: 'idlib:build-profile', hooks };
  // Bundling ends when Vite's last post-build hook runs, just before Astro renders the pages.
  const renderStart: Plugin = {
    name: 'idlib:build-profile',
    buildApp: {
      order: 'post',
      handler: () => {
        mark('astro bundle', 'end');
        mark('astro render', 'start');
        return Promise.resolve();
      },
    },
  };
  return {
    name: 'idlib:build-profile',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        mark('astro start-up', 'end');
        for (const integration of config.integrations)
          if (integration.name !== 'idlib:build-profile') wrap(integration);
        updateConfig({ vite: { plugins: [renderStart] } });
      },
      // Between config:done and build:start Astro syncs the content layer and writes its types.
      'astro:config:done': () => mark('astro content sync', 'start'),
      'astro:build:start': () => {
        mark('astro content sync', 'end');
        mark('astro bundle', 'start');
      },
      'astro:build:generated': () => mark('astro render', 'end'),
    },
  };
}
