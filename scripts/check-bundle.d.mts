/** Bundles the content check and its MDX worker; returns the bundles' paths and the project root. */
export function bundleCheck(): Promise<{ check: string; worker: string; root: string }>;
