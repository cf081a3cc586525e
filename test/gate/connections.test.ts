/**
 * The cross-layer rules: service-target-ports, connection-endpoints and connection-policies, over
 * the small fixture model rendered once (test/baseline/fixture.ts), each broken by the smallest
 * change that makes its point; and PostgreSQL's port changed in the shipped model.
 */
import { PG_HOST } from '../../config/components/define';
import type { ChartComponent, OperatedComponent, ResolvedTarget, ServiceComponent } from '../../config/types';
import { baseline } from '../../constructs/k8s/baseline';
import { contextOf, type Located, RULES, runRules } from '../../lib/gate';
import type { K8sObject } from '../../lib/k8s/object';
import { renderTarget } from '../../lib/render/render';
import { COMPONENTS, fixtureModel } from '../baseline/fixture';
import { shippedBuild } from '../support/render';

type Mutable = K8sObject & Record<string, any>;
const CROSS_LAYER = ['service-target-ports', 'connection-endpoints', 'connection-policies'] as const;

const PG = 'postgresql.matih-control-plane.svc.cluster.local';
const ai = COMPONENTS['ai-service'] as ServiceComponent;
const kafka = COMPONENTS.kafka as OperatedComponent;
const MODEL: ResolvedTarget = fixtureModel({
  components: {
    ...COMPONENTS,
    kafka: { ...kafka, services: [{ name: 'matih-kafka-kafka-bootstrap', ports: ['tcp-clientstls'] }] },
    'ai-service': {
      ...ai,
      config: {
        DB_HOST: PG,
        DB_PORT: '5432',
        DATABASE_URL: `jdbc:postgresql://${PG}:5432/ai`,
        KAFKA_BOOTSTRAP_SERVERS: 'matih-kafka-kafka-bootstrap.matih-data-plane.svc.cluster.local:9093',
      },
    },
  },
});

let rendered: Array<{ file: string; object: K8sObject }> | undefined;
/** A deep copy of the fixture's rendered objects (rendered once per file). */
function objects(): Array<{ file: string; object: Mutable }> {
  rendered ??= [...renderTarget(MODEL, [baseline]).files].flatMap(([file, list]) => list.map((object) => ({ file, object })));
  return rendered.map(({ file, object }) => ({ file, object: structuredClone(object) as Mutable }));
}

function find(list: Array<{ object: Mutable }>, kind: string, name: string): Mutable {
  const found = list.find((o) => o.object.kind === kind && o.object.metadata.name === name);
  if (!found) throw new Error(`fixture: no ${kind} ${name}`);
  return found.object;
}

function messages(rule: (typeof CROSS_LAYER)[number], list = objects(), model = MODEL): string[] {
  return runRules(contextOf('test', list as Located[], undefined, model), { [rule]: RULES[rule] }).map((p) => `${p.object}: ${p.message}`);
}

function after(
  rule: (typeof CROSS_LAYER)[number],
  change: (list: Array<{ file: string; object: Mutable }>) => void,
  model = MODEL,
): string[] {
  const list = objects();
  change(list);
  return messages(rule, list, model);
}

const aiConfig = (list: Array<{ object: Mutable }>) => find(list, 'ConfigMap', 'ai-service-config').data;

test.each(CROSS_LAYER.map((r) => [r]))('%s finds nothing in the consistent fixture', (rule) => {
  expect(messages(rule)).toEqual([]);
});

