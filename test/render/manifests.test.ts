import { ApiObject, Lazy } from 'cdk8s';
import { k8s } from 'cdk8s-plus-29';
import { toYamlDocuments } from '../../lib/render/yaml';
import { DEFAULT_DATA_DIR, resolveTarget } from '../../lib/model/load';
import { parseTenants } from '../../lib/model/tenants';
import { TARGETS } from '../../config/targets';
import { untypedKind } from '../../constructs/k8s/core/typed-object';
import { PlatformCharts, type PlatformChartsOptions } from '../../lib/render/platform-charts';
import type { K8sObject } from '../../lib/k8s/object';
import { FEATURES } from '../../lib/render/features';
import { gitops } from '../../constructs/k8s/gitops';
import { generateTenants, tenantsYaml } from '../../lib/model/synthetic-tenants';
import { forgetShapePlans } from '../../lib/render/manifest';
import { targetByName } from '../../lib/model/targets';

// Each test starts without learned plans, as a fresh process does (the test files of a group share modules).
beforeEach(forgetShapePlans);

const CDK8S_TO_JSON = ApiObject.prototype.toJson;
/** Enough tenants for every tier and for the learned plans to be reused many times, small enough to stay quick. */
const MANY = 30;
const SOME = 20;

function chartsWithTenants(target: string, count: number, options: PlatformChartsOptions = {}): PlatformCharts {
  const tenants = parseTenants(
    tenantsYaml(generateTenants({ count, targets: [target] })),
    'bench',
    TARGETS.map((t) => t.name),
  );
  const charts = new PlatformCharts(resolveTarget(targetByName(target), DEFAULT_DATA_DIR, tenants), options);
  for (const feature of FEATURES) feature(charts, charts.model);
  return charts;
}

/** Each file as JSON (key order included) and as the YAML written to dist/. */
function texts(files: Map<string, unknown[]>): Array<{ file: string; json: string; yaml: string }> {
  return [...files].map(([file, objects]) => ({ file, json: JSON.stringify(objects), yaml: toYamlDocuments(objects) }));
}

describe('plain manifests (PlatformCharts.addObject) against the cdk8s construct path', () => {
  // dev-azure: dev-generated secrets (tenant reader Roles with lazy resourceNames); prod-azure: cloud vault, tenant buckets.
  it.each(['dev-azure', 'prod-azure'])('renders MANY synthetic tenants on %s exactly as L1 constructs and cdk8s toJson() do', (target) => {
    const manifests = chartsWithTenants(target, MANY);
    const constructs = chartsWithTenants(target, MANY, { objectsAsConstructs: true });
    // Not vacuous: every tenant object is a manifest on one side and a construct on the other.
    const tenantManifests = [...manifests.manifests('tenants')];
    expect(tenantManifests.length).toBeGreaterThan(MANY * 15);
    expect([...constructs.manifests()]).toEqual([]);
    const fast = manifests.render();
    const reference = constructs.render({ cdk8sToJson: true });
    // The generated mapping ran once per shape, not once per tenant (the rest took the learned plans).
    const mapping = jest.spyOn(k8s.KubeNetworkPolicy, 'manifest');
    const again = chartsWithTenants(target, MANY);
    expect(mapping.mock.calls.length).toBeLessThan(10);
    mapping.mockRestore();
    expect([...fast.keys()]).toEqual([...reference.keys()]);
    expect(texts(fast)).toEqual(texts(reference));
    // Deterministic: a second render of the same build, and a second build with learned plans, give the same text.
    expect(texts(manifests.render())).toEqual(texts(fast));
    expect(texts(again.render())).toEqual(texts(fast));
    // The GitOps pass protected the tenant namespaces it only sees as manifests.
    const namespaces = tenantManifests.filter((o) => o.kind === 'Namespace');
    expect(namespaces).toHaveLength(MANY);
    expect(namespaces.every((o) => o.metadata.annotations?.['argocd.argoproj.io/sync-options'] === 'Prune=false,Delete=false')).toBe(true);
  });

  // The other clouds: the tenant objects take other shapes there (vault provider, identities, routes).
  it.each(['prod-aws', 'prod-gcp'])('renders SOME synthetic tenants of every tier on %s exactly as the construct path does', (target) => {
    const manifests = chartsWithTenants(target, SOME);
    const tiers = new Set(manifests.model.tenants.map((t) => t.tier));
    expect([...tiers].sort()).toEqual(['ENTERPRISE', 'FREE', 'PROFESSIONAL', 'STARTER']);
    // Not vacuous: ENTERPRISE tenants carry their own quotas, so ResourceQuotas differ between tenants.
    const quotas = [...manifests.manifests('tenants')].filter((o) => o.kind === 'ResourceQuota').map((o) => JSON.stringify(o.spec));
    expect(new Set(quotas).size).toBeGreaterThan(2);
    const reference = chartsWithTenants(target, SOME, { objectsAsConstructs: true }).render({ cdk8sToJson: true });
    expect(texts(manifests.render())).toEqual(texts(reference));
  });
});

