/**
 * `npm run charts:pull`: fills the chart cache with every chart the Helm Applications of the
 * targets pin, for `npm run charts:verify` to render offline.
 *
 * Without --from-git it runs `helm pull` against each chart's repository (HTTP or OCI; needs
 * network). With --from-git it assembles each chart from git mirrors at the tags recorded in
 * config/chart-sources.ts. Exit code 0 when every chart is cached, 1 when some could not be
 * obtained (each is listed with the reason), 3 when the tool itself failed.
 */
import { Option } from 'commander';
import { parseStandIns, targetApplications } from '../lib/charts/applications';
import { ChartCache, defaultChartCacheDir } from '../lib/charts/cache';
import { type ChartRef, pullCharts } from '../lib/charts/pull';
import { InputError } from '../lib/model/errors';
import { buildK8s } from '../lib/synth/k8s';
import { collectList, defineCommand, EXIT, main, targetOption } from './cli/command';

interface Flags {
  readonly target?: string[];
  readonly chart?: string[];
  readonly cache?: string;
  readonly force?: boolean;
  readonly standIn?: string[];
  readonly fromGit?: boolean;
  readonly mirrors?: string[];
  readonly mirror?: string[];
}

export const runChartsPull = defineCommand<Flags>({
  name: 'charts:pull',
  description: 'Fill the chart cache with every chart the Helm Applications pin (helm pull, or assembled from git mirrors).',
  examples: [
    ['npm run charts:pull', 'helm pull every pinned chart (needs the chart repositories)'],
    ['npm run charts:pull -- --from-git --mirrors /work/.mirror', 'assemble the charts from git mirrors at their release tags'],
  ],
  exitCodes: 'Exit codes: 0 every chart cached, 1 some could not be obtained (or invalid input), 3 the tool itself failed.',
  options: (command) => {
    targetOption(command);
    command.addOption(new Option('--chart <name>', 'only these charts or Applications; repeat or comma-separate').argParser(collectList));
    command.addOption(new Option('--cache <dir>', 'chart cache (default: node_modules/.cache/matih-charts or $MATIH_CHART_CACHE)'));
    command.addOption(new Option('--force', 'pull again even when cached'));
    command.addOption(new Option('--stand-in <chart@pinned=version>', 'also cache another version of a chart').argParser(collectList));
    command.addOption(new Option('--from-git', 'assemble charts from git mirrors instead of helm pull'));
    command.addOption(new Option('--mirrors <dir>', 'folder of mirrors named <owner>+<name>; repeat').argParser(collectList));
    command.addOption(new Option('--mirror <owner/name=path>', 'one mirror at a path; repeat').argParser(collectList));
  },
  run: async (ctx, flags) => {
    const build = buildK8s({ targets: flags.target });
    const refs: ChartRef[] = [];
    for (const rendered of build.rendered) {
      for (const app of targetApplications(rendered).applications) {
        if (!flags.chart || flags.chart.includes(app.chart) || flags.chart.includes(app.name)) refs.push(app);
      }
    }
    for (const [pinned, version] of parseStandIns(flags.standIn ?? [])) {
      const chart = pinned.slice(0, pinned.indexOf('@'));
      const like = refs.find((r) => r.chart === chart);
      if (like) refs.push({ ...like, version });
    }
    const cache = new ChartCache(flags.cache ? ctx.resolve(flags.cache) : defaultChartCacheDir());
    const mirrorPaths = new Map(
      (flags.mirror ?? []).map((m) => {
        const eq = m.indexOf('=');
        if (eq < 0) throw new InputError(`--mirror ${m}: expected OWNER/NAME=PATH`);
        return [m.slice(0, eq), ctx.resolve(m.slice(eq + 1))] as const;
      }),
    );
    if (flags.fromGit && !flags.mirrors && mirrorPaths.size === 0)
      throw new InputError('--from-git needs --mirrors DIR or --mirror OWNER/NAME=PATH');
    const results = await pullCharts(refs, {
      cache,
      force: flags.force === true,
      git: flags.fromGit ? { mirrorDirs: (flags.mirrors ?? []).map(ctx.resolve), mirrorPaths } : undefined,
    });
    for (const r of results) ctx.out(`charts:pull ${r.outcome.padEnd(11)} ${r.chart}@${r.version}: ${r.detail}`);
    const missing = results.filter((r) => r.outcome === 'unavailable');
    ctx.out(
      `charts:pull: ${results.length} charts, ${results.filter((r) => r.outcome === 'pulled').length} pulled, ${results.filter((r) => r.outcome === 'cached').length} already cached, ${missing.length} could not be obtained; cache ${cache.dir}`,
    );
    return missing.length > 0 ? EXIT.invalid : EXIT.ok;
  },
});

if (require.main === module) main(runChartsPull);
