/**
 * Sentences that hold a number or the words searched for, in any language, as data: a template
 * per plural category of Intl.PluralRules ("one", "other"; Arabic also "zero", "two", "few",
 * "many"), with {n} for the number and {q} for the words. Pure; part of the browser bundle.
 */
export type Plural = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** Fills {n} and {q} in a template. */
export function fill(template: string, vars: { n?: number; q?: string }): string {
  return template.replace(/\{([nq])\}/g, (_, k: 'n' | 'q') =>
    k === 'n' ? String(vars.n ?? '') : (vars.q ?? ''),
  );
}

/** The sentence for `n` in the language `lang`: its plural category's template, else "other". */
export function plural(lang: string, forms: Plural, n: number, q = ''): string {
  const category = new Intl.PluralRules(lang).select(n);
  return fill(forms[category] ?? forms.other, { n, q });
}
