import { tenantPlacement, tenantPlacements } from '../../constructs/k8s/tenants/placement';
import { tenantBaselineObjects } from '../../constructs/k8s/tenants/tenant';
import { TENANT_PLACEMENT_CONFIGMAP } from '../../config/tenancy';
import { tolerationOf } from '../../config/node-pools';
import { renderTarget } from '../../lib/render/render';
import { baseline, PlatformNamespace, ServiceWorkload, TenantBaseline } from '../../constructs/k8s/baseline';
import { componentPolicies, platformPolicies, tenantPolicies } from '../../constructs/k8s/network/network-policies';
import { PlatformCharts } from '../../lib/render/platform-charts';
import { tenantHostOf } from '../../constructs/k8s/core/names';
import { ApiObject } from 'cdk8s';
import type { Construct } from 'constructs';
import { COMPONENTS, fixtureModel, service, TENANTS } from './fixture';
import { TIERS, type ServiceComponent } from '../../config/types';
import { ingressAnnotations } from '../../constructs/k8s/core/ingress-annotations';
import { restrictedContainerSecurityContext, restrictedPodSecurityContext } from '../../constructs/k8s/core/security-context';
import { neo4jDump } from '../../constructs/k8s/operators/backup/neo4j';
import type { BackedUpComponent } from '../../constructs/k8s/operators/backup/service-dump';

function objectsOf(scope: Construct): unknown[] {
  return scope.node
    .findAll()
    .filter((c): c is ApiObject => c instanceof ApiObject)
    .map((o) => o.toJson());
}

function scope(): Construct {
  return new PlatformCharts(fixtureModel()).group('workloads', 'test');
}

