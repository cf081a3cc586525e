/**
 * Bad input never reaches dist/: each case runs the synth (`runK8s`, in this process: the exit code
 * it returns is the process's, test/e2e proves that) against a temporary data folder and a
 * pre-filled output folder, and checks the exit code, that stderr names the file, the key path and
 * what was expected and found, once, and that the output folder (and the workspace around it) is
 * byte-identical afterwards.
 */
import * as fs from 'node:fs';
import { runK8s } from '../../apps/k8s';
import { fingerprint, type RunResult, runInProcess, SHIPPED_TENANTS, workspace, type Workspace } from '../e2e/harness';

jest.setTimeout(60_000);

interface BadCase {
  readonly name: string;
  readonly tenants?: string;
  readonly overrides?: Record<string, string>;
  readonly args?: readonly string[];
  /** Substrings stderr must contain (file, key path, expectation, found value). */
  readonly expect: ReadonlyArray<string | RegExp>;
}

function replaceOnce(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`test fixture: "${from}" not found in config/tenants.yaml`);
  return text.replace(from, to);
}

const gateway = (body: string) => `components:\n  api-gateway:\n${body}`;

const CASES: readonly BadCase[] = [
  {
    name: 'tenant slug with uppercase letters',
    tenants: replaceOnce(SHIPPED_TENANTS, 'slug: acme', 'slug: Acme'),
    expect: ['tenants.yaml', 'tenants[0] (slug "Acme").slug', 'DNS-1123 label', 'found "Acme"'],
  },
  {
    name: 'tenant slug longer than 40 characters',
    tenants: replaceOnce(SHIPPED_TENANTS, 'slug: acme', `slug: ${'a'.repeat(41)}`),
    expect: ['tenants.yaml', `tenants[0] (slug "${'a'.repeat(41)}").slug`, 'at most 40 characters'],
  },
  {
    name: 'tenant slug with a leading digit',
    tenants: replaceOnce(SHIPPED_TENANTS, 'slug: acme', 'slug: 1acme'),
    expect: ['tenants.yaml', 'tenants[0] (slug "1acme").slug', 'starting with a letter', 'found "1acme"'],
  },
  {
    name: 'duplicate tenant',
    tenants: replaceOnce(SHIPPED_TENANTS, 'slug: initech', 'slug: acme'),
    expect: ['tenants.yaml', 'tenants[2] (slug "acme").slug', 'duplicate slug, already used by tenants[0]'],
  },
  {
    name: 'unknown tier',
    tenants: replaceOnce(SHIPPED_TENANTS, 'tier: STARTER', 'tier: GOLD'),
    expect: ['tenants.yaml', 'tenants[2] (slug "initech").tier', 'expected one of FREE, STARTER, PROFESSIONAL, ENTERPRISE', 'found "GOLD"'],
  },
  {
    name: 'unknown target in tenants.yaml',
    tenants: replaceOnce(SHIPPED_TENANTS, 'targets: [dev-azure]\n', 'targets: [moon-azure]\n'),
    expect: ['tenants.yaml', 'tenants[6] (slug "wayne-free").targets[0]', 'unknown target "moon-azure"', 'known targets: dev-azure'],
  },
  {
    name: 'unknown target on the command line',
    args: ['--target', 'moon-azure'],
    expect: ['unknown target "moon-azure"', 'known targets: dev-azure, staging-azure, prod-azure, prod-aws, prod-gcp'],
  },
  {
    name: 'ENTERPRISE tenant without a quota',
    tenants: replaceOnce(SHIPPED_TENANTS, 'slug: wayne-free\n    tier: FREE', 'slug: wayne-free\n    tier: ENTERPRISE'),
    expect: ['tenants.yaml', 'tenants[6] (slug "wayne-free").quota', 'ENTERPRISE tenants must state their own quota'],
  },
  {
    name: 'quota that is not a quantity',
    tenants: replaceOnce(SHIPPED_TENANTS, 'requestsCpu: "64"', 'requestsCpu: lots'),
    expect: ['tenants.yaml', 'tenants[1] (slug "globex").quota.requestsCpu', 'not a Kubernetes quantity', 'found "lots"'],
  },
  {
    name: 'YAML syntax error in tenants.yaml',
    tenants: `${SHIPPED_TENANTS}  - slug: [unclosed\n`,
    expect: ['tenants.yaml', 'YAML syntax error', /\(\d+:\d+\)/],
  },
  {
    name: 'empty tenants.yaml',
    tenants: '',
    expect: ['tenants.yaml', 'file is empty', 'expected a mapping with a "tenants:" list'],
  },
  {
    name: 'override key that does not exist (replicaCount)',
    overrides: { 'prod.yaml': gateway('    replicaCount: 3\n') },
    expect: ['overrides/prod.yaml', 'components.api-gateway.replicaCount', 'unknown key "replicaCount"', 'did you mean "replicas"'],
  },
  {
    name: 'override for an unknown component',
    overrides: { 'prod.yaml': 'components:\n  no-such-service:\n    replicas: 2\n' },
    expect: ['overrides/prod.yaml', 'components.no-such-service', 'unknown key "no-such-service"', 'expected one of: '],
  },
  {
    name: 'image tag latest, refused in dev too',
    overrides: { 'dev.yaml': gateway('    image:\n      tag: latest\n') },
    expect: ['overrides/dev.yaml', 'target dev-azure', 'components.api-gateway.image.tag', '"latest" is a mutable tag', 'pin a version'],
  },
  {
    name: 'literal secret value in an env var',
    overrides: { 'prod.yaml': gateway('    config:\n      DB_PASSWORD: hunter2\n') },
    expect: ['overrides/prod.yaml', 'components.api-gateway.config.DB_PASSWORD', 'looks like a secret value'],
  },
  {
    name: 'service depending on a component that does not exist',
    overrides: { 'prod-azure.yaml': gateway('    dependsOn: [iam-service, no-such-service]\n') },
    expect: ['overrides/prod-azure.yaml', 'components.api-gateway.dependsOn[1]', 'unknown component "no-such-service"'],
  },
  {
    name: 'ingress host prefix that is not a DNS label (a construct check, caught by the model)',
    overrides: { 'dev-azure.yaml': gateway('    ingress:\n      hostPrefix: Bad_Host\n') },
    expect: ['overrides/dev-azure.yaml', 'components.api-gateway.ingress.hostPrefix: expected a DNS label', 'found "Bad_Host"'],
  },
  {
    name: 'config key that is not an environment variable name',
    overrides: { 'prod.yaml': gateway('    config:\n      "bad key": x\n') },
    expect: ['overrides/prod.yaml', 'components.api-gateway.config: "bad key" is not an environment variable name'],
  },
];

