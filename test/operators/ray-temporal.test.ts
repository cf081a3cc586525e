import {
  RAY_AUTOSCALER_RULES,
  RAY_HOME_WRITABLE,
  RAY_LOGS_PATH,
  rayServiceAccounts,
  SERVICE_ACCOUNT_MOUNT,
} from '../../constructs/k8s/operators/kuberay/ray-cluster';
import { TEMPORAL_CONFIG_DIR } from '../../constructs/k8s/operators/temporal/temporal-cluster';
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

  test('a read-only root filesystem everywhere, with emptyDirs where Ray writes: /tmp, /tmp/ray (the ray-logs volume KubeRay shares), the $HOME caches', () => {
    const pods = [ray.spec.headGroupSpec.template.spec, ...groups.map((g) => g.template.spec)];
    expect(ray.spec.autoscalerOptions.securityContext.readOnlyRootFilesystem).toBe(true);
    for (const pod of pods) {
      const container = pod.containers[0];
      expect(container.securityContext.readOnlyRootFilesystem).toBe(true);
      const mounts = new Map(container.volumeMounts.map((m: any) => [m.mountPath, m.name]));
      expect([...mounts.keys()].sort()).toEqual(['/tmp', RAY_LOGS_PATH, ...RAY_HOME_WRITABLE].sort());
      expect(mounts.get(RAY_LOGS_PATH)).toBe('ray-logs');
      for (const name of mounts.values()) expect(pod.volumes.find((v: any) => v.name === name)).toEqual({ name, emptyDir: {} });
    }
  });

  test('head and workers run as ServiceAccounts of their own without a token; only the autoscaler container gets one', () => {
    const accounts = rayServiceAccounts(ray.metadata.name);
    const head = ray.spec.headGroupSpec.template.spec;
    expect([head.serviceAccountName, head.automountServiceAccountToken]).toEqual([accounts.head, false]);
    for (const g of groups)
      expect([g.template.spec.serviceAccountName, g.template.spec.automountServiceAccountToken]).toEqual([accounts.worker, false]);
    for (const name of [accounts.head, accounts.worker]) {
      const sa = ofKind(target, 'ServiceAccount').find((s) => s.metadata.name === name && s.metadata.namespace === ray.metadata.namespace);
      expect(sa?.automountServiceAccountToken).toBe(false);
    }
    const token = head.volumes.find((v: any) => v.projected)!;
    expect(token.projected.sources.map((s: any) => Object.keys(s)[0])).toEqual(['serviceAccountToken', 'configMap', 'downwardAPI']);
    expect(ray.spec.autoscalerOptions.volumeMounts).toContainEqual({ name: token.name, mountPath: SERVICE_ACCOUNT_MOUNT, readOnly: true });
    for (const pod of [head, ...groups.map((g) => g.template.spec)])
      for (const c of pod.containers) expect(c.volumeMounts.map((m: any) => m.name)).not.toContain(token.name);
  });

  test('the autoscaler Role has exactly its verbs, under the name KubeRay looks for, bound to the head only', () => {
    const role = ofKind(target, 'Role', 'rbac.authorization.k8s.io').find(
      (r) => r.metadata.namespace === ray.metadata.namespace && r.metadata.name === ray.metadata.name,
    );
    expect(role?.rules).toEqual(RAY_AUTOSCALER_RULES);
    expect(RAY_AUTOSCALER_RULES.flatMap((r) => r.verbs)).not.toContain('watch');
    const binding = ofKind(target, 'RoleBinding', 'rbac.authorization.k8s.io').find((b) => b.metadata.name === ray.metadata.name);
    expect(binding?.roleRef).toEqual({ apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: ray.metadata.name });
    expect(binding?.subjects).toEqual([
      { kind: 'ServiceAccount', name: rayServiceAccounts(ray.metadata.name).head, namespace: ray.metadata.namespace },
    ]);
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

  test('a read-only root filesystem, the rendered config in an emptyDir, no ServiceAccount token', () => {
    const pod = cluster.spec.services.overrides.deployment.spec.template.spec;
    const service = pod.containers.find((c: any) => c.name === 'service');
    expect(service.securityContext.readOnlyRootFilesystem).toBe(true);
    const config = service.volumeMounts.find((m: any) => m.mountPath === TEMPORAL_CONFIG_DIR);
    expect(pod.volumes).toContainEqual({ name: config.name, emptyDir: {} });
    expect(pod.automountServiceAccountToken).toBe(false);
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
