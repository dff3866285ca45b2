/**
 * What a copy of the project needs to build the site: the sources, not the output or the packages
 * (a copy links node_modules). The build tests, the fixture site and the scale bench copy these.
 */
export const PROJECT_FILES = [
  'src',
  'public',
  'integrations',
  'scripts',
  'docs',
  'astro.config.mjs',
  'tsconfig.json',
  'package.json',
];
