/**
 * The layers of the repository and the imports between them, read from the source files, one
 * record per import statement (test/architecture/imports.ts).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseImports } from './imports';

export const REPO = path.resolve(__dirname, '..', '..');

/** Everything lib/synth (the synth pipeline) builds on, in layer order. */
const BELOW_SYNTH = [
  'config',
  'lib/k8s',
  'imports',
  'lib/clouds',
  'lib/model',
  'constructs',
  'lib/render',
  'lib/gate',
  'lib/charts',
  'lib/insight',
] as const;

/**
 * Layers, lowest first. A file may import its own layer and the layers before it in this list,
 * never a later one. Tests may import everything but apps/; only the tests of the commands
 * themselves (test/cli, test/e2e: exit codes, output, real processes) import apps/.
 */
export const LAYERS = [
  // Generated bindings (cdk8s import, imports/charts): import nothing of ours.
  { name: 'imports', path: 'imports', may: [] },
  // config/ types chart values by the generated imports/charts, through `import type` only (erased at run time).
  { name: 'config', path: 'config', may: [], mayTypes: ['imports'] },
  { name: 'lib/k8s', path: 'lib/k8s', may: [] },
  // How a process or worker thread runs the TypeScript (lib/runtime/register.cjs): imports nothing of ours.
  { name: 'lib/runtime', path: 'lib/runtime', may: [] },
  { name: 'lib/clouds', path: 'lib/clouds', may: ['config', 'lib/k8s', 'imports'] },
  { name: 'lib/model', path: 'lib/model', may: ['config', 'lib/k8s', 'lib/clouds'] },
  { name: 'constructs', path: 'constructs', may: ['config', 'lib/k8s', 'imports', 'lib/clouds', 'lib/model'] },
  { name: 'lib/render', path: 'lib/render', may: ['config', 'lib/k8s', 'imports', 'lib/clouds', 'lib/model', 'constructs'] },
  { name: 'lib/gate', path: 'lib/gate', may: ['config', 'lib/k8s', 'imports', 'lib/clouds', 'lib/model', 'constructs', 'lib/render'] },
  {
    // Upstream charts rendered the way Argo CD renders them, through the gate (npm run charts:verify).
    name: 'lib/charts',
    path: 'lib/charts',
    may: ['config', 'lib/k8s', 'imports', 'lib/clouds', 'lib/model', 'constructs', 'lib/render', 'lib/gate'],
  },
  {
    name: 'lib/insight',
    path: 'lib/insight',
    may: ['config', 'lib/k8s', 'imports', 'lib/clouds', 'lib/model', 'constructs', 'lib/render', 'lib/gate', 'lib/charts'],
  },
  { name: 'lib/synth', path: 'lib/synth', may: ['lib/runtime', ...BELOW_SYNTH] },
  { name: 'apps', path: 'apps', may: ['lib/runtime', ...BELOW_SYNTH, 'lib/synth'] },
  // The test groups are defined beside the jest configuration (test/architecture/test-groups.test.ts reads it).
  { name: 'jest.config.js', path: 'jest.config.js', may: [] },
  { name: 'test', path: 'test', may: ['lib/runtime', ...BELOW_SYNTH, 'lib/synth', 'jest.config.js'] },
  { name: 'test/e2e', path: 'test/e2e', may: ['lib/runtime', ...BELOW_SYNTH, 'lib/synth', 'apps', 'test'] },
  { name: 'test/cli', path: 'test/cli', may: ['lib/runtime', ...BELOW_SYNTH, 'lib/synth', 'apps', 'test', 'test/e2e'] },
] as const;

export type LayerName = (typeof LAYERS)[number]['name'];

export function layerOf(file: string): LayerName | undefined {
  const rel = path.relative(REPO, file).split(path.sep).join('/');
  let best: (typeof LAYERS)[number] | undefined;
  for (const layer of LAYERS)
    if (rel === layer.path || rel.startsWith(`${layer.path}/`)) if (!best || layer.path.length > best.path.length) best = layer;
  return best?.name;
}

export function sourceFiles(dir: string, skipped: readonly string[] = ['node_modules', 'fixtures']): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!skipped.includes(entry.name) && !entry.name.startsWith('__')) out.push(...sourceFiles(full, skipped));
    } else if (/\.(ts|js|cjs|mjs)$/.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(full);
  }
  return out;
}

export interface Import {
  readonly specifier: string;
  /** The file a relative specifier names (`.ts`, `.js`, `.json`, `/index.ts`), if it exists. */
  readonly resolved?: string;
  /** Erased at run time: `import type`, `export type`, every binding `type`-qualified, `typeof import()`. */
  readonly typeOnly: boolean;
  readonly line: number;
}

/** Every import statement of a file, relative ones resolved to files. */
export function importsOf(file: string): Import[] {
  return parseImports(fs.readFileSync(file, 'utf8')).map(({ specifier, typeOnly, line }) => {
    if (!specifier.startsWith('.')) return { specifier, typeOnly, line };
    const base = path.resolve(path.dirname(file), specifier);
    const resolved = ['', '.ts', '.js', '.json', '/index.ts', '/index.js']
      .map((e) => base + e)
      .find((c) => fs.existsSync(c) && fs.statSync(c).isFile());
    return { specifier, resolved, typeOnly, line };
  });
}
