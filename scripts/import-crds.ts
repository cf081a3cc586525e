/**
 * Regenerates imports/ from local copies of the CRD files pinned in cdk8s.yaml.
 *
 *   npm run import                 # reads ../shared/crds
 *   npm run import -- /path/crds   # any folder holding the same file names
 *
 * Each `NAME:=URL` entry of cdk8s.yaml is matched to the file of the same base name under the folder
 * (searched recursively; a local name may add a `<prefix>.` in front, as in `provider-upjet-azure.`). Folders named with a version suffix (`strimzi-0.50.1`) are alternates and
 * are skipped, so a name is never ambiguous. The module name keeps two CRDs of one group apart.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as yaml from 'js-yaml';

const root = path.resolve(__dirname, '..');
const crdDir = path.resolve(process.argv[2] ?? path.join(root, '..', 'shared', 'crds'));
const outDir = path.join(root, 'imports');

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
const specs = config.imports.map((entry) => {
  const [name, url] = entry.split(':=');
  const base = path.posix.basename(url);
  const candidates = [...local.entries()]
    .filter(([file]) => file === base || file.endsWith(`.${base}`))
    .flatMap(([, paths]) => paths);
  if (candidates.length !== 1) {
    console.error(`import: cdk8s.yaml imports "${name}": expected one file named ${base} under ${crdDir}, found ${candidates.length}`);
    process.exit(1);
  }
  return `${name}:=${candidates[0]}`;
});

fs.rmSync(outDir, { recursive: true, force: true });
for (const spec of specs) {
  execFileSync('npx', ['cdk8s', '--no-check-upgrade', 'import', '--no-save', '--language', 'typescript', '--output', outDir, spec], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}
console.log(`import: ${specs.length} CRD modules written to imports/ from ${crdDir}`);