interface Outcome {
  readonly ws: Workspace;
  readonly before: Record<string, string>;
  /** Entries of the workspace folder after the run. */
  readonly around: string[];
  readonly result: RunResult;
}

const outcomes = new Map<string, Outcome>();

beforeAll(async () => {
  for (const c of CASES) {
    const ws = workspace({ tenants: c.tenants, overrides: c.overrides });
    const before = fingerprint(ws.outDir);
    const result = await runInProcess(runK8s, ['--data-dir', ws.dataDir, '--out', ws.outDir, ...(c.args ?? [])]);
    outcomes.set(c.name, { ws, before, around: fs.readdirSync(ws.root).sort(), result });
  }
});

afterAll(() => {
  for (const { ws } of outcomes.values()) fs.rmSync(ws.root, { recursive: true, force: true });
});

describe.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
  test('exits 1 with a message naming file, key path, expectation and finding, once, without a stack', () => {
    const { result } = outcomes.get(c.name)!;
    expect(result.code).toBe(1);
    for (const text of c.expect) {
      if (typeof text === 'string') expect(result.stderr).toContain(text);
      else expect(result.stderr).toMatch(text);
    }
    expect(result.stderr.match(/^error: /gm)).toHaveLength(1);
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(result.stdout).not.toContain('wrote');
  });

  test('leaves the output folder byte-identical and writes nothing beside it', () => {
    const { ws, before, around, result } = outcomes.get(c.name)!;
    expect(result.code).toBe(1);
    expect(fingerprint(ws.outDir)).toEqual(before);
    // Only the data folder and the untouched output folder: no temporary folder left behind.
    expect(around).toEqual(['data', 'out']);
  });
});
