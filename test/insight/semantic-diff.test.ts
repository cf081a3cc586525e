import { toYamlDocuments } from '../../lib/render/yaml';
import { fieldChanges } from '../../lib/insight/field-diff';
import { diffTarget, formatTargetDiff } from '../../lib/insight/semantic-diff';

const deployment = (image: string, app = 'api', replicas = 2) => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'api', namespace: 'cp' },
  spec: {
    replicas,
    selector: { matchLabels: { app } },
    template: {
      metadata: { labels: { app } },
      spec: {
        containers: [
          { name: 'api', image },
          { name: 'sidecar', image: 'envoy:1' },
        ],
      },
    },
  },
});
const pvc = (storageClassName: string, storage = '10Gi') => ({
  apiVersion: 'v1',
  kind: 'PersistentVolumeClaim',
  metadata: { name: 'data', namespace: 'cp' },
  spec: { storageClassName, accessModes: ['ReadWriteOnce'], resources: { requests: { storage } } },
});
const files = (entries: Record<string, unknown[]>) => new Map(Object.entries(entries).map(([f, objs]) => [f, toYamlDocuments(objs)]));

describe('field paths', () => {
  it('matches named list items by name and quotes keys with dots', () => {
    const before = {
      spec: {
        containers: [
          { name: 'a', image: 'x:1' },
          { name: 'b', image: 'y:1' },
        ],
      },
      metadata: { annotations: { 'argocd.argoproj.io/sync-wave': '1' } },
    };
    const after = {
      spec: {
        containers: [
          { name: 'b', image: 'y:1' },
          { name: 'a', image: 'x:2' },
        ],
      },
      metadata: { annotations: { 'argocd.argoproj.io/sync-wave': '2' } },
    };
    expect(fieldChanges(before, after).map((c) => c.path)).toEqual([
      'metadata.annotations["argocd.argoproj.io/sync-wave"]',
      'spec.containers[name=a].image',
    ]);
  });
  it('falls back to indexes for unnamed lists of objects', () => {
    expect(fieldChanges({ a: [{ x: 1 }, { x: 2 }] }, { a: [{ x: 1 }, { x: 3 }, { x: 4 }] })).toEqual([
      { path: 'a[1].x', before: 2, after: 3 },
      { path: 'a[2]', before: undefined, after: { x: 4 } },
    ]);
  });
  it('reports scalar lists as items removed and added, or as a reorder', () => {
    expect(fieldChanges({ r: ['a', 'b', 'c'] }, { r: ['a', 'c', 'd'] })).toEqual([{ path: 'r (items)', before: ['b'], after: ['d'] }]);
    expect(fieldChanges({ r: ['a', 'b'] }, { r: ['b', 'a'] })).toEqual([{ path: 'r', before: ['a', 'b'], after: ['b', 'a'] }]);
    expect(fieldChanges({ r: ['a'] }, { r: ['a'] })).toEqual([]);
  });
});

