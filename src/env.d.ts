interface ImportMetaEnv {
  /** The build's date (YYYY-MM-DD), from src/data/build-date.ts. */
  readonly BUILD_DATE: string;
}

declare namespace App {
  interface Locals {
    /**
     * The language of the MDX body being rendered (English where a translated page has no
     * translated body), set by the page so <Quote> can tell a quotation's language from it.
     */
    bodyLang?: string;
  }
}
