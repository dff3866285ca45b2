/**
 * The site's maps, built once per edition from the validated places (with the edition's names)
 * and Natural Earth's geometry. Pages ask for views by name; src/lib/site-maps.ts and
 * src/lib/map-model.ts do the work.
 */
import { site } from './site';
import { readAtlas } from './atlas';
import { buildSiteMaps, type SiteMaps } from '../lib/site-maps';
import { DEFAULT_LOCALE, type Locale } from '../lib/i18n';
import { strings } from '../lib/strings';

const cached = new Map<Locale, Promise<SiteMaps>>();
let atlas: ReturnType<typeof readAtlas> | undefined;

export function siteMaps(locale: Locale = DEFAULT_LOCALE): Promise<SiteMaps> {
  let maps = cached.get(locale);
  if (!maps) {
    maps = site(locale).then((model) =>
      buildSiteMaps(model, (atlas ??= readAtlas()), strings(locale).maps),
    );
    cached.set(locale, maps);
  }
  return maps;
}
