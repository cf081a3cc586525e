/**
 * Failure injection for the one writer of dist/ and cdktf.out/: the file system fails at the first,
 * a middle and the last file of a target and of the cloud stacks, between targets (a failure, and a
 * process killed there), and at every rename of the swap; each time dist/ and cdktf.out/ must both
 * be entirely old or both entirely new (after the next run's recovery where the process is gone
 * mid-swap). Synthetic files, so every case takes milliseconds; test/e2e/processes.test.ts kills
 * the real synth.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { JOURNAL_FILE, type Move, NODE_FS, OutputTransaction, recoverOutputs, type WriterFs } from '../../lib/render/atomic-output';
import { stageTargets, type TargetFiles } from '../../lib/render/write-dist';
import { stageCloud } from '../../lib/synth/cloud';
import { synth } from '../../lib/synth/synth';
import { DEFAULT_DATA_DIR } from '../../lib/model/load';
import { fingerprint } from '../support/fingerprint';
import { renderedTarget } from '../support/render';

const OLD_DIST: Record<string, string> = {
  'a/platform/ns.yaml': 'old a ns\n',
  'a/workloads/x.yaml': 'old a x\n',
  'b/platform/ns.yaml': 'old b ns\n',
  'gone/platform/ns.yaml': 'a target no longer rendered\n',
  'README.keep': 'not ours\n',
};
const OLD_CLOUD: Record<string, string> = {
  'manifest.json': '{"stacks":{"a":{},"b":{},"gone":{}}}\n',
  'stacks/a/cdk.tf.json': '{"old":"a"}\n',
  'stacks/a/.terraform/terraform.tfstate': 'backend config: kept across synths\n',
  'stacks/b/cdk.tf.json': '{"old":"b"}\n',
  'stacks/gone/cdk.tf.json': '{"old":"gone"}\n',
};
const NEW_TARGETS: TargetFiles[] = ['a', 'b'].map((t) => ({
  target: t,
  files: new Map([
    ['apps/project.yaml', `new ${t} project\n`],
    ['platform/ns.yaml', `new ${t} ns\n`],
    ['tenants/acme.yaml', `new ${t} acme\n`],
    ['workloads/y.yaml', `new ${t} y\n`],
  ]),
}));
const NEW_CLOUD = {
  files: new Map([
    ['manifest.json', '{"stacks":{"a":{},"b":{}}}\n'],
    ['stacks/a/cdk.tf.json', '{"new":"a"}\n'],
    ['stacks/b/cdk.tf.json', '{"new":"b"}\n'],
  ]),
  summaries: [
    { target: 'a', resources: 1, dataSources: 0, outputs: 0, ms: 0 },
    { target: 'b', resources: 1, dataSources: 0, outputs: 0, ms: 0 },
  ],
};

function write(dir: string, files: Record<string, string>): void {
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
}

interface Workspace {
  readonly root: string;
  readonly dist: string;
  readonly cloud: string;
}

function workspace(): Workspace {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'matih-atomic-'));
  const ws = { root, dist: path.join(root, 'dist'), cloud: path.join(root, 'cdktf.out') };
  write(ws.dist, OLD_DIST);
  write(ws.cloud, OLD_CLOUD);
  return ws;
}

/** One synth's writes: both targets, the cloud files, the prune of `gone`, then the swap. */
function run(ws: Workspace, fsx: WriterFs, hooks: { beforeMove?: (i: number, m: Move) => void } = {}): void {
  const tx = new OutputTransaction(fsx);
  try {
    stageTargets(tx, ws.dist, NEW_TARGETS, true, fsx);
    stageCloud(tx, ws.cloud, NEW_CLOUD, true, fsx);
    tx.commit(hooks);
  } finally {
    tx.abort();
  }
}

const ws0 = workspace();
run(ws0, NODE_FS);
const OLD = { dist: fingerprint(workspace().dist), cloud: fingerprint(workspace().cloud) };
const NEW = { dist: fingerprint(ws0.dist), cloud: fingerprint(ws0.cloud) };

function state(ws: Workspace): 'old' | 'new' | 'mixed' {
  const dist = fingerprint(ws.dist);
  const cloud = fingerprint(ws.cloud);
  const same = (a: object, b: object) => JSON.stringify(a) === JSON.stringify(b);
  if (same(dist, OLD.dist) && same(cloud, OLD.cloud)) return 'old';
  if (same(dist, NEW.dist) && same(cloud, NEW.cloud)) return 'new';
  return 'mixed';
}

