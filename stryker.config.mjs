// Mutation testing of the safety gate and the model engine (`npm run test:mutation`; not part of CI).
// Scores and the survivors kept on purpose: README "Mutation testing", docs/mutation-survivors.md.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(fileURLToPath(import.meta.url));
// The shipped build, rendered once by the first (unmutated) jest run and shared by every mutant's run.
const cache = path.join(root, 'reports', 'mutation', 'build-cache.json');
fs.rmSync(cache, { force: true });
process.env.MATIH_TEST_BUILD_CACHE = cache;
// Every mutant re-runs the gate's "finds nothing on the shipped targets" tests: the dev target (it has every
// kind of object the others have, and the dev secret readers) keeps that in minutes.
process.env.MATIH_MUTATION_TARGETS = 'dev-azure';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'npm',
  testRunner: 'jest',
  plugins: ['@stryker-mutator/jest-runner'],
  // The gate's least-privilege and cross-layer rules and how it reads connections; the model engine's overlay
  // merge and declared Services. About 12 mutants a minute on two shared cores (README "Mutation testing"):
  // the other rules, the JSON-schema and CEL machinery, the model's validation and loaders have their own tests
  // and can be added here (roughly 4 minutes per 50 mutants).
  mutate: [
    'lib/gate/rules/{rbac,sensitive-api,service-target-ports,connection-endpoints,connection-policies}.ts',
    'lib/gate/{connections,connection-settings}.ts',
    'lib/model/{overlay,services}.ts',
  ],
  // Messages are asserted where they matter; mutating every string literal doubles the run for little.
  mutator: { excludedMutations: ['StringLiteral'] },
  ignoreStatic: true,
  jest: {
    projectType: 'custom',
    configFile: 'jest.config.js',
    config: {
      // The tests that exercise the mutated code on small inputs and on the shipped targets; the schema
      // compiler's own tests and the rendering tests add minutes per run and kill nothing here.
      testMatch: [
        ...['rules', 'sensitive-api', 'connections', 'connection-settings'].map((f) => `<rootDir>/test/gate/${f}.test.ts`),
        '<rootDir>/test/model/*.test.ts',
        '<rootDir>/test/facts/tenancy.test.ts',
      ],
      // Jest relates a mutated file to its tests through the modules it has crawled: the source folders too.
      roots: ['<rootDir>/test', '<rootDir>/lib'],
      globalSetup: '<rootDir>/test/support/mutation-setup.ts',
      globalTeardown: null,
    },
    enableFindRelatedTests: true,
  },
  coverageAnalysis: 'perTest',
  concurrency: 2,
  timeoutMS: 20000,
  ignorePatterns: ['dist', 'cdktf.out', 'reports', 'docs'],
  incremental: true,
  incrementalFile: 'reports/mutation/stryker-incremental.json',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
};
