export const CHROMIUM_CANDIDATES: (string | undefined)[];
export const CHROMIUM_ARGS: string[];
export const FIREFOX_CANDIDATES: (string | undefined)[];
export function findChromium(): string | undefined;
export function findFirefox(): string | undefined;
export function findWebKitDriver(): string | undefined;
