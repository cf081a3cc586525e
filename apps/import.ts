/**
 * Regenerates imports/ from local copies of the CRD files pinned in cdk8s.yaml.
 *
 *   npm run import                 # reads ../shared/crds
 *   npm run import -- /path/crds   # any folder holding the same file names
 *   npm run import -- --upstream   # downloads the files at the URLs pinned in cdk8s.yaml first
 *
 * Each `NAME:=URL` entry of cdk8s.yaml is matched to the file of the same base name under the folder
 * (searched recursively; a local name may add a `<prefix>.` in front, as in `provider-upjet-azure.`). Folders named with a version suffix (`strimzi-0.50.1`) are alternates and
 * are skipped, so a name is never ambiguous. The module name keeps two CRDs of one group apart.
 *
 * Besides the typed bindings it writes the schemas the safety gate validates against, so that
 * validation works without ../shared: `imports/schemas/<module>-<group>.json` (each served version's
 * openAPIV3Schema, compacted), `imports/schemas/k8s-1.29.json` (from
 * `<crd folder>/../schemas/k8s-1.29-definitions.json`, compacted) and `imports/schemas/index.ts`.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as yaml from 'js-yaml';
import * as ts from 'typescript';
import { compactCrd, compactK8sDefinitions } from '../lib/gate/compact-schema';

const root = path.resolve(__dirname, '..');
/** Where the Kubernetes 1.29 definitions are published (the file ../shared/schemas holds a copy of). */
const K8S_DEFINITIONS_URL = 'https://raw.githubusercontent.com/cdk8s-team/cdk8s/master/kubernetes-schemas/v1.29.0/_definitions.json';

/**
 * CRDs rendered only as plain objects (no typed construct needed) that the gate must still validate:
 * schemas only, from the same pinned releases as cdk8s.yaml.
 */
const SCHEMA_ONLY = [
  'secretstores:=https://raw.githubusercontent.com/external-secrets/external-secrets/v2.9.0/config/crds/bases/external-secrets.io_secretstores.yaml',
  'azureclusterproviderconfigs:=https://raw.githubusercontent.com/crossplane-contrib/provider-upjet-azure/v2.7.0/package/crds/azure.m.upbound.io_clusterproviderconfigs.yaml',
  'applicationsets:=https://raw.githubusercontent.com/argoproj/argo-cd/v3.5.1/manifests/crds/applicationset-crd.yaml',
];

/** Synchronous download through a child Node process (global fetch), so this script stays linear. */
function download(url: string, file: string): void {
  const script =
    'fetch(process.argv[1]).then((r) => { if (!r.ok) throw new Error(`${r.status} ${r.statusText}`); return r.text(); }).then((t) => process.stdout.write(t))';
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(
    file,
    execFileSync(process.execPath, ['-e', script, url], { maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] }),
  );
}

/** `--upstream`: the pinned URLs of cdk8s.yaml, fetched into a folder laid out like ../shared. */
function fetchUpstream(): string {
  const folder = path.join(root, '.import-tmp-upstream');
  fs.rmSync(folder, { recursive: true, force: true });
  const pinned = (yaml.load(fs.readFileSync(path.join(root, 'cdk8s.yaml'), 'utf8')) as { imports: string[] }).imports;
  try {
    for (const entry of [...pinned, ...SCHEMA_ONLY]) {
      const url = entry.split(':=')[1];
      download(url, path.join(folder, 'crds', path.posix.basename(url)));
    }
    download(K8S_DEFINITIONS_URL, path.join(folder, 'schemas', 'k8s-1.29-definitions.json'));
  } catch (error) {
    fs.rmSync(folder, { recursive: true, force: true });
    console.error(`import: could not download the pinned files (${(error as Error).message.split('\n')[0]}); imports/ is unchanged`);
    process.exit(1);
  }
  return path.join(folder, 'crds');
}

const upstream = process.argv[2] === '--upstream';
const crdDir = upstream ? fetchUpstream() : path.resolve(process.argv[2] ?? path.join(root, '..', 'shared', 'crds'));
const outDir = path.join(root, 'imports');
const schemaDir = path.join(outDir, 'schemas');
const k8sDefinitions = path.join(crdDir, '..', 'schemas', 'k8s-1.29-definitions.json');

function filesByBaseName(dir: string, found = new Map<string, string[]>()): Map<string, string[]> {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!/-\d+\.\d+\.\d+$/.test(entry.name)) filesByBaseName(full, found);
    } else if (/\.ya?ml$/.test(entry.name)) {
      found.set(entry.name, [...(found.get(entry.name) ?? []), full]);
    }
  }
  return found;
}

