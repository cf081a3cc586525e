// ESLint (flat config): typescript-eslint's recommended rules plus the project's import boundaries.
// Layering between folders is checked by test/architecture; formatting is Prettier's.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const PROVIDERS = ['@cdktf/provider-aws', '@cdktf/provider-azurerm', '@cdktf/provider-google'];

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'cdktf.out/', 'cdk8s.out/', 'imports/', 'coverage/', 'reports/', '.stryker-tmp/', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        require: 'readonly',
        module: 'writable',
        __dirname: 'readonly',
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
      },
    },
    rules: {
      // Provider packages are imported by deep path: the package root loads every resource class (seconds, hundreds of MB).
      'no-restricted-imports': [
        'error',
        {
          paths: PROVIDERS.map((name) => ({ name, message: `import ${name}/lib/<resource> by deep path, never the package root` })),
          patterns: [
            {
              group: ['**/apps', '**/apps/**'],
              message: 'only apps/ and the tests of its commands (test/cli, test/e2e) import entry points: move shared code to lib/',
            },
          ],
        },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // Entry points, and the tests that run them as commands, may import entry points.
    files: ['apps/**/*.ts', 'test/cli/**/*.ts', 'test/e2e/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: PROVIDERS.map((name) => ({ name, message: `import ${name}/lib/<resource> by deep path, never the package root` })) },
      ],
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-require-imports': 'off' },
  },
  { files: ['**/*.cjs', '**/*.js'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
);
