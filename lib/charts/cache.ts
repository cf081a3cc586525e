/**
 * The chart cache: every pinned chart as the `.tgz` Helm would download, one folder per chart and
 * version (`<root>/<chart>/<version>/<chart>-<version>.tgz`), filled by `npm run charts:pull`
 * (`helm pull` where the chart repositories are reachable, or assembled from git mirrors) and read
 * offline by `npm run charts:verify`. Nothing of it is committed.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { nodeModulesCache } from './helm-binary';

/** `MATIH_CHART_CACHE`, or node_modules/.cache/matih-charts. */
export function defaultChartCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.MATIH_CHART_CACHE ? path.resolve(env.MATIH_CHART_CACHE) : nodeModulesCache('matih-charts');
}

/** How a cached chart was obtained (written next to it by the pull). */
export interface ChartProvenance {
  /** `helm pull <ref>` or `git <owner/name>@<ref>:<path>`. */
  readonly source: string;
  /** Subcharts put into charts/ by the pull, and where from. */
  readonly dependencies?: ReadonlyArray<{ readonly name: string; readonly version: string; readonly source: string }>;
  /**
   * Subcharts present under another version than the one the chart pins, each with its reason.
   * Helm only checks that a dependency of that name is present; a stand-in is exact only while its
   * condition keeps it disabled, which charts:verify checks on every render.
   */
  readonly standIns?: ReadonlyArray<{ readonly name: string; readonly pinned: string; readonly used: string; readonly reason: string }>;
  /** Changes the chart's release process makes to the tagged sources (version placeholders). */
  readonly releaseEdits?: readonly string[];
}

export class ChartNotCachedError extends Error {
  constructor(
    readonly chart: string,
    readonly version: string,
    readonly cacheDir: string,
  ) {
    super(
      `chart ${chart}@${version} is not in the chart cache (${cacheDir}); fill it with \`npm run charts:pull\` (needs the chart repository) or \`npm run charts:pull -- --from-git --mirrors <dir>\``,
    );
  }
}

export class ChartCache {
  constructor(readonly dir: string = defaultChartCacheDir()) {}

  folder(chart: string, version: string): string {
    return path.join(this.dir, chart, version);
  }

  archivePath(chart: string, version: string): string {
    return path.join(this.folder(chart, version), `${chart}-${version}.tgz`);
  }

  has(chart: string, version: string): boolean {
    return fs.existsSync(this.archivePath(chart, version));
  }

  /** The archive of a cached chart; throws ChartNotCachedError naming the chart and the pull command. */
  archive(chart: string, version: string): string {
    const file = this.archivePath(chart, version);
    if (!fs.existsSync(file)) throw new ChartNotCachedError(chart, version, this.dir);
    return file;
  }

  provenance(chart: string, version: string): ChartProvenance | undefined {
    const file = path.join(this.folder(chart, version), 'provenance.json');
    return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as ChartProvenance) : undefined;
  }

  /** Moves a packaged chart into the cache (atomically: a reader never sees half an archive). */
  store(chart: string, version: string, packaged: string, provenance: ChartProvenance): string {
    const target = this.archivePath(chart, version);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(path.join(this.folder(chart, version), 'provenance.json'), `${JSON.stringify(provenance, null, 2)}\n`);
    const partial = `${target}.${process.pid}.partial`;
    fs.copyFileSync(packaged, partial);
    fs.renameSync(partial, target);
    return target;
  }
}
