/**
 * Every test file as a jest test file of its own (fresh module registry each): `npm run test:file -- <file>`
 * to run or debug one file alone. `npm test` (jest.config.js) runs the same files in groups.
 */
const base = require('./jest.config');

// Snapshots of grouped files live in test/groups/__snapshots__ under other keys: `npm run test:file` passes
// --ci (a CLI flag: jest's config option is overridden by the flag's default), so a lone run fails on a
// missing snapshot instead of writing a fresh one and passing; compare snapshots with npm test.
module.exports = { ...base, testMatch: ['<rootDir>/test/**/*.test.ts', '!<rootDir>/test/groups/**'] };
