// Lint: typescript-eslint's type-checked rules over src/, integrations/, scripts/ and tests/, and
// Astro's rules over .astro files. Unused exports and files are knip's job (knip.json).
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';

export default defineConfig(
  {
    ignores: ['dist/', 'node_modules/', '.astro/', 'bench/', 'tests/content/hostile/', '**/*.d.ts'],
  },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  ...astro.configs['flat/recommended'],
  // .astro files, and the two config files that stay JavaScript (astro.config.mjs, this one)
  { files: ['**/*.astro', '**/*.mjs', '**/*.js'], ...tseslint.configs.disableTypeChecked },
  {
    rules: {
      // "_name" says "deliberately unused" (a parameter kept for its position, a field left out)
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // Tests read JSON the build wrote and evaluate the scripts it built (new Function over a
    // bundle, as the browser would run it): values from there are any by nature.
    files: ['tests/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-implied-eval': 'off',
    },
  },
);
