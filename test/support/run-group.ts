/** Runs a group's test files in this jest test file, one `describe` per file (test/support/groups.js). */
import * as fs from 'node:fs';

const groups = require('./groups') as { groupFiles(group: string): string[]; rel(file: string): string };

/**
 * `jest.setTimeout` holds for the whole jest test file, so in a group the files' own calls would
 * override each other (the last one wins): the group takes the longest any of its files asks for.
 */
const GROUP_TIMEOUT_MS = 180_000;

/** With MATIH_TEST_TIMES=<file>, each test file's wall time (hooks included) is appended there as a JSON line. */
const TIMES = process.env.MATIH_TEST_TIMES;

export function runGroup(group: string): void {
  for (const file of groups.groupFiles(group)) {
    const name = groups.rel(file);
    describe(name, () => {
      let started = 0;
      if (TIMES) beforeAll(() => void (started = performance.now()));
      require(file);
      if (TIMES)
        afterAll(() => fs.appendFileSync(TIMES, `${JSON.stringify({ group, file: name, ms: Math.round(performance.now() - started) })}\n`));
    });
  }
  jest.setTimeout(GROUP_TIMEOUT_MS);
}
