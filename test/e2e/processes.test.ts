/**
 * The few things only a real process proves, in one shared workspace: the process exit code of a
 * success and of bad input, Ctrl-C (SIGINT) leaving dist/ and cdktf.out/ as they were, and kill -9
 * at seeded points of a real `npm run synth` (one target, both halves): after the next run's
 * recovery each of dist/ and cdktf.out/ is entirely old or entirely new, and both the same.
 * Everything else runs the same Runners in-process (test/cli).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runSynth } from '../../apps/synth';
import { recoverOutputs } from '../../lib/render/atomic-output';
import { parseTenants } from '../../lib/model/tenants';
import { prng } from '../../lib/model/synthetic-tenants';
import { TARGET_NAMES } from '../support/render';
import { fingerprint, pool, type RunResult, runApp, runInProcess, SHIPPED_TENANTS, workspace } from './harness';

jest.setTimeout(180_000);

/** One more tenant on dev-azure (a slug config/tenants.yaml does not use, whatever it holds): a new tenant file in dist/ and a new DNS zone in the stack. */
const NEW_SLUG = ['e2e-added', 'e2e-added-2', 'e2e-added-3'].find((slug) => !SHIPPED_TENANTS.includes(`slug: ${slug}\n`))!;
const NEW_TENANTS = `${SHIPPED_TENANTS}  - slug: ${NEW_SLUG}\n    tier: FREE\n    targets: [dev-azure]\n`;

const ws = workspace({
  outFiles: { 'prod-azure/tenants/acme.yaml': '# another target, untouched by a partial synth\n', 'README.keep': 'not ours\n' },
});
const cloudDir = path.join(ws.root, 'cdktf.out');
const newData = path.join(ws.root, 'data-new');
const args = (data: string, out = ws.outDir, cloud = cloudDir) => [
  '--target',
  'dev-azure',
  '--data-dir',
  data,
  '--out',
  out,
  '--cloud-out',
  cloud,
];

type Fingerprints = { dist: Record<string, string>; cloud: Record<string, string> };
let OLD: Fingerprints;
let NEW: Fingerprints;
let first: RunResult;
let firstMs = 0;
let badInput: { r: RunResult; after: Fingerprints };
let sigint: { r: RunResult; after: Fingerprints; left: string[] };
const kills: Array<{ ms: number; killed: boolean; state: string; left: string[] }> = [];
let importHelp: RunResult;
let inProcessNew: Fingerprints;
let synthHelp: RunResult;
let badFlag: RunResult;

function copy(from: string, to: string): void {
  fs.rmSync(to, { recursive: true, force: true });
  if (fs.existsSync(from)) fs.cpSync(from, to, { recursive: true });
}
const snapshot = (out: string, cloud: string): Fingerprints => ({ dist: fingerprint(out), cloud: fingerprint(cloud) });
const same = (a: Fingerprints, b: Fingerprints) => JSON.stringify(a) === JSON.stringify(b);

beforeAll(async () => {
  fs.mkdirSync(path.join(newData, 'overrides'), { recursive: true });
  fs.writeFileSync(path.join(newData, 'tenants.yaml'), NEW_TENANTS);
  // The old state: a synth of the shipped tenants (in this process); the new one: the real process with one tenant more.
  expect((await runInProcess(runSynth, args(ws.dataDir))).code).toBe(0);
  OLD = snapshot(ws.outDir, cloudDir);
  copy(ws.outDir, path.join(ws.root, 'old-dist'));
  copy(cloudDir, path.join(ws.root, 'old-cdktf'));
  const started = performance.now();
  first = await runApp('synth', args(newData));
  firstMs = performance.now() - started;
  NEW = snapshot(ws.outDir, cloudDir);
  // The same data in this thread (no worker) from the old state, for the worker's output to be compared with.
  const here = oldCopy('in-process');
  expect((await runInProcess(runSynth, [...args(newData, here.out, here.cloud), '--no-worker'])).code).toBe(0);
  inProcessNew = snapshot(here.out, here.cloud);
  // The other processes are independent of each other: two at a time (two cores).
  // Seeded (mulberry32), so the kill points are the same on every run.
  const random = prng(15);
  // Kill points between a quarter of the measured run (loading) and its end (the swap).
  const points = [0, 1].map(() => Math.round(firstMs * (0.25 + 0.8 * random())));
  const results = await pool<unknown>(
    [
      async () => (badInput = await runBadInput()),
      async () => (sigint = await runSigint()),
      ...points.map((ms, i) => async () => kills.push(await runKill(ms, i))),
      async () => (importHelp = await runApp('import', ['--help'])),
      async () => (synthHelp = await runApp('synth', ['--help'])),
      async () => (badFlag = await runApp('synth', ['--no-such-flag'])),
    ],
    2,
  );
  expect(results).toHaveLength(7);
});

afterAll(() => fs.rmSync(ws.root, { recursive: true, force: true }));