const config = yaml.load(fs.readFileSync(path.join(root, 'cdk8s.yaml'), 'utf8')) as { imports: string[] };
if (!fs.existsSync(crdDir)) {
  console.error(`import: CRD folder ${crdDir} does not exist`);
  process.exit(1);
}
const local = filesByBaseName(crdDir);
const resolve = (entry: string) => {
  const [name, url] = entry.split(':=');
  const base = path.posix.basename(url);
  const candidates = [...local.entries()].filter(([file]) => file === base || file.endsWith(`.${base}`)).flatMap(([, paths]) => paths);
  if (candidates.length !== 1) {
    console.error(`import: cdk8s.yaml imports "${name}": expected one file named ${base} under ${crdDir}, found ${candidates.length}`);
    process.exit(1);
  }
  return { name, file: candidates[0] };
};
const specs = config.imports.map(resolve);
const schemaOnly = SCHEMA_ONLY.map(resolve);
if (!fs.existsSync(k8sDefinitions)) {
  console.error(`import: the Kubernetes 1.29 definitions ${k8sDefinitions} do not exist`);
  process.exit(1);
}

/**
 * The bindings are committed compiled (`.js` + `.d.ts`), not as the generated `.ts`: type-checking
 * 6 MB of generated TypeScript on every `npm run typecheck` cost more than the whole project
 * (cold 10.5 s against 4.7 s with declarations, measured), and the declarations type the same API.
 */
function compileBindings(sourceDir: string, targetDir: string): void {
  const files = fs
    .readdirSync(sourceDir)
    .filter((f) => f.endsWith('.ts'))
    .sort()
    .map((f) => path.join(sourceDir, f));
  const program = ts.createProgram(files, {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.CommonJS,
    moduleResolution: ts.ModuleResolutionKind.Node10,
    declaration: true,
    strict: true,
    skipLibCheck: true,
    types: [],
    outDir: targetDir,
    rootDir: sourceDir,
    newLine: ts.NewLineKind.LineFeed,
  });
  const result = program.emit();
  const errors = [...ts.getPreEmitDiagnostics(program), ...result.diagnostics].filter((d) => d.category === ts.DiagnosticCategory.Error);
  if (errors.length > 0 || result.emitSkipped) {
    console.error(
      ts.formatDiagnostics(errors, { getCanonicalFileName: (f) => f, getCurrentDirectory: () => root, getNewLine: () => '\n' }),
    );
    process.exit(1);
  }
}

// Inside the repository, so the generated code resolves cdk8s from node_modules while compiling.
const generated = fs.mkdtempSync(path.join(root, '.import-tmp-'));
try {
  for (const spec of specs) {
    execFileSync(
      'npx',
      [
        'cdk8s',
        '--no-check-upgrade',
        'import',
        '--no-save',
        '--language',
        'typescript',
        '--output',
        generated,
        `${spec.name}:=${spec.file}`,
      ],
      {
        cwd: root,
        stdio: ['ignore', 'ignore', 'inherit'],
      },
    );
  }
  fs.rmSync(outDir, { recursive: true, force: true });
  compileBindings(generated, outDir);
} finally {
  fs.rmSync(generated, { recursive: true, force: true });
}

// Compact JSON: indentation would double the size of files nobody edits by hand.
function writeJson(file: string, value: unknown): number {
  const text = `${JSON.stringify(value)}\n`;
  fs.writeFileSync(path.join(schemaDir, file), text);
  return text.length;
}

fs.mkdirSync(schemaDir, { recursive: true });
let bytes = writeJson(
  'k8s-1.29.json',
  compactK8sDefinitions(JSON.parse(fs.readFileSync(k8sDefinitions, 'utf8')), 'kubernetes-schemas/v1.29.0/_definitions.json'),
);
const crdFiles: string[] = [];
for (const spec of [...specs, ...schemaOnly]) {
  const docs = yaml
    .loadAll(fs.readFileSync(spec.file, 'utf8'))
    .filter((d) => d && (d as { kind?: string }).kind === 'CustomResourceDefinition');
  for (const doc of docs) {
    const crd = compactCrd(doc);
    const file = `${spec.name}-${crd.group}.json`;
    bytes += writeJson(file, crd);
    crdFiles.push(file);
  }
}
const index = [
  '// generated by apps/import.ts: the schemas the safety gate validates against.',
  '// Plain JSON (lib/gate/compact-schema.ts describes its shape); this file imports nothing of the project.',
  '',
  'export const loadK8sSchema = (): unknown => require("./k8s-1.29.json");',
  '',
  'export const loadCrdSchemas = (): unknown[] => [',
  ...crdFiles.sort().map((f) => `  require("./${f}"),`),
  '];',
  '',
].join('\n');
fs.writeFileSync(path.join(schemaDir, 'index.ts'), index);
if (upstream) fs.rmSync(path.dirname(crdDir), { recursive: true, force: true });
console.log(
  `import: ${specs.length} CRD modules and ${crdFiles.length + 1} schemas (${(bytes / 1024).toFixed(0)} KiB) written to imports/ from ${crdDir}`,
);
