import { ApiObject, Testing } from 'cdk8s';
import type { ChartComponent, ResolvedTarget } from '../../config/types';
import { PlatformCharts } from '../../lib/render/platform-charts';
import { gitops } from '../../constructs/k8s/gitops';
import { HelmApplication } from '../../constructs/k8s/gitops/helm-application';
import { PlatformProject } from '../../constructs/k8s/gitops/project';
import { chartValues, mergeValues } from '../../constructs/k8s/gitops/target-values';

function chart(overrides: Partial<ChartComponent> = {}): ChartComponent {
  return {
    kind: 'chart',
    enabled: true,
    namespace: 'matih-data-plane',
    nodePool: 'dataplane',
    description: 'test chart',
    source: '[TEST]',
    ports: [],
    podSelector: {},
    dependsOn: [],
    billing: { costCenter: 'CC-TEST', application: 'test', team: 'test' },
    category: 'data',
    chart: { repoURL: 'https://charts.example.com', name: 'thing', version: '1.2.3' },
    values: { replicas: 2 },
    stateful: false,
    providesKinds: [],
    ...overrides,
  };
}

function helmJson(component: ChartComponent, name = 'thing'): any {
  const chartScope = Testing.chart();
  return new HelmApplication(chartScope, 'app', { name, chart: component, project: 'matih' }).apiObject.toJson();
}

describe('HelmApplication', () => {
  test.each(['^1.2.3', '~1.2.3', '1.2.x', '1.2', '*', 'latest', '>=1.0.0', ''])('rejects chart version %j', (version) => {
    expect(() => helmJson(chart({ chart: { repoURL: 'https://charts.example.com', name: 'thing', version } }))).toThrow(
      /chart component "thing": version .* must be an exact semver version/,
    );
  });

  test('accepts exact versions with or without v prefix and pins them as targetRevision', () => {
    expect(helmJson(chart({ chart: { repoURL: 'https://c.example.com', name: 'x', version: 'v1.21.1' } })).spec.source.targetRevision).toBe(
      'v1.21.1',
    );
    expect(
      helmJson(chart({ chart: { repoURL: 'https://c.example.com', name: 'x', version: '0.25.5-rc.1' } })).spec.source.targetRevision,
    ).toBe('0.25.5-rc.1');
  });

  test('OCI repositories lose the oci:// scheme and keep the chart name apart', () => {
    const app = helmJson(chart({ chart: { repoURL: 'oci://registry-1.docker.io/bitnamicharts', name: 'postgresql', version: '16.7.27' } }));
    expect(app.spec.source).toMatchObject({
      repoURL: 'registry-1.docker.io/bitnamicharts',
      chart: 'postgresql',
      targetRevision: '16.7.27',
    });
  });

  test('stateful chart: no prune, no cascading finalizer, protected from the root', () => {
    const app = helmJson(chart({ stateful: true }));
    expect(app.spec.syncPolicy.automated).toEqual({ prune: false, selfHeal: true });
    expect(app.metadata.finalizers).toBeUndefined();
    expect(app.metadata.annotations['argocd.argoproj.io/sync-options']).toBe('Prune=false,Delete=false');
  });

  test('stateless chart without CRDs prunes and cascades on deletion', () => {
    const app = helmJson(chart());
    expect(app.spec.syncPolicy.automated).toEqual({ prune: true, selfHeal: true });
    expect(app.metadata.finalizers).toEqual(['resources-finalizer.argocd.argoproj.io']);
    expect(app.metadata.annotations['argocd.argoproj.io/sync-options']).toBeUndefined();
    expect(app.metadata.annotations['argocd.argoproj.io/sync-wave']).toBe('4');
  });

  test('a chart that defines kinds is an operator: wave 1, protected, server-side apply', () => {
    const app = helmJson(chart({ category: 'observability', providesKinds: ['monitoring.coreos.com/ServiceMonitor'] }));
    expect(app.metadata.annotations['argocd.argoproj.io/sync-wave']).toBe('1');
    expect(app.spec.syncPolicy.automated.prune).toBe(false);
    expect(app.spec.syncPolicy.syncOptions).toContain('ServerSideApply=true');
  });

  test('values become valuesObject and the release name defaults to the component name', () => {
    const app = helmJson(chart({ values: { a: { b: [1, 2] } } }), 'my-thing');
    expect(app.spec.source.helm).toEqual({ releaseName: 'my-thing', valuesObject: { a: { b: [1, 2] } } });
    expect(app.spec.destination).toEqual({ server: 'https://kubernetes.default.svc', namespace: 'matih-data-plane' });
  });

  test('rejects a repository that is neither https nor oci', () => {
    expect(() => helmJson(chart({ chart: { repoURL: 'http://charts.example.com', name: 'x', version: '1.0.0' } }))).toThrow(
      /must start with https:\/\/ or oci:\/\//,
    );
  });
});

