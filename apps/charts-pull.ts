/**
 * `npm run charts:pull`: fills the chart cache with every chart the Helm Applications of the
 * targets pin, for `npm run charts:verify` to render offline.
 *
 *   tsx apps/charts-pull.ts [--target T ...] [--chart NAME ...] [--cache DIR] [--force]
 *                           [--stand-in CHART@PINNED=VERSION ...]
 *                           [--from-git (--mirrors DIR ... | --mirror OWNER/NAME=PATH ...)]
 *
 * Without --from-git it runs `helm pull` against each chart's repository (HTTP or OCI; needs
 * network). With --from-git it assembles each chart from git mirrors at the tags recorded in
 * config/chart-sources.ts. Exit code 0 when every chart is cached, 1 when some could not be
 * obtained (each is listed with the reason), 3 when the tool itself failed.
 */
import { flag, flagList, parseArgs } from './cli/args';
import { buildK8s } from '../lib/synth/k8s';
import { ChartCache, defaultChartCacheDir } from '../lib/charts/cache';
import { parseStandIns, targetApplications } from '../lib/charts/applications';
import { type ChartRef, pullCharts } from '../lib/charts/pull';

export async function runChartsPull(argv: readonly string[]): Promise<number> {
  try {
    const args = parseArgs(argv, ['force', 'from-git']);
    const charts = flagList(args, 'chart');
    const build = buildK8s({ targets: flagList(args, 'target') });
    const refs: ChartRef[] = [];
    for (const rendered of build.rendered) {
      for (const app of targetApplications(rendered).applications) {
        if (!charts || charts.includes(app.chart) || charts.includes(app.name)) refs.push(app);
      }
    }
    for (const [pinned, version] of parseStandIns(args.flags.get('stand-in') ?? [])) {
      const chart = pinned.slice(0, pinned.indexOf('@'));
      const like = refs.find((r) => r.chart === chart);
      if (like) refs.push({ ...like, version });
    }
    const cache = new ChartCache(flag(args, 'cache') ?? defaultChartCacheDir());
    const fromGit = flag(args, 'from-git') !== undefined;
    const mirrorPaths = new Map(
      (args.flags.get('mirror') ?? []).map((m) => {
        const eq = m.indexOf('=');
        if (eq < 0) throw new Error(`--mirror ${m}: expected OWNER/NAME=PATH`);
        return [m.slice(0, eq), m.slice(eq + 1)] as const;
      }),
    );
    if (fromGit && !flagList(args, 'mirrors') && mirrorPaths.size === 0)
      throw new Error('--from-git needs --mirrors DIR or --mirror OWNER/NAME=PATH');
    const results = await pullCharts(refs, {
      cache,
      force: flag(args, 'force') !== undefined,
      git: fromGit ? { mirrorDirs: flagList(args, 'mirrors') ?? [], mirrorPaths } : undefined,
    });
    for (const r of results) console.log(`charts:pull ${r.outcome.padEnd(11)} ${r.chart}@${r.version}: ${r.detail}`);
    const missing = results.filter((r) => r.outcome === 'unavailable');
    console.log(
      `charts:pull: ${results.length} charts, ${results.filter((r) => r.outcome === 'pulled').length} pulled, ${results.filter((r) => r.outcome === 'cached').length} already cached, ${missing.length} could not be obtained; cache ${cache.dir}`,
    );
    return missing.length > 0 ? 1 : 0;
  } catch (error) {
    console.error(`charts:pull: error: ${(error as Error).message}`);
    return 3;
  }
}

if (require.main === module) void runChartsPull(process.argv.slice(2)).then((code) => (process.exitCode = code));
