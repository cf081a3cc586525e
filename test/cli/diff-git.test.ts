/**
 * `npm run diff` against git, in a temporary repository (never the real checkout): a committed
 * data folder and dist/, then uncommitted changes. The diff itself runs in this process (runDiff);
 * it runs git (a real process) but shares the test group's loaded modules like every in-process test.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runDiff } from '../../apps/diff';
import { runK8s } from '../../apps/k8s';
import { runInProcess, SHIPPED_TENANTS } from '../e2e/harness';

jest.setTimeout(120_000);

const repo = fs.mkdtempSync(path.join(os.tmpdir(), 'matih-diff-git-'));
const data = path.join(repo, 'data');
const dist = path.join(repo, 'dist');
const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
const diff = (...extra: string[]) => runInProcess(runDiff, ['--dist', dist, '--data-dir', data, '--target', 'dev-azure', ...extra]);

beforeAll(async () => {
  fs.mkdirSync(path.join(data, 'overrides'), { recursive: true });
  fs.writeFileSync(path.join(data, 'tenants.yaml'), SHIPPED_TENANTS);
  expect((await runInProcess(runK8s, ['--target', 'dev-azure', '--data-dir', data, '--out', dist, '--quiet'])).code).toBe(0);
  git('init', '--quiet');
  git('add', '-A');
  git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '--quiet', '-m', 'base');
});

afterAll(() => fs.rmSync(repo, { recursive: true, force: true }));

test('a clean tree has no changes against HEAD (exit 0)', async () => {
  const r = await diff('--no-cloud');
  expect(r.stdout).toMatch(/^diff against HEAD \([0-9a-f]{12}\)\ndev-azure: no changes\n/);
  expect(r.code).toBe(0);
});

test('sees an uncommitted change to the data folder (config/) and an uncommitted hand edit of dist/', async () => {
  const edited = path.join(dist, 'dev-azure', 'workloads', 'iam-service.yaml');
  const text = fs.readFileSync(edited, 'utf8');
  fs.writeFileSync(path.join(data, 'overrides', 'dev.yaml'), 'components:\n  api-gateway:\n    replicas: 2\n');
  fs.writeFileSync(edited, text.replace('replicas: 1', 'replicas: 5'));
  try {
    const r = await diff('--no-cloud', '--json');
    const report = JSON.parse(r.stdout);
    const changed = report.targets[0].objects.map((o: { key: string }) => o.key);
    // The config change is a change against HEAD; the hand edit is not what a synth writes.
    expect(changed).toEqual([
      'apps/Deployment/matih-control-plane/api-gateway',
      'policy/PodDisruptionBudget/matih-control-plane/api-gateway',
    ]);
    expect(report.targets[0].objects[0].fields).toContainEqual({ path: 'spec.replicas', before: 1, after: 2 });
    expect(report.drift).toEqual([
      { target: 'dev-azure', files: ['INVENTORY.md', 'workloads/api-gateway.yaml', 'workloads/iam-service.yaml'] },
    ]);
    expect([r.code, report.exitCode]).toEqual([1, 1]);
  } finally {
    fs.rmSync(path.join(data, 'overrides', 'dev.yaml'));
    fs.writeFileSync(edited, text);
  }
});

test('flags a dangerous change with exit 2: a tenant removed deletes its namespace', async () => {
  fs.writeFileSync(path.join(data, 'tenants.yaml'), SHIPPED_TENANTS.replace(/ {2}- slug: wayne-free\n( {4}.*\n)*/, ''));
  try {
    const r = await diff('--no-cloud');
    expect(r.stdout).toContain('- core/Namespace/-/tenant-wayne-free');
    expect(r.stdout).toMatch(
      /- core\/Namespace\/-\/tenant-wayne-free .*\n\s+DANGER: deleted: carries argocd.argoproj.io\/sync-options: Prune=false/,
    );
    expect(r.code).toBe(2);
  } finally {
    fs.writeFileSync(path.join(data, 'tenants.yaml'), SHIPPED_TENANTS);
  }
});

test('reports a tenant moving to a cluster of its own as dangerous, with its steps, in text and --json (exit 2)', async () => {
  // dev forces every tenant shared; lifted here so acme (PROFESSIONAL) takes its tier's dedicated cluster, keeping its old place.
  fs.writeFileSync(path.join(data, 'overrides', 'dev.yaml'), 'settings:\n  tenancy:\n    forceShared: false\n');
  fs.writeFileSync(
    path.join(data, 'tenants.yaml'),
    SHIPPED_TENANTS.replace('    placement: shared\n', '    movedFrom: { placement: shared }\n'),
  );
  try {
    const r = await diff('--no-cloud');
    expect(r.stdout).toMatch(
      /! tenant acme on dev-azure: cluster move: dev-azure \(tenants\/shard-\d+\) -> dev-azure-acme \(tenants\/shard-\d+\) \(old place kept until retired\)\n\s+DANGER: tenant placement changes; steps:\n\s+1\. provision dev-azure-acme: npx cdktf deploy dev-azure-acme/,
    );
    expect(r.code).toBe(2);
    const report = JSON.parse((await diff('--no-cloud', '--json')).stdout);
    expect(report.moves).toEqual([expect.objectContaining({ slug: 'acme', platform: 'dev-azure', kind: 'cluster', kept: true })]);
    expect(report.moves[0].steps.map((s: string) => s.split(' ')[0])).toEqual(['provision', 'migrate', 'cut', 'retire']);
    expect([report.dangers > 0, report.exitCode]).toEqual([true, 2]);
  } finally {
    fs.rmSync(path.join(data, 'overrides', 'dev.yaml'));
    fs.writeFileSync(path.join(data, 'tenants.yaml'), SHIPPED_TENANTS);
  }
});

test('exits 1 for a base that does not exist, and 3 (not 2) when the tool fails', async () => {
  const missing = await diff('--no-cloud', '--base', 'no-such-branch');
  expect([missing.code, missing.stderr]).toEqual([
    1,
    `error: --base no-such-branch: not a git revision in ${fs.realpathSync(repo)} (a branch, tag or commit such as HEAD, main or HEAD~1)\n`,
  ]);
  // This repository holds no apps/cloud.ts: synthesizing the base's stacks in a worktree fails.
  const failed = await diff();
  expect(failed.code).toBe(3);
  expect(failed.stderr).toMatch(/^error: synthesizing the cdktf stacks of [0-9a-f]{12} failed/);
  expect(git('worktree', 'list').trim().split('\n')).toHaveLength(1);
});