describe('PlatformProject', () => {
  const base = { name: 'p', description: 'd', sourceRepos: ['https://r.example.com'], namespaces: ['matih-system'], clusterKinds: [] };

  test.each([
    [{ clusterKinds: [{ group: '*', kind: 'ClusterRole' }] }, /must be an exact group and kind/],
    [{ clusterKinds: [{ group: 'rbac.authorization.k8s.io', kind: '*' }] }, /must be an exact group and kind/],
    [{ sourceRepos: ['*'] }, /must be exact, not a pattern/],
    [{ sourceRepos: [] }, /sourceRepos must not be empty/],
    [{ namespaces: [] }, /destinations must not be empty/],
  ])('rejects %j', (override, message) => {
    expect(() => new PlatformProject(Testing.chart(), 'p', { ...base, ...override })).toThrow(message);
  });
});

/** A hand-made target: enough of ResolvedTarget for the GitOps feature. */
function fakeModel(): ResolvedTarget {
  return {
    target: { name: 'test-azure' },
    identities: {},
    components: {
      kafka: { kind: 'operated', stateful: true, resources: ['kafka.strimzi.io/Kafka'], namespace: 'matih-data-plane' },
      strimzi: chart({ category: 'operator', namespace: 'matih-system', providesKinds: ['kafka.strimzi.io/Kafka'] }),
      web: chart({ namespace: 'matih-frontend', chart: { repoURL: 'oci://ghcr.io/example/charts', name: 'web', version: '2.0.0' } }),
    },
  } as unknown as ResolvedTarget;
}

