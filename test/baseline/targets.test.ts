import { loadPlatform } from '../../lib/model/load';
import { baseline } from '../../constructs/k8s/baseline';
import { renderTarget } from '../../lib/render/render';
import { allObjects, TARGET_NAMES } from '../support/render';
import type { Obj } from './properties';

/**
 * One snapshot per target over the baseline's files: the kinds and names in each file, plus the
 * full text of a few representative objects (not the whole 5 MB output). Only the baseline feature
 * is rendered, so other features adding to the same files do not churn these snapshots.
 */
const model = loadPlatform();
const rendered = new Map<string, Obj[]>();

describe.each(TARGET_NAMES)('baseline of %s', (target) => {
  const objects = (): Obj[] => {
    if (!rendered.has(target))
      rendered.set(
        target,
        allObjects(
          renderTarget(
            model.targets.find((t) => t.target.name === target)!,
            [baseline],
          ),
        ) as Obj[],
      );
    return rendered.get(target)!;
  };
  const pick = (kind: string, namespace: string, name: string) => {
    const found = objects().find((o) => o.kind === kind && o.metadata.namespace === namespace && o.metadata.name === name);
    if (!found) throw new Error(`${target}: no ${kind} ${namespace}/${name}`);
    const { __file: _file, ...object } = found;
    return object;
  };

  test('files and objects', () => {
    const layout: Record<string, string[]> = {};
    for (const o of objects()) (layout[o.__file] ??= []).push(`${o.kind} ${o.metadata.namespace ?? '-'}/${o.metadata.name}`);
    expect(layout).toMatchSnapshot();
  });

  test('representative objects', () => {
    const firstTenant = objects().find((o) => o.kind === 'Namespace' && o.metadata.name.startsWith('tenant-'));
    expect({
      gatewayDeployment: pick('Deployment', 'matih-control-plane', 'api-gateway'),
      aiServicePolicy: pick('NetworkPolicy', 'matih-data-plane', 'ai-service'),
      tenantQuota: firstTenant ? pick('ResourceQuota', firstTenant.metadata.name, 'tenant-quota') : null,
    }).toMatchSnapshot();
  });
});
