/** @type {import('jest').Config} */
const { GROUPS, isolatedFiles } = require('./test/support/groups');

module.exports = {
  testEnvironment: 'node',
  setupFiles: ['<rootDir>/test/support/v8-flags.js'],
  roots: ['<rootDir>/test'],
  // The test files run in groups sharing a module registry, plus the isolated ones (test/support/groups.js).
  testMatch: [...Object.keys(GROUPS).map((g) => `<rootDir>/test/groups/${g}.test.ts`), ...isolatedFiles()],
  transform: { '^.+\\.ts$': ['@swc/jest', { jsc: { target: 'es2022', parser: { syntax: 'typescript' } } }] },
  moduleFileExtensions: ['ts', 'js', 'json'],
  maxWorkers: 2,
  // Longest first by measured weights, also on a fresh clone where jest remembers no durations.
  testSequencer: '<rootDir>/test/support/sequencer.js',
  // The shipped build is rendered once per run and shared with every worker (test/support/build-cache.ts).
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
};
