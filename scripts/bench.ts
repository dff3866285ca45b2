// `npm run bench`: builds the site and measures it against its budgets. Prints a table; with
// `--write`, also writes it to bench/results.md (bench/results-scale.md for --scale). Figures are
// measured on this machine, never estimated. It prints the load average and warns when the machine
// is busy: then compare the ratios measured within one run, not times across runs.
//   --scale                 synthetic builds at several sizes, with a profile of each phase
//   --vs-starlight          (with --scale) Starlight builds the same pages in the same run
//   --sizes=200,1000        (with --scale) pages per edition; --runs=N builds per size and site
//   --vs-ref=main           the real site, this tree against a commit, alternating (--runs=N, default 3)
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import './resolve-ts.ts';
import { budgetTable, gz, kb, pageParts, run, type Row } from './bench/measure.ts';
import { CHROMIUM_ARGS, findChromium } from './ensure-browsers.ts';
import { serve } from './static-server.ts';
import { lighthouseBench } from './bench/lighthouse.ts';
import { scaleBench, scaleReport } from './bench/scale.ts';
import { refBench } from './bench/vs-ref.ts';
import type { Diagram } from '../src/lib/diagram.ts';
import type { Graph, GraphEdge } from '../src/lib/graph.ts';
import type { Legibility } from '../src/lib/legibility.ts';
import type { ActorKind, RelationType, Side } from '../src/lib/vocabulary.ts';

const rows: Row[] = [];
const add = (what: string, measured: string, budget: string, pass: boolean) =>
  rows.push({ what, measured, budget, pass });
