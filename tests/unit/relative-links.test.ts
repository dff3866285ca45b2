import { describe, expect, it } from 'vitest';
import { relativeUrl, rootPrefix } from '../../src/lib/relative-links';

describe('relative links', () => {
  it('climbs from the page to the root', () => {
    expect(rootPrefix('index.html')).toBe('');
    expect(rootPrefix('actors/index.html')).toBe('../');
    expect(rootPrefix('actors/hts/index.html')).toBe('../../');
  });
  it('ends directory links in index.html and keeps queries and anchors', () => {
    expect(relativeUrl('/', '/', 'index.html')).toBe('index.html');
    expect(relativeUrl('/actors/hts/', '/', 'events/sochi/index.html')).toBe(
      '../../actors/hts/index.html',
    );
    expect(relativeUrl('/report/#claim-x', '/', 'index.html')).toBe('report/index.html#claim-x');
    expect(relativeUrl('/who-backs-whom/?focus=hts', '/', 'actors/hts/index.html')).toBe(
      '../../who-backs-whom/index.html?focus=hts',
    );
    expect(relativeUrl('/favicon.svg', '/', 'actors/index.html')).toBe('../favicon.svg');
  });
  it('honours a base path and leaves other URLs alone', () => {
    expect(relativeUrl('/idlib/actors/', '/idlib/', 'report/index.html')).toBe(
      '../actors/index.html',
    );
    expect(relativeUrl('https://example.org/x', '/', 'index.html')).toBe('https://example.org/x');
    expect(relativeUrl('#main', '/', 'index.html')).toBe('#main');
    expect(relativeUrl('//cdn.example/x.js', '/', 'index.html')).toBe('//cdn.example/x.js');
  });
});
