/**
 * The Arabic interface text: the same shape as en.ts (TypeScript checks it), in the fixed terms of
 * docs/glossary-ar.md.
 */
import { en } from './en';
import type { Dictionary } from '../strings';

export const ar: Dictionary = {
  ...en,
  lang: 'ar',
  dir: 'rtl',
  chrome: { ...en.chrome, other: { locale: 'en', label: 'English', title: 'This page in English' }, untranslated: 'لم تُترجم هذه الصفحة إلى العربية بعد، فنصّها أدناه بالإنجليزية.' },
};
