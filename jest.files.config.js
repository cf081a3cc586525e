/**
 * Every test file as a jest test file of its own (fresh module registry each): `npm run test:file -- <file>`
 * to run or debug one file alone. `npm test` (jest.config.js) runs the same files in groups.
 */
const base = require('./jest.config');

module.exports = { ...base, testMatch: ['<rootDir>/test/**/*.test.ts', '!<rootDir>/test/groups/**'] };
