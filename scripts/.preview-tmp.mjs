import { readFileSync } from 'node:fs';
import sharp from 'sharp';
const d = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const people = process.argv[4] === 'people';
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const col = { support: '#1f6e43', alliance: '#2e5c9a', structure: '#6b6b6b', hostility: '#b3261e', unknown: '#8a5a00', mixed: '#555' };
const fill = { 'pro-government': '#f3c6c0', opposition: '#bfe0c4', jihadist: '#d9d2c2', 'islamic-state': '#a9a9a9', 'us-sdf': '#bcd3f0', observer: '#f4f1e8' };
let s = `<svg xmlns="http://www.w3.org/2000/svg" width="${d.width}" height="${d.height}" viewBox="0 0 ${d.width} ${d.height}"><rect width="100%" height="100%" fill="#fff"/>`;
s += `<defs><marker id="a" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="${7/1.8*1.8}" markerHeight="7" markerUnits="userSpaceOnUse" orient="auto"><path d="M0,0L10,5L0,10z"/></marker></defs>`;
for (const c of d.camps) s += `<rect x="${c.x}" y="${c.y}" width="${c.w}" height="${c.h}" fill="#f6f6f3" stroke="#ddd"/><text x="${c.titleBox.x}" y="${c.titleBox.y + 11}" font-family="Arial" font-weight="bold" font-size="12" fill="#555">${esc(c.title)}</text>`;
for (const e of d.edges) { if (e.layer === 'people' && !people) continue; s += `<path d="${e.d}" fill="none" stroke="${col[e.group]}" stroke-width="1.8" marker-end="url(#a)"${e.status !== 'confirmed' ? ' stroke-dasharray="6 4"' : ''}/>`; if (e.badge) s += `<circle cx="${e.badge.x}" cy="${e.badge.y}" r="9" fill="#fff" stroke="${col[e.group]}"/><text x="${e.badge.x}" y="${e.badge.y + 4}" text-anchor="middle" font-family="Arial" font-size="12">${e.badge.text}</text>`; }
for (const n of d.nodes) { if (n.layer === 'people' && !people) continue; const x = n.x - n.w / 2, y = n.y - n.h / 2; s += `<rect x="${x}" y="${y}" width="${n.w}" height="${n.h}" rx="6" fill="${fill[n.side]}" stroke="#222"/>`; n.lines.forEach((l, i) => { s += `<text x="${x + 6 + 15}" y="${y + 4 + d.fontSize * (i + 1) * 1.25 - 3}" font-family="Arial" font-size="${d.fontSize}">${esc(l)}</text>`; }); s += `<circle cx="${x + 6 + 5}" cy="${n.y}" r="5" fill="none" stroke="#222"/>`; }
s += '</svg>';
await sharp(Buffer.from(s)).png().toFile(process.argv[3]);
