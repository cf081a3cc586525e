/**
 * `npm run diff [-- --base <ref>]`: what the working tree changes against a git revision (default
 * HEAD), object by object with field paths, and which changes are dangerous (lib/synth/diff.ts).
 */
import * as path from 'node:path';
import { Option } from 'commander';
import { formatMoves } from '../lib/insight/moves';
import { formatTargetDiff } from '../lib/insight/semantic-diff';
import { formatStackDiff } from '../lib/insight/terraform-diff';
import { DEFAULT_DATA_DIR, REPO_ROOT } from '../lib/model/load';
import { countDangers, diffAgainstGit, hasChanges } from '../lib/synth/diff';
import { gitRoot } from '../lib/synth/git';
import { DIST_DIR } from '../lib/synth/k8s';
import { dataDirOf, dataDirOption, defineCommand, EXIT, jsonOption, main, targetOption } from './cli/command';
import { plural } from './cli/io';
import { picturesRenderer } from '../lib/insight/pictures';

interface Flags {
  readonly base: string;
  readonly target?: string[];
  readonly dataDir?: string;
  readonly dist?: string;
  readonly cloud: boolean;
  readonly json?: boolean;
}

export const runDiff = defineCommand<Flags>({
  name: 'diff',
  description:
    'Compare what the working tree renders with a git revision: manifests against dist/ as committed there, Terraform stacks against that revision synthesized in a temporary worktree. Flags dangerous changes (deleted or scaled-to-zero stateful objects, removed backups, immutable fields, resources Terraform would replace, tenants moving to another cluster or shard, with the steps of the move).',
  examples: [
    ['npm run diff', 'against HEAD: what the next commit changes'],
    ['npm run diff -- --base main --target prod-azure', 'one target against main'],
    ['npm run diff -- --no-cloud | head -40', 'manifests only, first lines (safe to pipe)'],
    ['npm run -s diff -- --json > diff.json', 'for CI'],
  ],
  exitCodes: 'Exit codes: 0 no changes, 1 changes (or invalid input), 2 dangerous changes, 3 the tool itself failed (git, a synth).',
  options: (command) => {
    command.addOption(new Option('-b, --base <ref>', 'git revision to compare with').default('HEAD'));
    targetOption(command);
    dataDirOption(command);
    command.addOption(new Option('--dist <dir>', 'the rendered-manifests folder under git (default: dist/)'));
    command.addOption(new Option('--no-cloud', 'skip the Terraform stacks (no worktree synth of the base)'));
    jsonOption(command, 'the whole comparison');
  },
  run: async (ctx, flags) => {
    const distDir = ctx.resolve(flags.dist ?? DIST_DIR);
    const dataDir = dataDirOf(ctx, flags.dataDir);
    const root = gitRoot(distDir);
    const diff = await diffAgainstGit({
      root,
      base: flags.base,
      distDir,
      dataDir,
      dataDirInRepository: path.resolve(dataDir) === DEFAULT_DATA_DIR,
      targets: flags.target,
      cloud: flags.cloud,
      modulesFrom: REPO_ROOT,
      svg: await picturesRenderer(distDir),
      onProgress: (step) => ctx.progress.update(`diff: ${step}`),
    });
    ctx.progress.stop();
    const dangers = countDangers(diff);
    const changes = hasChanges(diff);
    const code = dangers > 0 ? EXIT.dangerous : changes ? EXIT.changes : EXIT.ok;
    if (flags.json) {
      ctx.out(JSON.stringify({ ...diff, dangers, changes, exitCode: code }, null, 2));
      return code;
    }
    const c = ctx.color;
    ctx.out(c.bold(`diff against ${diff.base.ref} (${diff.base.commit.slice(0, 12)})`));
    for (const t of diff.targets) ctx.out(formatTargetDiff(t, 20, c).join('\n'));
    for (const d of diff.drift)
      ctx.out(
        c.yellow(
          `${d.target}: dist/${d.target}/ in the working tree differs from a fresh synth in ${plural(d.files.length, 'file')} (${d.files.slice(0, 5).join(', ')}${d.files.length > 5 ? ', ...' : ''}): hand-edited or not re-synthesized; npm run synth rewrites it`,
        ),
      );
    if (diff.terraform) for (const s of diff.terraform) ctx.out(formatStackDiff(s, 20, c).join('\n'));
    else ctx.out('terraform: skipped (--no-cloud)');
    // Tenants changing cluster or shard: each dangerous, with the steps it implies (lib/insight/moves.ts).
    if (diff.moves.length > 0) ctx.out(formatMoves(diff.moves, c).join('\n'));
    // The gate's verdict is printed, not folded into the exit code: exit codes describe the change only.
    if (diff.gateProblems > 0)
      ctx.err(
        `diff: warning: the safety gate rejects the fresh output (${plural(diff.gateProblems, 'problem')}): npm run synth would refuse to write; npm run validate lists them`,
      );
    if (dangers > 0) ctx.out(c.red(c.bold(`diff: ${plural(dangers, 'dangerous change')} (exit 2)`)));
    else ctx.out(changes ? 'diff: changes, none dangerous (exit 1)' : 'diff: no changes (exit 0)');
    return code;
  },
});

if (require.main === module) main(runDiff);
