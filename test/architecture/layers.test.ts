/**
 * The layout is the architecture: imports run one way through the layers of test/architecture/layers.ts,
 * config/ holds data only (it imports nothing outside config/), and no file imports itself back
 * through a cycle.
 */
import * as path from 'node:path';
import { importsOf, LAYERS, layerOf, REPO, sourceFiles } from './layers';

const CODE = ['config', 'lib', 'constructs', 'apps'].flatMap((dir) => sourceFiles(path.join(REPO, dir)));
const rel = (f: string) => path.relative(REPO, f).split(path.sep).join('/');

test('every source file belongs to a layer', () => {
  expect(CODE.filter((f) => layerOf(f) === undefined).map(rel)).toEqual([]);
});

test('imports run one way: a layer imports only itself and the layers below it', () => {
  const violations: string[] = [];
  for (const file of CODE) {
    const from = layerOf(file)!;
    const layer = LAYERS.find((l) => l.name === from)!;
    const allowed = new Set<string>([from, ...layer.may]);
    const typesAllowed = new Set<string>('mayTypes' in layer ? layer.mayTypes : []);
    for (const { specifier, resolved, typeOnly } of importsOf(file)) {
      if (!specifier.startsWith('.')) continue;
      const to = resolved ? layerOf(resolved) : undefined;
      if (!resolved) violations.push(`${rel(file)}: ${specifier} does not resolve`);
      else if (!to || !(allowed.has(to) || (typeOnly && typesAllowed.has(to))))
        violations.push(
          `${rel(file)} (${from}) imports ${rel(resolved)} (${to ?? 'outside every layer'}${typesAllowed.has(to ?? '') ? ', types only' : ''})`,
        );
    }
  }
  expect(violations).toEqual([]);
});

test('no import cycles between files', () => {
  const graph = new Map(CODE.map((f) => [f, importsOf(f).flatMap((i) => (i.resolved && i.resolved.endsWith('.ts') ? [i.resolved] : []))]));
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