describe('connection-endpoints', () => {
  test("a port the Service does not have fails, naming the client's setting and the Service's ports", () => {
    expect(after('connection-endpoints', (o) => (aiConfig(o).DB_PORT = '5433'))).toEqual([
      `ConfigMap matih-data-plane/ai-service-config: data.DB_HOST (DB_PORT): ${PG}:5433: Service matih-control-plane/postgresql (declared by component postgresql) has no port 5433 (ports 5432)`,
    ]);
  });

  test('the same port in a JDBC URL fails too', () => {
    expect(after('connection-endpoints', (o) => (aiConfig(o).DATABASE_URL = `jdbc:postgresql://${PG}:6543/ai`))).toEqual([
      expect.stringContaining(
        'data.DATABASE_URL: postgresql.matih-control-plane.svc.cluster.local:6543: Service matih-control-plane/postgresql',
      ),
    ]);
  });

  test('a host no Service answers to fails', () => {
    expect(after('connection-endpoints', (o) => (aiConfig(o).DB_HOST = 'postgres.matih-control-plane.svc.cluster.local'))).toEqual([
      'ConfigMap matih-data-plane/ai-service-config: data.DB_HOST (DB_PORT): postgres.matih-control-plane.svc.cluster.local:5432 names Service matih-control-plane/postgres, which the target does not render and no component declares (components.<name>.services)',
    ]);
  });

  test('an operated component without a declared Service resolves nothing', () => {
    const model = { ...MODEL, components: { ...MODEL.components, kafka } };
    expect(messages('connection-endpoints', objects(), model)).toEqual([
      expect.stringContaining('names Service matih-data-plane/matih-kafka-kafka-bootstrap, which the target does not render'),
    ]);
  });

  test('a host whose port cannot be read is reported', () => {
    expect(
      after('connection-endpoints', (o) => {
        delete aiConfig(o).DB_PORT;
      }),
    ).toEqual([
      `ConfigMap matih-data-plane/ai-service-config: data.DB_HOST: ${PG}: cannot read the port (no port after ${PG}, no default for its scheme and no neighbouring …PORT setting)`,
    ]);
  });

  test('a headless Service is reached on its pods’ ports', () => {
    const pg = COMPONENTS.postgresql as ChartComponent;
    const headless = () => ({
      ...MODEL,
      components: {
        ...MODEL.components,
        postgresql: { ...pg, services: [{ name: 'postgresql', ports: ['tcp-postgresql'], headless: true }] },
      },
    });
    expect(messages('connection-endpoints', objects(), headless())).toEqual([]);
    expect(after('connection-endpoints', (o) => (aiConfig(o).DB_PORT = '15432'), headless())).toEqual([
      expect.stringContaining(
        'headless Service matih-control-plane/postgresql (declared by component postgresql) resolves to its pods, which do not listen on 15432 (ports 5432)',
      ),
    ]);
  });
});

describe('connection-policies', () => {
  test('a NetworkPolicy that opens another port than the Service forwards to fails, naming both ends', () => {
    const found = after('connection-policies', (o) => {
      const policy = find(o, 'NetworkPolicy', 'ai-service');
      for (const rule of policy.spec.egress) for (const p of rule.ports ?? []) if (p.port === 5432) p.port = 5433;
    });
    expect(found).toEqual([
      expect.stringContaining(
        'data.DATABASE_URL: postgresql.matih-control-plane.svc.cluster.local:5432 reaches Service matih-control-plane/postgresql',
      ),
      `ConfigMap matih-data-plane/ai-service-config: data.DB_HOST (DB_PORT): ${PG}:5432 reaches Service matih-control-plane/postgresql (declared by component postgresql), but the NetworkPolicies do not let Deployment matih-data-plane/ai-service connect to pods of component postgresql on port 5432; ai-service depends on postgresql, whose model ports are 5432`,
    ]);
  });

  test('a connection without a dependency edge fails and says so', () => {
    expect(
      after('connection-policies', (o) => (aiConfig(o).GATEWAY_URL = 'http://api-gateway.matih-control-plane.svc.cluster.local:8080')),
    ).toEqual([
      'ConfigMap matih-data-plane/ai-service-config: data.GATEWAY_URL: api-gateway.matih-control-plane.svc.cluster.local:8080 reaches Service matih-control-plane/api-gateway, but the NetworkPolicies do not let Deployment matih-data-plane/ai-service connect to Deployment matih-control-plane/api-gateway on port 8080; ai-service does not list api-gateway in dependsOn',
    ]);
  });

  test('the server side counts too: its ingress must admit the client', () => {
    const found = after('connection-policies', (o) => {
      const policy = find(o, 'NetworkPolicy', 'postgresql');
      policy.spec.ingress = policy.spec.ingress.filter((r: any) => !JSON.stringify(r.from ?? []).includes('ai-service'));
    });
    expect(found).toHaveLength(2);
    expect(found[0]).toContain('do not let Deployment matih-data-plane/ai-service connect to pods of component postgresql on port 5432');
  });
});

