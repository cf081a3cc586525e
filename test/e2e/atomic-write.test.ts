/**
 * The success path of the real synth (child process, one target to stay fast): it writes the
 * target, a second synth is byte-identical, files the synth no longer produces disappear (a
 * removed tenant's file), other targets' folders and foreign files in the output folder survive a
 * partial synth, and nothing appears beside the output folder.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fingerprint, runSynth, runSynthInProcess, SHIPPED_TENANTS, workspace, type Workspace } from './harness';

jest.setTimeout(300_000);

let ws: Workspace;

beforeAll(() => {
  ws = workspace({
    outFiles: {
      'dev-azure/stale/old.yaml': 'kind: Stale\n',
      'dev-azure/platform/removed.yaml': 'kind: Removed\n',
      'prod-azure/tenants/acme.yaml': '# another target, untouched by a partial synth\n',
      'README.keep': 'not ours\n',
    },
  });
});

afterAll(() => fs.rmSync(ws.root, { recursive: true, force: true }));

/** The file of a tenant of dev-azure in a fingerprint: `dev-azure/tenants/<shard>/<slug>.yaml`. */
const tenantFileIn = (fp: Record<string, unknown>, slug: string) =>
  Object.keys(fp).find((f) => new RegExp(`^dev-azure/tenants/shard-[0-9]+/${slug}\\.yaml$`).test(f));

const args = () => ['--target', 'dev-azure', '--data-dir', ws.dataDir, '--out', ws.outDir];
/** The first synth is a real process; the later ones call the same runK8s in this process (faster). */
const synth = () => runSynth(args());
const synthAgain = () => runSynthInProcess(args());

test('writes the target, replaces its stale files, keeps everything else, and is byte-identical on a second run', async () => {
  const first = await synth();
  expect(first.stderr).toBe('');
  expect(first.code).toBe(0);
  expect(first.stdout).toMatch(/k8s dev-azure: \d+ objects \(.*Deployment \d+.*\), \d+ files, render \d+ ms, gate \d+ ms/);
  const after = fingerprint(ws.outDir);
  expect(tenantFileIn(after, 'wayne-free')).toBeDefined();
  expect(Object.keys(after).filter((f) => f.startsWith('dev-azure/platform/')).length).toBeGreaterThan(1);
  expect(after['dev-azure/stale/old.yaml']).toBeUndefined();
  expect(after['dev-azure/platform/removed.yaml']).toBeUndefined();
  expect(fs.readFileSync(path.join(ws.outDir, 'prod-azure/tenants/acme.yaml'), 'utf8')).toBe(
    '# another target, untouched by a partial synth\n',
  );
  expect(fs.readFileSync(path.join(ws.outDir, 'README.keep'), 'utf8')).toBe('not ours\n');
  expect(fs.readdirSync(ws.root).sort()).toEqual(['data', 'out']);

  const second = await synthAgain();
  expect(second.code).toBe(0);
  expect(fingerprint(ws.outDir)).toEqual(after);
});

test('a tenant removed from tenants.yaml loses its file on the next synth', async () => {
  const without = SHIPPED_TENANTS.replace(/ {2}- slug: wayne-free\n( {4}.*\n)*/, '');
  expect(without).not.toContain('wayne-free');
  fs.writeFileSync(path.join(ws.dataDir, 'tenants.yaml'), without);
  const before = fingerprint(ws.outDir);
  const result = await synthAgain();
  expect(result.code).toBe(0);
  const after = fingerprint(ws.outDir);
  expect(tenantFileIn(before, 'wayne-free')).toBeDefined();
  expect(tenantFileIn(after, 'wayne-free')).toBeUndefined();
  expect(tenantFileIn(after, 'acme')).toBeDefined();
  expect(fs.readdirSync(ws.root).sort()).toEqual(['data', 'out']);
});
