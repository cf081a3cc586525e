/**
 * Runs the longest jest test files first, by the weights in test/support/groups.js, whatever jest
 * remembers: on a fresh clone (CI) jest knows no durations and would order the groups by file size
 * (all the same), which can leave one worker with the two longest groups. Longest first on two
 * workers keeps the run balanced.
 */
const Sequencer = require('@jest/test-sequencer').default;
const { WEIGHTS, rel } = require('./groups');

class GroupSequencer extends Sequencer {
  sort(tests) {
    const weight = (test) => WEIGHTS[rel(test.path)] ?? 0;
    return [...tests].sort((a, b) => weight(b) - weight(a) || a.path.localeCompare(b.path));
  }
}

module.exports = GroupSequencer;
