// A small static file server for dist/: what `npm start` and the browser tests use. It serves the
// site under its base path, maps directories to index.html and answers 404 with 404.html.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
  '.csv': 'text/csv; charset=utf-8',
  '.atom': 'application/atom+xml',
  '.pf_meta': 'application/octet-stream',
  '.zip': 'application/zip',
};

/** A running server: its address (with the base path) and how to stop it. */
export interface Served {
  url: string;
  close: () => Promise<void>;
}

/** Starts serving `root` at http://host:port{base}; resolves to { url, close }. Port 0 picks a free one. */
export function serve({
  root = 'dist',
  port = 0,
  host = '127.0.0.1',
  base = '/',
}: { root?: string; port?: number; host?: string; base?: string } = {}): Promise<Served> {
  const dir = resolve(root);
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const answer = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (!path.startsWith(prefix)) return send(res, 404, join(dir, '404.html'), req);
    const file = normalize(join(dir, path.slice(prefix.length)));
    if (!file.startsWith(dir)) return send(res, 403, undefined, req);
    try {
      const s = await stat(file);
      if (s.isDirectory()) {
        if (!path.endsWith('/')) {
          res.writeHead(301, { location: `${path}/` });
          res.end();
          return;
        }
        return send(res, 200, join(file, 'index.html'), req);
      }
      return send(res, 200, file, req);
    } catch {
      return send(res, 404, join(dir, '404.html'), req);
    }
  };
  // send() answers every error itself: the promise never rejects
  const server = createServer((req, res) => void answer(req, res));
  return new Promise((ok) => {
    server.listen(port, host, () => {
      const { port: p } = server.address() as AddressInfo;
      ok({
        url: `http://${host}:${p}${prefix}`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

/** Text types are sent gzipped when the client accepts it, as any production host would. */
const COMPRESSIBLE =
  /^(text\/|application\/(json|xml|javascript|manifest\+json|atom\+xml)|image\/svg)/;

async function send(
  res: ServerResponse,
  status: number,
  file: string | undefined,
  req: IncomingMessage,
): Promise<void> {
  if (!file) {
    res.writeHead(status);
    res.end();
    return;
  }
  try {
    const body = await readFile(file);
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
      res.writeHead(status, {
        'content-type': type,
        'content-encoding': 'gzip',
        vary: 'Accept-Encoding',
      });
      res.end(gzipSync(body));
      return;
    }
    res.writeHead(status, { 'content-type': type });
    res.end(body);
  } catch {
    res.writeHead(status, { 'content-type': 'text/plain' });
    res.end(status === 404 ? 'Not found' : '');
  }
}