describe('ServiceWorkload', () => {
  const model = fixtureModel();
  const policies = componentPolicies(model);
  const policy = (name: string) => policies.find((p) => p.name === name);

  test('api-gateway: HPA, PDB, ingress, secrets (snapshot)', () => {
    const s = scope();
    new ServiceWorkload(s, 'w', {
      name: 'api-gateway',
      component: COMPONENTS['api-gateway'] as ServiceComponent,
      domain: 'example.test',
      networkPolicy: policy('api-gateway'),
    });
    expect(objectsOf(s)).toMatchSnapshot();
  });

  test('ai-service: metrics port, API role, identity, writable paths (snapshot)', () => {
    const s = scope();
    new ServiceWorkload(s, 'w', {
      name: 'ai-service',
      component: COMPONENTS['ai-service'] as ServiceComponent,
      domain: 'example.test',
      identity: model.identities['ai-service'],
      networkPolicy: policy('ai-service'),
    });
    expect(objectsOf(s)).toMatchSnapshot();
  });

  test('a static frontend gets no ServiceMonitor', () => {
    const s = scope();
    new ServiceWorkload(s, 'w', {
      name: 'bi-workbench',
      component: COMPONENTS['bi-workbench'] as ServiceComponent,
      domain: 'example.test',
    });
    const kinds = objectsOf(s).map((o) => (o as { kind: string }).kind);
    expect(kinds).not.toContain('ServiceMonitor');
    expect(kinds).toContain('PodDisruptionBudget');
  });

  test('a service with storage is a StatefulSet: a volume per pod retained on delete, a headless Service, its command, its peer group', () => {
    const s = scope();
    new ServiceWorkload(s, 'w', {
      name: 'graph',
      component: service('graph', {
        replicas: 3,
        storage: { size: '10Gi', mountPath: '/data' },
        command: ['run', '--my=$(hostname)'],
        peers: { group: 'graph', ports: [7080] },
      }),
      domain: 'example.test',
      storageClass: 'fast',
    });
    const objects = objectsOf(s) as Array<{ kind: string; metadata: { name: string }; spec: any }>;
    expect(objects.map((o) => o.kind)).not.toContain('Deployment');
    const set = objects.find((o) => o.kind === 'StatefulSet')!;
    expect(set.spec.serviceName).toBe('graph-headless');
    expect(set.spec.persistentVolumeClaimRetentionPolicy).toEqual({ whenDeleted: 'Retain', whenScaled: 'Retain' });
    expect(set.spec.volumeClaimTemplates[0].spec.resources.requests.storage).toBe('10Gi');
    expect(set.spec.volumeClaimTemplates[0].spec.storageClassName).toBe('fast');
    const container = set.spec.template.spec.containers[0];
    expect(container.command).toEqual(['run', '--my=$(hostname)']);
    expect(container.volumeMounts).toContainEqual({ name: 'data', mountPath: '/data' });
    expect(container.securityContext.readOnlyRootFilesystem).toBe(true);
    expect(set.spec.template.metadata.labels['matih.ai/peer-group']).toBe('graph');
    const headless = objects.find((o) => o.kind === 'Service' && o.metadata.name === 'graph-headless')!;
    expect([headless.spec.clusterIP, headless.spec.publishNotReadyAddresses]).toEqual(['None', true]);
    expect(
      () =>
        new ServiceWorkload(scope(), 'w', {
          name: 'graph',
          component: service('graph', {
            storage: { size: '1Gi', mountPath: '/data' },
            autoscaling: { minReplicas: 1, maxReplicas: 2, targetCPUUtilizationPercentage: 70 },
          }),
          domain: 'example.test',
        }),
    ).toThrow(/components\.graph\.autoscaling: a service with storage runs a StatefulSet/);
    expect(
      () =>
        new ServiceWorkload(scope(), 'w', {
          name: 'graph',
          component: service('graph', { storage: { size: '1Gi', mountPath: '/data' } }),
          domain: 'example.test',
        }),
    ).toThrow("components.graph.storage: needs the target's storageClass for its volume claims");
  });

  test('a third-party image: its own user, paths seeded from the image by an init container, readiness on a TCP port', () => {
    const s = scope();
    const component = service('graph', {
      ports: [
        { name: 'http', port: 8080 },
        { name: 'bolt', port: 7687 },
      ],
      runAsUser: 7474,
      storage: { size: '1Gi', mountPath: '/data' },
      writablePaths: ['/logs'],
      seededPaths: ['/opt/graph/conf'],
      readinessPort: 'bolt',
    });
    new ServiceWorkload(s, 'w', { name: 'graph', component, domain: 'example.test', storageClass: 'fast' });
    const set = (objectsOf(s) as Array<{ kind: string; spec: any }>).find((o) => o.kind === 'StatefulSet')!;
    const pod = set.spec.template.spec;
    const [main] = pod.containers;
    expect([pod.securityContext.runAsUser, pod.securityContext.fsGroup, main.securityContext.runAsUser]).toEqual([7474, 7474, 7474]);
    expect(main.readinessProbe.tcpSocket).toEqual({ port: 'bolt' });
    expect(main.livenessProbe.httpGet.port).toBe('http');
    const conf = main.volumeMounts.find((m: { mountPath: string }) => m.mountPath === '/opt/graph/conf');
    expect(pod.volumes).toContainEqual({ name: conf.name, emptyDir: {} });
    const [seed] = pod.initContainers;
    expect([seed.name, seed.image, seed.securityContext.runAsUser]).toEqual(['seed', main.image, 7474]);
    expect(seed.volumeMounts).toEqual([{ name: conf.name, mountPath: `/seed/${conf.name}` }]);
    expect(seed.command[2]).toContain(`cp -R /opt/graph/conf/. /seed/${conf.name}/`);
    // Without seeded paths there is no init container.
    const plain = scope();
    new ServiceWorkload(plain, 'w', { name: 'graph', component: service('graph'), domain: 'example.test' });
    const deployment = (objectsOf(plain) as Array<{ kind: string; spec: any }>).find((o) => o.kind === 'Deployment')!;
    expect(deployment.spec.template.spec.initContainers).toBeUndefined();
    expect(deployment.spec.template.spec.securityContext.runAsUser).toBe(1000);
    const bad = (o: Partial<ServiceComponent>) => () =>
      new ServiceWorkload(scope(), 'w', { name: 'graph', component: { ...component, ...o }, domain: 'example.test', storageClass: 'fast' });
    expect(bad({ readinessPort: 'grpc' })).toThrow('components.graph.readinessPort: "grpc" is not one of its ports (http, bolt)');
    expect(bad({ seededPaths: ['/logs'] })).toThrow('components.graph.seededPaths: /logs is already writable');
    expect(bad({ seededPaths: ['/data/conf'] })).toThrow('components.graph.seededPaths: /data/conf is already writable');
  });

  test('rejects a selector without its name, wildcard RBAC, a metrics port it does not have, a PDB that blocks drains', () => {
    const bad = (c: ServiceComponent) => () => new ServiceWorkload(scope(), 'w', { name: 'x', component: c, domain: 'example.test' });
    expect(bad(service('x', { podSelector: { app: 'x' } }))).toThrow(/podSelector: must contain app.kubernetes.io\/name: x/);
    expect(bad(service('x', { kubernetesApi: [{ apiGroups: [''], resources: ['*'], verbs: ['get'] }] }))).toThrow(
      /wildcard "\*" is not allowed/,
    );
    expect(bad(service('x', { metricsPort: 9999 }))).toThrow(/metricsPort: 9999 is not one of its ports/);
    expect(bad(service('x', { replicas: 2, pdbMinAvailable: 2 }))).toThrow(
      /pdbMinAvailable: 2 must be a positive integer below the 2 replicas/,
    );
  });
});

