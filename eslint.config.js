// @ts-check
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'packages/schema/generated/**',
      'packages/elements/src/generated/**',
      'storybook-static/**',
      'docs/api/**',
      'coverage/**',
      // A mutation run's sandbox copy of the repository (bench/mutation.mjs), left if it was stopped.
      '.stryker-tmp/**',
      '**/*.d.ts',
    ],
  },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['packages/elements/**/*.ts', 'stories/**/*.ts', 'test/**/*.ts'],
    plugins: { lit, wc, 'lit-a11y': litA11y },
    rules: {
      ...lit.configs.recommended.rules,
      ...wc.configs.recommended.rules,
      ...litA11y.configs.recommended.rules,
      // role="list" on <ul> is deliberate: with list-style: none, Safari drops list semantics.
      'lit-a11y/no-redundant-role': 'off',
    },
  },
  {
    files: ['**/test/**/*.ts', 'test/**/*.ts'],
    rules: {
      // chai assertions such as expect(x).to.exist are expressions
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
);