/** node:fs, except that the `n`-th call of `op` throws (a full disk, a permission error). */
function failingAt(op: keyof WriterFs, n: number, onCall?: (args: unknown[]) => boolean): WriterFs & { calls: () => number } {
  let calls = 0;
  const fsx = { ...NODE_FS } as WriterFs & { calls: () => number };
  (fsx as unknown as Record<string, unknown>)[op] = (...args: unknown[]) => {
    if (!onCall || onCall(args)) calls++;
    if (calls === n && (!onCall || onCall(args))) throw Object.assign(new Error(`injected ${op} failure #${n}`), { code: 'ENOSPC' });
    return (NODE_FS[op] as (...a: unknown[]) => unknown)(...args);
  };
  fsx.calls = () => calls;
  return fsx;
}

/**
 * Calls on the files of target `a` or `b` or of the cloud stacks, wherever the writer puts them: in its
 * staging folder or straight into dist/ and cdktf.out/ (a writer that writes in place must fail here too).
 */
const writesOf = (ws: Workspace, where: 'a' | 'b' | 'cloud') => (args: unknown[]) => {
  const rel = path.relative(ws.root, String(args[0])).split(path.sep).join('/');
  const folder = where === 'cloud' ? '(\\.matih-staging-[^/]+/new/1|cdktf\\.out)/' : `(\\.matih-staging-[^/]+/new/0|dist)/${where}(/|$)`;
  return new RegExp(`^${folder}`).test(rel);
};

describe('new content matches the old layout', () => {
  it('a full run replaces both targets, prunes the removed one, replaces the stacks file by file and keeps .terraform/', () => {
    expect(NEW.dist['gone/platform/ns.yaml']).toBeUndefined();
    expect(NEW.dist['a/workloads/x.yaml']).toBeUndefined();
    expect(NEW.dist['README.keep']).toBe(OLD.dist['README.keep']);
    expect(NEW.cloud['stacks/gone/cdk.tf.json']).toBeUndefined();
    expect(NEW.cloud['stacks/a/.terraform/terraform.tfstate']).toBe(OLD.cloud['stacks/a/.terraform/terraform.tfstate']);
    expect(fs.readdirSync(ws0.root).sort()).toEqual(['cdktf.out', 'dist']);
  });
});

describe('a write that fails leaves both folders entirely old, and no staging behind', () => {
  const fileOf = (target: string, i: number) => [...NEW_TARGETS.find((t) => t.target === target)!.files.keys()].sort()[i];
  it.each([
    ['the first file of the first target', 'a', 1],
    ['a middle file of the first target', 'a', 2],
    ['the last file of the first target', 'a', 4],
    ['the first file of the second target', 'b', 1],
    ['a middle file of the second target', 'b', 3],
    ['the last file of the second target', 'b', 4],
    ['the first file of the cloud stacks', 'cloud', 1],
    ['a middle file of the cloud stacks', 'cloud', 2],
    ['the last file of the cloud stacks', 'cloud', 3],
  ] as const)('at %s', (_what, where, n) => {
    const ws = workspace();
    const fsx = failingAt('writeFileSync', n, writesOf(ws, where));
    expect(() => run(ws, fsx)).toThrow(`injected writeFileSync failure #${n}`);
    expect(state(ws)).toBe('old');
    expect(fs.readdirSync(ws.root).sort()).toEqual(['cdktf.out', 'dist']);
    expect(fileOf('a', 0)).toBe('apps/project.yaml');
  });

  it('between targets (the first folder of the second target cannot be created)', () => {
    const ws = workspace();
    const fsx = failingAt('mkdirSync', 1, writesOf(ws, 'b'));
    expect(() => run(ws, fsx)).toThrow('injected mkdirSync failure #1');
    expect(state(ws)).toBe('old');
  });

  it('killed between targets (the first call on the second target; no rollback runs): both folders stay entirely old', () => {
    const ws = workspace();
    const onB = writesOf(ws, 'b');
    let dead = false;
    const fsx = Object.fromEntries(
      Object.entries(NODE_FS).map(([k, f]) => [
        k,
        (...args: unknown[]) => {
          if (dead || onB(args)) dead = true;
          if (dead) throw new Error('process is gone');
          return (f as (...a: unknown[]) => unknown)(...args);
        },
      ]),
    ) as unknown as WriterFs;
    expect(() => run(ws, fsx)).toThrow('process is gone');
    expect(state(ws)).toBe('old');
    // Its staging folder stays behind until the next run removes it (below: staging of processes that no longer run).
    expect(fs.readdirSync(ws.root).filter((e) => e.startsWith('.matih-staging-'))).toHaveLength(1);
  });
});

describe('a swap that fails is rolled back at once', () => {
  it.each(Array.from({ length: 12 }, (_, i) => i + 1))('at rename #%i of the swap', (n) => {
    const ws = workspace();
    const renames = failingAt('renameSync', n + 1); // rename #1 is the journal's; 2 x 2 targets, 1 prune, 2 x 3 cloud files, 1 prune
    expect(() => run(ws, renames)).toThrow('injected renameSync failure');
    expect(state(ws)).toBe('old');
    expect(fs.readdirSync(ws.root).sort()).toEqual(['cdktf.out', 'dist']);
  });
});

