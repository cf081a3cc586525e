/**
 * The apps' runtime (lib/runtime/register.cjs, docs/adr/0024): every way an app is started uses it,
 * and no code relies on what it leaves out (ESM loader hooks: a dynamic `import()` of a relative
 * TypeScript file does not resolve under it).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TS_REGISTER } from '../../lib/runtime/node-args';
import { REPO, sourceFiles } from './layers';

const rel = (f: string) => path.relative(REPO, f).split(path.sep).join('/');
const RUNTIME = `node --require ./${rel(TS_REGISTER)} apps/`;

test('every npm script, cdk8s.yaml and cdktf.json start an app with the runtime', () => {
  const scripts: Record<string, string> = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')).scripts;
  const starts = [
    ...Object.entries(scripts).map(([name, command]) => [`package.json scripts.${name}`, command]),
    ['cdk8s.yaml app', /^app: (.*)$/m.exec(fs.readFileSync(path.join(REPO, 'cdk8s.yaml'), 'utf8'))![1]],
    ['cdktf.json app', JSON.parse(fs.readFileSync(path.join(REPO, 'cdktf.json'), 'utf8')).app],
  ].filter(([, command]) => /apps\//.test(command));
  expect(starts.length).toBeGreaterThan(10);
  expect(starts.filter(([, command]) => !command.startsWith(RUNTIME))).toEqual([]);
  expect(fs.existsSync(TS_REGISTER)).toBe(true);
});

test('no dynamic import() of a relative module (lazy loading is a require())', () => {
  const found = ['lib', 'constructs', 'apps', 'config']
    .flatMap((dir) => sourceFiles(path.join(REPO, dir)))
    .flatMap((file) =>
      [...fs.readFileSync(file, 'utf8').matchAll(/(?<!typeof )\bimport\s*\(\s*'(\.[^']*)'\s*\)(?!\.[A-Z])/g)].map(
        (m) => `${rel(file)}: import('${m[1]}')`,
      ),
    );
  expect(found).toEqual([]);
});
