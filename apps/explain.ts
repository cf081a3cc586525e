/**
 * `npm run explain -- <target> <kind>/<namespace>/<name> [field.path] [--data-dir D]`
 *
 * Where each value of a rendered object came from (component base, environment overlay, data-file
 * override, tenant, target, construct default), one line per leaf field. Cluster-scoped objects
 * use `-` as namespace: `Namespace/-/matih-system`.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as yaml from 'js-yaml';
import { flag, parseArgs } from './cli/args';
import { reportFailure } from './cli/report';
import { buildK8s } from '../lib/synth/k8s';
import { displayPath, resolveDataDir } from '../lib/model/load';
import { objectsOf } from '../lib/render/render';
import { specLayers, type SpecLayer } from '../lib/insight/layers';
import { explainObject, formatProvenance } from '../lib/insight/provenance';

const USAGE =
  'usage: npm run explain -- <target> <kind>/<namespace>/<name> [field.path] [--data-dir DIR]   (namespace "-" for cluster-scoped objects)';

export function runExplain(argv: readonly string[]): number {
  try {
    const args = parseArgs(argv);
    const [targetName, ref, field] = args.positionals;
    const parts = ref?.split('/') ?? [];
    if (!targetName || parts.length !== 3 || parts.some((p) => p === '')) {
      console.error(USAGE);
      return 1;
    }
    const [kind, namespace, name] = parts;
    const dataDir = resolveDataDir(flag(args, 'data-dir'));
    const build = buildK8s({ dataDir, targets: [targetName] });
    const rendered = build.rendered[0];
    const model = build.model.targets[0];
    const matches = [...objectsOf(rendered)].filter(
      ({ object: o }) =>
        o.kind.toLowerCase() === kind.toLowerCase() && (o.metadata.namespace ?? '-') === namespace && o.metadata.name === name,
    );
    if (matches.length === 0) {
      const sameName = [...objectsOf(rendered)]
        .filter(({ object: o }) => o.metadata.name === name)
        .map(({ object: o }) => `${o.kind}/${o.metadata.namespace ?? '-'}/${o.metadata.name}`);
      console.error(
        `error: ${targetName} renders no ${kind}/${namespace}/${name}${sameName.length ? `; objects named ${name}: ${sameName.join(', ')}` : ''}`,
      );
      return 1;
    }
    const overrides: SpecLayer[] = [];
    for (const n of [model.target.environment, model.target.name]) {
      const file = path.join(dataDir, 'overrides', `${n}.yaml`);
      if (fs.existsSync(file)) overrides.push({ file: displayPath(file), overlay: yaml.load(fs.readFileSync(file, 'utf8')) ?? {} });
    }
    for (const { file, object } of matches) {
      console.log(
        `# ${targetName}: ${object.kind} ${object.metadata.namespace ?? '-'}/${object.metadata.name} (dist/${targetName}/${file})`,
      );
      const lines = formatProvenance(
        explainObject({
          model,
          object,
          file,
          layers: specLayers(model.target, overrides),
          tenantsFile: displayPath(build.model.tenantsFile),
          field,
        }),
      );
      if (lines.length === 0) console.error(`error: ${object.kind} ${name} has no field ${field}`);
      console.log(lines.join('\n'));
    }
    return 0;
  } catch (error) {
    return reportFailure(error);
  }
}

if (require.main === module) process.exitCode = runExplain(process.argv.slice(2));
