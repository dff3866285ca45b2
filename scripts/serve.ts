// `npm start` / `npm run preview`: serves the built site from dist/ on localhost.
import { existsSync } from 'node:fs';
import { serve } from './static-server.ts';

if (!existsSync('dist/index.html')) {
  console.error(
    'dist/ has no build: run `npm run build` first (or `npm start`, which builds and serves).',
  );
  process.exit(1);
}
const port = Number(process.env.PORT ?? 4321);
const { url } = await serve({ port, base: process.env.BASE_PATH ?? '/' });
console.log(`The Idlib explainer is served at ${url} (Ctrl+C to stop)`);
