/**
 * `npm test` runs the test files in groups (test/support/groups.js): every test file runs exactly
 * once, in one group or on its own, and jest's configuration runs every group and isolated file.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

const groups = require('../support/groups') as {
  GROUPS: Record<string, string[]>;
  TEST_ROOT: string;
  groupFiles(group: string): string[];
  isolatedFiles(): string[];
};
const config = require('../../jest.config') as { testMatch: string[] };

function testFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? testFiles(path.join(dir, e.name)) : e.name.endsWith('.test.ts') ? [path.join(dir, e.name)] : []));
}

test('every test file runs exactly once: in one group or isolated', () => {
  const everyFile = testFiles(groups.TEST_ROOT).filter((f) => !f.includes(`${path.sep}groups${path.sep}`));
  const scheduled = [...Object.keys(groups.GROUPS).flatMap((g) => groups.groupFiles(g)), ...groups.isolatedFiles()];
  expect(scheduled.length).toBe(new Set(scheduled).size);
  expect([...scheduled].sort()).toEqual([...everyFile].sort());
  expect(everyFile.length).toBeGreaterThan(80);
});

test('jest runs each group file and each isolated file', () => {
  for (const group of Object.keys(groups.GROUPS)) {
    const file = path.join(groups.TEST_ROOT, 'groups', `${group}.test.ts`);
    expect(fs.readFileSync(file, 'utf8')).toContain(`runGroup('${group}')`);
    expect(config.testMatch).toContain(`<rootDir>/test/groups/${group}.test.ts`);
  }
  expect(config.testMatch).toEqual(expect.arrayContaining(groups.isolatedFiles()));
  expect(fs.readdirSync(path.join(groups.TEST_ROOT, 'groups')).filter((f) => f.endsWith('.test.ts')).length).toBe(
    Object.keys(groups.GROUPS).length,
  );
});

test('the group timeout covers the longest timeout any test file asks for', () => {
  const asked = (file: string) =>
    [...fs.readFileSync(file, 'utf8').matchAll(/jest\.setTimeout\(([\d_]+)\)/g)].map((m) => Number(m[1].replace(/_/g, '')));
  const grouped = Object.keys(groups.GROUPS).flatMap((g) => groups.groupFiles(g));
  const longest = Math.max(...grouped.flatMap(asked));
  const runner = fs.readFileSync(path.join(groups.TEST_ROOT, 'support', 'run-group.ts'), 'utf8');
  const timeout = Number(/GROUP_TIMEOUT_MS = ([\d_]+)/.exec(runner)![1].replace(/_/g, ''));
  expect(longest).toBeGreaterThan(5_000);
  expect(timeout).toBeGreaterThanOrEqual(longest);
});

test('the sequencer knows a weight for every jest test file the run starts', () => {
  const weights = (require('../support/groups') as { WEIGHTS: Record<string, number> }).WEIGHTS;
  const started = [
    ...Object.keys(groups.GROUPS).map((g) => `groups/${g}.test.ts`),
    ...groups.isolatedFiles().map((f) => path.relative(groups.TEST_ROOT, f)),
  ];
  expect(Object.keys(weights).sort()).toEqual(started.sort());
});
