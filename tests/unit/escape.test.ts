import { describe, expect, it } from 'vitest';
import { escapeAttr, escapeText, jsonForScript } from '../../src/lib/escape';

describe('escaping', () => {
  const hostile = `"><script>alert('x')</script> & co`;
  it('keeps element text from opening a tag', () => {
    expect(escapeText(hostile)).toBe(`"&gt;&lt;script&gt;alert('x')&lt;/script&gt; &amp; co`);
  });
  it('keeps an attribute value inside its double quotes', () => {
    expect(escapeAttr(hostile)).toBe(`&quot;&gt;&lt;script&gt;alert('x')&lt;/script&gt; &amp; co`);
    expect(escapeAttr('&amp;')).toBe('&amp;amp;');
  });
  it('writes JSON no script element can be closed by, that parses back to the same value', () => {
    const value = { a: '</script><script>x()</script>', b: 'line\u2028sep\u2029', c: [1, '<!--'] };
    const json = jsonForScript(value);
    expect(json).not.toMatch(/[<\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual(value);
  });
});