describe('the Neo4j export (operators/backup/neo4j)', () => {
  test("reaches the service's Bolt port with the service's own credential, as the image's user", () => {
    const bolt = { name: 'tcp-bolt', port: 7687 };
    const auth = { secret: 'neo4j-auth', env: { NEO4J_AUTH: 'NEO4J_AUTH' } };
    const backup = { schedule: '0 5 * * *', retentionDays: 30 };
    const c = service('neo4j', { ports: [{ name: 'http', port: 7474 }, bolt], secrets: [auth], runAsUser: 7474, backup });
    const step = neo4jDump(c as BackedUpComponent);
    expect([step.image, step.uid]).toEqual([`${c.image.repository}:${c.image.tag}`, 7474]);
    expect(step.env).toContainEqual({ name: 'NEO4J_ADDRESS', value: `bolt://neo4j.${c.namespace}.svc.cluster.local:7687` });
    expect(step.env).toContainEqual({ name: 'NEO4J_AUTH', valueFrom: { secretKeyRef: { name: 'neo4j-auth', key: 'NEO4J_AUTH' } } });
    expect(step.script).toContain('"$DUMP_DIR/neo4j-$STAMP.cypher.gz"');
    expect(() => neo4jDump({ ...c, secrets: [] } as BackedUpComponent)).toThrow(
      "components.neo4j.secrets: the export job needs the server's NEO4J_AUTH, which none of its secrets sets",
    );
    expect(() => neo4jDump({ ...c, ports: [{ name: 'http', port: 7474 }] } as BackedUpComponent)).toThrow(
      'components.neo4j.ports: the export job connects to a port named "tcp-bolt"',
    );
  });
});

describe('TenantBaseline', () => {
  test('namespace, quota, limits, placement, RBAC, policies, route (snapshot)', () => {
    const model = fixtureModel();
    const s = new PlatformCharts(model).group('tenants', 'acme');
    new TenantBaseline(s, 'b', {
      tenant: TENANTS[0],
      costCenter: 'CC-TEST',
      route: tenantHostOf(model, 'acme'),
      placement: tenantPlacement(model, TENANTS[0].tier),
    });
    expect(objectsOf(s)).toMatchSnapshot();
  });

  test('placement is computed once per tier and the tenants of a tier share its ConfigMap data', () => {
    const model = fixtureModel();
    const placements = tenantPlacements(model);
    expect(Object.keys(placements).sort()).toEqual([...TIERS].sort());
    for (const tier of TIERS) expect(placements[tier]).toEqual(tenantPlacement(model, tier));
    const configMap = (slug: string) =>
      tenantBaselineObjects({
        tenant: { ...TENANTS[0], slug },
        costCenter: 'CC-TEST',
        route: tenantHostOf(model, slug),
        placement: placements[TENANTS[0].tier],
      })
        .filter((o) => o.cls.GVK.kind === 'ConfigMap' && o.props.metadata.name === TENANT_PLACEMENT_CONFIGMAP)
        .map((o) => o.props as { data: Record<string, string> })[0];
    const [a, b] = [configMap('acme'), configMap('globex')];
    expect(a.data).toEqual(b.data);
    expect(a.data).not.toBe(b.data);
    expect(JSON.parse(a.data.tolerations)).toEqual(placements[TENANTS[0].tier].tolerations);
  });

  test('tenant policies never name a namespace other than platform ones', () => {
    const text = JSON.stringify(tenantPolicies('CC', 'acme'));
    expect(text).not.toMatch(/tenant-(?!acme|allow)/);
  });
});