describe('service-target-ports', () => {
  test('a named targetPort the pods do not declare fails', () => {
    expect(after('service-target-ports', (o) => (find(o, 'Service', 'ai-service').spec.ports[0].targetPort = 'web'))).toEqual([
      'Service matih-data-plane/ai-service: spec.ports[0] (http): targetPort "web" is not a port of Deployment matih-data-plane/ai-service (ports: http 8000, metrics 9090)',
    ]);
  });

  test('a numbered one fails the same way', () => {
    expect(after('service-target-ports', (o) => (find(o, 'Service', 'ai-service').spec.ports[0].targetPort = 8001))).toEqual([
      expect.stringContaining('spec.ports[0] (http): targetPort 8001 is not a port of Deployment matih-data-plane/ai-service'),
    ]);
  });

  test('a Service selecting chart pods is checked against the model ports', () => {
    const list = objects();
    list.push({
      file: 'platform/x.yaml',
      object: {
        apiVersion: 'v1',
        kind: 'Service',
        metadata: { name: 'pg-extra', namespace: 'matih-control-plane' },
        spec: {
          selector: { 'app.kubernetes.io/name': 'postgresql' },
          ports: [
            { port: 5432, targetPort: 'tcp-postgresql' },
            { port: 6432, targetPort: 'pgbouncer' },
          ],
        },
      } as Mutable,
    });
    expect(messages('service-target-ports', list)).toEqual([
      'Service matih-control-plane/pg-extra: spec.ports[1] (6432): targetPort "pgbouncer" is not a port of pods of component postgresql (ports: tcp-postgresql 5432)',
    ]);
  });
});

describe("service-target-ports on a chart's output (charts:verify: files under helm:<application>/)", () => {
  const pgLabels = (COMPONENTS.postgresql as ChartComponent).podSelector;
  const pod = (kind: string, file: string, containers: unknown[], name = 'pg-chart'): { file: string; object: Mutable } => {
    const podSpec = { metadata: { labels: pgLabels }, spec: { containers } };
    const spec =
      kind === 'CronJob'
        ? { jobTemplate: { spec: { template: podSpec } } }
        : kind === 'Job'
          ? { template: podSpec }
          : { selector: { matchLabels: pgLabels }, template: podSpec };
    return {
      file,
      object: {
        apiVersion: kind === 'Deployment' ? 'apps/v1' : 'batch/v1',
        kind,
        metadata: { name, namespace: 'matih-control-plane' },
        spec,
      } as Mutable,
    };
  };
  const service = (ports: unknown[]): { file: string; object: Mutable } => ({
    file: 'helm:postgresql/templates/service.yaml',
    object: {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'pg-extra', namespace: 'matih-control-plane' },
      spec: { selector: pgLabels, ports },
    } as Mutable,
  });
  const CHART = 'helm:postgresql/templates/deployment.yaml';
  const run = (...extra: Array<{ file: string; object: Mutable }>) => messages('service-target-ports', [...objects(), ...extra]);

  test("the chart's own pods decide, not the model's ports of the component", () => {
    const pgbouncer = [{ name: 'pgbouncer', image: 'x', ports: [{ name: 'pgbouncer', containerPort: 6432 }] }];
    expect(run(service([{ name: 'pgb', port: 6432, targetPort: 'pgbouncer' }]), pod('Deployment', CHART, pgbouncer))).toEqual([]);
    // The same Service without the chart's pods is checked against the model, as in dist/.
    expect(run(service([{ name: 'pgb', port: 6432, targetPort: 'pgbouncer' }]))).toEqual([
      expect.stringContaining('targetPort "pgbouncer" is not a port of pods of component postgresql'),
    ]);
    expect(run(service([{ name: 'admin', port: 8008, targetPort: 'admin' }]), pod('Deployment', CHART, pgbouncer))).toEqual([
      'Service matih-control-plane/pg-extra: spec.ports[0] (admin): targetPort "admin" is not a port of Deployment matih-control-plane/pg-chart (ports: pgbouncer 6432)',
    ]);
  });

  test("a numbered targetPort reaches chart pods that declare no port at all, never the platform's own", () => {
    const bare = [{ name: 'metastore', image: 'x' }];
    const thrift = service([{ port: 9083, targetPort: 9083 }]);
    expect(run(thrift, pod('Deployment', CHART, bare))).toEqual([]);
    expect(run({ ...thrift, file: 'platform/x.yaml' }, pod('Deployment', 'platform/x.yaml', bare))).toEqual([
      'Service matih-control-plane/pg-extra: spec.ports[0] (9083): targetPort 9083 is not a port of Deployment matih-control-plane/pg-chart (ports: none)',
    ]);
    // A named one still needs the declaration: kube-proxy resolves names through it.
    expect(run(service([{ port: 9083, targetPort: 'thrift' }]), pod('Deployment', CHART, bare))).toEqual([
      expect.stringContaining('targetPort "thrift" is not a port of Deployment matih-control-plane/pg-chart (ports: none)'),
    ]);
  });

  test('chart pods that declare other ports are taken at their word only where their environment sets the number', () => {
    const webhook = (env: unknown[]) => [
      { name: 'operator', image: 'x', ports: [{ name: 'health-port', containerPort: 8085 }] },
      { name: 'webhook', image: 'x', env },
    ];
    const https = service([{ port: 443, targetPort: 9443 }]);
    expect(run(https, pod('Deployment', CHART, webhook([{ name: 'WEBHOOK_SERVER_PORT', value: '9443' }])))).toEqual([]);
    expect(run(https, pod('Deployment', CHART, webhook([{ name: 'WEBHOOK_SERVER_PORT', value: '8443' }])))).toEqual([
      'Service matih-control-plane/pg-extra: spec.ports[0] (443): targetPort 9443 is not a port of Deployment matih-control-plane/pg-chart (ports: health-port 8085)',
    ]);
  });

  test("pods of a chart's Job or CronJob that the selector also matches fail: they run to completion and serve nothing", () => {
    const bare = [{ name: 'job', image: 'x' }];
    const server = pod('Deployment', CHART, [{ name: 'pg', image: 'x', ports: [{ name: 'http', containerPort: 8585 }] }]);
    expect(
      run(
        service([{ name: 'http', port: 8585, targetPort: 'http' }]),
        server,
        pod('CronJob', 'helm:postgresql/templates/cron.yaml', bare, 'cron-reindex'),
      ),
    ).toEqual([
      'Service matih-control-plane/pg-extra: spec.ports[0] (http): targetPort "http" is not a port of CronJob matih-control-plane/cron-reindex (spec.jobTemplate.spec.template.spec) (ports: none)',
    ]);
    expect(run(service([{ port: 9083, targetPort: 9083 }]), pod('Job', 'helm:postgresql/templates/job.yaml', bare, 'schema-init'))).toEqual(
      [
        'Service matih-control-plane/pg-extra: spec.ports[0] (9083): targetPort 9083 is not a port of Job matih-control-plane/schema-init (ports: none)',
      ],
    );
  });
});

