interface ImportMetaEnv {
  /** The build's date (YYYY-MM-DD), from src/data/build-date.ts. */
  readonly BUILD_DATE: string;
}
