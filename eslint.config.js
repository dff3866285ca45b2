// Lint: typescript-eslint's type-checked rules over src/, integrations/, scripts/ and tests/,
// Astro's rules over .astro files, and unused exports reported so dead code cannot hide.
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import importX from 'eslint-plugin-import-x';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', '.astro/', 'bench/', 'tests/content/hostile/', '**/*.d.ts'] },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
  },
  ...astro.configs['flat/recommended'],
  { files: ['**/*.astro', '**/*.mjs', '**/*.js'], ...tseslint.configs.disableTypeChecked },
  {
    plugins: { 'import-x': importX },
    rules: {
      'import-x/no-unused-modules': ['warn', { unusedExports: true, src: ['src/**', 'integrations/**', 'scripts/**'] }],
    },
  },
);