test("a port the operator always serves, changed in the model, fails beside the component's NetworkPolicy", () => {
  const pg = COMPONENTS.postgresql as ChartComponent;
  const fixed = { ...pg, services: [{ name: 'postgresql', ports: ['tcp-postgresql'], fixedPorts: { 'tcp-postgresql': 5432 } }] };
  const model = (port: number) => ({
    ...MODEL,
    components: { ...MODEL.components, postgresql: { ...fixed, ports: [{ name: 'tcp-postgresql', port }] } },
  });
  expect(messages('service-target-ports', objects(), model(5432))).toEqual([]);
  expect(messages('service-target-ports', objects(), model(5433))).toEqual([
    'NetworkPolicy matih-control-plane/postgresql: components.postgresql.ports tcp-postgresql is 5433, but Service matih-control-plane/postgresql serves 5432 whatever the model says (services[].fixedPorts): the NetworkPolicies open a port nothing listens on',
  ]);
  // Rendered from that model, the policies open 5433; clients still on 5432 reach the Service but not its pods.
  const policiesOn5433 = (o: Array<{ object: Mutable }>) => {
    for (const name of ['ai-service', 'postgresql'])
      for (const rule of [...(find(o, 'NetworkPolicy', name).spec.egress ?? []), ...(find(o, 'NetworkPolicy', name).spec.ingress ?? [])])
        for (const p of rule.ports ?? []) if (p.port === 5432) p.port = 5433;
  };
  expect(after('connection-policies', policiesOn5433, model(5433))).toEqual([
    expect.stringContaining(
      'data.DATABASE_URL: postgresql.matih-control-plane.svc.cluster.local:5432 reaches Service matih-control-plane/postgresql',
    ),
    expect.stringContaining(
      'connect to pods of component postgresql on port 5432; ai-service depends on postgresql, whose model ports are 5433',
    ),
  ]);
  // Clients that follow the model's port to 5433 miss the Service, which stays on 5432.
  expect(after('connection-endpoints', (o) => (aiConfig(o).DB_PORT = '5433'), model(5433))).toEqual([
    expect.stringContaining(
      'data.DB_HOST (DB_PORT): postgresql.matih-control-plane.svc.cluster.local:5433: Service matih-control-plane/postgresql (declared by component postgresql) has no port 5433 (ports 5432)',
    ),
  ]);
});

