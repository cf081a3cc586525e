/**
 * Input the model used to accept without a word: each case is a data folder (tenants.yaml plus
 * overrides) that must be refused with the file and key path, or accepted with one warning. Only
 * the model is loaded (no render), so the file stays fast.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { loadPlatform, ModelError } from '../../lib/model/load';
import { TIER_QUOTAS } from '../../config/tenancy';

/** A valid tenants.yaml of this file's own: a shared PROFESSIONAL tenant and an ENTERPRISE one with its complete quota. */
const TENANTS = `tenants:
  - slug: acme
    tier: PROFESSIONAL
    targets: [prod-azure]
    placement: shared
  - slug: globex
    tier: ENTERPRISE
    targets: [prod-azure]
    quota:
      requestsCpu: "64"
      requestsMemory: 128Gi
      limitsCpu: "128"
      limitsMemory: 256Gi
      pods: 300
      services: 100
      persistentVolumeClaims: 60
      requestsStorage: 2Ti
`;

function dataDir(overrides: Record<string, string> = {}, tenants = TENANTS): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'matih-strict-'));
  fs.mkdirSync(path.join(dir, 'overrides'));
  fs.writeFileSync(path.join(dir, 'tenants.yaml'), tenants);
  for (const [name, text] of Object.entries(overrides)) fs.writeFileSync(path.join(dir, 'overrides', name), text);
  return dir;
}

function modelError(overrides: Record<string, string>, tenants?: string, targets = ['prod-azure']): ModelError {
  try {
    loadPlatform({ dataDir: dataDir(overrides, tenants), targets });
  } catch (error) {
    if (error instanceof ModelError) return error;
    throw error;
  }
  throw new Error('expected a ModelError');
}

const gateway = (body: string) => `components:\n  api-gateway:\n${body}`;

describe('override files', () => {
  it.each(['production.yaml', 'prod.yml', 'README.md'])('refuses %s, listing the allowed names', (name) => {
    const e = modelError({ [name]: 'components: {}\n' });
    expect(e.file).toMatch(/overrides$/);
    expect(e.problems).toHaveLength(1);
    expect(e.problems[0]).toContain(`${name}: not an override file`);
    expect(e.problems[0]).toContain('allowed: dev.yaml, staging.yaml, prod.yaml, dev-azure.yaml');
  });

  it('suggests the name meant', () => {
    expect(modelError({ 'prod.yml': '{}\n' }).problems[0]).toContain('(did you mean prod.yaml?)');
  });
});

describe('typed leaves of YAML overrides', () => {
  it.each([
    [
      'a string for a boolean',
      gateway('    enabled: "false"\n'),
      'components.api-gateway.enabled',
      'expected true or false (a boolean), found "false" (a string)',
    ],
    ['a string for a number', gateway('    replicas: "3"\n'), 'components.api-gateway.replicas', 'expected a number, found "3" (a string)'],
    [
      'a port out of range',
      gateway('    port: 99999\n'),
      'components.api-gateway.port',
      'expected a port number (an integer from 1 to 65535), found 99999',
    ],
    [
      'a number for a ConfigMap value',
      gateway('    config:\n      NEW_SETTING: 8080\n'),
      'components.api-gateway.config.NEW_SETTING',
      'expected a string',
    ],
    [
      'a string where the optional field is a port',
      gateway('    metricsPort: "9090"\n'),
      'components.api-gateway.metricsPort',
      'expected a port number',
    ],
    [
      'a Helm value of another type',
      'components:\n  qdrant:\n    values:\n      replicaCount: "2"\n',
      'components.qdrant.values.replicaCount',
      'expected a number',
    ],
  ])('refuses %s', (_what, yaml, keyPath, message) => {
    const e = modelError({ 'prod.yaml': yaml });
    expect(e.file).toMatch(/overrides\/prod\.yaml$/);
    expect(e.problems).toEqual([expect.stringContaining(`${keyPath}: ${message}`)]);
  });

  it('accepts values of the right type, new Helm values of any type, and an optional field of its type', () => {
    const dir = dataDir({
      'prod.yaml': `${gateway('    enabled: true\n    replicas: 4\n    autoscaling: null\n    config:\n      NEW_SETTING: "8080"\n')}  qdrant:\n    values:\n      brandNew: { nested: 1 }\n`,
    });
    const m = loadPlatform({ dataDir: dir, targets: ['prod-azure'] });
    const gw = m.targets[0].components['api-gateway'];
    expect(gw.kind === 'service' && [gw.replicas, gw.autoscaling, gw.config.NEW_SETTING]).toEqual([4, undefined, '8080']);
    expect(m.warnings).toEqual([]);
  });
});

