// Writes src/lib/label-font-widths.ts: the advance widths of the diagram's label font (Arimo,
// metric-compatible with Arial, Helvetica and Liberation Sans; see the README's decisions) for
// the characters labels use, read from the font files of @fontsource/arimo.
//   node scripts/label-widths.ts
// tests/unit/text-width.test.ts fails if the committed table and the font disagree.
import { writeFileSync } from 'node:fs';
import './resolve-ts.ts';

const { labelFontModule } = await import('../src/lib/label-font-source.ts');
const body = labelFontModule();
writeFileSync('src/lib/label-font-widths.ts', body);
console.log(`wrote src/lib/label-font-widths.ts (${body.length} bytes)`);
