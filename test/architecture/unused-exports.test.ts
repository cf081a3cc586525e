/**
 * Every name exported by config/, the model, the cloud profiles, the constructs, the render and insight
 * layers is used by another file (a test counts). lib/gate is not scanned while its rules are being
 * restructured; imports/ is generated and mentions none of our names, so it is not read.
 */
import { REPO } from './layers';
import { exportedNames, sourceFiles, unusedExports } from './unused-exports';

const SCANNED = ['config', 'lib/model', 'lib/clouds', 'lib/render', 'lib/insight', 'constructs'];
const READ = ['apps', 'lib', 'constructs', 'config', 'test'];

test('no exported name is unused elsewhere in the repository', () => {
  const files = sourceFiles(REPO, READ);
  expect(files.size).toBeGreaterThan(300);
  const unused = unusedExports(files, (file) => SCANNED.some((dir) => file.startsWith(`${dir}/`)));
  expect(unused).toEqual([]);
});

describe('the scan', () => {
  const files = (entries: Record<string, string>) => new Map(Object.entries(entries));

  test('finds declared and listed exports', () => {
    const text = [
      'export const A = 1;',
      'export async function b() {}',
      'export interface C {}',
      'export type D = string;',
      'export declare class E {}',
      'export enum F {}',
      'export { g, h as H };',
      "export { I } from './i';",
      "export * from './j';",
    ].join('\n');
    expect(exportedNames(text).sort()).toEqual(['A', 'C', 'D', 'E', 'F', 'H', 'I', 'b', 'g'].sort());
  });

  test('reports a planted export no other file uses, not one another file names in code', () => {
    const found = unusedExports(
      files({
        'lib/model/a.ts': 'export const PLANTED = 1;\nexport const USED = 2;\nexport const LOCAL = PLANTED + 1;\n',
        // A mention in a comment is not a use.
        'apps/b.ts': "import { USED } from '../lib/model/a';\n// LOCAL is not used here\nconsole.log(USED);\n",
      }),
      (file) => file.startsWith('lib/'),
    );
    expect(found).toEqual(['lib/model/a.ts: LOCAL', 'lib/model/a.ts: PLANTED']);
  });
});
