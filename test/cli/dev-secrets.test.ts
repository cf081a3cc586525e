import { EventEmitter } from 'node:events';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as yaml from 'js-yaml';
import { REPO_ROOT } from '../../lib/model/load';
import { SECRETS } from '../../config/secrets';
import { DEV_SECRET_READER, KAFKA_CREDENTIALS_STORE, SECRET_STORE_NAME } from '../../constructs/k8s/secrets';
import { referencedEntries } from '../../lib/render/dev-secrets';
import { devSecretsCommand, kubectlApply, npmBannerOnStdout } from '../../apps/dev-secrets';
import { captureIo } from '../../apps/cli/io';
import { allObjects, renderedTarget } from '../support/render';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
  applied: string[];
}

/** The command in-process, stdout a pipe (not a terminal) unless `tty`, with a recording kubectl. */
async function run(argv: string[], env: Record<string, string> = {}, tty = false): Promise<Run & { contexts: string[] }> {
  const applied: string[] = [];
  const contexts: string[] = [];
  const io = captureIo(env, tty);
  const code = await devSecretsCommand(async (input, context) => {
    applied.push(input);
    contexts.push(context);
    return 0;
  })(argv, io);
  return { code, stdout: io.out(), stderr: io.err(), applied, contexts };
}

type SecretDoc = { kind: string; metadata: { name: string; namespace: string }; stringData: Record<string, string> };

const devObjects = () => allObjects(renderedTarget('dev-azure')) as any[];

/** Files under the repository (without node_modules and .git) modified at or after `since`. */
function modifiedSince(dir: string, since: number): string[] {
  const found: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === '.git') continue;
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...modifiedSince(file, since));
    else if (entry.isFile() && fs.statSync(file).mtimeMs >= since) found.push(file);
  }
  return found;
}

describe('npm run dev-secrets -- --target dev-azure', () => {
  let first: Run;
  let docs: SecretDoc[];
  let started: number;

  beforeAll(async () => {
    started = Date.now() - 1000;
    first = await run(['--target', 'dev-azure']);
    docs = (yaml.loadAll(first.stdout) as SecretDoc[]).filter(Boolean);
  }, 120_000);

  it('succeeds and writes no generated value into the repository', () => {
    expect(first.code).toBe(0);
    expect(first.stderr).not.toMatch(/error/i);
    expect(first.stdout.startsWith('# Dev secrets of dev-azure')).toBe(true);
    // Other engineers edit the checkout concurrently, so look for our values rather than for any change.
    const values = docs.flatMap((d) => Object.values(d.stringData)).filter((v) => v.length >= 16);
    expect(values.length).toBeGreaterThan(10);
    const leaked = modifiedSince(REPO_ROOT, started).filter((file) => {
      const text = fs.readFileSync(file, 'latin1');
      return values.some((v) => text.includes(v));
    });
    expect(leaked).toEqual([]);
  });

  it('prints one Secret in matih-system per vault entry the dev manifests reference, with every property', () => {
    // Copies of Kafka credentials read Strimzi's Secrets, which no developer fills.
    const esObjects = devObjects().filter((o) => o.kind === 'ExternalSecret' && o.spec.secretStoreRef.name !== KAFKA_CREDENTIALS_STORE);
    expect(esObjects.length).toBeGreaterThan(0);
    const expected = new Map<string, Set<string>>();
    for (const e of esObjects)
      for (const d of e.spec.data ?? [])
        expected.set(d.remoteRef.key, (expected.get(d.remoteRef.key) ?? new Set()).add(d.remoteRef.property));
    expect(docs.map((d) => d.metadata.name).sort()).toEqual([...expected.keys()].sort());
    for (const doc of docs) {
      expect(doc.kind).toBe('Secret');
      expect(doc.metadata.namespace).toBe('matih-system');
      expect(Object.keys(doc.stringData).sort()).toEqual([...expected.get(doc.metadata.name)!].sort());
      for (const value of Object.values(doc.stringData)) expect(value.length).toBeGreaterThanOrEqual(5);
    }
  });

  it('matches the dev store: the reader Role may get exactly the platform entries', () => {
    const objects = devObjects();
    const role = objects.find((o) => o.kind === 'Role' && o.metadata.name === DEV_SECRET_READER);
    const platformKeys = [
      ...referencedEntries(objects.filter((o) => o.kind === 'ExternalSecret' && o.spec.secretStoreRef.name === SECRET_STORE_NAME)).keys(),
    ];
    expect(role.rules[0].resourceNames).toEqual(platformKeys.sort());
  });

  it('never repeats a value across secrets or keys', () => {
    const seen = new Map<string, string>();
    const repeats: string[] = [];
    for (const doc of docs) {
      for (const [key, value] of Object.entries(doc.stringData)) {
        const where = `${doc.metadata.name}/${key}`;
        if (seen.has(value)) repeats.push(`${where} repeats ${seen.get(value)}`);
        seen.set(value, where);
      }
    }
    expect(repeats).toEqual([]);
  });

  it('generates a shared secret once: every namespace reading it points at the same single entry', () => {
    const esObjects = devObjects().filter((o) => o.kind === 'ExternalSecret');
    const sharedInSeveral = SECRETS.filter(
      (s) => s.shared && new Set(esObjects.filter((e) => e.metadata.name === s.name).map((e) => e.metadata.namespace)).size > 1,
    );
    expect(sharedInSeveral.length).toBeGreaterThan(0);
    for (const s of sharedInSeveral) {
      const keys = new Set(
        esObjects.filter((e) => e.metadata.name === s.name).flatMap((e) => e.spec.data.map((d: any) => d.remoteRef.key)),
      );
      expect(keys.size).toBe(1);
      expect(docs.filter((d) => keys.has(d.metadata.name))).toHaveLength(1);
    }
  });

  it('hands the same YAML to kubectl with --apply --context, says where before applying, and prints no values', async () => {
    const applied = await run(['--target', 'dev-azure', '--apply', '--context', 'kind-matih'], {}, true);
    expect(applied.code).toBe(0);
    expect(applied.stdout).toBe('');
    expect(applied.applied).toHaveLength(1);
    expect(applied.contexts).toEqual(['kind-matih']);
    expect((yaml.loadAll(applied.applied[0]) as SecretDoc[]).filter(Boolean).map((d) => d.metadata.name)).toEqual(
      docs.map((d) => d.metadata.name),
    );
    expect(applied.stderr.split('\n')[0]).toBe(
      `dev-secrets: applying ${docs.length} Secrets to kube context "kind-matih", namespace matih-system`,
    );
  }, 120_000);

  it('writes to --out (mode 600), prints nothing but a note, and draws fresh values on every run', async () => {
    const file = path.join(fs.mkdtempSync(path.join(require('node:os').tmpdir(), 'matih-devsecrets-')), 'secrets.yaml');
    const r = await run(['--target', 'dev-azure', '--out', file], {}, true);
    expect([r.code, r.stdout]).toEqual([0, '']);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    const text = fs.readFileSync(file, 'utf8');
    expect(text.startsWith('# Dev secrets of dev-azure')).toBe(true);
    expect(r.stderr).toMatch(/^dev-secrets: wrote \d+ Secrets for matih-system to /);
    const again = (yaml.loadAll(text) as SecretDoc[]).filter(Boolean);
    const jwt = (ds: SecretDoc[]) => ds.find((d) => d.metadata.name === 'platform--platform-jwt-secret')!.stringData['signing-key'];
    expect(jwt(again)).not.toBe(jwt(docs));
    expect(Buffer.from(jwt(docs), 'base64')).toHaveLength(64);
  }, 120_000);
});

