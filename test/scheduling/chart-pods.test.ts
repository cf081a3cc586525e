/**
 * The chart pod maps (config/chart-pods.ts): every chart of the catalog has one, and where
 * ../shared is present every path a map reads is one its chart's templates read
 * (template-refs.txt) and every default it records is the chart's values.yaml.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as yaml from 'js-yaml';
import { CHART_PODS, type ChartPod, type ChartPodMap } from '../../config/chart-pods';
import { COMPONENTS } from '../../config/components';

const SHARED = path.resolve(__dirname, '..', '..', '..', 'shared', 'charts');
const withShared = fs.existsSync(SHARED) ? describe : describe.skip;

type Json = Record<string, unknown>;

/** Every value path a pod reads (conditions, replicas, placement, resources), `@` item paths aside. */
function pathsOf(pod: ChartPod): string[] {
  const out: string[] = [];
  const add = (p: string | undefined) => {
    if (p && !p.startsWith('@')) out.push(p.replace(/^!/, '').split(/!?=/)[0]);
  };
  (pod.when ?? []).forEach(add);
  if (typeof pod.replicas === 'string') add(pod.replicas);
  if (pod.autoscaling) [pod.autoscaling.enabled, pod.autoscaling.min, pod.autoscaling.max].forEach(add);
  for (const field of [pod.nodeSelector, pod.tolerations, pod.affinity]) {
    if (!field) continue;
    const list = Array.isArray(field) ? field : Object.values(field)[0];
    (list as readonly string[]).forEach(add);
  }
  [pod.nodeAffinity, pod.nodeSelectorTerms, pod.each].forEach(add);
  for (const r of pod.resources ?? []) {
    if (typeof r === 'string') add(r);
    else [r.values, r.preset, r.requests, ...(r.when ?? [])].forEach(add);
  }
  Object.values(pod.requests ?? {}).forEach(add);
  return out;
}

function get(values: unknown, p: string): unknown {
  let node = values;
  for (const part of p.split('.')) {
    if (typeof node !== 'object' || node === null || Array.isArray(node)) return undefined;
    node = (node as Json)[part];
  }
  return node;
}

const empty = (v: unknown) =>
  v === undefined ||
  v === null ||
  v === '' ||
  (Array.isArray(v) && v.length === 0) ||
  (typeof v === 'object' && Object.keys(v as object).length === 0);

test('every chart of the catalog has a pod map, and every map places at least what the chart runs', () => {
  const charts = new Set(Object.values(COMPONENTS).flatMap((c) => (c.kind === 'chart' && c.enabled ? [c.chart.name] : [])));
  expect([...charts].filter((c) => !CHART_PODS[c])).toEqual([]);
  for (const [chart, map] of Object.entries(CHART_PODS)) {
    expect({ chart, versions: map.versions.length > 0 }).toEqual({ chart, versions: true });
    for (const pod of map.pods)
      expect({ chart, pod: pod.name, kind: ['Deployment', 'StatefulSet', 'DaemonSet', 'Job', 'Pod'].includes(pod.kind) }).toMatchObject({
        kind: true,
      });
  }
});

withShared('pod maps against the vendored charts (../shared/charts)', () => {
  const vendored = Object.entries(CHART_PODS).filter(([, m]) => m.vendored !== false);

  test.each(vendored.map(([chart, map]) => [chart, map] as const))(
    "%s: every path is read by the templates and every default is the chart's",
    (chart, map: ChartPodMap) => {
      const folder = path.join(SHARED, chart, map.versions[0]);
      expect(fs.existsSync(folder)).toBe(true);
      const values = yaml.load(fs.readFileSync(path.join(folder, 'values.yaml'), 'utf8')) as Json;
      const subcharts = Object.fromEntries(
        Object.entries(map.subcharts ?? {}).map(([name, rel]) => [
          name,
          yaml.load(fs.readFileSync(path.join(folder, rel, 'values.yaml'), 'utf8')) as Json,
        ]),
      );
      const refsOf = (sub?: string) => {
        const file = path.join(folder, ...(sub ? [map.subcharts![sub]] : []), 'template-refs.txt');
        return fs.existsSync(file)
          ? fs
              .readFileSync(file, 'utf8')
              .split('\n')
              .filter((l) => l && !l.startsWith('#'))
              .map((l) => l.replace(/ \*$/, ''))
          : undefined;
      };
      for (const pod of map.pods) {
        for (const p of pathsOf(pod)) {
          const sub = Object.keys(subcharts).find((name) => p.startsWith(`${name}.`));
          const local = sub ? p.slice(sub.length + 1) : p;
          const chartValues = sub ? subcharts[sub] : values;
          const refs = refsOf(sub);
          if (map.refs === false) {
            // No template-refs.txt: the path (or its parent) must exist in values.yaml.
            expect({
              chart,
              path: p,
              inValues: get(chartValues, local) !== undefined || get(chartValues, local.split('.').slice(0, -1).join('.')) !== undefined,
            }).toEqual({ chart, path: p, inValues: true });
          } else {
            const parts = local.split('.');
            const read = refs!.some(
              (r) =>
                r === local ||
                local.startsWith(`${r}.`) ||
                r.startsWith(`${local}.`) ||
                parts.some((_, i) => r === parts.slice(0, i).join('.')),
            );
            expect({ chart, path: p, read }).toEqual({ chart, path: p, read: true });
          }
          if (map.upstreamDefaults) continue;
          const vendoredDefault = get(chartValues, local);
          const recorded = get(map.defaults, p);
          if (pod.each === p && Array.isArray(vendoredDefault)) {
            // Items are recorded trimmed to the keys the map reads.
            expect((recorded as Json[]).length).toBe(vendoredDefault.length);
            (recorded as Json[]).forEach((item, i) => expect(vendoredDefault[i]).toMatchObject(item));
          } else
            expect({ chart, path: p, value: empty(vendoredDefault) ? undefined : vendoredDefault }).toEqual({
              chart,
              path: p,
              value: empty(recorded) ? undefined : recorded,
            });
        }
      }
    },
  );
});
