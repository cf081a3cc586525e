/**
 * The shipped targets (rendered once per run: shippedBuild): every pod has exactly one place,
 * no pool is above 80 % of its maximum size, GPUs are advertised where they are asked for, and
 * every tenant lands on its tier's pool.
 */
import { TENANT_NODE_POOL } from '../../config/tenancy';
import { buildContext } from '../../lib/gate';
import { schedulingAnalysisOf } from '../../lib/gate/rules/scheduling';
import { CAPACITY_WARNING, share, type SchedulingAnalysis } from '../../lib/gate/scheduling/analysis';
import { INVENTORY_FILE } from '../../lib/insight';
import { renderedTarget, shippedBuild, TARGET_NAMES } from '../support/render';

const cache = new Map<string, SchedulingAnalysis>();
function analysisOf(target: string): SchedulingAnalysis {
  let found = cache.get(target);
  if (!found) {
    const model = shippedBuild().model.targets.find((t) => t.target.name === target)!;
    cache.set(target, (found = schedulingAnalysisOf(buildContext(renderedTarget(target), model))!));
  }
  return found;
}

describe.each(TARGET_NAMES.map((t) => [t]))('%s', (target) => {
  test('the synth found no scheduling error, and warned only about chart pod maps to review', () => {
    const build = shippedBuild();
    expect(build.problems.filter((p) => p.target === target && p.rule === 'scheduling')).toEqual([]);
    const warnings = build.warnings.filter((p) => p.target === target && p.rule === 'scheduling');
    expect(warnings.filter((w) => !/is placed by the pod map written for/.test(w.message))).toEqual([]);
  });

  test('every long-running pod template has exactly one pool; transient ones have at least one', () => {
    const { placements } = analysisOf(target);
    expect(placements.length).toBeGreaterThan(100);
    const misplaced = placements.filter((p) => (p.pod.transient || p.pod.perNode ? p.fits.length === 0 : p.fits.length !== 1));
    expect(misplaced.map((p) => `${p.pod.what}: ${p.fits.map((f) => f.name).join(', ') || 'none'}`)).toEqual([]);
  });

  test("nothing of ours may use the pool reserved for the cloud's own add-ons", () => {
    const { placements } = analysisOf(target);
    expect(placements.filter((p) => p.fits.some((f) => f.spec.criticalAddonsOnly)).map((p) => p.pod.what)).toEqual([]);
  });

  test(`every pool stays at or below ${CAPACITY_WARNING * 100} % of its maximum size (room for a rolling update)`, () => {
    const over = analysisOf(target).capacity.filter((c) => share(c.requested, c.capacity) > CAPACITY_WARNING);
    expect(over.map((c) => c.pool.name)).toEqual([]);
  });

  test('every pod asking for GPUs lands on one GPU pool whose GPUs are advertised (by the cloud, else by our plugin)', () => {
    const { placements, capacity } = analysisOf(target);
    for (const p of placements.filter((x) => x.pod.requests.gpus > 0)) {
      expect(p.fits).toHaveLength(1);
      const pool = capacity.find((c) => c.pool === p.fits[0])!;
      expect({ pod: p.pod.what, gpus: pool.pool.machine.gpus > 0 }).toEqual({ pod: p.pod.what, gpus: true });
      expect(pool.devicePlugin).toBe(pool.pool.cloudDevicePlugin ? 'cloud' : 'chart');
    }
  });

  test("every tenant lands on its tier's pool, as its placement ConfigMap says", () => {
    const model = shippedBuild().model.targets.find((t) => t.target.name === target)!;
    const { tenants } = analysisOf(target);
    expect(tenants.map((t) => t.tenant.slug).sort()).toEqual(model.tenants.map((t) => t.slug).sort());
    // The pool is the one the rendered ConfigMap's nodeSelector and tolerations fit (none when it is missing).
    for (const t of tenants)
      expect({ tenant: t.tenant.slug, pool: t.pool?.name }).toEqual({ tenant: t.tenant.slug, pool: TENANT_NODE_POOL[t.tenant.tier] });
  });

  test('INVENTORY.md carries the capacity table', () => {
    const md = renderedTarget(target).extraFiles.get(INVENTORY_FILE)!;
    const rows = md
      .split('\n## Node pools and capacity')[1]
      .split('\n## ')[0]
      .split('\n')
      .filter((l) => l.startsWith('| ') && !l.startsWith('| Pool'));
    expect(rows.map((r) => r.split(' | ')[0].slice(2))).toEqual(analysisOf(target).capacity.map((c) => c.pool.name));
    expect(md).toContain('## Pods by node pool');
  });
});

test('the NVIDIA device plugin is deployed where the cloud runs none (AKS, EKS), in its own privileged namespace, and nowhere else', () => {
  for (const target of TARGET_NAMES) {
    const objects = [...renderedTarget(target).files.values()].flat();
    const app = objects.find((o) => o.kind === 'Application' && o.metadata.name === 'nvidia-device-plugin');
    const ns = objects.find((o) => o.kind === 'Namespace' && o.metadata.name === 'nvidia-device-plugin');
    expect({ target, app: !!app, ns: ns?.metadata.labels?.['pod-security.kubernetes.io/enforce'] }).toEqual(
      target.endsWith('gcp') ? { target, app: false, ns: undefined } : { target, app: true, ns: 'privileged' },
    );
    if (app) expect((app.spec as { destination: { namespace: string } }).destination.namespace).toBe('nvidia-device-plugin');
    // The exception covers that namespace only: every other namespace stays restricted.
    const weaker = objects.filter(
      (o) => o.kind === 'Namespace' && o.metadata.labels?.['pod-security.kubernetes.io/enforce'] !== 'restricted',
    );
    expect(weaker.map((o) => o.metadata.name)).toEqual(target.endsWith('gcp') ? [] : ['nvidia-device-plugin']);
  }
});

test('the shipped targets run GPU pods on every cloud (the GPU test above is not vacuous)', () => {
  const clouds = TARGET_NAMES.filter((t) => analysisOf(t).placements.some((p) => p.pod.requests.gpus > 0)).map(
    (t) => shippedBuild().model.targets.find((m) => m.target.name === t)!.target.provider.cloud,
  );
  expect(new Set(clouds)).toEqual(new Set(['azure', 'aws', 'gcp']));
});
