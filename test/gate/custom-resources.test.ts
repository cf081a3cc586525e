/**
 * A schema for every custom resource: the gate fails on a kind it has no schema for, on an unknown
 * field inside every newly vendored kind (Strimzi Connect/MirrorMaker2/Rebalance, ClickHouse,
 * Flink, Spark, Crossplane Function/DeploymentRuntimeConfig, upjet AWS/GCP provider configs, KEDA),
 * and validates the project's own TenantBucket against the XRD rendered next to it.
 */
import type { K8sObject } from '../../lib/k8s/object';
import { buildContext, contextOf, type Located, RULES, runRules } from '../../lib/gate';
import { resolveNode } from '../../lib/gate/cel-values';
import type { SchemaNode } from '../../lib/gate/compact-schema';
import { shippedSchemas } from '../../lib/gate/schemas';
import { renderedTarget, shippedBuild } from '../support/render';

type Obj = K8sObject & Record<string, any>;

const schemaOf = (objects: Obj[]) =>
  runRules(contextOf('t', objects.map((object) => ({ file: 'x.yaml', object })) as Located[]), { schema: RULES.schema }).map(
    (p) => `${p.object}: ${p.message}`,
  );

function shipped(target: string, kind: string, group: string): Obj {
  for (const list of renderedTarget(target).files.values())
    for (const o of list) if (o.kind === kind && o.apiVersion.startsWith(`${group}/`)) return structuredClone(o) as Obj;
  throw new Error(`test fixture: ${target} renders no ${group} ${kind}`);
}

const meta = (name: string, namespace?: string) => ({ name, ...(namespace ? { namespace } : {}) });

/** One valid object of every newly vendored kind: shipped ones from a target that renders them, the rest written here. */
const NEW_KINDS: Array<[string, () => Obj]> = [
  ['KafkaConnect', () => shipped('prod-azure', 'KafkaConnect', 'kafka.strimzi.io')],
  [
    'KafkaConnector',
    () => ({
      ...shipped('prod-azure', 'KafkaConnector', 'kafka.strimzi.io'),
      spec: { ...shipped('prod-azure', 'KafkaConnector', 'kafka.strimzi.io').spec, autoRestart: { enabled: true } },
    }),
  ],
  [
    'KafkaMirrorMaker2',
    () => ({
      apiVersion: 'kafka.strimzi.io/v1',
      kind: 'KafkaMirrorMaker2',
      metadata: meta('mm2', 'matih-data-plane'),
      spec: {
        replicas: 1,
        target: {
          alias: 'b',
          bootstrapServers: 'b:9093',
          groupId: 'mm2',
          configStorageTopic: 'mm2-configs',
          statusStorageTopic: 'mm2-status',
          offsetStorageTopic: 'mm2-offsets',
        },
        mirrors: [{ source: { alias: 'a', bootstrapServers: 'a:9093' }, sourceConnector: { tasksMax: 1 } }],
      },
    }),
  ],
  [
    'KafkaRebalance',
    () => ({
      apiVersion: 'kafka.strimzi.io/v1',
      kind: 'KafkaRebalance',
      metadata: { ...meta('rebalance', 'matih-data-plane'), labels: { 'strimzi.io/cluster': 'matih-kafka' } },
      spec: {},
    }),
  ],
  ['ClickHouseInstallation', () => shipped('prod-azure', 'ClickHouseInstallation', 'clickhouse.altinity.com')],
  ['ClickHouseKeeperInstallation', () => shipped('prod-azure', 'ClickHouseKeeperInstallation', 'clickhouse-keeper.altinity.com')],
  ['FlinkDeployment', () => shipped('prod-azure', 'FlinkDeployment', 'flink.apache.org')],
  [
    'FlinkSessionJob',
    () => ({
      apiVersion: 'flink.apache.org/v1beta1',
      kind: 'FlinkSessionJob',
      metadata: meta('job', 'matih-data-plane'),
      spec: { deploymentName: 'flink-sql-gateway', job: { jarURI: 'local:///opt/flink/job.jar', parallelism: 1 } },
    }),
  ],
  ['SparkConnect', () => shipped('prod-azure', 'SparkConnect', 'sparkoperator.k8s.io')],
  [
    'SparkApplication',
    () => ({
      apiVersion: 'sparkoperator.k8s.io/v1beta2',
      kind: 'SparkApplication',
      metadata: meta('app', 'matih-data-plane'),
      spec: { type: 'Python', sparkVersion: '4.0.1', mainApplicationFile: 'local:///app.py', driver: {}, executor: {} },
    }),
  ],
  [
    'ScheduledSparkApplication',
    () => ({
      apiVersion: 'sparkoperator.k8s.io/v1beta2',
      kind: 'ScheduledSparkApplication',
      metadata: meta('nightly', 'matih-data-plane'),
      spec: {
        schedule: '@daily',
        template: { type: 'Python', sparkVersion: '4.0.1', mainApplicationFile: 'local:///app.py', driver: {}, executor: {} },
      },
    }),
  ],
  ['Function', () => shipped('prod-azure', 'Function', 'pkg.crossplane.io')],
  ['DeploymentRuntimeConfig', () => shipped('prod-azure', 'DeploymentRuntimeConfig', 'pkg.crossplane.io')],
  ['ClusterProviderConfig (AWS)', () => shipped('prod-aws', 'ClusterProviderConfig', 'aws.m.upbound.io')],
  ['ClusterProviderConfig (GCP)', () => shipped('prod-gcp', 'ClusterProviderConfig', 'gcp.m.upbound.io')],
  [
    'ProviderConfig (AWS)',
    () => ({
      apiVersion: 'aws.m.upbound.io/v1beta1',
      kind: 'ProviderConfig',
      metadata: meta('aws', 'tenant-acme'),
      spec: { credentials: { source: 'IRSA' } },
    }),
  ],
  [
    'ProviderConfig (GCP)',
    () => ({
      apiVersion: 'gcp.m.upbound.io/v1beta1',
      kind: 'ProviderConfig',
      metadata: meta('gcp', 'tenant-acme'),
      spec: { projectID: 'matih-prod', credentials: { source: 'InjectedIdentity' } },
    }),
  ],
  [
    'ScaledObject',
    () => ({
      apiVersion: 'keda.sh/v1alpha1',
      kind: 'ScaledObject',
      metadata: meta('api', 'matih-control-plane'),
      spec: { scaleTargetRef: { name: 'api-gateway' }, triggers: [{ type: 'cpu', metricType: 'Utilization', metadata: { value: '60' } }] },
    }),
  ],
  [
    'TriggerAuthentication',
    () => ({
      apiVersion: 'keda.sh/v1alpha1',
      kind: 'TriggerAuthentication',
      metadata: meta('auth', 'matih-control-plane'),
      spec: {
        hashiCorpVault: {
          address: 'https://vault:8200',
          authentication: 'kubernetes',
          role: 'keda',
          secrets: [{ parameter: 'password', key: 'password', path: 'secret/redis' }],
        },
      },
    }),
  ],
];

