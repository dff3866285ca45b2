/**
 * The gate between the content check and Astro's content loaders. The check
 * (integrations/content-check.ts) runs in a child process from the moment Astro loads its config,
 * while Astro starts its content layer; the loaders (src/content.config.ts) wait here before
 * reading a file. So nothing reads content the check has not passed, and a failing check stops
 * the build with its own message before Astro reports anything about the same files, yet the
 * check costs the build no time of its own. Shared through a global: the config and the content
 * config are loaded as separate module graphs.
 */
const GATE = Symbol.for('idlib:content-check');

/** Opens the gate when `checked` settles (the integration, at config time). */
export function gateContent(checked: Promise<void>): void {
  Reflect.set(globalThis, GATE, checked);
}

/** Settles once the content check has passed; at once where no check runs (unit tests). */
export function contentChecked(): Promise<void> {
  const gate: unknown = Reflect.get(globalThis, GATE);
  return gate instanceof Promise ? gate.then(() => undefined) : Promise.resolve();
}
