interface ImportMetaEnv {
  /** The build's date (YYYY-MM-DD), from integrations/build-date.ts. */
  readonly BUILD_DATE: string;
}