describe('null', () => {
  it('on a required field is an error naming the optional fields of that level', () => {
    const e = modelError({ 'prod.yaml': gateway('    image: null\n') });
    expect(e.problems).toEqual([
      expect.stringMatching(
        /^components\.api-gateway\.image: null would remove a required field; only these fields may be null here: autoscaling, /,
      ),
    ]);
  });

  it('on a whole component says how to switch it off', () => {
    expect(modelError({ 'prod.yaml': 'components:\n  mongodb: null\n' }).problems[0]).toContain('set enabled: false');
  });

  it('is accepted on optional fields and inside Helm values', () => {
    const m = loadPlatform({
      dataDir: dataDir({ 'prod.yaml': `${gateway('    autoscaling: null\n')}  qdrant:\n    values:\n      persistence: null\n` }),
      targets: ['prod-azure'],
    });
    const qdrant = m.targets[0].components.qdrant;
    expect(qdrant.kind === 'chart' && 'persistence' in qdrant.values).toBe(false);
  });
});

describe('construct-level checks in the model, attributed to the file', () => {
  it.each([
    [
      'a main port that is not the http port',
      gateway('    port: 9090\n'),
      'components.api-gateway.port: 9090 differs from the port named "http"',
    ],
    [
      'an RBAC wildcard',
      'components:\n  infrastructure-service:\n    kubernetesApi:\n      - apiGroups: [""]\n        resources: ["*"]\n        verbs: [get]\n',
      'components.infrastructure-service.kubernetesApi[0].resources: wildcard "*" is not allowed',
    ],
    [
      'an even KRaft quorum',
      'settings:\n  kafka:\n    controllers: 2\n',
      'settings.kafka.controllers: must be odd for a KRaft quorum, found 2',
    ],
    [
      'fewer brokers than replicas of a topic',
      'settings:\n  kafka:\n    brokers: 1\n',
      'settings.kafka.brokers: 1 broker(s) cannot hold replicationFactor 3',
    ],
    [
      'a pdbMinAvailable that blocks drains',
      gateway('    autoscaling: null\n    replicas: 2\n    pdbMinAvailable: 2\n'),
      'components.api-gateway.pdbMinAvailable: 2 must be a positive integer below the 2 replicas',
    ],
    [
      'an even Keeper quorum',
      'components:\n  clickhouse:\n    sizing:\n      keeper:\n        replicas: 2\n',
      'components.clickhouse.sizing.keeper.replicas: must be odd',
    ],
    [
      'a negative chart replica count',
      'components:\n  minio:\n    values:\n      replicas: -1\n',
      'components.minio.values.replicas: expected a non-negative whole number of replicas, found -1',
    ],
    [
      'a snapshot claim selector Kubernetes would read differently',
      'components:\n  jupyterhub:\n    volumeSnapshots:\n      claimSelector:\n        matchLabels:\n          app: ""\n',
      'components.jupyterhub.volumeSnapshots: claimSelector.matchLabels.app must be a non-empty string',
    ],
    ['a pool size of no connections', 'settings:\n  dbPoolSize: 0\n', 'settings.dbPoolSize: expected a positive integer, found 0'],
    [
      'pools that do not fit max_connections at the replica maxima',
      'settings:\n  dbPoolSize: 100000\n',
      'settings.dbPoolSize: 100000 connections for each of ',
    ],
    [
      "a service's own pool size beside settings.dbPoolSize",
      'components:\n  query-engine:\n    config:\n      SPRING_DATASOURCE_HIKARI_MAXIMUMPOOLSIZE: "5"\n',
      'components.query-engine.config.SPRING_DATASOURCE_HIKARI_MAXIMUMPOOLSIZE: set from settings.dbPoolSize',
    ],
    [
      'a stateful chart scaled to zero',
      'components:\n  qdrant:\n    values:\n      replicaCount: 0\n',
      'components.qdrant.values.replicaCount: 0 stops a stateful chart',
    ],
  ])('%s', (_what, yaml, message) => {
    const e = modelError({ 'prod.yaml': yaml });
    expect(e.file).toMatch(/overrides\/prod\.yaml \(target prod-azure\)$/);
    expect(e.problems.filter((p) => p.includes(message) && /\(set in \S+overrides\/prod\.yaml\)$/.test(p))).toHaveLength(1);
  });

  it('accepts a stateful chart at zero when the override says it is meant', () => {
    const m = loadPlatform({
      dataDir: dataDir({
        'prod.yaml': 'components:\n  qdrant:\n    allowZeroReplicas: true\n    values:\n      replicaCount: 0\n',
      }),
      targets: ['prod-azure'],
    });
    expect(m.targets[0].target.name).toBe('prod-azure');
    const qdrant = m.targets[0].components.qdrant;
    expect(qdrant.kind === 'chart' && qdrant.values.replicaCount).toBe(0);
  });
});

