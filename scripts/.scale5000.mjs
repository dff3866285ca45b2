import { scaleBench } from '/work/wt-diagram/scripts/bench/scale.mjs';
const rows = [];
const r = await scaleBench((what, measured, budget, pass) => rows.push({ what, measured, pass }), { sizes: [5000] });
console.log(rows.map((x) => `${x.pass ? 'ok' : 'FAIL'} ${x.what}: ${x.measured}`).join('\n'));
console.log(r[0]?.code, (r[0]?.output ?? '').split('\n').filter((l) => /diagram|rror/.test(l)).slice(0, 10).join('\n'));