describe('diffTarget', () => {
  it('reports nothing for identical output, even when files are reordered', () => {
    const a = files({ 'workloads/api.yaml': [deployment('api:1'), pvc('gp3')] });
    const b = files({ 'workloads/api.yaml': [pvc('gp3'), deployment('api:1')] });
    expect(diffTarget('t', a, b)).toEqual({ target: 't', objects: [], files: [] });
  });

  it('gives field paths of a changed image without danger', () => {
    const d = diffTarget(
      't',
      files({ 'workloads/api.yaml': [deployment('api:1')] }),
      files({ 'workloads/api.yaml': [deployment('api:2')] }),
    );
    expect(d.objects).toHaveLength(1);
    expect(d.objects[0]).toMatchObject({ change: 'changed', key: 'apps/Deployment/cp/api', dangers: [] });
    expect(d.objects[0].fields).toEqual([{ path: 'spec.template.spec.containers[name=api].image', before: 'api:1', after: 'api:2' }]);
  });

  it('flags an immutable Deployment selector change', () => {
    const d = diffTarget('t', files({ 'w/a.yaml': [deployment('api:1', 'api')] }), files({ 'w/a.yaml': [deployment('api:1', 'api-v2')] }));
    expect(d.objects[0].dangers.join()).toContain('immutable field spec.selector');
  });

  it('flags PVC storage class change and shrink, not growth', () => {
    const changed = diffTarget('t', files({ 'd/p.yaml': [pvc('gp3')] }), files({ 'd/p.yaml': [pvc('gp2')] }));
    expect(changed.objects[0].dangers.join()).toContain('immutable field spec.storageClassName');
    const rwx = { ...pvc('gp3'), spec: { ...pvc('gp3').spec, accessModes: ['ReadWriteMany'] } };
    expect(diffTarget('t', files({ 'd/p.yaml': [pvc('gp3')] }), files({ 'd/p.yaml': [rwx] })).objects[0].dangers.join()).toContain(
      'immutable field spec.accessModes',
    );
    expect(
      diffTarget('t', files({ 'd/p.yaml': [pvc('gp3', '10Gi')] }), files({ 'd/p.yaml': [pvc('gp3', '5Gi')] })).objects[0].dangers.join(),
    ).toContain('cannot shrink');
    expect(
      diffTarget('t', files({ 'd/p.yaml': [pvc('gp3', '10Gi')] }), files({ 'd/p.yaml': [pvc('gp3', '20Gi')] })).objects[0].dangers,
    ).toEqual([]);
  });

  it('flags deletion of stateful objects and of anything marked Delete=false, not of a plain ConfigMap', () => {
    const kafka = { apiVersion: 'kafka.strimzi.io/v1beta2', kind: 'Kafka', metadata: { name: 'k', namespace: 'dp' }, spec: {} };
    const marked = {
      apiVersion: 'example.io/v1',
      kind: 'Thing',
      metadata: { name: 'x', namespace: 'dp', annotations: { 'argocd.argoproj.io/sync-options': 'Prune=false,Delete=false' } },
    };
    const cm = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c', namespace: 'dp' }, data: {} };
    const ns = { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'dp' } };
    const d = diffTarget('t', files({ 'data/k.yaml': [kafka, marked, cm], 'platform/ns.yaml': [ns] }), new Map());
    const dangers = Object.fromEntries(d.objects.map((o) => [o.key, o.dangers.length > 0]));
    expect(dangers).toEqual({
      'core/ConfigMap/dp/c': false,
      'core/Namespace/-/dp': true,
      'example.io/Thing/dp/x': true,
      'kafka.strimzi.io/Kafka/dp/k': true,
    });
  });

  it('flags a stateful Application by name and removal of protection annotations', () => {
    const app = (opts?: string) => ({
      apiVersion: 'argoproj.io/v1alpha1',
      kind: 'Application',
      metadata: { name: 'postgresql', namespace: 'argocd', ...(opts ? { annotations: { 'argocd.argoproj.io/sync-options': opts } } : {}) },
      spec: {},
    });
    expect(
      diffTarget('t', files({ 'apps/a.yaml': [app()] }), new Map(), { statefulApplications: new Set(['postgresql']) }).objects[0].dangers,
    ).toHaveLength(1);
    expect(diffTarget('t', files({ 'apps/a.yaml': [app()] }), new Map()).objects[0].dangers).toHaveLength(0);
    const lost = diffTarget(
      't',
      files({ 'apps/a.yaml': [app('Prune=false,Delete=false')] }),
      files({ 'apps/a.yaml': [app('Prune=false')] }),
    );
    expect(lost.objects[0].dangers).toEqual([expect.stringContaining('no longer has Delete=false')]);
  });

  it('treats a stateful object moving to another folder (another Argo CD app) as dangerous', () => {
    const d = diffTarget('t', files({ 'data/p.yaml': [pvc('gp3')] }), files({ 'workloads/p.yaml': [pvc('gp3')] }));
    expect(d.objects[0].fields[0]).toEqual({ path: '(file)', before: 'data/p.yaml', after: 'workloads/p.yaml' });
    expect(d.objects[0].dangers.join()).toContain('moves from Argo CD app data to workloads');
  });

  it('reports non-manifest files and duplicate keys precisely', () => {
    const d = diffTarget(
      't',
      new Map([['INVENTORY.md', 'a']]),
      new Map([
        ['INVENTORY.md', 'b'],
        ['network.svg', '<svg/>'],
      ]),
    );
    expect(d.files).toEqual([
      { change: 'changed', file: 'INVENTORY.md' },
      { change: 'added', file: 'network.svg' },
    ]);
    expect(() => diffTarget('t', files({ 'a.yaml': [pvc('x')], 'b.yaml': [pvc('x')] }), new Map())).toThrow(
      'core/PersistentVolumeClaim/cp/data appears twice (a.yaml and b.yaml)',
    );
    expect(() => diffTarget('t', new Map([['a.yaml', 'kind: [']]), new Map())).toThrow('before t/a.yaml: YAML syntax error');
  });

  it('formats a readable report', () => {
    const d = diffTarget('dev', files({ 'w/a.yaml': [deployment('api:1')] }), files({ 'w/a.yaml': [deployment('api:2', 'api', 3)] }));
    expect(formatTargetDiff(d)).toEqual([
      'dev: 0 added, 0 removed, 1 changed',
      '  ~ apps/Deployment/cp/api  (w/a.yaml)',
      '      spec.replicas: 2 -> 3',
      '      spec.template.spec.containers[name=api].image: api:1 -> api:2',
    ]);
  });
});