describe('PlatformCharts.addManifest / addObject', () => {
  const model = chartsWithTenants('prod-azure', 0).model;
  const cm = (name: string): k8s.KubeConfigMapProps => ({ metadata: { name, namespace: 'tenant-x' }, data: { b: '2', a: '1' } });

  it('keeps the order objects were added in, constructs and manifests interleaved, in a file of its own', () => {
    const charts = new PlatformCharts(model);
    charts.addObject('tenants', 'x', k8s.KubeConfigMap, cm('m1'));
    new k8s.KubeConfigMap(charts.group('tenants', 'x'), 'c1', cm('c1'));
    charts.addManifest('tenants', 'x', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'm2' } });
    new k8s.KubeConfigMap(charts.group('tenants', 'x'), 'c2', cm('c2'));
    charts.addObject('tenants', 'x', k8s.KubeConfigMap, cm('m3'));
    charts.addObject('tenants', 'only-manifests', k8s.KubeConfigMap, cm('m4'));
    const files = charts.render();
    expect([...files.keys()]).toEqual(['tenants/only-manifests.yaml', 'tenants/x.yaml']);
    expect(files.get('tenants/x.yaml')!.map((o) => o.metadata.name)).toEqual(['m1', 'c1', 'm2', 'c2', 'm3']);
    expect(charts.folders()).toEqual(['tenants']);
  });

  it('renders typed props like the construct: sorted keys, no empty metadata, Quantity and IntOrString values, field renames', () => {
    const props: k8s.KubeServiceProps = {
      metadata: { name: 's', namespace: 'tenant-x', labels: { z: '1', a: '2' }, annotations: {}, finalizers: [] },
      spec: {
        selector: { b: 'x', a: 'y' },
        ports: [{ port: 80, targetPort: k8s.IntOrString.fromString('http') }],
        externalIPs: [],
        clusterIp: 'None',
        loadBalancerIp: undefined,
      },
    };
    const quota: k8s.KubeResourceQuotaProps = {
      metadata: { name: 'q', namespace: 'tenant-x' },
      spec: { hard: { pods: k8s.Quantity.fromNumber(3), cpu: k8s.Quantity.fromString('2') } },
    };
    const Thing = untypedKind('example.com/v1', 'Thing');
    const thing = { metadata: { name: 't' }, spec: { list: [null, 1, { y: null, x: [] }], empty: {} }, data: { k: 'v' } };
    const build = (options: PlatformChartsOptions) => {
      const charts = new PlatformCharts(model, options);
      charts.addObject('platform', 'edge', k8s.KubeService, props);
      charts.addObject('platform', 'edge', k8s.KubeResourceQuota, quota);
      charts.addObject('platform', 'edge', Thing, thing);
      return charts.render({ cdk8sToJson: true }).get('platform/edge.yaml')!;
    };
    const manifests = build({});
    expect(JSON.stringify(manifests)).toBe(JSON.stringify(build({ objectsAsConstructs: true })));
    expect(manifests[0].metadata).toEqual({ labels: { a: '2', z: '1' }, name: 's', namespace: 'tenant-x' });
    expect(manifests[0].spec).toEqual({
      clusterIP: 'None',
      externalIPs: [],
      ports: [{ port: 80, targetPort: 'http' }],
      selector: { a: 'y', b: 'x' },
    });
    expect(manifests[1].spec).toEqual({ hard: { cpu: '2', pods: 3 } });
    expect(Object.keys(manifests[2])).toEqual(['apiVersion', 'kind', 'metadata', 'data', 'spec']);
  });

  it('maps a shape it learned without the generated mapping, and any other shape (keys, wrappers, lazies, nulls, empty maps) as cdk8s does', () => {
    const svc = (name: string, spec: k8s.ServiceSpec, metadata: Partial<k8s.ObjectMeta> = {}): k8s.KubeServiceProps => ({
      metadata: { name, namespace: 'tenant-x', labels: { b: '1', a: '2' }, ...metadata },
      spec,
    });
    const port = (p: number | string) => ({
      port: 80,
      targetPort: typeof p === 'number' ? k8s.IntOrString.fromNumber(p) : k8s.IntOrString.fromString(p),
    });
    const shapes: k8s.KubeServiceProps[] = [
      svc('first', { ports: [port(8080)], selector: { app: 'a' } }),
      // The same shape: the learned plan applies.
      svc('same', { selector: { app: 'b' }, ports: [port('http')], clusterIp: undefined }),
      svc('plain-wrapper', { ports: [{ port: 81, targetPort: { value: 9090 } as unknown as k8s.IntOrString }], selector: { app: 'c' } }),
      svc('more-ports', { ports: [port(1), port(2)], selector: { app: 'd' } }),
      svc('renamed', { ports: [port(3)], selector: { app: 'e' }, clusterIp: 'None' }),
      svc('other-selector', { ports: [port(4)], selector: { app: 'f', tier: 'x' } }),
      svc('null-in-list', { ports: [port(5)], selector: { app: 'g' }, externalIPs: [null as unknown as string, '10.0.0.1'] }),
      svc('empty-map', { ports: [port(6)], selector: { app: 'h' } }, { annotations: {} }),
      svc('null-label', { ports: [port(7)], selector: { app: 'i' } }, { labels: { b: '1', a: '2', c: null as unknown as string } }),
      svc('lazy', { ports: [port(8)], selector: { app: Lazy.any({ produce: () => 'late' }) as unknown as string } }),
      svc('number-label', { ports: [port(9)], selector: { app: 7 as unknown as string } }),
      svc('same-again', { ports: [port(10)], selector: { app: 'j' } }),
    ];
    const build = (options: PlatformChartsOptions) => {
      const charts = new PlatformCharts(model, options);
      for (const props of shapes) charts.addObject('tenants', 'x', k8s.KubeService, props);
      return charts.render({ cdk8sToJson: true }).get('tenants/x.yaml')!;
    };
    const mapping = jest.spyOn(k8s.KubeService, 'manifest');
    const manifests = build({});
    const mapped = mapping.mock.calls.map(([props]) => props?.metadata?.name);
    mapping.mockRestore();
    // Objects of a learned shape skip the generated mapping; the others went through it.
    expect(mapped).toEqual(expect.arrayContaining(['first', 'more-ports', 'renamed', 'null-in-list', 'empty-map', 'lazy']));
    expect(mapped.filter((name) => ['same', 'plain-wrapper', 'null-label', 'number-label', 'same-again'].includes(name!))).toEqual([]);
    expect(JSON.stringify(manifests)).toBe(JSON.stringify(build({ objectsAsConstructs: true })));
    expect(toYamlDocuments(manifests)).toBe(toYamlDocuments(build({ objectsAsConstructs: true })));
    // Not vacuous: the values that take the generic path reached the output.
    const specs = manifests.map(
      (o) => o.spec as { ports: Array<{ targetPort: unknown }>; clusterIP?: string; selector: Record<string, unknown> },
    );
    expect(specs.map((s) => s.ports[0].targetPort)).toEqual([8080, 'http', 9090, 1, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect([specs[4].clusterIP, specs[9].selector.app, specs[10].selector.app]).toEqual(['None', 'late', 7]);
    expect([manifests[7].metadata.annotations, manifests[8].metadata.labels]).toEqual([undefined, { a: '2', b: '1' }]);
  });

  it('resolves lazy values at render, after later additions, keeping metadata a pass changed meanwhile', () => {
    const charts = new PlatformCharts(model);
    const names: string[] = [];
    charts.addObject('tenants', 'x', k8s.KubeRole, {
      metadata: { name: 'reader', namespace: 'tenant-x' },
      rules: [{ apiGroups: [''], resources: ['secrets'], verbs: ['get'], resourceNames: Lazy.any({ produce: () => [...names] }) }],
    });
    names.push('added-later');
    const head = [...charts.manifests()][0];
    expect(head).toEqual({ apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'Role', metadata: { name: 'reader', namespace: 'tenant-x' } });
    head.metadata = { ...head.metadata, annotations: { note: 'set by a pass' } };
    const [role] = charts.render().get('tenants/x.yaml')! as Array<K8sObject & { rules: Array<{ resourceNames: string[] }> }>;
    expect(role.rules[0].resourceNames).toEqual(['added-later']);
    expect(role.metadata.annotations).toEqual({ note: 'set by a pass' });
  });

  it('the GitOps pass protects stateful manifests as it protects constructs, keeping other sync options', () => {
    const build = (options: PlatformChartsOptions) => {
      const charts = new PlatformCharts(model, options);
      charts.addObject('tenants', 'x', k8s.KubeNamespace, { metadata: { name: 'tenant-x', labels: { a: 'b' } } });
      charts.addObject('tenants', 'x', k8s.KubePersistentVolumeClaim, {
        metadata: {
          name: 'data',
          namespace: 'tenant-x',
          annotations: { 'argocd.argoproj.io/sync-options': 'ServerSideApply=true', z: '1' },
        },
        spec: { accessModes: ['ReadWriteOnce'] },
      });
      charts.addObject('tenants', 'x', k8s.KubeConfigMap, cm('plain'));
      gitops(charts, model);
      return charts.render({ cdk8sToJson: true }).get('tenants/x.yaml')!;
    };
    const manifests = build({});
    expect(JSON.stringify(manifests)).toBe(JSON.stringify(build({ objectsAsConstructs: true })));
    expect(manifests.map((o) => o.metadata.annotations?.['argocd.argoproj.io/sync-options'])).toEqual([
      'Prune=false,Delete=false',
      'ServerSideApply=true,Prune=false,Delete=false',
      undefined,
    ]);
    expect(Object.keys(manifests[0].metadata)).toEqual(['annotations', 'labels', 'name']);
  });

  it('rejects a bad file name, a manifest without a name, metadata it cannot render and values cdk8s cannot render', () => {
    const charts = new PlatformCharts(model);
    expect(() => charts.addObject('tenants', 'Bad_Name', k8s.KubeConfigMap, cm('a'))).toThrow(
      'output file name "Bad_Name" in tenants/ must be lowercase [a-z0-9.-]',
    );
    expect(() => charts.addObject('tenants', 'x', k8s.KubeConfigMap, { data: {} })).toThrow(
      'ConfigMap: metadata.name is required for a manifest (no generated names)',
    );
    const lazyName = { metadata: { name: Lazy.any({ produce: () => 'n' }) as unknown as string } };
    expect(() => charts.addObject('tenants', 'x', k8s.KubeConfigMap, lazyName)).toThrow(
      'ConfigMap in tenants/x: metadata must not hold lazy values (passes read it before render)',
    );
    const when = new Date(0) as unknown as string;
    expect(() => charts.addObject('tenants', 'x', k8s.KubeConfigMap, { metadata: { name: 'd' }, data: { when } })).toThrow(
      "can't render non-simple object of type 'Date'",
    );
    expect(ApiObject.prototype.toJson).toBe(CDK8S_TO_JSON);
  });
});
