/**
 * What the gate knows about one pinned chart version, generated into imports/charts/ by
 * `npm run import` from the vendored upstream files (Chart.yaml, values.yaml, values.schema.json,
 * template-refs.txt): the chart's default values, its schemas and the value paths its templates
 * read. Loaded once per process, one chart at a time, on first use.
 */
import { loadChartData, VENDORED_CHART_KEYS } from '../../imports/charts';
import type { JsonSchema } from './json-schema';
import { ReadPaths } from './helm-values';

/** The committed form of one chart version (imports/charts/<chart>-<version>.json). */
export interface VendoredChartFile {
  readonly chart: string;
  readonly version: string;
  /** The appVersion the published chart carries (its version where the tag's Chart.yaml holds a placeholder). */
  readonly appVersion?: string;
  /** appVersion of each vendored subchart, by alias. */
  readonly subchartAppVersions?: Readonly<Record<string, string>>;
  /** values.yaml, with the defaults of vendored subcharts under their alias. */
  readonly defaults: Record<string, unknown>;
  /** values.schema.json of the chart (path '') and of vendored subcharts (path = alias), compacted. */
  readonly schemas: ReadonlyArray<{ readonly path: string; readonly schema: JsonSchema }>;
  /**
   * Value paths the templates read, `*` marking a path used whole (template-refs.txt, subcharts'
   * under their alias, dependency conditions); null when the chart version ships no template-refs.txt.
   */
  readonly reads: readonly string[] | null;
}

export interface VendoredChart extends VendoredChartFile {
  readonly key: string;
  /** The reads, indexed; undefined when the chart version ships no template-refs.txt. */
  readonly readPaths?: ReadPaths;
}

/** `name@version`, the key of a chart version everywhere (imports/charts, exceptions). */
export const chartKey = (name: string, version: string) => `${name}@${version}`;

const cache = new Map<string, VendoredChart | null>();

/** Every vendored chart version (`name@version`). */
export function vendoredChartKeys(): readonly string[] {
  return VENDORED_CHART_KEYS;
}

/** The vendored data of `name@version`, or undefined when that version is not vendored. */
export function vendoredChart(name: string, version: string): VendoredChart | undefined {
  const key = chartKey(name, version);
  let found = cache.get(key);
  if (found === undefined) {
    const data = loadChartData(key) as VendoredChartFile | undefined;
    found = data ? { ...data, key, ...(data.reads ? { readPaths: new ReadPaths(data.reads) } : {}) } : null;
    cache.set(key, found);
  }
  return found ?? undefined;
}
