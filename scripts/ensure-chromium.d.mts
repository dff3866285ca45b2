export const CHROMIUM_CANDIDATES: (string | undefined)[];
export function findChromium(): string | undefined;
