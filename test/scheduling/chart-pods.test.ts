/**
 * The chart pod maps (config/chart-pods.ts): every chart of the catalog has one, every path a
 * map reads is one its chart's templates read (template-refs.txt) and every default it records is
 * the chart's values.yaml, both as committed in imports/charts (so this runs everywhere, CI included).
 */
import { CHART_PODS, type ChartPod, type ChartPodMap } from '../../config/chart-pods';
import { COMPONENTS } from '../../config/components';
import { vendoredChart } from '../../lib/gate/vendored-chart';

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

describe("pod maps against the committed chart data (imports/charts, generated from each chart's own files)", () => {
  const vendored = Object.entries(CHART_PODS).filter(([, m]) => m.vendored !== false);

  test('the vendored maps are most of them', () => expect(vendored.length).toBeGreaterThan(25));

  test.each(vendored.map(([chart, map]) => [chart, map] as const))(
    "%s: every path is read by the templates and every default is the chart's",
    (chart, map: ChartPodMap) => {
      const data = vendoredChart(chart, map.versions[0]);
      expect({ chart, version: map.versions[0], vendored: data !== undefined }).toEqual({
        chart,
        version: map.versions[0],
        vendored: true,
      });
      // Subcharts' defaults and reads sit under their alias, as the map's paths name them.
      const values = data!.defaults as Json;
      const refs = data!.reads?.map((l) => l.replace(/ \*$/, ''));
      // A map that reads paths says whether its chart ships template-refs.txt (CRD-only charts read none).
      if (map.pods.length > 0) expect({ chart, refsKnown: refs !== undefined }).toEqual({ chart, refsKnown: map.refs !== false });
      for (const pod of map.pods) {
        for (const p of pathsOf(pod)) {
          if (!refs) {
            // No template-refs.txt: the path (or its parent) must exist in values.yaml.
            expect({
              chart,
              path: p,
              inValues: get(values, p) !== undefined || get(values, p.split('.').slice(0, -1).join('.')) !== undefined,
            }).toEqual({ chart, path: p, inValues: true });
          } else {
            const parts = p.split('.');
            const read = refs.some(
              (r) => r === p || p.startsWith(`${r}.`) || r.startsWith(`${p}.`) || parts.some((_, i) => r === parts.slice(0, i).join('.')),
            );
            expect({ chart, path: p, read }).toEqual({ chart, path: p, read: true });
          }
          if (map.upstreamDefaults) continue;
          const vendoredDefault = get(values, p);
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
