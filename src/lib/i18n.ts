/**
 * The site's languages. English is at the root, every other language under its own prefix
 * (/ar/...). Ids in URLs, filters and data stay language-neutral, so a shared link works in every
 * edition. Pure: pages and components get their locale from Astro.currentLocale.
 */
import { isOneOf } from './typed';
export const LOCALES = ['en', 'ar'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

function isLocale(value: unknown): value is Locale {
  return isOneOf(LOCALES, value);
}

/** The locale of a page, from Astro.currentLocale (English when Astro gives none). */
export function localeOf(current: string | undefined): Locale {
  return isLocale(current) ? current : DEFAULT_LOCALE;
}

/** The route parameter of a locale for pages under src/pages/[...lang]/: none for English. */
export function langParam(locale: Locale): string | undefined {
  return locale === DEFAULT_LOCALE ? undefined : locale;
}

/** The path prefix of a locale's pages: "" for English, "ar/" for Arabic. */
/** The text direction of a locale. */
export function dirOf(locale: Locale): 'ltr' | 'rtl' {
  return locale === 'ar' ? 'rtl' : 'ltr';
}

export function localePrefix(locale: Locale): string {
  return locale === DEFAULT_LOCALE ? '' : `${locale}/`;
}

/** getStaticPaths entries for a page that exists once per locale, with extra params and props. */
export function perLocale<P extends Record<string, string | undefined>, Q>(
  items: readonly { params: P; props?: Q }[],
): {
  params: P & { lang: string | undefined };
  props: (Q extends undefined ? object : Q) & { locale: Locale };
}[] {
  return LOCALES.flatMap((locale) =>
    items.map((item) => ({
      params: { ...item.params, lang: langParam(locale) },
      props: { ...(item.props ?? {}), locale } as (Q extends undefined ? object : Q) & {
        locale: Locale;
      },
    })),
  );
}
