import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCloud } from '../../apps/cloud';
import { captureIo } from '../../apps/cli/io';
import { loadPlatform } from '../../lib/model/load';

/** Every cluster of the shipped fleet: the targets' platform clusters and their member clusters, one stack each. */
const SPECS = loadPlatform().targets.map((t) => t.target);
const CLUSTERS = SPECS.map((t) => t.name);

function readTree(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (d: string): void => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else files.set(path.relative(dir, full), fs.readFileSync(full, 'utf8'));
    }
  };
  walk(dir);
  return files;
}

jest.setTimeout(120_000);

let lastErr = '';
async function synthTo(outdir: string, argv: string[] = []): Promise<number> {
  const io = captureIo();
  const code = await runCloud(['--quiet', '--out', outdir, ...argv], io);
  lastErr = io.err();
  return code;
}

describe('apps/cloud.ts', () => {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'matih-cdktf-'));
  const first = path.join(base, 'first');
  const second = path.join(base, 'second');

  beforeAll(async () => {
    expect(await synthTo(first)).toBe(0);
    expect(await synthTo(second)).toBe(0);
  });

  it('writes one stack per target and a manifest listing them', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(first, 'manifest.json'), 'utf8'));
    expect(Object.keys(manifest.stacks).sort()).toEqual([...CLUSTERS].sort());
    for (const name of CLUSTERS) expect(fs.existsSync(path.join(first, 'stacks', name, 'cdk.tf.json'))).toBe(true);
  });

  it('is deterministic: two runs give byte-identical output, without absolute paths', () => {
    const a = readTree(first);
    const b = readTree(second);
    expect([...a.keys()]).toEqual([...b.keys()]);
    for (const [file, text] of a) {
      expect({ file, same: text === b.get(file) }).toEqual({ file, same: true });
      expect(text).not.toContain(base);
      expect(text).not.toContain(os.homedir());
    }
  });

  it('configures a locking remote backend and pinned versions in every stack, with its own state', () => {
    const states = new Set<string>();
    for (const t of SPECS) {
      const json = JSON.parse(fs.readFileSync(path.join(first, 'stacks', t.name, 'cdk.tf.json'), 'utf8'));
      const backends = Object.keys(json.terraform.backend);
      expect(backends).toEqual([{ azure: 'azurerm', aws: 's3', gcp: 'gcs' }[t.provider.cloud]]);
      expect(backends).not.toContain('local');
      if (t.provider.cloud === 'aws') expect(json.terraform.backend.s3.use_lockfile).toBe(true);
      const backend = Object.values(json.terraform.backend)[0] as {
        key?: string;
        prefix?: string;
        bucket?: string;
        storage_account_name?: string;
      };
      states.add(`${backend.bucket ?? backend.storage_account_name}/${backend.key ?? backend.prefix}`);
      expect(json.terraform.required_version).toMatch(/^>= 1\.\d+\.0, < 2\.0\.0$/);
      for (const p of Object.values(json.terraform.required_providers) as Array<{ source: string; version: string }>) {
        expect(p.source).toMatch(/^hashicorp\//);
        expect(p.version).toMatch(/^\d+\.\d+\.\d+$/);
      }
    }
    // One state per stack: a member cluster never shares its platform's state.
    expect(states.size).toBe(SPECS.length);
  });

  it('synthesizes only the requested targets with --target', async () => {
    const only = path.join(base, 'only');
    expect(await synthTo(only, ['--target', 'prod-gcp,prod-aws'])).toBe(0);
    // A target brings its member clusters.
    expect(fs.readdirSync(path.join(only, 'stacks')).sort()).toEqual(CLUSTERS.filter((c) => /^prod-(aws|gcp)(-|$)/.test(c)).sort());
  });

  it('returns 1 on an invalid model', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'matih-bad-'));
    fs.writeFileSync(path.join(dataDir, 'tenants.yaml'), 'tenants:\n  - slug: Bad_Slug\n    tier: FREE\n    targets: [prod-aws]\n');
    expect(await synthTo(path.join(base, 'bad'), ['--data-dir', dataDir])).toBe(1);
    expect(lastErr).toMatch(/invalid model/);
    expect(fs.existsSync(path.join(base, 'bad'))).toBe(false);
  });
});
