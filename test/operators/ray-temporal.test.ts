import { environmentOf, type Obj, objects, ofKind, one, restrictedViolations, TARGET_NAMES } from './helpers';
import { PG_HOST, PG_PORT } from '../../config/components/define';

describe.each(TARGET_NAMES)('RayCluster on %s', (target) => {
  let ray: Obj;
  let groups: any[];
  let gpuGroups: any[];
  beforeAll(() => {
    ray = one(target, 'RayCluster', 'ray.io');
    groups = ray.spec.workerGroupSpecs ?? [];
    gpuGroups = groups.filter((g) => g.template.spec.containers.some((c: any) => c.resources?.limits?.['nvidia.com/gpu'] !== undefined));
  });

  test('autoscaling on; dev runs the head only, GPU workers exist only in prod', () => {
    expect(ray.spec.enableInTreeAutoscaling).toBe(true);
    const env = environmentOf(target);
    if (env === 'dev') expect(groups).toEqual([]);
    expect(gpuGroups.length).toBe(env === 'prod' ? 1 : 0);
    if (env === 'prod') {
      const cpu = groups.find((g) => !gpuGroups.includes(g));
      expect([cpu.minReplicas, cpu.maxReplicas]).toEqual([2, 8]);
      expect([gpuGroups[0].minReplicas, gpuGroups[0].maxReplicas]).toEqual([1, 4]);
    }
  });

  test('GPU workers select the gpu pool, tolerate nvidia.com/gpu and request one GPU', () => {
    for (const g of gpuGroups) {
      expect(g.template.spec.nodeSelector).toEqual({ 'matih.ai/node-pool': 'gpu' });
      expect(g.template.spec.tolerations.map((t: any) => t.key)).toContain('nvidia.com/gpu');
      expect(g.template.spec.containers[0].resources.limits['nvidia.com/gpu']).toBe('1');
    }
  });

  test('head exposes GCS, dashboard, client and Serve ports', () => {
    const head = ray.spec.headGroupSpec.template.spec.containers[0];
    expect(head.ports.map((p: any) => p.containerPort).sort((a: number, b: number) => a - b)).toEqual([6379, 8000, 8265, 10001]);
    expect(head.image).toMatch(/^rayproject\/ray:\d+\.\d+\.\d+/);
  });

  test('every container, autoscaler sidecar included, is restricted', () => {
    const pods = [ray.spec.headGroupSpec.template.spec, ...groups.map((g) => g.template.spec)];
    for (const pod of pods)
      for (const c of pod.containers) expect(restrictedViolations(pod.securityContext, c.securityContext)).toEqual([]);
    expect(restrictedViolations(ray.spec.headGroupSpec.template.spec.securityContext, ray.spec.autoscalerOptions.securityContext)).toEqual(
      [],
    );
    for (const pod of pods) expect(pod.volumes.some((v: any) => v.emptyDir)).toBe(true);
  });
});

describe.each(TARGET_NAMES)('Temporal on %s', (target) => {
  let cluster: Obj;
  beforeAll(() => {
    cluster = one(target, 'TemporalCluster', 'temporal.io');
  });

  test('persistence on PostgreSQL reads its password from a Secret an ExternalSecret in the same namespace produces', () => {
    const stores = [cluster.spec.persistence.defaultStore, cluster.spec.persistence.visibilityStore];
    const externalSecrets = ofKind(target, 'ExternalSecret', 'external-secrets.io').filter(
      (e) => e.metadata.namespace === cluster.metadata.namespace,
    );
    for (const store of stores) {
      expect(store.sql.pluginName).toBe('postgres12');
      expect(store.sql.connectAddr).toBe(`${PG_HOST}:${PG_PORT}`);
      const producer = externalSecrets.find((e) => (e.spec.target?.name ?? e.metadata.name) === store.passwordSecretRef.name);
      expect(producer).toBeDefined();
      expect(producer!.spec.data.map((d: any) => d.secretKey)).toContain(store.passwordSecretRef.key);
    }
    expect(new Set(stores.map((s) => s.sql.databaseName)).size).toBe(2);
  });

  test('mTLS through cert-manager on frontend and internode, version pinned', () => {
    expect(cluster.spec.mTLS).toMatchObject({ provider: 'cert-manager', frontend: { enabled: true }, internode: { enabled: true } });
    expect(cluster.spec.version).toMatch(/^\d+\.\d+\.\d+$/);
  });

  test('Temporal pods get seccomp and a restricted container context through overrides', () => {
    const pod = cluster.spec.services.overrides.deployment.spec.template.spec;
    expect(restrictedViolations(pod.securityContext, pod.containers.find((c: any) => c.name === 'service').securityContext)).toEqual([]);
  });

  test('pipeline namespaces reference the cluster and never delete workflows', () => {
    const namespaces = ofKind(target, 'TemporalNamespace', 'temporal.io');
    expect(namespaces.map((n) => n.metadata.name).sort()).toEqual(['pipeline-maintenance', 'pipelines']);
    for (const n of namespaces) {
      expect(n.spec.clusterRef.name).toBe(cluster.metadata.name);
      expect(n.spec.allowDeletion).toBe(false);
      expect(n.spec.retentionPeriod).toBe(environmentOf(target) === 'prod' ? '720h' : '168h');
    }
  });

  test('operator objects land in the data folder', () => {
    const files = new Set(
      objects(target)
        .filter((o) => ['Kafka', 'RayCluster', 'TemporalCluster'].includes(o.kind))
        .map((o) => o.__file),
    );
    expect([...files].sort()).toEqual(['data/kafka.yaml', 'data/ray.yaml', 'data/temporal.yaml']);
  });
});
