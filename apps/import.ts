/**
 * Regenerates imports/ from local copies of the CRD files pinned in cdk8s.yaml.
 *
 *   npm run import                 # reads ../shared/crds
 *   npm run import -- /path/crds   # any folder holding the same file names
 *   npm run import -- --upstream   # downloads the files at the URLs pinned in cdk8s.yaml first
 *   npm run import -- --charts [DIR]  # only imports/charts, from the vendored charts (default ../shared/charts)
 *
 * Each `NAME:=URL` entry of cdk8s.yaml is matched to the file of the same base name under the folder
 * (searched recursively; a local name may add a `<prefix>.` in front, as in `provider-upjet-azure.`).
 * Folders named with a version suffix (`strimzi-0.50.1`) are alternates and are skipped, so a name
 * is never ambiguous. The module name keeps two CRDs of one group apart (`NAME-<group>.ts`).
 *
 * Every file is read once (lib/gate/crd-files.ts: YAML merge keys resolved, which the cdk8s CLI's
 * parser leaves as a literal `<<` field) and handed to `cdk8s import` as plain JSON documents, so
 * bindings and gate schemas come from the same parsed CRDs.
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
import { crdDocuments } from '../lib/gate/crd-files';
import { importChartValues } from '../lib/charts/values-types';
import { parseProcessArgs } from './cli/command';

/**
 * `npm run import -- --charts [DIR]` (and the end of a full `npm run import`): regenerates
 * imports/charts from DIR (default ../shared/charts); prints one line, returns the exit code.
 */
function importChartsCommand(root: string, dir?: string): number {
  const source = path.resolve(dir ?? path.join(root, '..', 'shared', 'charts'));
  try {
    console.log(`import: ${importChartValues(source, path.join(root, 'imports', 'charts'))}`);
    return 0;
  } catch (error) {
    console.error(`import: ${(error as Error).message}; imports/charts is unchanged`);
    return 1;
  }
}

const cli = parseProcessArgs<{ upstream?: boolean; charts?: boolean }>({
  name: 'import',
  description:
    "Regenerate imports/ (typed CRD bindings and the gate's JSON schemas) from the CRD files pinned in cdk8s.yaml, and the typed chart values (imports/charts) from the vendored charts.",
  arguments: [
    {
      name: '[dir]',
      description:
        'folder holding the CRD files (default: ../shared/crds), or with --charts the vendored charts (default: ../shared/charts)',
    },
  ],
  examples: [
    ['npm run import', 'from ../shared/crds (and ../shared/charts)'],
    ['npm run import -- /path/crds', 'from any folder holding the same file names'],
    ['npm run import -- --upstream', 'download the pinned release files first'],
    ['npm run import -- --charts', 'only imports/charts, from ../shared/charts'],
  ],
  options: (command) =>
    command
      .option('--upstream', 'download the files at the URLs pinned in cdk8s.yaml first')
      .option('--charts', 'only regenerate imports/charts (typed chart values) from the vendored charts'),
});

const root = path.resolve(__dirname, '..');
/** Where the Kubernetes 1.29 definitions are published (the file ../shared/schemas holds a copy of). */
const K8S_DEFINITIONS_URL = 'https://raw.githubusercontent.com/cdk8s-team/cdk8s/master/kubernetes-schemas/v1.29.0/_definitions.json';

/**
 * CRDs rendered only as plain objects (no typed construct needed) that the gate must still validate:
 * schemas only, from the same pinned releases as cdk8s.yaml.
 */
const SCHEMA_ONLY = [
  'secretstores:=https://raw.githubusercontent.com/external-secrets/external-secrets/v2.9.0/config/crds/bases/external-secrets.io_secretstores.yaml',
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

if (cli.options.charts) process.exit(importChartsCommand(root, cli.args[0]));
const upstream = cli.options.upstream === true;
if (upstream && cli.args[0]) {
  console.error('import: give either a CRD folder or --upstream, not both');
  process.exit(1);
}
const crdDir = upstream ? fetchUpstream() : path.resolve(cli.args[0] ?? path.join(root, '..', 'shared', 'crds'));
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
/** The CRDs of one local file, parsed once; an unreadable file stops the import with its name. */
function readCrds(file: string): unknown[] {
  try {
    const docs = crdDocuments(fs.readFileSync(file, 'utf8'));
    if (docs.length === 0) throw new Error('no CustomResourceDefinition in it');
    return docs;
  } catch (error) {
    console.error(`import: ${file}: ${(error as Error).message.split('\n')[0]}`);
    process.exit(1);
  }
}
const specs = config.imports.map(resolve).map((s) => ({ ...s, crds: readCrds(s.file) }));
const schemaOnly = SCHEMA_ONLY.map(resolve).map((s) => ({ ...s, crds: readCrds(s.file) }));
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
  const inputs = path.join(generated, 'crds');
  fs.mkdirSync(inputs);
  for (const spec of specs) {
    // JSON is YAML: the CLI reads the already parsed documents, merge keys resolved.
    const input = path.join(inputs, `${spec.name}.yaml`);
    fs.writeFileSync(input, spec.crds.map((d) => JSON.stringify(d)).join('\n---\n'));
    execFileSync(
      'npx',
      ['cdk8s', '--no-check-upgrade', 'import', '--no-save', '--language', 'typescript', '--output', generated, `${spec.name}:=${input}`],
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
  for (const doc of spec.crds) {
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
process.exitCode = importChartsCommand(root);
