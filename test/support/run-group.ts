/** Runs a group's test files in this jest test file, one `describe` per file (test/support/groups.js). */
const groups = require('./groups') as { groupFiles(group: string): string[]; rel(file: string): string };

/**
 * `jest.setTimeout` holds for the whole jest test file, so in a group the files' own calls would
 * override each other (the last one wins): the group takes the longest any of its files asks for.
 */
const GROUP_TIMEOUT_MS = 180_000;

export function runGroup(group: string): void {
  for (const file of groups.groupFiles(group)) {
    describe(groups.rel(file), () => {
      require(file);
    });
  }
  jest.setTimeout(GROUP_TIMEOUT_MS);
}
