/**
 * End-to-end runs of the operator commands against a temporary copy of a clean dist/ (the real
 * dist/ is never touched). The dangerous-change diff runs as a real child process to prove the
 * process exit code; the other runs call the same exported `run*` function the script's process
 * runs, in this process, to keep the suite fast.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as yaml from 'js-yaml';
import { buildK8s, writeK8s } from '../../lib/synth/k8s';
import { loadGraphviz } from '../../lib/insight/graphviz';

const ROOT = path.resolve(__dirname, '..', '..');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');
const TARGET = 'dev-azure';
let dist: string;

function runProcess(script: string, ...args: string[]): { code: number | null; out: string } {
  const r = spawnSync(TSX, [path.join(ROOT, 'apps', `${script}.ts`), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
}

type Runner = (argv: readonly string[]) => number | Promise<number>;
const RUNNERS: Record<string, () => Promise<Runner>> = {
  diff: async () => (await import('../../apps/diff')).runDiff,
  explain: async () => (await import('../../apps/explain')).runExplain,
  graph: async () => (await import('../../apps/graph')).runGraph,
  inventory: async () => (await import('../../apps/inventory')).runInventory,
};

/** The script's exported runner in this process, with console output captured. */
async function run(script: string, ...args: string[]): Promise<{ code: number | null; out: string }> {
  const runner = await RUNNERS[script]();
  const out: string[] = [];
  const capture = (...a: unknown[]) => void out.push(`${a.join(' ')}\n`);
  const log = jest.spyOn(console, 'log').mockImplementation(capture);
  const error = jest.spyOn(console, 'error').mockImplementation(capture);
  try {
    const code = await runner(args);
    return { code, out: out.join('') };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}

function editFile(file: string, edit: (docs: Array<Record<string, any>>) => void): void {
  const full = path.join(dist, TARGET, file);
  const docs = yaml.loadAll(fs.readFileSync(full, 'utf8')) as Array<Record<string, any>>;
  edit(docs);
  fs.writeFileSync(full, docs.map((d) => yaml.dump(d)).join('---\n'));
}

beforeAll(async () => {
  dist = fs.mkdtempSync(path.join(os.tmpdir(), 'matih-insight-dist-'));
  writeK8s(buildK8s({ targets: [TARGET], svg: await loadGraphviz() }), dist, false);
}, 120_000);

afterAll(() => fs.rmSync(dist, { recursive: true, force: true }));

describe('npm run diff', () => {
  it('exits 0 on a clean dist', async () => {
    const r = await run('diff', '--target', TARGET, '--dist', dist, '--no-cloud');
    expect(r.out).toContain(`${TARGET}: no changes`);
    expect(r.code).toBe(0);
  }, 120_000);

  it('exits 1 with field paths for a harmless change, 2 when dist holds a stateful object the synth no longer produces', async () => {
    const workloads = fs.readdirSync(path.join(dist, TARGET, 'workloads')).find((f) => f.startsWith('api-gateway'))!;
    editFile(`workloads/${workloads}`, (docs) => {
      docs.find((d) => d.kind === 'Deployment')!.spec.replicas = 7;
    });
    const changed = await run('diff', '--target', TARGET, '--dist', dist, '--no-cloud');
    expect(changed.out).toMatch(/~ apps\/Deployment\/matih-control-plane\/api-gateway[^\n]*\n\s+spec\.replicas: 7 -> 1/);
    expect(changed.code).toBe(1);

    fs.appendFileSync(
      path.join(dist, TARGET, 'data', 'old-cache.yaml'),
      yaml.dump({
        apiVersion: 'v1',
        kind: 'PersistentVolumeClaim',
        metadata: { name: 'old-cache', namespace: 'matih-data-plane' },
        spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } },
      }),
    );
    const dangerous = runProcess('diff', '--target', TARGET, '--dist', dist, '--no-cloud');
    expect(dangerous.out).toContain('- core/PersistentVolumeClaim/matih-data-plane/old-cache');
    expect(dangerous.out).toContain('DANGER: deleted: PersistentVolumeClaim');
    expect(dangerous.code).toBe(2);
  }, 240_000);
});

describe('npm run explain / graph / inventory', () => {
  it('explains where replicas come from, and names the object it cannot find', async () => {
    const r = await run('explain', TARGET, 'Deployment/matih-control-plane/api-gateway', 'spec.replicas');
    expect(r.code).toBe(0);
    expect(r.out).toContain(
      'spec.replicas = 1  ← components.api-gateway.replicas (config/components/control-plane.ts = 3; overridden by config/environments/dev.ts = 1)',
    );
    const missing = await run('explain', TARGET, 'Deployment/matih-data-plane/api-gateway');
    expect(missing.code).toBe(1);
    expect(missing.out).toContain('objects named api-gateway: ');
  }, 240_000);

  it('prints the allowed flows and the inventory', async () => {
    const g = await run('graph', '--target', TARGET, '--format', 'edges');
    expect(g.code).toBe(0);
    expect(g.out.split('\n')).toContain('matih-control-plane/api-gateway -> matih-control-plane/iam-service 8081');
    const inv = await run('inventory', '--target', TARGET);
    expect(inv.code).toBe(0);
    expect(inv.out).toContain(`# Inventory of ${TARGET}`);
  }, 240_000);
});
