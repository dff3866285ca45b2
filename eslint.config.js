// Lint: typescript-eslint's type-checked rules over src/, integrations/, scripts/ and tests/, and
// Astro's rules over .astro files. Unused exports and files are knip's job (knip.json).
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', '.astro/', 'bench/', 'tests/content/hostile/', '**/*.d.ts'] },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
  },
  ...astro.configs['flat/recommended'],
  { files: ['**/*.astro', '**/*.mjs', '**/*.js'], ...tseslint.configs.disableTypeChecked },
  {
    rules: {
      // "_name" says "deliberately unused" (a parameter kept for its position, a field left out)
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
);
