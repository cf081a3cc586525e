/**
 * How `npm test` runs the test files: jest gives every test file a fresh module registry, and
 * loading the render pipeline and the cdktf providers costs about a second of CPU per file, more
 * than most files' tests. So the test files of a group of folders run inside one jest test file
 * (test/groups/<group>.test.ts), each under a `describe` named after it, sharing one registry.
 * A file that mocks modules or depends on a cold module state runs alone (ISOLATED). The real
 * processes of test/e2e run in a group too: its worker waits while they use the cores.
 * `npm run test:file -- <file>` runs any file on its own (jest.files.config.js).
 * Plain CommonJS: jest.config.js reads it before any transform exists.
 */
const fs = require('node:fs');
const path = require('node:path');

const TEST_ROOT = __dirname.replace(/[\\/]support$/, '');

/**
 * Folders of test/ per group: two groups of about equal time, one per worker of the 2-core machine
 * (each group loads the pipelines once; more groups would load them more often).
 */
const GROUPS = {
  'model-render-gate': ['baseline', 'charts', 'gate', 'gitops', 'insight', 'model', 'operators', 'render', 'scheduling', 'secrets'],
  'cloud-cli-e2e': ['architecture', 'cli', 'cloud', 'e2e', 'facts'],
};

/** Run as jest test files of their own: jest.mock replaces a module for the whole file (new-target). */
const ISOLATED = ['model/new-target.test.ts'];

/**
 * Seconds each jest test file took on the 2-core machine without ../shared, as CI runs (2026-12-03, 18:05 UTC): test/support/sequencer.js
 * starts the longest first. Re-measure with `npx jest --json` after moving folders between groups.
 */
const WEIGHTS = {
  'groups/cloud-cli-e2e.test.ts': 27.3,
  'groups/model-render-gate.test.ts': 25.7,
  'model/new-target.test.ts': 1.9,
};

/** Folders of test/ holding no test file of their own. */
const NOT_TESTS = ['fixtures', 'groups', 'support'];

function walk(dir) {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : e.name.endsWith('.test.ts') ? [path.join(dir, e.name)] : []));
}

const rel = (file) => path.relative(TEST_ROOT, file).split(path.sep).join('/');
const isolated = (file) => ISOLATED.some((entry) => rel(file) === entry || rel(file).startsWith(`${entry}/`));

/** Every folder of test/ must be in a group, isolated or known not to hold tests: none is skipped silently. */
function checkFolders() {
  const known = new Set([...Object.values(GROUPS).flat(), ...ISOLATED.filter((e) => !e.endsWith('.ts')), ...NOT_TESTS]);
  const loose = fs
    .readdirSync(TEST_ROOT, { withFileTypes: true })
    .filter((e) => e.isDirectory() && !known.has(e.name) && !e.name.startsWith('__'))
    .map((e) => e.name);
  if (loose.length) throw new Error(`test/support/groups.js: test folders in no group: ${loose.join(', ')} (add them to GROUPS)`);
  const topLevel = fs.readdirSync(TEST_ROOT).filter((f) => f.endsWith('.test.ts'));
  if (topLevel.length)
    throw new Error(`test/support/groups.js: test files directly in test/: ${topLevel.join(', ')} (move them into a folder)`);
}

/** The test files of one group, absolute paths, in a stable order. */
function groupFiles(group) {
  const folders = GROUPS[group];
  if (!folders) throw new Error(`test/support/groups.js: no group '${group}'`);
  checkFolders();
  return folders.flatMap((folder) => walk(path.join(TEST_ROOT, folder))).filter((file) => !isolated(file));
}

/** The isolated test files, absolute paths. */
function isolatedFiles() {
  return walk(TEST_ROOT).filter(isolated);
}

module.exports = { GROUPS, ISOLATED, TEST_ROOT, WEIGHTS, groupFiles, isolatedFiles, rel };
