import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// A module that needs a provider imports the module that exports it: Nest's graph is the design's.
const NO_GLOBAL_MODULES = {
  selector: "Decorator[expression.callee.name='Global']",
  message: 'No @Global modules: import the module that provides what you need (see apps/api/src/feature-modules.ts).',
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'test-artifacts/**', '.data/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'off',
      'no-console': 'error',
      eqeqeq: ['error', 'always'],
      // Lib internals are private: other code imports a lib only through its index (@okpay/<lib>).
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@okpay/*/*'], message: 'Import a lib only through its public index: @okpay/<lib>.' }] },
      ],
      'no-restricted-syntax': ['error', NO_GLOBAL_MODULES],
    },
  },
  {
    // A use case says what happens; the statements it runs live in the lib's *.repository.ts or query files.
    files: ['libs/**/*.use-case.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        NO_GLOBAL_MODULES,
        {
          selector: "CallExpression[callee.property.name=/^(query|createQueryBuilder)$/]",
          message: 'No SQL in a use case: put the statement in a *.repository.ts (or query) file of the lib and call it.',
        },
      ],
    },
  },
  {
    files: ['**/*.cjs', 'jest.config.js'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable', __dirname: 'readonly', __filename: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['bench/**/*.ts', 'test/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
);
