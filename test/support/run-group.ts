/** Runs a group's test files in this jest test file, one `describe` per file (test/support/groups.js). */
const groups = require('./groups') as { groupFiles(group: string): string[]; rel(file: string): string };

export function runGroup(group: string): void {
  for (const file of groups.groupFiles(group)) {
    describe(groups.rel(file), () => {
      require(file);
    });
  }
}