describe('dangers of a stateful scale-down, a removed backup, and readable list changes', () => {
  const app = (values: Record<string, unknown>, syncOptions = 'Prune=false,Delete=false') => ({
    apiVersion: 'argoproj.io/v1alpha1',
    kind: 'Application',
    metadata: { name: 'postgresql', namespace: 'argocd', annotations: { 'argocd.argoproj.io/sync-options': syncOptions } },
    spec: { source: { helm: { valuesObject: values } } },
  });
  const kafka = (replicas: number) => ({
    apiVersion: 'kafka.strimzi.io/v1beta2',
    kind: 'KafkaNodePool',
    metadata: { name: 'brokers', namespace: 'dp' },
    spec: { replicas },
  });
  const danger = (before: unknown, after: unknown) =>
    diffTarget('t', files({ 'a.yaml': [before] }), files({ 'a.yaml': [after] }), { statefulApplications: new Set(['postgresql']) })
      .objects[0]?.dangers ?? [];

  it('flags a stateful chart or custom resource scaled to zero, not a scale-down to one', () => {
    expect(danger(app({ primary: { replicaCount: 1 } }), app({ primary: { replicaCount: 0 } }))).toEqual([
      'spec.source.helm.valuesObject.primary.replicaCount: 1 -> 0 scales stateful Application postgresql to zero: nothing serves its data',
    ]);
    expect(danger(kafka(3), kafka(0))).toEqual([
      expect.stringContaining('spec.replicas: 3 -> 0 scales stateful KafkaNodePool brokers to zero'),
    ]);
    expect(danger(kafka(3), kafka(1))).toEqual([]);
    expect(danger(deployment('a', 'api', 2), deployment('a', 'api', 0))).toEqual([]);
  });

  it('flags a removed or switched-off backup, and a deleted backup object', () => {
    expect(danger(app({ backup: { enabled: true, schedule: '0 2 * * *' } }), app({}))).toEqual([
      'spec.source.helm.valuesObject.backup: backup configuration removed',
    ]);
    expect(danger(app({ backup: { enabled: true } }), app({ backup: { enabled: false } }))).toEqual([
      'spec.source.helm.valuesObject.backup.enabled: backup configuration switched off',
    ]);
    const scheduled = {
      apiVersion: 'postgresql.cnpg.io/v1',
      kind: 'ScheduledBackup',
      metadata: { name: 'nightly', namespace: 'cp' },
      spec: {},
    };
    expect(diffTarget('t', files({ 'a.yaml': [scheduled] }), new Map()).objects[0].dangers).toEqual([
      'deleted: ScheduledBackup: backups it describes stop',
    ]);
  });

  it('reads a removed list item as removed, never as "(unset)", and never cuts a long value', () => {
    const role = (names: string[]) => ({
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'Role',
      metadata: { name: 'r', namespace: 'cp' },
      rules: [{ apiGroups: [''], resources: ['secrets'], resourceNames: names, verbs: ['get'] }],
    });
    const d = diffTarget('t', files({ 'a.yaml': [role(['a', 'b'])] }), files({ 'a.yaml': [role(['a'])] }));
    expect(formatTargetDiff(d)).toContain('      rules[0].resourceNames: removed items ["b"]');
    const long = 'x'.repeat(120);
    const text = formatTargetDiff(diffTarget('t', files({ 'a.yaml': [deployment('a')] }), files({ 'a.yaml': [deployment(long)] }))).join(
      '\n',
    );
    expect(text).toContain(`        + ${long}`);
    expect(text).not.toContain('...');
  });
});