describe('warnings', () => {
  it('names a replicas value an HPA hides, once for three targets of one environment', () => {
    const m = loadPlatform({ dataDir: dataDir({ 'prod.yaml': gateway('    replicas: 4\n') }) });
    expect(m.warnings).toEqual([
      {
        file: expect.stringMatching(/overrides\/prod\.yaml$/),
        message: expect.stringMatching(
          /^components\.api-gateway\.replicas: 4 has no effect: its HorizontalPodAutoscaler \(autoscaling\.minReplicas \d+/,
        ),
      },
    ]);
  });

  it('says nothing for the shipped config', () => {
    expect(loadPlatform().warnings).toEqual([]);
  });
});

describe('tenant quotas', () => {
  const withAcme = (quota: string) =>
    TENANTS.replace('  - slug: acme\n    tier: PROFESSIONAL\n', `  - slug: acme\n    tier: PROFESSIONAL\n    quota:\n${quota}`);

  it('merges a partial quota of a tier with the tier (documented in README "Add a tenant")', () => {
    const m = loadPlatform({ dataDir: dataDir({}, withAcme('      pods: 150\n')), targets: ['prod-azure'] });
    const acme = m.targets[0].tenants.find((t) => t.slug === 'acme')!;
    expect(acme.quota).toEqual({ ...TIER_QUOTAS.PROFESSIONAL, pods: 150 });
  });

  it('requires a complete ENTERPRISE quota and says which keys are missing, in one line', () => {
    const tenants = TENANTS.replace(/ {6}limitsCpu: "128"\n/, '').replace(/ {6}pods: 300\n/, '');
    const e = modelError({}, tenants);
    expect(e.problems).toEqual([
      'tenants[1] (slug "globex").quota: an ENTERPRISE quota has no tier default, so it must be complete; missing limitsCpu, pods',
    ]);
  });

  it('refuses limits below requests', () => {
    const tenants = TENANTS.replace('limitsCpu: "128"', 'limitsCpu: "32"');
    expect(modelError({}, tenants).problems).toEqual([
      'tenants[1] (slug "globex").quota.limitsCpu: 32 is below requestsCpu 64; limits must be at least the requests',
    ]);
  });
});

describe('backup policies', () => {
  it('refuses a schedule that is no five-field cron and retention that is no positive whole number of days, with the key path', () => {
    const e = modelError({
      'prod.yaml': [
        'components:',
        '  mongodb: { sizing: { backup: { schedule: nightly } } }',
        '  kafka: { sizing: { backup: { retentionDays: 0 } } }',
        '  minio: { backup: { schedule: "0 2 * * * *" } }',
        "  jupyterhub: { volumeSnapshots: { schedule: '0 1,3-5 * * *' } }",
      ].join('\n'),
    });
    expect(e.file).toMatch(/overrides\/prod.yaml \(target prod-azure\)$/);
    expect(e.problems.map((p) => p.replace(/ \(set in .*\)$/, '')).sort()).toEqual([
      // A cron field snapscheduler's CRD does not accept (a list mixed with a range), refused before it is rendered.
      'components.jupyterhub.volumeSnapshots: schedule "0 1,3-5 * * *": field "1,3-5" is not one snapscheduler accepts (a list, one range or step, or * with a step)',
      'components.kafka.sizing.backup: retentionDays must be a positive integer, found 0',
      'components.minio.backup: schedule "0 2 * * * *" must have five cron fields (minute hour day month weekday)',
      'components.mongodb.sizing.backup: schedule "nightly" must have five cron fields (minute hour day month weekday)',
    ]);
  });
});
