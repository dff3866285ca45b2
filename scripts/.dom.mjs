import { chromium } from 'playwright-core';
import { serve } from './static-server.mjs';
const root = process.argv[2];
const server = await serve({ root });
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox'] });
const p = await b.newPage({ viewport: { width: 1280, height: 900 } });
for (const path of ['who-backs-whom/', 'actors/hts/']) {
  await p.goto(server.url + path);
  console.log(path, await p.evaluate(() => {
    const n = (s) => document.querySelectorAll(s).length;
    return { all: n('*'), network: n('#network *'), matrix: n('#matrix *'), table: n('#table *'), svg: n('svg *') };
  }));
}
await b.close(); await server.close();