describe('a process gone in the middle of the swap: the next run finishes it', () => {
  const moves = (() => {
    let count = 0;
    run(workspace(), NODE_FS, { beforeMove: () => void count++ });
    return count;
  })();

  it('plans a move per target, per cloud file and per pruned entry', () => {
    expect(moves).toBe(2 + 3 + 2);
  });

  it.each(Array.from({ length: moves }, (_, i) => i))('stopped before move %i: old until recovered, then entirely new', (stopAt) => {
    const ws = workspace();
    class Killed extends Error {}
    // A killed process runs no rollback: simulate it by failing every later file-system call too.
    let dead = false;
    const fsx = Object.fromEntries(
      Object.entries(NODE_FS).map(([k, f]) => [
        k,
        (...args: unknown[]) => {
          if (dead) throw new Killed('process is gone');
          return (f as (...a: unknown[]) => unknown)(...args);
        },
      ]),
    ) as unknown as WriterFs;
    expect(() =>
      run(ws, fsx, {
        beforeMove: (i) => {
          if (i === stopAt) {
            dead = true;
            throw new Killed('killed');
          }
        },
      }),
    ).toThrow(Killed);
    expect(fs.existsSync(path.join(ws.root, JOURNAL_FILE))).toBe(true);
    const notes = recoverOutputs([ws.dist, ws.cloud]);
    expect(notes[0]).toMatch(/^finished the interrupted swap recorded in .*\.matih-synth-journal\.json \(7 entries\)$/);
    expect(state(ws)).toBe('new');
    expect(fs.readdirSync(ws.root).sort()).toEqual(['cdktf.out', 'dist']);
  });

  it('removes staging folders of processes that no longer run, and nothing else', () => {
    const ws = workspace();
    const orphan = path.join(ws.root, '.matih-staging-999999-abc');
    write(orphan, { 'new/0/a/x.yaml': 'half-written\n' });
    write(ws.root, { '.matih-staging-notapid': 'keep\n' });
    expect(recoverOutputs([ws.dist, ws.cloud])).toEqual([`removed ${orphan} left by an interrupted synth`]);
    expect(fs.readdirSync(ws.root).sort()).toEqual(['.matih-staging-notapid', 'cdktf.out', 'dist']);
    expect(state(ws)).toBe('old');
  });
});

describe('the real synth writes through the same facade', () => {
  it('a failure at the last file of a real target leaves the output as it was', async () => {
    // The target's last file in write order (sorted paths), from the shipped build of this test run.
    const rendered = renderedTarget('prod-gcp');
    const last = [...rendered.files.keys(), ...rendered.extraFiles.keys()].sort().at(-1)!;
    const ws = workspace();
    // Manifests only: the facade is the same object the cloud half's files go through (stageCloud above).
    const fsx = failingAt('writeFileSync', 1, (args) => String(args[0]).endsWith(path.join('new', '0', 'prod-gcp', last)));
    await expect(synth({ dataDir: DEFAULT_DATA_DIR, targets: ['prod-gcp'], distDir: ws.dist, fs: fsx })).rejects.toThrow(
      'injected writeFileSync failure #1',
    );
    expect(fingerprint(ws.dist)).toEqual(OLD.dist);
    expect(fs.readdirSync(ws.root).sort()).toEqual(['cdktf.out', 'dist']);
  });
});