describe.each(NEW_KINDS)('%s', (_name, sample) => {
  test('a valid object passes, and its kind has a vendored schema', () => {
    const object = sample();
    expect(shippedSchemas().has(object.apiVersion, object.kind)).toBe(true);
    expect(schemaOf([object])).toEqual([]);
  });

  test('an unknown field fails, at the top of spec and at the deepest object inside it the schema declares', () => {
    const object = sample();
    const deepest = deepestDeclared(object);
    deepest.value.bogusNested = true;
    object.spec.bogusField = 1;
    const messages = schemaOf([object]);
    expect(messages.sort()).toEqual(
      [`${nameOf(object)}: spec.bogusField: unknown field`, `${nameOf(object)}: ${deepest.path}.bogusNested: unknown field`]
        .sort()
        .map((m) => expect.stringContaining(m)),
    );
  });
});

const nameOf = (o: Obj) => `${o.kind} ${o.metadata.namespace ? `${o.metadata.namespace}/` : ''}${o.metadata.name}`;

/**
 * The deepest plain object under `spec` whose schema declares its fields (a subtree the schema keeps
 * open, x-kubernetes-preserve-unknown-fields, accepts anything: Connect's `config`, ClickHouse pod templates).
 */
function deepestDeclared(object: Obj): { value: Record<string, any>; path: string } {
  const root = shippedSchemas().rootOf(object.apiVersion, object.kind)!;
  let best = { value: object.spec as Record<string, any>, path: 'spec', depth: 0 };
  const walk = (value: Record<string, any>, schema: SchemaNode | undefined, path: string, depth: number) => {
    const node = resolveNode(schema, root.doc);
    if (!node.properties || node['x-kubernetes-preserve-unknown-fields']) return;
    if (depth > best.depth) best = { value, path, depth };
    for (const [k, v] of Object.entries(value)) {
      if (v && typeof v === 'object' && !Array.isArray(v)) walk(v, node.properties[k], `${path}.${k}`, depth + 1);
    }
  };
  walk(object.spec, resolveNode(root.node, root.doc).properties!.spec, 'spec', 0);
  return best;
}

