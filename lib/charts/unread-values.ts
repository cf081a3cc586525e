/**
 * Values an Application sets that the chart never reads: Helm ignores them silently, so a
 * security context, a toleration or a credential given under a key the chart does not know simply
 * does not happen. Keys under a subchart that its condition disables are unread too.
 */
import { parseK8sYaml as parse } from './k8s-yaml';
import { chartsOf, type ChartTree } from './chart-archive';
import { chartRefs, collectRefs, isRead } from './template-refs';
import { helmMerge, isValuesMap } from '../gate/helm-values';

type Json = Record<string, unknown>;

const isObject = isValuesMap;

function valueAt(values: unknown, path: readonly string[]): unknown {
  let at = values;
  for (const segment of path) {
    if (!isObject(at)) return undefined;
    at = at[segment];
  }
  return at;
}

/** The chart's defaults with its subcharts' defaults under their keys (what Helm evaluates conditions on). */
function defaultsOf(chart: ChartTree): Json {
  let values: Json = {};
  for (const sub of chart.subcharts) values = helmMerge(values, { [sub.valuesPath.at(-1)!]: defaultsOf(sub) });
  const own = chart.files.get('values.yaml');
  const parsed = own ? (parse(own) as unknown) : undefined;
  return helmMerge(values, isObject(parsed) ? parsed : {});
}

/**
 * Whether Helm renders a subchart under `values` (the top chart's merged values): its `condition`
 * (the first of its comma-separated paths that holds a boolean) decides, then its `tags` (any true),
 * otherwise it is enabled; a subchart of a disabled chart is disabled.
 */
export function subchartEnabled(tree: ChartTree, values: unknown): (chart: ChartTree) => boolean {
  const enabled = new Map<ChartTree, boolean>();
  const visit = (chart: ChartTree, parentEnabled: boolean) => {
    for (const sub of chart.subcharts) {
      const dep = sub.asDependency;
      const parentPath = chart.valuesPath;
      let on: boolean | undefined;
      for (const condition of (dep?.condition ?? '')
        .split(',')
        .map((c) => c.trim())
        .filter(Boolean)) {
        const value = valueAt(values, [...parentPath, ...condition.split('.')]);
        if (typeof value === 'boolean') {
          on = value;
          break;
        }
      }
      if (on === undefined && dep?.tags && dep.tags.length > 0) {
        const tags = dep.tags.map((t) => valueAt(values, [...parentPath, 'tags', t])).filter((v) => typeof v === 'boolean');
        if (tags.length > 0) on = tags.some((t) => t === true);
      }
      const result = parentEnabled && (on ?? true);
      enabled.set(sub, result);
      visit(sub, result);
    }
  };
  visit(tree, true);
  return (chart) => chart === tree || enabled.get(chart) === true;
}

export interface UnreadValue {
  /** Dotted path in the Application's values. */
  readonly path: string;
  readonly reason: string;
}

/** Leaf paths of a values object: scalars, lists and empty maps. */
function* leaves(values: unknown, path: string[] = []): Generator<string[]> {
  if (isObject(values) && Object.keys(values).length > 0) {
    for (const [key, value] of Object.entries(values)) yield* leaves(value, [...path, key]);
  } else if (path.length > 0) yield path;
}

/** The paths of `appValues` that no template of the chart (or of an enabled subchart) reads. */
export function unreadValues(tree: ChartTree, appValues: Json): UnreadValue[] {
  const merged = helmMerge(defaultsOf(tree), appValues);
  const enabled = subchartEnabled(tree, merged);
  const refs = chartRefs(tree, enabled);
  // Helm itself reads dependency conditions and tags.
  const helmReads: string[][] = [];
  for (const chart of chartsOf(tree)) {
    for (const dep of chart.dependencies) {
      for (const c of (dep.condition ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean))
        helmReads.push([...chart.valuesPath, ...c.split('.')]);
      for (const t of dep.tags ?? []) helmReads.push([...chart.valuesPath, 'tags', t]);
    }
  }
  // Template strings in the Application's own values are rendered with `tpl` by charts that support it.
  for (const path of leaves(appValues)) {
    const value = valueAt(appValues, path);
    if (typeof value === 'string' && value.includes('{{')) collectRefs(value, refs);
  }
  const disabled = [...chartsOf(tree)].filter((c) => c !== tree && !enabled(c));
  const unread: UnreadValue[] = [];
  for (const path of leaves(appValues)) {
    const dotted = path.join('.');
    if (helmReads.some((h) => h.join('.') === dotted)) continue;
    const off = disabled.find((c) => c.valuesPath.every((s, i) => path[i] === s));
    if (off) {
      unread.push({ path: dotted, reason: `subchart ${off.name} (${off.valuesPath.join('.')}) is disabled, so nothing reads it` });
    } else if (!isRead(refs, path)) {
      unread.push({ path: dotted, reason: `no template of ${tree.name} ${tree.version} reads it` });
    }
  }
  return unread;
}