describe('unchanged files are not written again', () => {
  /** A workspace already holding NEW (a synth of the same data ran before). */
  function current(): Workspace {
    const ws = workspace();
    run(ws, NODE_FS);
    expect(state(ws)).toBe('new');
    return ws;
  }
  const inode = (file: string) => fs.statSync(file).ino;
  const counting = () => {
    const calls: Record<string, number> = {};
    const fsx = Object.fromEntries(
      Object.entries(NODE_FS).map(([k, f]) => [
        k,
        (...args: unknown[]) => {
          calls[k] = (calls[k] ?? 0) + 1;
          return (f as (...a: unknown[]) => unknown)(...args);
        },
      ]),
    ) as unknown as WriterFs;
    return { fsx, calls };
  };

  it('a folder and a stack file with the same text are left in place: nothing written, nothing swapped', () => {
    const ws = current();
    const before = { a: inode(path.join(ws.dist, 'a')), file: inode(path.join(ws.dist, 'a', 'platform', 'ns.yaml')) };
    const stack = inode(path.join(ws.cloud, 'stacks', 'a', 'cdk.tf.json'));
    const { fsx, calls } = counting();
    let moves = 0;
    const tx = new OutputTransaction(fsx);
    stageTargets(tx, ws.dist, NEW_TARGETS, true, fsx);
    stageCloud(tx, ws.cloud, NEW_CLOUD, true, fsx);
    tx.commit({ beforeMove: () => void moves++ });
    expect(calls.writeFileSync ?? 0).toBe(1); // the journal, aside
    expect(moves).toBe(0);
    expect(inode(path.join(ws.dist, 'a'))).toBe(before.a);
    expect(inode(path.join(ws.dist, 'a', 'platform', 'ns.yaml'))).toBe(before.file);
    expect(inode(path.join(ws.cloud, 'stacks', 'a', 'cdk.tf.json'))).toBe(stack);
    expect(state(ws)).toBe('new');
    expect(fs.readdirSync(ws.root).sort()).toEqual(['cdktf.out', 'dist']);
  });

  it('in a changed folder only the changed file is written; the others are hard links of the live ones', () => {
    const ws = current();
    fs.writeFileSync(path.join(ws.dist, 'a', 'workloads', 'y.yaml'), 'edited by hand\n');
    const kept = inode(path.join(ws.dist, 'a', 'platform', 'ns.yaml'));
    const { fsx, calls } = counting();
    const tx = new OutputTransaction(fsx);
    stageTargets(tx, ws.dist, NEW_TARGETS, true, fsx);
    tx.commit();
    expect(calls.writeFileSync).toBe(2); // y.yaml and the journal
    expect(calls.linkSync).toBe(3);
    expect(inode(path.join(ws.dist, 'a', 'platform', 'ns.yaml'))).toBe(kept);
    expect(state(ws)).toBe('new');
  });

  it.each([
    ['a file synth does not render', (ws: Workspace) => write(ws.dist, { 'a/stray.yaml': 'not rendered\n' })],
    ['an empty folder', (ws: Workspace) => fs.mkdirSync(path.join(ws.dist, 'a', 'empty'))],
    ['a missing file', (ws: Workspace) => fs.rmSync(path.join(ws.dist, 'a', 'tenants', 'acme.yaml'))],
    ['a folder in place of a file', (ws: Workspace) => fs.mkdirSync(path.join(ws.dist, 'b', 'platform', 'other'))],
  ])('a folder with %s is replaced, whole', (_what, spoil) => {
    const ws = current();
    spoil(ws);
    expect(state(ws)).toBe('mixed');
    run(ws, NODE_FS);
    expect(state(ws)).toBe('new');
    expect(fs.existsSync(path.join(ws.dist, 'a', 'empty'))).toBe(false);
    expect(fs.existsSync(path.join(ws.dist, 'b', 'platform', 'other'))).toBe(false);
  });

  it('without hard links (a file system that refuses them) the unchanged files are copied', () => {
    const ws = current();
    fs.writeFileSync(path.join(ws.dist, 'b', 'workloads', 'y.yaml'), 'edited by hand\n');
    const fsx: WriterFs = {
      ...NODE_FS,
      linkSync: () => {
        throw Object.assign(new Error('links not supported'), { code: 'EPERM' });
      },
    };
    run(ws, fsx);
    expect(state(ws)).toBe('new');
  });

  it('a failure while linking (and copying) leaves both folders as they were', () => {
    const ws = current();
    fs.writeFileSync(path.join(ws.dist, 'b', 'workloads', 'y.yaml'), 'edited by hand\n');
    const before = { dist: fingerprint(ws.dist), cloud: fingerprint(ws.cloud) };
    // A full disk: no link, and the fallback copy's write (the second write: the first is the edited file) fails too.
    const fsx = failingAt('writeFileSync', 2);
    fsx.linkSync = () => {
      throw Object.assign(new Error('no space'), { code: 'ENOSPC' });
    };
    expect(() => run(ws, fsx)).toThrow('injected writeFileSync failure #2');
    expect({ dist: fingerprint(ws.dist), cloud: fingerprint(ws.cloud) }).toEqual(before);
    expect(fs.readdirSync(ws.root).sort()).toEqual(['cdktf.out', 'dist']);
  });

  it('stages nothing after the transaction ended (a worker answering after Ctrl-C)', () => {
    const ws = workspace();
    const tx = new OutputTransaction(NODE_FS);
    tx.abort();
    expect(() => tx.stageFolder(ws.dist, 'a', { paths: ['x.yaml'], content: () => 'x\n' })).toThrow('output transaction already finished');
    expect(() => tx.stageFile(ws.cloud, 'manifest.json', '{}\n')).toThrow('output transaction already finished');
    expect(fs.readdirSync(ws.root).sort()).toEqual(['cdktf.out', 'dist']);
  });
});
