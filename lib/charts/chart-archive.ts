/**
 * The files of a packaged chart and of every subchart in it (folders or nested archives under
 * `charts/`), as a tree: what the static checks (lookup calls, values the templates read) inspect.
 */
import * as fs from 'node:fs';
import { parseK8sYaml as parse } from './k8s-yaml';
import { readTgz, type TarEntry } from './tar';

export interface ChartDependency {
  readonly name: string;
  readonly version?: string;
  readonly alias?: string;
  readonly condition?: string;
  readonly tags?: readonly string[];
}

export interface ChartTree {
  /** Chart name (Chart.yaml). */
  readonly name: string;
  readonly version: string;
  /** Path of the chart inside the rendered output's `# Source:` paths, e.g. `loki/charts/minio`. */
  readonly sourcePrefix: string;
  /** Path of its values inside the top chart's values (`[]` for the top chart, `['minio']` for a subchart). */
  readonly valuesPath: readonly string[];
  /** Files relative to the chart folder (`templates/x.yaml`, `values.yaml`, `crds/...`). */
  readonly files: ReadonlyMap<string, string>;
  readonly dependencies: readonly ChartDependency[];
  /** The `dependencies` entry of the parent this subchart satisfies (undefined for the top chart). */
  readonly asDependency?: ChartDependency;
  readonly subcharts: readonly ChartTree[];
}

type Json = Record<string, unknown>;

function chartMeta(text: string | undefined): { name: string; version: string; dependencies: ChartDependency[] } {
  const meta = (text ? parse(text) : {}) as Json;
  const dependencies = (Array.isArray(meta.dependencies) ? meta.dependencies : []).map((d: Json) => ({
    name: String(d.name),
    version: d.version === undefined ? undefined : String(d.version),
    alias: typeof d.alias === 'string' ? d.alias : undefined,
    condition: typeof d.condition === 'string' ? d.condition : undefined,
    tags: Array.isArray(d.tags) ? d.tags.map(String) : undefined,
  }));
  return { name: String(meta.name ?? ''), version: String(meta.version ?? ''), dependencies };
}

/** Builds the tree of the chart whose files are `entries` (paths relative to the chart folder). */
function treeOf(
  entries: ReadonlyMap<string, Buffer>,
  sourcePrefix: string,
  valuesPath: readonly string[],
  asDependency?: ChartDependency,
): ChartTree {
  const meta = chartMeta(entries.get('Chart.yaml')?.toString('utf8'));
  const files = new Map<string, string>();
  const subFolders = new Map<string, Map<string, Buffer>>();
  const subArchives: Array<{ name: string; data: Buffer }> = [];
  for (const [file, data] of entries) {
    const sub = /^charts\/([^/]+)\/(.+)$/.exec(file);
    if (sub) {
      let folder = subFolders.get(sub[1]);
      if (!folder) subFolders.set(sub[1], (folder = new Map()));
      folder.set(sub[2], data);
    } else if (/^charts\/[^/]+\.tgz$/.test(file)) subArchives.push({ name: file, data });
    else files.set(file, data.toString('utf8'));
  }
  const subTrees: Array<Map<string, Buffer>> = [...subFolders.values()];
  for (const { data } of subArchives) subTrees.push(stripTop(readTgz(data)));
  const subcharts: ChartTree[] = [];
  for (const sub of subTrees) {
    const subMeta = chartMeta(sub.get('Chart.yaml')?.toString('utf8'));
    const uses = meta.dependencies.filter((d) => d.name === subMeta.name);
    // A subchart that no dependency names is still loaded by Helm under its own name.
    for (const dep of uses.length > 0 ? uses : [{ name: subMeta.name }]) {
      const key = dep.alias ?? dep.name;
      subcharts.push(treeOf(sub, `${sourcePrefix}/charts/${key}`, [...valuesPath, key], dep));
    }
  }
  return {
    name: meta.name,
    version: meta.version,
    sourcePrefix,
    valuesPath,
    files,
    dependencies: meta.dependencies,
    asDependency,
    subcharts,
  };
}

/** Entries of an archive whose paths all start with one chart folder, relative to it. */
function stripTop(entries: readonly TarEntry[]): Map<string, Buffer> {
  const result = new Map<string, Buffer>();
  for (const { path, data } of entries) {
    const slash = path.indexOf('/');
    if (slash > 0) result.set(path.slice(slash + 1), data);
  }
  return result;
}

const trees = new Map<string, ChartTree>();

/** The tree of a packaged chart (`.tgz`), read once per process and archive path. */
export function readChartArchive(archive: string): ChartTree {
  let tree = trees.get(archive);
  if (!tree) {
    const entries = stripTop(readTgz(fs.readFileSync(archive)));
    const meta = chartMeta(entries.get('Chart.yaml')?.toString('utf8'));
    tree = treeOf(entries, meta.name, []);
    trees.set(archive, tree);
  }
  return tree;
}

/** Every chart of the tree, top first. */
export function* chartsOf(tree: ChartTree): Generator<ChartTree> {
  yield tree;
  for (const sub of tree.subcharts) yield* chartsOf(sub);
}
