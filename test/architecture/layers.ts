/**
 * The layers of the repository and the imports between them, read from the source files (a regex
 * over import specifiers is enough: the code base uses only static `import ... from '...'`,
 * `export ... from '...'`, `import('...')` and `require('...')` with relative paths).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export const REPO = path.resolve(__dirname, '..', '..');

/**
 * Layers, lowest first. A file may import its own layer and the layers before it in this list,
 * never a later one; `test/` may import anything.
 */
export const LAYERS = [
  // config/ types chart values by the generated imports/charts, through `import type` only (erased at run time).
  { name: 'config', path: 'config', may: [], mayTypes: ['imports'] },
  { name: 'lib/k8s', path: 'lib/k8s', may: [] },
  // How a process or worker thread runs the TypeScript (lib/runtime/register.cjs): imports nothing of ours.
  { name: 'lib/runtime', path: 'lib/runtime', may: [] },
  { name: 'imports', path: 'imports', may: [] },
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
  {
    name: 'lib/synth',
    path: 'lib/synth',
    may: [
      'config',
      'lib/k8s',
      'lib/runtime',
      'imports',
      'lib/clouds',
      'lib/model',
      'constructs',
      'lib/render',
      'lib/gate',
      'lib/charts',
      'lib/insight',
    ],
  },
  {
    name: 'apps',
    path: 'apps',
    may: [
      'config',
      'lib/k8s',
      'lib/runtime',
      'imports',
      'lib/clouds',
      'lib/model',
      'constructs',
      'lib/render',
      'lib/gate',
      'lib/charts',
      'lib/insight',
      'lib/synth',
    ],
  },
] as const;

export type LayerName = (typeof LAYERS)[number]['name'];

export function layerOf(file: string): LayerName | undefined {
  const rel = path.relative(REPO, file).split(path.sep).join('/');
  let best: (typeof LAYERS)[number] | undefined;
  for (const layer of LAYERS)
    if (rel === layer.path || rel.startsWith(`${layer.path}/`)) if (!best || layer.path.length > best.path.length) best = layer;
  return best?.name;
}

export function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(full));
    else if (/\.ts$/.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(full);
  }
  return out;
}

const SPECIFIER = /(?:\bfrom\s+|\bimport\s*\(\s*|\brequire\s*\(\s*|^\s*import\s+)'([^']+)'/gm;
/** `import type { ... } from '...'` and `export type { ... } from '...'`: erased at run time. */
const TYPE_ONLY = /^\s*(?:import|export)\s+type\s[^;]*?from\s+'([^']+)'/gm;

/** Relative import targets of a file, resolved to files (`.ts`, `.js`, `/index.ts`, `.json`). */
export function importsOf(file: string): Array<{ specifier: string; resolved?: string; typeOnly?: boolean }> {
  const text = fs.readFileSync(file, 'utf8');
  const typeOnly = new Set([...text.matchAll(TYPE_ONLY)].map((m) => m[1]));
  const result: Array<{ specifier: string; resolved?: string; typeOnly?: boolean }> = [];
  for (const match of text.matchAll(SPECIFIER)) {
    const specifier = match[1];
    if (!specifier.startsWith('.')) {
      result.push({ specifier });
      continue;
    }
    const base = path.resolve(path.dirname(file), specifier);
    const resolved = ['', '.ts', '.js', '.json', '/index.ts', '/index.js']
      .map((e) => base + e)
      .find((c) => fs.existsSync(c) && fs.statSync(c).isFile());
    result.push({ specifier, resolved, ...(typeOnly.has(specifier) ? { typeOnly: true } : {}) });
  }
  return result;
}