const flag = (name: string) => process.argv.includes(`--${name}`);
const option = (name: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const writeResults = flag('write');

if (flag('help')) {
  console.log(`npm run bench [-- options]: builds the site and measures it against its budgets.
  --write                 also write the table to bench/results.md (bench/results-scale.md for --scale)
  --scale                 synthetic builds at several sizes, with a profile of each phase
  --vs-starlight          (with --scale) Starlight builds the same pages in the same run
  --sizes=200,1000        (with --scale) pages per edition; --runs=N builds per size and site
  --vs-ref=main           the real site, this tree against a commit, alternating (--runs=N, default 3)`);
  process.exit();
}

// A busy machine stretches every wall time: say so before and after.
const loadStart = loadavg()[0] ?? 0;
const busyNote = (load: number) =>
  load > cpus().length
    ? `WARNING: the machine is busy (load average ${load.toFixed(1)} on ${cpus().length} cores): wall times will be longer and noisier; compare ratios measured within this run.`
    : `load average ${load.toFixed(1)} on ${cpus().length} cores`;
console.log(`bench: ${busyNote(loadStart)}`);

// `npm run bench -- --scale`: only the scale run (synthetic content at several sizes, minutes; with
// --vs-starlight, most of an hour).
if (flag('scale')) {
  const vsStarlight = flag('vs-starlight');
  const sizes = option('sizes')
    ?.split(',')
    .map(Number)
    .filter((n) => n > 0);
  const runs = option('runs') ? Number(option('runs')) : undefined;
  const results = await scaleBench(add, {
    vsStarlight,
    ...(sizes?.length ? { sizes } : {}),
    ...(runs ? { runs } : {}),
  });
  scaleReport(rows, results, { write: writeResults, vsStarlight, loadStart });
  console.log(`bench: ${busyNote(loadavg()[0] ?? 0)}`);
  process.exit();
}

// `npm run bench -- --vs-ref=main`: only the real site, this tree against another commit, as ratios.
if (option('vs-ref')) {
  await refBench(add, {
    ref: option('vs-ref') ?? 'main',
    ...(option('runs') ? { runs: Number(option('runs')) } : {}),
  });
  const table = budgetTable(rows);
  console.log(
    `\nMeasured by \`npm run bench -- --vs-ref=${option('vs-ref')}\` on ${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores.\n\n${table}`,
  );
  console.log(`bench: ${busyNote(loadavg()[0] ?? 0)}`);
  process.exitCode = rows.every((r) => r.pass) ? 0 : 1;
  process.exit();
}

// Build the real site.
const built = await run(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build']);
if (built.code !== 0) {
  console.error(built.output);
  process.exit(1);
}
add('Build: wall time (real site)', `${built.seconds.toFixed(1)} s`, '< 20 s', built.seconds < 20);
add('Build: peak memory', `${built.peakMb.toFixed(0)} MB`, 'report only', true);

// Bytes per page type.
const pages: Record<string, string> = {
  home: 'dist/index.html',
  report: 'dist/report/index.html',
  actor: 'dist/actors/hts/index.html',
  event: 'dist/events/sochi-memorandum/index.html',
  map: 'dist/map/index.html',
  timeline: 'dist/events/index.html',
  'who backs whom': 'dist/who-backs-whom/index.html',
};
let cssMax = 0;
for (const [name, file] of Object.entries(pages)) {
  const { html, styles, scripts } = pageParts(readFileSync(file, 'utf8'));
  cssMax = Math.max(cssMax, gz(styles));
  const js = scripts ? gz(scripts) : 0;
  const jsBudget = name === 'who backs whom' ? 40 * 1024 : 5 * 1024;
  add(`JS before interaction, gzipped: ${name}`, kb(js), `≤ ${kb(jsBudget)}`, js <= jsBudget);
  const htmlBudget = name === 'actor' || name === 'event' ? 15 * 1024 : undefined;
  add(
    `HTML, gzipped: ${name}`,
    kb(gz(html)),
    htmlBudget ? `≤ ${kb(htmlBudget)}` : 'report only',
    !htmlBudget || gz(html) <= htmlBudget,
  );
}
add('CSS, gzipped (largest page; all CSS is inlined)', kb(cssMax), '≤ 8 KB', cssMax <= 8 * 1024);

// Maps: the map page with its SVG, the largest event locator, and the time the maps add to a build
// (reading Natural Earth and drawing every map and locator, in a fresh process each time).
{
  const { gzipSync } = await import('node:zlib');
  const mapPage = readFileSync('dist/map/index.html');
  const mapGz = gzipSync(mapPage).length;
  add(
    'Maps: map page HTML with its SVG, gzipped',
    `${kb(mapGz)} (${kb(mapPage.length)} raw)`,
    '< 40 KB',
    mapGz < 40 * 1024,
  );
  const { readdirSync } = await import('node:fs');
  let largest = { id: '', gz: 0 };
  for (const id of readdirSync('dist/events')) {
    if (!existsSync(`dist/events/${id}/index.html`)) continue;
    const fig = /<figure class="locator">[\s\S]*?<\/figure>/.exec(
      readFileSync(`dist/events/${id}/index.html`, 'utf8'),
    )?.[0];
    if (fig && gzipSync(fig).length > largest.gz) largest = { id, gz: gzipSync(fig).length };
  }
  add(
    `Maps: largest event locator, gzipped (${largest.id})`,
    kb(largest.gz),
    '< 4 KB',
    largest.gz > 0 && largest.gz < 4 * 1024,
  );
  const [atlasUrl, mapsUrl, datesUrl, svgUrl, resolveTs] = [
    'src/data/atlas.ts',
    'src/lib/site-maps.ts',
    'src/lib/dates.ts',
    'src/lib/map-svg.ts',
    'scripts/resolve-ts.ts',
  ].map((f) => pathToFileURL(f).href);
  const script = [
    "import { readdirSync, readFileSync } from 'node:fs';",
    "import { parse } from 'yaml';",
    'const t = performance.now();',
    'const [{ readAtlas }, { buildSiteMaps }, { parseSpan, compareSpans }, { mapSvg }] = await Promise.all([',
    `  import('${atlasUrl}'), import('${mapsUrl}'), import('${datesUrl}'), import('${svgUrl}')]);`,
    "const places = new Map(readdirSync('src/content/places').filter((f) => f.endsWith('.yaml')).map((f) => [f.slice(0, -5), { id: f.slice(0, -5), data: { map: 'north-west', otherNames: [], ...parse(readFileSync('src/content/places/' + f, 'utf8')) } }]));",
    "const events = readdirSync('src/content/events').filter((f) => f.endsWith('.mdx')).map((f) => ({ id: f.slice(0, -4), data: parse(readFileSync('src/content/events/' + f, 'utf8').split('---')[1]) }));",
    'const eventDate = new Map(events.map((e) => [e.id, parseSpan(e.data.date)]));',
    'const timeline = events.sort((a, b) => compareSpans(eventDate.get(a.id), eventDate.get(b.id)));',
    'const maps = buildSiteMaps({ places, timeline, eventDate }, readAtlas());',
    "const opts = { id: 'm', title: 't', description: 'd', href: (p) => p, name: (p) => p };",
    'for (const v of [maps.wide, maps.narrow, maps.front, maps.syria, maps.world]) mapSvg(v, opts);',
    'for (const e of events) if (e.data.place) mapSvg(maps.locator(e.data.place), opts);',
    'const cpu = process.cpuUsage();',
    'console.log(JSON.stringify({ wall: performance.now() - t, cpu: (cpu.user + cpu.system) / 1000 }));',
  ].join('\n');
  const { writeFileSync: write } = await import('node:fs');
  write('node_modules/.cache/bench/maps-time.mjs', script);
  const times: { wall: number; cpu: number }[] = [];
  for (let i = 0; i < 3; i++) {
    const r = await run(process.execPath, [
      '--import',
      resolveTs ?? '',
      'node_modules/.cache/bench/maps-time.mjs',
    ]);
    times.push(
      JSON.parse(r.output.trim().split('\n').pop() ?? '') as { wall: number; cpu: number },
    );
  }
  // CPU time is the work the maps add; wall time on a machine shared with other builds is noisier.
  const median = (k: 'wall' | 'cpu') => times.map((t) => t[k]).sort((a, b) => a - b)[1] ?? 0;
  add(
    'Maps: build time they add (Natural Earth read, every map and locator drawn; median of 3 fresh processes)',
    `${(median('cpu') / 1000).toFixed(2)} s CPU (${(median('wall') / 1000).toFixed(2)} s wall, load average ${(loadavg()[0] ?? 0).toFixed(1)})`,
    '< 2 s CPU',
    median('cpu') < 2000,
  );
}

// Layouts at build time: the real graph and synthetic ones. CPU time is the budgeted figure (the
// machine is shared: wall time is reported beside it).
const { layoutWide } = await import('../src/lib/layout.ts');
const { layoutNarrow } = await import('../src/lib/layout-narrow.ts');
const { layoutOneHop } = await import('../src/lib/layout-one-hop.ts');
const { buildGraph, oneHop } = await import('../src/lib/graph.ts');
const { diagramGeometry } = await import('../src/lib/diagram.ts');
const { legibility, legibilityText } = await import('../src/lib/legibility.ts');
const data = /<script type="application\/json" id="wbw-data">([\s\S]*?)<\/script>/.exec(
  readFileSync(pages['who backs whom'] ?? '', 'utf8'),
);
// the graph the build gave the page, as buildGraph made it
const { graph } = JSON.parse(data?.[1] ?? '{}') as { graph: Graph };
const timed = <T>(fn: () => T) => {
  const c0 = process.cpuUsage();
  const t = performance.now();
  const value = fn();
  const c = process.cpuUsage(c0);
  return { value, wall: performance.now() - t, cpu: (c.user + c.system) / 1000 };
};
const ms = (t: { cpu: number; wall: number }) =>
  `${t.cpu.toFixed(0)} ms CPU (${t.wall.toFixed(0)} ms wall)`;
const s = (t: { cpu: number; wall: number }) =>
  `${(t.cpu / 1000).toFixed(2)} s CPU (${(t.wall / 1000).toFixed(2)} s wall)`;
timed(() => layoutWide(graph)); // warm the JIT: the build runs it once per build, cold, too
const wide = timed(() => layoutWide(graph));
const narrow = timed(() => layoutNarrow(graph));
const hops = timed(() =>
  graph.nodes
    .map((n) => [n.id, oneHop(graph, n.id)] as const)
    .filter(([, g]) => g.edges.length)
    .map(([id, g]) => [id, layoutOneHop(g, id)] as const),
);
const label = `${graph.nodes.length} actors, ${graph.edges.length} relations`;
add(`Layout: real data (${label}), wide form`, ms(wide), '< 1 s CPU', wide.cpu < 1000);
add(`Layout: real data, phone form`, ms(narrow), '< 1 s CPU', narrow.cpu < 1000);
add(
  `Layout: real data, all ${hops.value.length} one-hop diagrams`,
  ms(hops),
  '< 1 s CPU',
  hops.cpu < 1000,
);
const sides = [
  'pro-government',
  'opposition',
  'jihadist',
  'us-sdf',
  'islamic-state',
  'observer',
] as const satisfies readonly Side[];
const kinds = [
  'armed-group',
  'state',
  'coalition',
  'person',
  'government',
] as const satisfies readonly ActorKind[];
const types = [
  'coordination',
  'military-support',
  'armed-conflict',
  'leadership',
  'funding',
] as const satisfies readonly RelationType[];
function synthetic(nActors: number, nRelations: number) {
  const actors = Array.from({ length: nActors }, (_, i) => ({
    id: `a${i}`,
    name: `Actor ${i}${i % 7 === 0 ? ' of the long name' : ''}`,
    kind: kinds[i % 5] ?? 'state',
    side: sides[i % 6] ?? 'observer',
  }));
  const relations = Array.from({ length: nRelations }, (_, i): GraphEdge => {
    const from = i % nActors;
    let to = (i * 7919 + 13) % nActors;
    if (to === from) to = (to + 1) % nActors;
    return {
      id: `r${i}`,
      from: `a${from}`,
      to: `a${to}`,
      type: types[i % 5] ?? 'coordination',
      grade: 'confirmed',
      periods: [{ from: '2019', to: 'ongoing' }],
    };
  });
  return buildGraph(actors, relations);
}
const big = synthetic(1000, 5000);
const bigWide = timed(() => layoutWide(big));
const bigNarrow = timed(() => layoutNarrow(big));
add(
  'Layout: synthetic 1,000 actors, 5,000 relations, wide form',
  s(bigWide),
  '< 10 s CPU',
  bigWide.cpu < 10000,
);
add(
  'Layout: synthetic 1,000 actors, 5,000 relations, phone form',
  s(bigNarrow),
  '< 10 s CPU',
  bigNarrow.cpu < 10000,
);

// Legibility (src/lib/legibility.ts) of the build-time drawings: the real data, the real data
// grown by the relations contributors are expected to add, and a synthetic 200-actor graph.
const bar = (l: Legibility) =>
  l.labelLabel + l.labelShape + l.passThrough === 0 &&
  l.relationRelation <= 12 &&
  l.relationLabel <= 10;
const clean = (l: Legibility) => l.labelLabel + l.labelShape + l.passThrough === 0;
const score = (d: Diagram, opts?: Parameters<typeof diagramGeometry>[1]) =>
  legibility(diagramGeometry(d, opts));
add(
  'Legibility: real data, wide form (build geometry)',
  legibilityText(score(wide.value)),
  '0 overlaps, 0 pass-throughs, ≤ 12 relation–relation, ≤ 10 relation–label',
  bar(score(wide.value)),
);
add(
  'Legibility: real data, wide form with people shown',
  legibilityText(score(wide.value, { people: true })),
  '0 overlaps, 0 pass-throughs',
  clean(score(wide.value, { people: true })),
);
add(
  'Legibility: real data, phone form',
  legibilityText(score(narrow.value)),
  '0 overlaps, 0 pass-throughs, ≤ 12 relation–relation, ≤ 10 relation–label',
  bar(score(narrow.value)),
);
const hopScores = hops.value.map(([id, d]) => score(d, { centre: id }));
const worst = (k: Exclude<keyof Legibility, 'problems'>) => Math.max(...hopScores.map((l) => l[k]));
add(
  `Legibility: real data, ${hops.value.length} one-hop diagrams (worst of each figure)`,
  `${worst('labelLabel')} label–label, ${worst('labelShape')} label–shape, ${worst('passThrough')} pass-through, ${worst('relationLabel')} relation–label, ${worst('relationRelation')} relation–relation`,
  '0 overlaps, 0 pass-throughs, ≤ 12, ≤ 10',
  hopScores.every(bar),
);
{
  const rel = (from: string, type: RelationType, to: string): GraphEdge => ({
    id: `${from}--${type}--${to}--bench`,
    from,
    to,
    type,
    grade: 'reported',
    periods: [{ from: '2019', to: 'ongoing' }],
  });
  const grown = buildGraph(
    graph.nodes.map((n) => ({
      id: n.id,
      name: n.name,
      shortName: n.label === n.name ? undefined : n.label,
      kind: n.kind,
      side: n.side,
    })),
    [
      ...graph.edges,
      ...(
        [
          ['syrian-government', 'armed-conflict', 'sdf'],
          ['russia', 'armed-conflict', 'national-front-for-liberation'],
          ['hts', 'armed-conflict', 'ahrar-al-sham'],
          ['turkey', 'armed-conflict', 'ypg'],
        ] as const
      )
        .filter(([f, , t]) => !graph.edges.some((e) => e.from === f && e.to === t))
        .map(([f, ty, t]) => rel(f, ty, t)),
    ],
  );
  add(
    `Legibility: real data + the four expected relations (${grown.edges.length}), wide / phone`,
    `${legibilityText(score(layoutWide(grown)))} / ${legibilityText(score(layoutNarrow(grown)))}`,
    'report only',
    true,
  );
  const g200 = synthetic(200, 400);
  add(
    'Legibility: synthetic 200 actors, 400 relations, wide / phone',
    `${legibilityText(score(layoutWide(g200)))} / ${legibilityText(score(layoutNarrow(g200)))}`,
    'report only',
    true,
  );
}

// Interaction on the real page: from a filter change (or focus) to two animation frames later,
// i.e. until the change has been painted.
const executablePath = findChromium();
if (executablePath) {
  const { chromium } = await import('playwright-core');
  const server = await serve({ root: 'dist' });
  const browser = await chromium.launch({
    executablePath,
    args: CHROMIUM_ARGS,
  });
  const page = await browser.newPage();
  await page.goto(`${server.url}who-backs-whom/`);
  const measure = (what: string) =>
    page.evaluate(async (action) => {
      const times: { sync: number; painted: number }[] = [];
      for (let i = 0; i < 7; i++) {
        const t = performance.now();
        if (action === 'filter') {
          const box = document.querySelector<HTMLInputElement>('input[name=grade][value=alleged]');
          if (!box) throw new Error('no grade filter on the page');
          box.checked = !box.checked;
          box.dispatchEvent(new Event('change', { bubbles: true }));
        } else {
          document
            .querySelector('#wbw [data-node="hts"]')
            ?.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
        }
        const sync = performance.now() - t;
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        times.push({ sync, painted: performance.now() - t });
      }
      times.sort((a, b) => a.sync - b.sync);
      return times[Math.floor(times.length / 2)] ?? { sync: 0, painted: 0 };
    }, what);
  for (const what of ['filter', 'focus']) {
    const t = await measure(what);
    add(
      `Interaction: ${what === 'filter' ? 'grade filter' : 'focus highlight'}, script time (median)`,
      `${t.sync.toFixed(1)} ms (painted after ${t.painted.toFixed(1)} ms)`,
      '< 16 ms (one frame)',
      t.sync < 16,
    );
  }
  // Legibility as the browser draws it: the boxes it gives the labels, at 1280 and 375 px.
  const { readDiagram } = await import('../tests/e2e/diagram-geometry.ts');
  for (const [width, selector] of [
    [1280, '#wbw'],
    [375, '#wbw-narrow'],
  ] as const) {
    const p = await browser.newPage({ viewport: { width, height: 900 } });
    await p.goto(`${server.url}who-backs-whom/`);
    const drawn = await p.evaluate(readDiagram, selector);
    if (!drawn) throw new Error(`who-backs-whom/ drew no ${selector} at ${width} px`);
    const l = legibility(drawn.input);
    add(
      `Legibility in the browser: who backs whom at ${width} px (${selector})`,
      legibilityText(l),
      '0 overlaps, 0 pass-throughs, ≤ 12 relation–relation, ≤ 10 relation–label',
      bar(l),
    );
    await p.close();
  }
  await browser.close();
  // Main-thread blocking, the diagram page against an actor page, side by side at 4x slowdown.
  const { blocking } = await import('./bench/blocking.ts');
  const b = await blocking(server.url, { runs: 9 });
  const floor = 50;
  const ratio = b.diagram.tbt / Math.max(b.actor.tbt, floor);
  add(
    'Main-thread blocking at 4x CPU slowdown: who backs whom vs actor page (median of 9 loads each, alternating)',
    `TBT ${b.diagram.tbt.toFixed(0)} ms vs ${b.actor.tbt.toFixed(0)} ms (ratio ${ratio.toFixed(2)} against the actor's TBT or ${floor} ms, whichever is more); main thread busy ${b.diagram.busy.toFixed(0)} ms vs ${b.actor.busy.toFixed(0)} ms (ratio ${b.ratioBusy.toFixed(2)})`,
    'TBT ratio ≤ 2',
    ratio <= 2,
  );
  await server.close();
} else {
  add(
    'Interaction timings',
    'skipped: no Chromium found',
    'run node scripts/ensure-browsers.ts',
    true,
  );
}

// Search: the inline loader on every page, the offline index, and the bytes a first query fetches
// (header field, "Nusra": the search interface, Pagefind's runtime, index and fragments).
{
  const home = readFileSync('dist/index.html', 'utf8');
  const loader =
    [...home.matchAll(/<script>([\s\S]*?)<\/script>/g)]
      .map((m) => m[1] ?? '')
      .find((js) => js.includes('search-ui.js')) ?? '';
  add(
    'Search: inline loader on every page, gzipped',
    kb(gz(loader)),
    '< 1 KB',
    loader.length > 0 && gz(loader) < 1024,
  );
  const fallback = readFileSync('dist/search-fallback.js');
  add(
    'Search: offline index (search-fallback.js), gzipped',
    `${kb(gz(fallback))} (${kb(fallback.length)} raw)`,
    '< 30 KB',
    gz(fallback) < 30 * 1024,
  );
}
if (executablePath) {
  const { chromium } = await import('playwright-core');
  const server = await serve({ root: 'dist' });
  const browser = await chromium.launch({
    executablePath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'],
  });
  const page = await browser.newPage();
  await page.goto(server.url);
  const before = await page.evaluate(
    () =>
      performance
        .getEntriesByType('resource')
        .filter((e) => /search-ui|pagefind|search-fallback/.test(e.name)).length,
  );
  const files: { raw: number; sent: number }[] = [];
  page.on('response', async (r) => {
    if (!/search-ui\.js|search-fallback\.js|\/pagefind\//.test(r.url())) return;
    const body = await r.body().catch(() => Buffer.alloc(0));
    // Pagefind's index files are compressed already; a host compresses the JavaScript and JSON.
    files.push({ raw: body.length, sent: Math.min(body.length, gz(body)) });
  });
  const t = performance.now();
  await page.focus('#site-search-q');
  await page.keyboard.type('Nusra');
  await page.waitForSelector('.search-panel .search-hit');
  const ms = performance.now() - t;
  await page.waitForTimeout(500);
  const raw = files.reduce((a, f) => a + f.raw, 0);
  const sent = files.reduce((a, f) => a + f.sent, 0);
  add('Search: bytes before focus (lazy loading)', `${before} search files`, '0', before === 0);
  add(
    `Search: bytes fetched for a first query (${files.length} files, gzipped in transfer)`,
    `${kb(sent)} (${kb(raw)} uncompressed)`,
    '< 150 KB',
    sent < 150 * 1024,
  );
  add(
    'Search: focus to first results shown (local server)',
    `${ms.toFixed(0)} ms`,
    'report only',
    true,
  );
  await browser.close();
  await server.close();
}

// Lighthouse (mobile) on five pages of a build in a temporary copy.
await lighthouseBench(add);

const table = budgetTable(rows);
const notes = `
## What the diagram rows measure

- **Layout** rows time the build's layouts (src/lib/layout*.ts) in this process, as CPU time
  (\`process.cpuUsage\`), with wall time beside it: several builds share this machine, and CPU time
  is the part a busy neighbour cannot inflate.
- **Legibility** rows score drawings with src/lib/legibility.ts: label–label and label–shape
  overlaps, relations through a third actor, relation–label and relation–relation crossings. "Build
  geometry" uses the layout's own boxes (label widths from the font table); "in the browser" reads
  the boxes Chromium draws (tests/e2e/diagram-geometry.ts). The grown graph adds the relations a
  reader expects (government–SDF, Russia–NFL, HTS–Ahrar al-Sham, Turkey–YPG); the synthetic graph
  is 200 actors and 400 relations over six camps, far denser than the real one.
- **Main-thread blocking** (scripts/bench/blocking.ts): Chromium with DevTools' 4x CPU slowdown,
  412 px wide, loads the who-backs-whom page and an actor page (HTS) in turn, nine times each after
  one uncounted load each, and reads a performance trace of every load. TBT is Lighthouse's total
  blocking time (each main-thread task after the first contentful paint counts for what it runs
  over 50 ms); "busy" sums every main-thread task from navigation until the page is quiet. Medians;
  the budgeted ratio is diagram TBT over actor TBT, the actor's taken as at least 50 ms so that an
  actor page with almost no long task does not turn noise into a large ratio. On a shared machine
  single loads vary by a factor of two or more: compare ratios within one run, never across runs.
`;
const loadEnd = loadavg()[0] ?? 0;
const busy =
  Math.max(loadStart, loadEnd) > cpus().length
    ? ' **The machine was busy** (other builds ran beside this one): wall times are longer than on a quiet machine; compare ratios within the run.'
    : '';
const report = `# Benchmark results\n\nMeasured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)} with Node ${process.version} on ${cpus().length} cores (load average ${loadStart.toFixed(1)} at the start, ${loadEnd.toFixed(1)} at the end).${busy}\n\n${table}\n${notes}`;
if (writeResults) {
  mkdirSync('bench', { recursive: true });
  writeFileSync('bench/results.md', report);
}
console.log(report);
if (!writeResults) console.log('(not written: add --write to save this to bench/results.md)');
console.log(`bench: ${busyNote(loadEnd)}`);
process.exitCode = rows.every((r) => r.pass) ? 0 : 1;
