import { describe, expect, it } from 'vitest';
import { markExternalLinks, relativeUrl, relativizeHtml, rootPrefix } from '../../src/lib/relative-links';

describe('relative links', () => {
  it('climbs from the page to the root', () => {
    expect(rootPrefix('index.html')).toBe('');
    expect(rootPrefix('actors/index.html')).toBe('../');
    expect(rootPrefix('actors/hts/index.html')).toBe('../../');
  });
  it('ends directory links in index.html and keeps queries and anchors', () => {
    expect(relativeUrl('/', '/', 'index.html')).toBe('index.html');
    expect(relativeUrl('/actors/hts/', '/', 'events/sochi/index.html')).toBe('../../actors/hts/index.html');
    expect(relativeUrl('/report/#claim-x', '/', 'index.html')).toBe('report/index.html#claim-x');
    expect(relativeUrl('/who-backs-whom/?focus=hts', '/', 'actors/hts/index.html')).toBe('../../who-backs-whom/index.html?focus=hts');
    expect(relativeUrl('/favicon.svg', '/', 'actors/index.html')).toBe('../favicon.svg');
  });
  it('honours a base path and leaves other URLs alone', () => {
    expect(relativeUrl('/idlib/actors/', '/idlib/', 'report/index.html')).toBe('../actors/index.html');
    expect(relativeUrl('https://example.org/x', '/', 'index.html')).toBe('https://example.org/x');
    expect(relativeUrl('#main', '/', 'index.html')).toBe('#main');
    expect(relativeUrl('//cdn.example/x.js', '/', 'index.html')).toBe('//cdn.example/x.js');
  });
  it('rewrites attributes in a page, canonical URLs stay absolute', () => {
    const html = '<link rel="canonical" href="https://site.example/actors/"><a href="/actors/hts/">HTS</a><img src="/a.png" srcset="/a.png 1x, /b.png 2x"><form action="/a-z/">';
    expect(relativizeHtml(html, '/', 'actors/index.html')).toBe(
      '<link rel="canonical" href="https://site.example/actors/"><a href="../actors/hts/index.html">HTS</a>' +
      '<img src="../a.png" srcset="../a.png 1x, ../b.png 2x"><form action="../a-z/index.html">');
  });
});

describe('external links', () => {
  it('open safely and say they leave the site; links to the site itself are left alone', () => {
    const html = '<a class="x" href="https://www.reuters.com/a" rel="external">Reuters</a><a href="https://site.example/downloads/x.zip">zip</a>';
    expect(markExternalLinks(html, 'https://site.example')).toBe(
      '<a class="x" href="https://www.reuters.com/a" rel="external noopener noreferrer">Reuters<span class="visually-hidden"> (external site)</span></a>' +
      '<a href="https://site.example/downloads/x.zip">zip</a>');
  });
});