describe('dev-secrets errors', () => {
  it('refuses a cloud-vault target', async () => {
    const r = await run(['--target', 'prod-azure']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('prod-azure reads its secrets from the cloud vault');
    expect(r.stdout).toBe('');
  }, 120_000);

  it('asks for a target', async () => {
    const r = await run([]);
    expect([r.code, r.stderr]).toEqual([1, 'error: --target is required (npm run dev-secrets -- --target <target>)\n']);
  });

  it.each([
    ['--apply without --context', ['--apply'], {}, false, '--apply needs --context <name>'],
    ['secret values to a terminal', [], {}, true, 'refusing to print secret values to a terminal'],
    ["npm's banner in the pipe (npm run without -s)", [], { npm_lifecycle_event: 'dev-secrets' }, false, 'npm wrote its'],
  ])('refuses %s, before rendering anything', async (_what, extra, env, tty, message) => {
    const r = await run(['--target', 'dev-azure', ...(extra as string[])], env as Record<string, string>, tty as boolean);
    expect([r.code, r.stdout, r.applied]).toEqual([1, '', []]);
    expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expect(r.stderr).toContain(message);
  });

  it('pipes with npm run -s (npm sets npm_config_loglevel=silent and prints no banner)', () => {
    expect(npmBannerOnStdout({ npm_lifecycle_event: 'dev-secrets', npm_config_loglevel: 'silent' })).toBe(false);
    expect(npmBannerOnStdout({ npm_lifecycle_event: 'dev-secrets' })).toBe(true);
    expect(npmBannerOnStdout({})).toBe(false);
  });

  it('says clearly when kubectl is missing', async () => {
    const fakeSpawn = (() => {
      const child = new EventEmitter() as EventEmitter & { stdin: { end: () => void } };
      child.stdin = {
        end: () => setImmediate(() => child.emit('error', Object.assign(new Error('spawn kubectl ENOENT'), { code: 'ENOENT' }))),
      };
      return child;
    }) as unknown as typeof import('node:child_process').spawn;
    await expect(kubectlApply('x', 'ctx', fakeSpawn)).rejects.toThrow('kubectl was not found on PATH');
  });
});