test('a real synth exits 0, prints one line per target and stack, and changes only what it renders', () => {
  expect(first.code).toBe(0);
  const onDev = parseTenants(NEW_TENANTS, 'tenants.yaml', TARGET_NAMES).filter((t) => t.targets.includes('dev-azure')).length;
  expect(first.stdout).toMatch(
    new RegExp(`^k8s dev-azure: \\d+ objects in \\d+ files, ${onDev} tenants \\(render \\d+ ms, gate \\d+ ms\\)$`, 'm'),
  );
  expect(first.stdout).toMatch(/^cloud dev-azure: \d+ resources, 1 data source, 4 outputs \(\d+ ms\)$/m);
  expect(first.stdout).toMatch(/^synth: wrote 1 target to .* and 1 stack to .*$/m);
  expect(first.stderr).toMatch(/^note: dev-azure: \d+ workload identities \(.*\) carry the placeholder client id/);
  expect(first.stderr.split('\n').filter(Boolean)).toHaveLength(1);
  expect(same(OLD, NEW)).toBe(false);
  // Tenant files live in shard folders (one Argo CD Application each): dev-azure/tenants/shard-NN/<slug>.yaml.
  const tenantFile = (fp: Record<string, string>, slug: string) =>
    Object.keys(fp).find((f) => new RegExp(`^dev-azure/tenants/shard-[0-9]+/${slug}\\.yaml$`).test(f));
  expect(tenantFile(OLD.dist, NEW_SLUG)).toBeUndefined();
  expect(tenantFile(NEW.dist, NEW_SLUG)).toBeDefined();
  // A tenant already on dev-azure keeps its file, byte for byte.
  const kept = parseTenants(SHIPPED_TENANTS, 'tenants.yaml', TARGET_NAMES).find((t) => t.targets.includes('dev-azure'))!.slug;
  const keptFile = tenantFile(OLD.dist, kept)!;
  expect(keptFile).toBeDefined();
  expect(NEW.dist[keptFile]).toBe(OLD.dist[keptFile]);
  expect(NEW.dist['prod-azure/tenants/acme.yaml']).toBe(OLD.dist['prod-azure/tenants/acme.yaml']);
  expect(NEW.dist['README.keep']).toBe(OLD.dist['README.keep']);
});

/** A workspace holding the old state. */
function oldCopy(name: string): { out: string; cloud: string } {
  const dir = path.join(ws.root, name);
  copy(path.join(ws.root, 'old-dist'), path.join(dir, 'dist'));
  copy(path.join(ws.root, 'old-cdktf'), path.join(dir, 'cdktf.out'));
  return { out: path.join(dir, 'dist'), cloud: path.join(dir, 'cdktf.out') };
}

async function runBadInput() {
  const bad = path.join(ws.root, 'data-bad');
  fs.mkdirSync(path.join(bad, 'overrides'), { recursive: true });
  fs.writeFileSync(path.join(bad, 'tenants.yaml'), SHIPPED_TENANTS);
  fs.writeFileSync(path.join(bad, 'overrides', 'dev.yaml'), 'components:\n  api-gateway:\n    image: null\n');
  const target = oldCopy('bad');
  // The default path: the worker has started before the model is read; refused, the process still ends at once.
  const r = await runApp('synth', args(bad, target.out, target.cloud));
  return { r, after: snapshot(target.out, target.cloud) };
}

async function runSigint() {
  const target = oldCopy('sigint');
  // With the worker (the default): it may still answer after the signal, when nothing may be staged any more. Two more
  // targets after the first keep seconds of work ahead when the signal comes (a loaded machine reads the line late).
  const more = ['--target', 'staging-azure', '--target', 'prod-azure'];
  const r = await runApp('synth', [...args(newData, target.out, target.cloud), ...more], {
    killOnStdout: 'k8s dev-azure:',
    signal: 'SIGINT',
  });
  return { r, after: snapshot(target.out, target.cloud), left: fs.readdirSync(path.dirname(target.out)).sort() };
}

async function runKill(ms: number, i: number) {
  const target = oldCopy(`kill-${i}`);
  const r = await runApp('synth', [...args(newData, target.out, target.cloud), '--no-worker'], { killAfterMs: ms });
  // What the next run does first.
  recoverOutputs([target.out, target.cloud]);
  const now = snapshot(target.out, target.cloud);
  return {
    ms,
    killed: r.signal === 'SIGKILL',
    state: same(now, OLD) ? 'old' : same(now, NEW) ? 'new' : 'mixed',
    left: fs.readdirSync(path.dirname(target.out)).sort(),
  };
}

test('bad input: the process exits 1, says it once without a stack, and writes nothing', () => {
  const { r, after } = badInput;
  expect(r.code).toBe(1);
  expect(r.stderr.match(/null would remove a required field/g)).toHaveLength(1);
  expect(r.stderr).not.toMatch(/^\s+at /m);
  expect(same(after, OLD)).toBe(true);
});

test('Ctrl-C (SIGINT) after the first target: exit 130, dist/ and cdktf.out/ as they were', () => {
  const { r, after, left } = sigint;
  expect(r.stderr).toContain('synth: interrupted (SIGINT)');
  expect(r.code).toBe(130);
  expect(same(after, OLD)).toBe(true);
  expect(left).toEqual(['cdktf.out', 'dist']);
});

test('kill -9 at seeded points: after recovery both folders are entirely old or entirely new, together', () => {
  expect(kills).toHaveLength(2);
  for (const o of kills) {
    expect({ ms: o.ms, state: o.state }).toEqual({ ms: o.ms, state: expect.stringMatching(/^(old|new)$/) });
    expect(o.left).toEqual(['cdktf.out', 'dist']);
  }
  expect(kills.some((o) => o.killed)).toBe(true);
});

test('the worker writes what the main thread writes: the real synth and an in-process one of the same data agree byte for byte', () => {
  expect(same(NEW, inProcessNew)).toBe(true);
});

test('synth --help and a refused flag end at once, although the worker starts before the flags are read', () => {
  expect(synthHelp.code).toBe(0);
  expect(synthHelp.stdout).toContain('Usage: npm run synth');
  expect(badFlag.code).toBe(1);
  expect(badFlag.stderr).toContain('--no-such-flag');
});

test('import --help (a script parsed by the shared layer before it runs) exits 0 with usage', () => {
  expect(importHelp.code).toBe(0);
  expect(importHelp.stdout).toContain('Usage: npm run import -- [options] [dir]');
});
