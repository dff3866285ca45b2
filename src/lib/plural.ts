/**
 * A count with its noun in the right grammatical number. English has two forms (1 relation, 2
 * relations); Arabic has six (Intl.PluralRules: zero, one, two, few for 3-10, many for 11-99,
 * other for 100 and up), and its one and two are words of their own ("علاقة واحدة", "علاقتان").
 * A form holds "{n}" where the number goes; digits stay Western (the glossary). Pure, and small
 * enough for client bundles, which receive the forms as data from the page.
 */
export type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
export type PluralForms = Partial<Record<PluralCategory, string>> & { other: string };

const rules = new Map<string, Intl.PluralRules>();

/** The plural category of n in a language ("ar": 0 zero, 1 one, 2 two, 3-10 few, 11-99 many, ...). */
function pluralCategory(lang: string, n: number): PluralCategory {
  let r = rules.get(lang);
  if (!r) {
    r = new Intl.PluralRules(lang);
    rules.set(lang, r);
  }
  return r.select(n);
}

/** "3 relations", "3 علاقات", "علاقتان": the form for n's category, with n written in. */
export function plural(lang: string, n: number, forms: PluralForms): string {
  return (forms[pluralCategory(lang, n)] ?? forms.other).replace('{n}', String(n));
}

/** Fills "{name}" slots of a template with values (interface text with numbers and names). */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
}
