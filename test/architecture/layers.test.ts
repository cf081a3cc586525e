/**
 * The layout is the architecture: imports run one way through the layers of test/architecture/layers.ts,
 * config/ holds data only (it imports nothing outside config/), no folder but apps/ and the tests of
 * its commands imports apps/, and no file imports itself back through a cycle.
 */
import * as path from 'node:path';
import { importsOf, LAYERS, layerOf, REPO, sourceFiles } from './layers';

const FILES = ['config', 'lib', 'constructs', 'apps', 'test'].flatMap((dir) => sourceFiles(path.join(REPO, dir)));
const rel = (f: string) => path.relative(REPO, f).split(path.sep).join('/');
const IMPORTS = new Map(FILES.map((f) => [f, importsOf(f)]));

test('every source file belongs to a layer', () => {
  expect(FILES.filter((f) => layerOf(f) === undefined).map(rel)).toEqual([]);
});

test('layers are listed lowest first: a layer may import only layers listed before it', () => {
  const order = LAYERS.map((l) => l.name as string);
  const upward = LAYERS.flatMap((l) =>
    [...l.may, ...('mayTypes' in l ? l.mayTypes : [])]
      .filter((m) => order.indexOf(m) >= order.indexOf(l.name))
      .map((m) => `${l.name} -> ${m}`),
  );
  expect(upward).toEqual([]);
});

/** Every relative import that breaks the layering, as `file:line (layer) imports target (layer)`. */
function layerViolations(files: ReadonlyMap<string, ReturnType<typeof importsOf>>): string[] {
  const violations: string[] = [];
  for (const [file, imports] of files) {
    const from = layerOf(file)!;
    const layer = LAYERS.find((l) => l.name === from)!;
    const allowed = new Set<string>([from, ...layer.may]);
    const typesAllowed = new Set<string>('mayTypes' in layer ? layer.mayTypes : []);
    for (const { specifier, resolved, typeOnly, line } of imports) {
      if (!specifier.startsWith('.')) continue;
      const to = resolved ? layerOf(resolved) : undefined;
      const where = `${rel(file)}:${line}`;
      if (!resolved) violations.push(`${where}: ${specifier} does not resolve`);
      else if (!to || !(allowed.has(to) || (typeOnly && typesAllowed.has(to))))
        violations.push(`${where} (${from}) imports ${rel(resolved)} (${to ?? 'outside every layer'}${typeOnly ? ', types only' : ''})`);
    }
  }
  return violations;
}

test('imports run one way: a layer imports only itself and the layers below it', () => {
  expect(layerViolations(IMPORTS)).toEqual([]);
});

test('apps/ is imported only by apps/ and by the tests of its commands (test/cli, test/e2e)', () => {
  const intoApps = FILES.flatMap((file) =>
    IMPORTS.get(file)!
      .filter((i) => i.resolved && layerOf(i.resolved) === 'apps' && !['apps', 'test/cli', 'test/e2e'].includes(layerOf(file)!))
      .map((i) => `${rel(file)}:${i.line} imports ${rel(i.resolved!)}`),
  );
  expect(intoApps).toEqual([]);
});

test('no import cycles between files', () => {
  const graph = new Map(
    FILES.map((f) => [f, IMPORTS.get(f)!.flatMap((i) => (i.resolved && /\.(ts|js|cjs)$/.test(i.resolved) ? [i.resolved] : []))]),
  );
  const state = new Map<string, 'open' | 'done'>();
  const cycles: string[] = [];
  const visit = (file: string, stack: string[]) => {
    if (state.get(file) === 'done') return;
    if (state.get(file) === 'open') {
      cycles.push([...stack.slice(stack.indexOf(file)), file].map(rel).join(' -> '));
      return;
    }
    state.set(file, 'open');
    for (const next of graph.get(file) ?? []) visit(next, [...stack, file]);
    state.set(file, 'done');
  };
  for (const file of graph.keys()) visit(file, []);
  expect(cycles).toEqual([]);
});
