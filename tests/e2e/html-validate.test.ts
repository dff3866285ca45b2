/** Every built page is valid HTML under the documented config in .htmlvalidate.json. */
import { describe, expect, it } from 'vitest';
import { HtmlValidate, FileSystemConfigLoader, formatterFactory } from 'html-validate';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

describe('html-validate', () => {
  it('passes on every page of dist/', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const files = readdirSync('dist', { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.html'))
      .map((f) => join('dist', f));
    expect(files.length).toBeGreaterThan(80);
    const reports = await Promise.all(files.map((f) => validator.validateFile(f)));
    const failed = reports.filter((r) => !r.valid);
    const text = failed.length ? formatterFactory('text')(failed.flatMap((r) => r.results)) : '';
    expect(text).toBe('');
  });
});
