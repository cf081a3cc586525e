/**
 * The little git `npm run diff` needs: resolve a base revision, read a folder's files as they are
 * at that revision (one `git cat-file --batch` for all of them), and synthesize the cdktf stacks of
 * that revision in a temporary worktree (node_modules linked from this checkout), removed afterwards.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { InputError } from '../model/errors';

export class GitError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GitError';
  }
}

function git(cwd: string, args: readonly string[], input?: string): Buffer {
  const r = spawnSync('git', args, { cwd, input, maxBuffer: 1 << 30 });
  if (r.error) throw new GitError(`git ${args[0]}: ${r.error.message}`);
  if (r.status !== 0) throw new GitError(`git ${args.join(' ')}: ${r.stderr.toString().trim().split('\n')[0]}`);
  return r.stdout;
}

/** The top folder of the git work tree holding `dir`. */
export function gitRoot(dir: string): string {
  let probe = path.resolve(dir);
  while (!fs.existsSync(probe)) probe = path.dirname(probe);
  try {
    return git(probe, ['rev-parse', '--show-toplevel']).toString().trim();
  } catch (error) {
    throw new InputError(
      `${dir} is not inside a git work tree: npm run diff compares against a git revision (${(error as Error).message})`,
    );
  }
}

/** The commit `ref` names; an InputError when there is none. */
export function resolveRevision(root: string, ref: string): string {
  try {
    return git(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`])
      .toString()
      .trim();
  } catch {
    throw new InputError(`--base ${ref}: not a git revision in ${root} (a branch, tag or commit such as HEAD, main or HEAD~1)`);
  }
}

/** Files below `folder` (relative to the repository root) at `commit`, keyed by path relative to `folder`. */
export function filesAt(root: string, commit: string, folder: string): Map<string, string> {
  const prefix = folder.split(path.sep).join('/').replace(/\/$/, '');
  const listing = git(root, ['ls-tree', '-r', '-z', commit, '--', `${prefix}/`]).toString();
  const blobs: Array<{ file: string; sha: string }> = [];
  for (const entry of listing.split('\0')) {
    const m = /^\d+ blob ([0-9a-f]+)\t(.*)$/s.exec(entry);
    if (m) blobs.push({ sha: m[1], file: m[2].slice(prefix.length + 1) });
  }
  const files = new Map<string, string>();
  if (blobs.length === 0) return files;
  const out = git(root, ['cat-file', '--batch'], `${blobs.map((b) => b.sha).join('\n')}\n`);
  let at = 0;
  for (const { file } of blobs) {
    const header = out.indexOf(0x0a, at);
    const size = Number(out.subarray(at, header).toString().split(' ')[2]);
    files.set(file, out.subarray(header + 1, header + 1 + size).toString('utf8'));
    at = header + 1 + size + 1;
  }
  return files;
}

/**
 * Synthesizes the cdktf stacks of `commit` with that commit's own code: a detached worktree in a
 * temporary folder, node_modules linked from `modulesFrom`, `tsx apps/cloud.ts` run there with its
 * output in a temporary folder; returns `stacks/<target>/cdk.tf.json` per target. The worktree is
 * always removed.
 */
export function synthCloudAt(
  root: string,
  commit: string,
  options: { modulesFrom: string; targets?: readonly string[]; dataDir?: string },
): Map<string, unknown> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'matih-diff-base-'));
  const tree = path.join(tmp, 'tree');
  const out = path.join(tmp, 'cdktf.out');
  git(root, ['worktree', 'add', '--detach', '--quiet', tree, commit]);
  try {
    fs.symlinkSync(path.join(options.modulesFrom, 'node_modules'), path.join(tree, 'node_modules'), 'dir');
    // The base revision's own way of running an app: revisions before lib/runtime/register.cjs ran under `--import tsx`.
    const register = path.join(tree, 'lib', 'runtime', 'register.cjs');
    const runtime = fs.existsSync(register) ? ['--require', register] : ['--import', 'tsx'];
    const args = [...runtime, 'apps/cloud.ts', ...(options.targets ? ['--target', options.targets.join(',')] : [])];
    const env = { ...process.env, CDKTF_OUTDIR: out, CHECKPOINT_DISABLE: '1', CDK8S_CHECK_UPGRADE: 'false' } as NodeJS.ProcessEnv;
    delete env.MATIH_DATA_DIR;
    if (options.dataDir) env.MATIH_DATA_DIR = options.dataDir;
    const r = spawnSync(process.execPath, args, { cwd: tree, env, encoding: 'utf8', maxBuffer: 1 << 30 });
    if (r.error || r.status !== 0) {
      const detail = (r.stderr || r.error?.message || '').trim().split('\n').slice(-3).join(' ');
      throw new GitError(`synthesizing the cdktf stacks of ${commit.slice(0, 12)} failed (exit ${r.status}): ${detail}`);
    }
    const stacks = new Map<string, unknown>();
    const dir = path.join(out, 'stacks');
    for (const t of fs.existsSync(dir) ? fs.readdirSync(dir).sort() : []) {
      const file = path.join(dir, t, 'cdk.tf.json');
      if (fs.existsSync(file)) stacks.set(t, JSON.parse(fs.readFileSync(file, 'utf8')));
    }
    return stacks;
  } finally {
    try {
      git(root, ['worktree', 'remove', '--force', tree]);
    } catch {
      // Removed below; `git worktree prune` then forgets it.
    }
    fs.rmSync(tmp, { recursive: true, force: true });
    try {
      git(root, ['worktree', 'prune']);
    } catch {
      // Nothing to prune.
    }
  }
}
