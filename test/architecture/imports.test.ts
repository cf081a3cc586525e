/** The import reader of the architecture test on small, tricky sources. */
import { parseImports } from './imports';

const read = (text: string) => parseImports(text).map(({ specifier, typeOnly }) => `${specifier}${typeOnly ? ' (type)' : ''}`);

test('both quote styles, every import and re-export form, one record per statement', () => {
  const source = [
    `import * as fs from "node:fs";`,
    `import a, { b } from './a';`,
    `import './side-effect';`,
    `import c = require("./c");`,
    `export * from './d';`,
    `export * as e from "./e";`,
    `export { f } from './f';`,
    `const g = require('./g');`,
    `const h = await import("./h");`,
    `import('./i').then((m) => m);`,
    `jest.mock('./j', () => ({}));`,
    `const quote = /'/; import { k } from './k';`,
  ].join('\n');
  expect(read(source)).toEqual(['node:fs', './a', './side-effect', './c', './d', './e', './f', './g', './h', './i', './j', './k']);
});

test('type-only is decided per statement: the same path imported as a type and as a value gives a type-only and a value record', () => {
  const source = [
    `import type { T } from './x';`,
    `import { type U, type V } from './y';`,
    `import { type W, value } from './x';`,
    `export type { Z } from './z';`,
    `export { type Q } from './q';`,
    `type R = typeof import('./r');`,
    `let s: import('./s').S;`,
    `import type from './default-named-type';`,
    `export type Local = string;`,
  ].join('\n');
  expect(read(source)).toEqual([
    './x (type)',
    './y (type)',
    './x',
    './z (type)',
    './q (type)',
    './r (type)',
    './s (type)',
    './default-named-type',
  ]);
});

test('text that only looks like an import (strings, templates, comments, regular expressions) is not one', () => {
  const source = [
    `const generated = 'export const load = () => require("./k8s.json");';`,
    `const line = \`import x from '\${dir}/y'; \${'}'} require('./t')\`;`,
    `// import { z } from './comment';`,
    `/* export * from './block' */`,
    `const quote = /'|"/g; const div = 4 / 2; const re = /from '.\\/re'/;`,
    `const o = { import: 1, export: 2 }; o.require('./member');`,
    `export const after = require('./after');`,
  ].join('\n');
  expect(read(source)).toEqual(['./after']);
});

test('the line of each import, for the message', () => {
  expect(parseImports(`// one\n\nimport { a } from './a';\n`).map((i) => i.line)).toEqual([3]);
});
