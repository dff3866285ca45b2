export function serve(options?: {
  root?: string;
  port?: number;
  host?: string;
  base?: string;
}): Promise<{ url: string; close: () => Promise<void> }>;