describe('kinds without a schema', () => {
  test('a custom resource of an unknown kind fails the gate', () => {
    expect(schemaOf([{ apiVersion: 'example.com/v1', kind: 'Widget', metadata: meta('w', 'matih-data-plane') } as Obj])).toEqual([
      expect.stringMatching(/^Widget matih-data-plane\/w: no schema for example\.com\/v1 Widget: neither a Kubernetes 1\.29 kind/),
    ]);
  });

  test('an unserved version of a vendored kind fails as unknown', () => {
    const object = shipped('prod-azure', 'ExternalSecret', 'external-secrets.io');
    object.apiVersion = 'external-secrets.io/v1beta1';
    expect(schemaOf([object])).toEqual([expect.stringMatching(/no schema for external-secrets\.io\/v1beta1 ExternalSecret/)]);
  });
});

describe('TenantBucket against the XRD rendered next to it', () => {
  const target = 'prod-azure';
  // Copies of the XRD and the claims (the tests edit them); the other objects are the shipped ones.
  const EDITED = ['TenantBucket', 'CompositeResourceDefinition'];
  const located = () => {
    const objects: Array<{ file: string; object: Obj }> = [];
    for (const [file, list] of renderedTarget(target).files)
      for (const o of list) objects.push({ file, object: (EDITED.includes(o.kind) ? structuredClone(o) : o) as Obj });
    return objects;
  };
  const run = (objects: Array<{ file: string; object: Obj }>) => {
    const model = shippedBuild().model.targets.find((t) => t.target.name === target)!;
    return runRules(contextOf(target, objects as Located[], undefined, model), { schema: RULES.schema }).map(
      (p) => `${p.object}: ${p.message}`,
    );
  };
  const xrdOf = (objects: Array<{ object: Obj }>) => objects.find((o) => o.object.kind === 'CompositeResourceDefinition')!.object;
  const bucketOf = (objects: Array<{ object: Obj }>) => objects.find((o) => o.object.kind === 'TenantBucket')!.object;

  test('the shipped claims pass', () => {
    expect(run(located())).toEqual([]);
  });

  test('a field the XRD does not declare fails', () => {
    const objects = located();
    bucketOf(objects).spec.size = '10Gi';
    expect(run(objects)).toEqual([expect.stringMatching(/^TenantBucket tenant-[a-z0-9-]+\/data: spec\.size: unknown field/)]);
  });

  test('the schema is the rendered XRD: declaring the field there makes the same claim valid', () => {
    const objects = located();
    bucketOf(objects).spec.size = '10Gi';
    xrdOf(objects).spec.versions[0].schema.openAPIV3Schema.properties.spec.properties.size = { type: 'string' };
    expect(run(objects)).toEqual([]);
  });

  test('without its XRD a TenantBucket has no schema', () => {
    const objects = located().filter((o) => o.object.kind !== 'CompositeResourceDefinition');
    expect(run(objects).filter((m) => m.startsWith('TenantBucket'))).toContainEqual(
      expect.stringMatching(/no schema for platform\.matih\.ai\/v1alpha1 TenantBucket/),
    );
  });

  test('an XRD whose schema holds a node that is no object defines nothing: its claims fail as unknown, the gate does not crash', () => {
    const objects = located();
    xrdOf(objects).spec.versions[0].schema.openAPIV3Schema.properties.spec.properties.size = null;
    expect(run(objects).filter((m) => m.startsWith('TenantBucket'))).toContainEqual(
      expect.stringMatching(/no schema for platform\.matih\.ai\/v1alpha1 TenantBucket/),
    );
  });

  test('an XRD redefining a vendored kind is reported', () => {
    const objects = located();
    const xrd = structuredClone(xrdOf(objects));
    xrd.metadata.name = 'kafkas.kafka.strimzi.io';
    xrd.spec.group = 'kafka.strimzi.io';
    xrd.spec.names = { kind: 'Kafka', plural: 'kafkas' };
    xrd.spec.versions[0].name = 'v1';
    objects.push({ file: 'data/crossplane.yaml', object: xrd });
    expect(run(objects)).toContainEqual(
      'CompositeResourceDefinition kafkas.kafka.strimzi.io: defines kafka.strimzi.io/v1/Kafka, which a vendored CRD or another XRD of the target already defines',
    );
  });

  test('the registry with the XRD kinds is built once per context', () => {
    const model = shippedBuild().model.targets.find((t) => t.target.name === target)!;
    const ctx = buildContext(renderedTarget(target), model);
    const { registryOf } = require('../../lib/gate/xrd-schemas') as typeof import('../../lib/gate/xrd-schemas');
    expect(registryOf(ctx)).toBe(registryOf(ctx));
    expect(registryOf(ctx).has('platform.matih.ai/v1alpha1', 'TenantBucket')).toBe(true);
    expect(shippedSchemas().has('platform.matih.ai/v1alpha1', 'TenantBucket')).toBe(false);
  });
});