describe('PlatformNamespace', () => {
  test('matih-system: PSA labels, deny, DNS, API server, webhooks (snapshot)', () => {
    const model = fixtureModel();
    const s = new PlatformCharts(model).group('platform', 'matih-system');
    new PlatformNamespace(s, 'ns', {
      name: 'matih-system',
      costCenter: 'CC-TEST',
      networkPolicies: platformPolicies(model).filter((p) => p.namespace === 'matih-system'),
    });
    expect(objectsOf(s)).toMatchSnapshot();
  });

  test('an exception lowers enforce only, audit and warn stay restricted', () => {
    const s = new PlatformCharts(fixtureModel()).group('platform', 'matih-data-plane');
    const ns = new PlatformNamespace(s, 'ns', {
      name: 'matih-data-plane',
      costCenter: 'CC',
      networkPolicies: [],
      podSecurityExceptions: [{ namespace: 'matih-data-plane', level: 'baseline', reason: 'test' }],
    });
    const labels = (ns.namespace.toJson() as { metadata: { labels: Record<string, string> } }).metadata.labels;
    expect(labels['pod-security.kubernetes.io/enforce']).toBe('baseline');
    expect(labels['pod-security.kubernetes.io/audit']).toBe('restricted');
    expect(labels['pod-security.kubernetes.io/warn-version']).toBe('v1.29');
  });

  test('rejects a policy of another namespace', () => {
    const model = fixtureModel();
    const s = new PlatformCharts(model).group('platform', 'matih-system');
    const other = platformPolicies(model).filter((p) => p.namespace === 'matih-ingress');
    expect(() => new PlatformNamespace(s, 'ns', { name: 'matih-system', costCenter: 'CC', networkPolicies: other })).toThrow(
      /is for namespace matih-ingress, not matih-system/,
    );
  });
});

describe('baseline feature on the fixture model', () => {
  test('file layout (snapshot)', () => {
    const rendered = renderTarget(fixtureModel(), [baseline]);
    const layout = Object.fromEntries(
      [...rendered.files].map(([file, objects]) => [file, objects.map((o) => `${o.kind}/${o.metadata.name}`)]),
    );
    expect(layout).toMatchSnapshot();
  });
});

describe('ingress annotations of the platform controller (F5 NGINX Ingress Controller)', () => {
  test('typed route settings become the controller annotations, nothing when unset', () => {
    expect(ingressAnnotations({ hostPrefix: 'ai', maxBodySize: '50m', timeoutSeconds: 300, websocket: true }, 'ai-service')).toEqual({
      'nginx.org/client-max-body-size': '50m',
      'nginx.org/proxy-read-timeout': '300s',
      'nginx.org/proxy-send-timeout': '300s',
      'nginx.org/websocket-services': 'ai-service',
    });
    expect(ingressAnnotations({ hostPrefix: 'bi' }, 'bi-workbench')).toEqual({});
  });

  test('settings the controller would not read are refused with the service named', () => {
    expect(() => ingressAnnotations({ hostPrefix: 'ai', maxBodySize: '50 MB' }, 'ai-service')).toThrow(
      'ingress of ai-service: maxBodySize "50 MB" is not an NGINX size',
    );
    expect(() => ingressAnnotations({ hostPrefix: 'ai', timeoutSeconds: 0 }, 'ai-service')).toThrow(
      'timeoutSeconds must be a positive integer',
    );
  });
});

describe('restricted security contexts (core/security-context)', () => {
  test('read-only root filesystem unless a construct opts out; the pod and container share the UID', () => {
    expect(restrictedContainerSecurityContext({ uid: 999 })).toMatchObject({
      readOnlyRootFilesystem: true,
      runAsUser: 999,
      runAsGroup: 999,
    });
    expect(restrictedContainerSecurityContext({ uid: 999, readOnlyRootFilesystem: false }).readOnlyRootFilesystem).toBe(false);
    expect(restrictedPodSecurityContext({ uid: 26 })).toMatchObject({ runAsNonRoot: true, runAsUser: 26, fsGroup: 26 });
  });

  test('root or a non-integer id is refused', () => {
    expect(() => restrictedContainerSecurityContext({ uid: 0, readOnlyRootFilesystem: false })).toThrow(
      'runAsUser must be a positive integer',
    );
    expect(() => restrictedPodSecurityContext({ uid: 1000, gid: 1.5 })).toThrow('runAsGroup must be a positive integer');
  });
});

describe('tolerationOf (config/node-pools)', () => {
  test('Equal for a valued taint, Exists for a taint without a value', () => {
    expect(tolerationOf({ key: 'matih.ai/dedicated', value: 'true', effect: 'NoSchedule' })).toEqual({
      key: 'matih.ai/dedicated',
      operator: 'Equal',
      value: 'true',
      effect: 'NoSchedule',
    });
    expect(tolerationOf({ key: 'nvidia.com/gpu', effect: 'NoSchedule' })).toEqual({
      key: 'nvidia.com/gpu',
      operator: 'Exists',
      effect: 'NoSchedule',
    });
  });
});