describe('gitops feature on a hand-made target', () => {
  const model = fakeModel();
  const charts = new PlatformCharts(model);
  new ApiObject(charts.group('platform', 'namespaces'), 'ns', {
    apiVersion: 'v1',
    kind: 'Namespace',
    metadata: { name: 'matih-data-plane' },
  });
  new ApiObject(charts.group('data', 'kafka'), 'kafka', {
    apiVersion: 'kafka.strimzi.io/v1',
    kind: 'Kafka',
    metadata: { name: 'k', namespace: 'matih-data-plane', annotations: { 'argocd.argoproj.io/sync-options': 'ServerSideApply=true' } },
  });
  new ApiObject(charts.group('workloads', 'web'), 'cm', {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name: 'c', namespace: 'matih-frontend' },
  });
  charts.group('monitoring', 'empty'); // a group without objects: no file, so no Application
  new ApiObject(charts.group('tenants', 'acme'), 'tns', { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'tenant-acme' } });
  new ApiObject(charts.group('tenants', 'acme'), 'tcm', {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name: 'x', namespace: 'tenant-acme' },
  });
  gitops(charts, model);
  const files = charts.render();
  const one = (file: string, kind: string) => files.get(file)!.find((o) => o.kind === kind) as any;

  test('stateful objects are protected even when their feature did not, keeping other sync options', () => {
    expect(one('platform/namespaces.yaml', 'Namespace').metadata.annotations['argocd.argoproj.io/sync-options']).toBe(
      'Prune=false,Delete=false',
    );
    expect(one('data/kafka.yaml', 'Kafka').metadata.annotations['argocd.argoproj.io/sync-options']).toBe(
      'ServerSideApply=true,Prune=false,Delete=false',
    );
    expect(one('workloads/web.yaml', 'ConfigMap').metadata.annotations).toBeUndefined();
  });

  test('one Application per folder with objects; none for a folder without', () => {
    const apps = [...files.keys()].filter((f) => f.startsWith('apps/matih-')).sort();
    expect(apps).toEqual(['apps/matih-data.yaml', 'apps/matih-platform.yaml', 'apps/matih-tenants.yaml', 'apps/matih-workloads.yaml']);
    expect(one('apps/matih-data.yaml', 'Application').spec.source).toEqual({
      directory: { recurse: false },
      path: 'dist/test-azure/data',
      repoURL: 'https://github.com/matih/matih-infra.git',
      targetRevision: 'main',
    });
  });

  test('folders holding stateful objects never prune; the others do', () => {
    for (const folder of ['platform', 'data', 'tenants']) {
      expect(one(`apps/matih-${folder}.yaml`, 'Application').spec.syncPolicy.automated.prune).toBe(false);
    }
    const workloads = one('apps/matih-workloads.yaml', 'Application');
    expect(workloads.spec.syncPolicy.automated.prune).toBe(true);
    expect(workloads.metadata.finalizers).toEqual(['resources-finalizer.argocd.argoproj.io']);
  });

  test('the project allows exactly the used namespaces, the chart repositories and the rendered cluster kinds', () => {
    const project = one('apps/project.yaml', 'AppProject');
    expect(project.spec.destinations.map((d: any) => d.namespace)).toEqual([
      'matih-data-plane',
      'matih-frontend',
      'matih-system',
      'tenant-*',
    ]);
    expect(project.spec.sourceRepos).toEqual([
      'ghcr.io/example/charts',
      'https://charts.example.com',
      'https://github.com/matih/matih-infra.git',
    ]);
    expect(project.spec.clusterResourceWhitelist).toContainEqual({ group: '', kind: 'Namespace' });
  });

  test('the root syncs apps/ through the narrow bootstrap project and never cascades', () => {
    const root = files.get('bootstrap/root.yaml')!;
    expect(root.map((o) => o.kind)).toEqual(['AppProject', 'Application']);
    const app = root[1] as any;
    expect(app.spec.source.path).toBe('dist/test-azure/apps');
    expect(app.spec.project).toBe(root[0].metadata.name);
    expect(app.metadata.finalizers).toBeUndefined();
    expect((root[0] as any).spec.clusterResourceWhitelist).toEqual([]);
  });
});

describe('target values', () => {
  const model = {
    target: { domain: 'x.example.com', cluster: { name: 'c1' }, provider: { cloud: 'gcp' } },
    identities: { 'external-dns': { namespace: 'matih-system', serviceAccount: 'external-dns', annotations: {}, podLabels: { a: 'b' } } },
  } as unknown as ResolvedTarget;

  test('merge replaces arrays and scalars, merges objects', () => {
    expect(mergeValues({ a: { b: 1, c: [1] }, d: 1 }, { a: { c: [2] }, d: 2 })).toEqual({ a: { b: 1, c: [2] }, d: 2 });
  });

  test('an identity-bound chart uses the identity ServiceAccount; external-dns gets its cloud provider and zone', () => {
    const dns = chart({
      namespace: 'matih-system',
      chart: { repoURL: 'https://e.example.com', name: 'external-dns', version: '1.0.0' },
      values: { provider: { name: 'azure' }, policy: 'upsert-only' },
    });
    expect(chartValues('external-dns', dns, model)).toEqual({
      provider: { name: 'google' },
      policy: 'upsert-only',
      serviceAccount: { create: false, name: 'external-dns' },
      podLabels: { a: 'b' },
      domainFilters: ['x.example.com'],
      txtOwnerId: 'c1',
    });
  });

  test('an identity in another namespace than its chart is an error', () => {
    expect(() => chartValues('external-dns', chart({ namespace: 'matih-ingress' }), model)).toThrow(
      /runs in matih-ingress but its workload identity's ServiceAccount is in matih-system/,
    );
  });
});