describe('shipped targets', () => {
  test("PostgreSQL's port changed in the catalog (5432 -> 5433) fails: the model's port and the port CloudNativePG serves disagree", () => {
    const build = shippedBuild();
    const rendered = build.rendered.find((r) => r.target === 'prod-azure')!;
    const model = build.model.targets.find((t) => t.target.name === 'prod-azure')!;
    const pg = model.components.postgresql;
    const moved = { ...model, components: { ...model.components, postgresql: { ...pg, ports: [{ name: 'tcp-postgresql', port: 5433 }] } } };
    const list = [...rendered.files].flatMap(([file, objs]) => objs.map((object) => ({ file, object })));
    const found = runRules(contextOf('prod-azure', list, undefined, moved), { 'service-target-ports': RULES['service-target-ports'] });
    expect(found.map((p) => `${p.object}: ${p.message}`)).toEqual(
      ['rw', 'ro', 'r'].map(
        (role) =>
          `NetworkPolicy matih-control-plane/postgresql: components.postgresql.ports tcp-postgresql is 5433, but Service matih-control-plane/${PG_HOST.split('.')[0].replace(/-rw$/, '')}-${role} serves 5432 whatever the model says (services[].fixedPorts): the NetworkPolicies open a port nothing listens on`,
      ),
    );
  });
});

describe("a member cluster's fleet endpoints (Services without a selector, EndpointSlices to the platform cluster)", () => {
  /** prod-azure-globex's objects from the shipped build, with `change` applied to a copy. */
  function member(rule: (typeof CROSS_LAYER)[number], change: (list: Array<{ object: Mutable }>) => void = () => {}): string[] {
    const build = shippedBuild();
    const rendered = build.rendered.find((r) => r.target === 'prod-azure-globex')!;
    const model = build.model.targets.find((t) => t.target.name === 'prod-azure-globex')!;
    const list = [...rendered.files].flatMap(([file, objs]) =>
      objs.map((object) => ({ file, object: structuredClone(object) as Mutable })),
    );
    change(list);
    return messages(rule, list, model);
  }
  const iamSlice = (list: Array<{ object: Mutable }>) => find(list, 'EndpointSlice', 'iam-service-fleet');

  test('are checked: the shipped member passes, and its iam-service Service has the platform address behind it', () => {
    expect(member('connection-policies')).toEqual([]);
    expect(member('service-target-ports')).toEqual([]);
    expect(member('connection-policies', (o) => (iamSlice(o).endpoints[0].addresses = ['10.9.9.9']))).toContainEqual(
      'ConfigMap matih-data-plane/bi-service-config: data.JWT_JWKS_URI: iam-service.matih-control-plane.svc.cluster.local:8081 reaches Service matih-control-plane/iam-service, which EndpointSlice matih-control-plane/iam-service-fleet sends to 10.9.9.9:8081, but the NetworkPolicies do not let Deployment matih-data-plane/bi-service connect to 10.9.9.9 on port 8081',
    );
  });

  test('an egress port that no longer matches the slice port fails, naming the client and the address', () => {
    const found = member('connection-policies', (o) => {
      for (const rule of find(o, 'NetworkPolicy', 'bi-service').spec.egress)
        if (JSON.stringify(rule.to ?? []).includes('ipBlock')) for (const p of rule.ports ?? []) if (p.port === 8081) p.port = 8082;
    });
    expect(found).toEqual([
      expect.stringMatching(/^ConfigMap matih-data-plane\/bi-service-config: data\.JWT_JWKS_URI: .* connect to 10\.[0-9.]+ on port 8081$/),
    ]);
  });

  test('a slice port whose name is not the Service port name forwards nothing and fails service-target-ports', () => {
    expect(member('service-target-ports', (o) => (iamSlice(o).ports[0].name = 'web'))).toEqual([
      expect.stringMatching(
        /^Service matih-control-plane\/iam-service: spec.ports\[0\] \(http\): EndpointSlice matih-control-plane\/iam-service-fleet has no port named "http" for 10\.[0-9.]+ \(ports: web 8081\): the Service forwards nothing$/,
      ),
    ]);
  });
});
