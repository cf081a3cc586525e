/**
 * `npm run explain -- <target> <kind>/<namespace>/<name> [field.path]`: where each value of a
 * rendered object came from (component base, environment overlay, data-file override, tenant,
 * target, construct default), one line per leaf field. Cluster-scoped objects use `-` as namespace.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as yaml from 'js-yaml';
import { canonicalPath, leaves } from '../lib/insight/field-diff';
import { specLayers, type SpecLayer } from '../lib/insight/layers';
import { explainObject, formatProvenance } from '../lib/insight/provenance';
import { displayPath, InputError, loadPlatform } from '../lib/model/load';
import { closestKey } from '../lib/model/suggest';
import { FEATURES } from '../lib/render/features';
import { objectsOf, renderTarget } from '../lib/render/render';
import { dataDirOf, dataDirOption, defineCommand, EXIT, jsonOption, main } from './cli/command';

interface Flags {
  readonly dataDir?: string;
  readonly json?: boolean;
}

const refOf = (kind: string, namespace: string | undefined, name: string) => `${kind}/${namespace ?? '-'}/${name}`;

export const runExplain = defineCommand<Flags>({
  name: 'explain',
  description:
    'Say where every value of a rendered object came from: catalog, environment overlay, override file, tenant, target or construct default.',
  arguments: [
    { name: '<target>', description: 'the target (dist/<target>/)' },
    { name: '<object>', description: 'Kind/namespace/name; namespace "-" for cluster-scoped objects' },
    { name: '[field]', description: 'only this field and below, e.g. spec.replicas or spec.template.spec.containers[0].resources' },
  ],
  examples: [
    ['npm run explain -- dev-azure Deployment/matih-control-plane/api-gateway', 'every field of the Deployment'],
    ['npm run explain -- dev-azure Deployment/matih-control-plane/api-gateway spec.replicas', 'one field'],
    ['npm run explain -- prod-azure ResourceQuota/tenant-acme/tenant-quota spec.hard.pods', 'a tenant quota'],
    ['npm run explain -- prod-azure Namespace/-/matih-system --json', 'as JSON'],
  ],
  options: (command) => {
    dataDirOption(command);
    jsonOption(command, 'the provenance of each field');
  },
  run: (ctx, flags, [targetName, ref, field]) => {
    const parts = ref.split('/');
    if (parts.length !== 3 || parts.some((p) => p === ''))
      throw new InputError(`object "${ref}" must be Kind/namespace/name (namespace "-" for cluster-scoped objects)`);
    const [kind, namespace, name] = parts;
    const dataDir = dataDirOf(ctx, flags.dataDir);
    const platform = loadPlatform({ dataDir, targets: [targetName] });
    const model = platform.targets[0];
    const rendered = renderTarget(model, FEATURES);
    const all = [...objectsOf(rendered)];
    const matches = all.filter(
      ({ object: o }) =>
        o.kind.toLowerCase() === kind.toLowerCase() && (o.metadata.namespace ?? '-') === namespace && o.metadata.name === name,
    );
    if (matches.length === 0) {
      const refs = all.map(({ object: o }) => refOf(o.kind, o.metadata.namespace, o.metadata.name));
      const hint = closestKey(refOf(kind, namespace, name), refs);
      const sameName = refs.filter((r) => r.endsWith(`/${name}`));
      throw new InputError(
        `${targetName} renders no ${kind}/${namespace}/${name}` +
          (hint ? ` (did you mean ${hint}?)` : sameName.length > 0 ? `; objects named ${name}: ${sameName.join(', ')}` : ''),
      );
    }
    const overrides: SpecLayer[] = [];
    for (const n of [model.target.environment, model.target.name]) {
      const file = path.join(dataDir, 'overrides', `${n}.yaml`);
      if (fs.existsSync(file)) overrides.push({ file: displayPath(file), overlay: yaml.load(fs.readFileSync(file, 'utf8')) ?? {} });
    }
    const explained = matches.map(({ file, object }) => {
      let at: string | undefined;
      if (field !== undefined) {
        at = canonicalPath(object, field);
        if (at === undefined) {
          const known = [...new Set(leaves(object).flatMap(([p]) => prefixes(p)))];
          const hint = closestKey(field, known);
          throw new InputError(
            `${object.kind} ${namespace}/${name} has no field ${field}${hint ? ` (did you mean ${hint}?)` : ''}; run without a field to list them all`,
          );
        }
      }
      const items = explainObject({
        model,
        object,
        file,
        layers: specLayers(model.target, overrides),
        tenantsFile: displayPath(platform.tenantsFile),
        field: at,
      });
      return { file, object, items };
    });
    if (flags.json) {
      ctx.out(
        JSON.stringify(
          explained.map(({ file, object, items }) => ({
            target: targetName,
            object: refOf(object.kind, object.metadata.namespace, object.metadata.name),
            file: `dist/${targetName}/${file}`,
            fields: items,
          })),
          null,
          2,
        ),
      );
      return EXIT.ok;
    }
    for (const { file, object, items } of explained) {
      ctx.out(
        ctx.color.bold(
          `# ${targetName}: ${object.kind} ${object.metadata.namespace ?? '-'}/${object.metadata.name} (dist/${targetName}/${file})`,
        ),
      );
      ctx.out(formatProvenance(items).join('\n'));
    }
    return EXIT.ok;
  },
});

/** `a.b[name=c].d` and every path above it. */
function prefixes(leaf: string): string[] {
  const result: string[] = [];
  const boundary = /[.[]/g;
  let m: RegExpExecArray | null;
  while ((m = boundary.exec(leaf))) if (m.index > 0) result.push(leaf.slice(0, m.index));
  result.push(leaf);
  return result;
}

if (require.main === module) main(runExplain);
