/**
 * The pods of the Helm Applications, without rendering the charts: each Application's
 * `valuesObject` is merged over the chart's defaults the way Helm merges (maps key by key,
 * everything else replaced, `null` deleting), and the chart's pod map (config/chart-pods.ts) says
 * which values each pod template reads.
 */
import { BITNAMI_PRESET_REQUESTS, CHART_PODS, type ChartPod, type ChartPodResources } from '../../../config/chart-pods';
import type { Located } from '../context';
import { helmMerge, isValuesMap } from '../helm-values';
import { placementOf } from '../../k8s/scheduling';
import type { PodTemplate } from './pod-template';
import { add, containerRequests, NO_REQUESTS, requestsOf, type Requests } from './resources';

type Json = Record<string, unknown>;

function isList(value: unknown): value is readonly string[] {
  return Array.isArray(value);
}

/** Go template truthiness: false, 0, "", nil and empty maps and lists are false. */
export function truthy(value: unknown): boolean {
  if (value === undefined || value === null || value === false || value === 0 || value === '') return false;
  if (Array.isArray(value)) return value.length > 0;
  if (isValuesMap(value)) return Object.keys(value).length > 0;
  return true;
}

/** Reads chart values: `a.b` from the merged values, `@a` from the current `each` item. */
class Values {
  constructor(
    private readonly root: Json,
    private readonly item: Json = {},
  ) {}

  get(path: string): unknown {
    let node: unknown = path.startsWith('@') ? this.item : this.root;
    for (const part of (path.startsWith('@') ? path.slice(1) : path).split('.')) {
      if (!isValuesMap(node)) return undefined;
      node = node[part];
    }
    return node;
  }

  /** `a`, `!a`, `a=x`, `a!=x`. */
  holds(condition: string): boolean {
    const unequal = condition.indexOf('!=');
    if (unequal > 0) return String(this.get(condition.slice(0, unequal))) !== condition.slice(unequal + 2);
    const equal = condition.indexOf('=');
    if (equal > 0) return String(this.get(condition.slice(0, equal))) === condition.slice(equal + 1);
    return condition.startsWith('!') ? !truthy(this.get(condition.slice(1))) : truthy(this.get(condition));
  }

  first(paths: readonly string[]): unknown {
    for (const p of paths) {
      const v = this.get(p);
      if (truthy(v)) return v;
    }
    return undefined;
  }

  withItem(item: Json): Values {
    return new Values(this.root, item);
  }
}

function nodeSelectorOf(pod: ChartPod, v: Values): unknown {
  const spec = pod.nodeSelector;
  if (!spec) return undefined;
  if (!isList(spec)) {
    const merged: Json = {};
    for (const p of [...spec.merge].reverse()) {
      const m = v.get(p);
      if (isValuesMap(m)) Object.assign(merged, m);
    }
    return merged;
  }
  return v.first(spec);
}

function tolerationsOf(pod: ChartPod, v: Values): unknown {
  const spec = pod.tolerations;
  if (!spec) return undefined;
  if (isList(spec)) return v.first(spec);
  return spec.concat.flatMap((p) => (Array.isArray(v.get(p)) ? (v.get(p) as unknown[]) : []));
}

function affinityOf(pod: ChartPod, v: Values): unknown {
  const whole = v.first(pod.affinity ?? []);
  if (whole !== undefined) return whole;
  if (pod.nodeAffinity && truthy(v.get(pod.nodeAffinity))) return { nodeAffinity: v.get(pod.nodeAffinity) };
  if (pod.nodeSelectorTerms && truthy(v.get(pod.nodeSelectorTerms)))
    return { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: v.get(pod.nodeSelectorTerms) } } };
  return undefined;
}

function containerOf(entry: string | ChartPodResources, v: Values): Requests {
  if (typeof entry === 'string') return containerRequests(v.get(entry));
  if (entry.when && !entry.when.every((c) => v.holds(c))) return NO_REQUESTS;
  if (entry.requests) return containerRequests({ requests: v.get(entry.requests) });
  const values = entry.values ? v.get(entry.values) : undefined;
  if (truthy(values)) return containerRequests(values);
  const preset = entry.preset ? v.get(entry.preset) : undefined;
  const table = typeof preset === 'string' ? BITNAMI_PRESET_REQUESTS[preset] : undefined;
  return table ? requestsOf(table.cpu, table.memory) : NO_REQUESTS;
}

function requestsOfPod(pod: ChartPod, v: Values): Requests {
  let sum = (pod.resources ?? []).reduce<Requests>((total, entry) => add(total, containerOf(entry, v)), NO_REQUESTS);
  if (pod.requests)
    sum = add(sum, requestsOf(v.get(pod.requests.cpu ?? ''), v.get(pod.requests.memory ?? ''), v.get(pod.requests.gpu ?? '') ?? 0));
  return sum;
}

function replicasOf(pod: ChartPod, v: Values): { min: number; max: number } {
  const fixed = typeof pod.replicas === 'number' ? pod.replicas : pod.replicas === undefined ? 1 : Number(v.get(pod.replicas) ?? 1);
  const replicas = Number.isFinite(fixed) ? fixed : 1;
  if (pod.autoscaling && truthy(v.get(pod.autoscaling.enabled))) {
    const min = Number(v.get(pod.autoscaling.min) ?? replicas);
    return { min, max: Math.max(min, Number(v.get(pod.autoscaling.max) ?? min)) };
  }
  return { min: replicas, max: replicas };
}

/** What the scheduling rule reports about an Application's chart besides its pods. */
export interface ChartNote {
  readonly located: Located;
  readonly severity: 'error' | 'warning';
  readonly message: string;
}

export interface ChartPodsResult {
  readonly pods: PodTemplate[];
  readonly notes: ChartNote[];
}

/**
 * Files of a chart's real output as `npm run charts:verify` names them (`helm:<application>/<template>`).
 * Where they are present the rendered workloads speak for the Application and its pod map is not
 * used; charts:verify reports charts it could not render itself, so in its runs a pod map is only a
 * fallback and its notes (no map, another version) are left out.
 */
export const RENDERED_CHART_PREFIX = 'helm:';

/** The pod templates of every Helm Application among the objects. */
export function chartPodTemplates(objects: readonly Located[]): ChartPodsResult {
  const pods: PodTemplate[] = [];
  const notes: ChartNote[] = [];
  const renderedCharts = new Set(
    objects.filter((l) => l.file.startsWith(RENDERED_CHART_PREFIX)).map((l) => l.file.slice(RENDERED_CHART_PREFIX.length).split('/')[0]),
  );
  for (const located of objects) {
    const { file, object } = located;
    if (object.kind !== 'Application' || !object.apiVersion.startsWith('argoproj.io/')) continue;
    if (renderedCharts.has(object.metadata.name)) continue;
    const spec = isValuesMap(object.spec) ? object.spec : {};
    const source = isValuesMap(spec.source) ? spec.source : {};
    if (typeof source.chart !== 'string') continue;
    const chart = source.chart;
    const map = CHART_PODS[chart];
    const verifying = renderedCharts.size > 0;
    if (!map && verifying) continue;
    if (!map) {
      notes.push({
        located,
        severity: 'error',
        message: `chart ${chart} has no pod map in config/chart-pods.ts, so where its pods run cannot be checked: add one from the chart's template-refs.txt and values.yaml`,
      });
      continue;
    }
    const version = String(source.targetRevision ?? '');
    if (!map.versions.includes(version) && !verifying) {
      notes.push({
        located,
        severity: 'warning',
        message: `chart ${chart} ${version} is placed by the pod map written for ${map.versions.join(', ')} (config/chart-pods.ts): review it against this version's templates`,
      });
    }
    const helm = isValuesMap(source.helm) ? source.helm : {};
    const values = new Values(helmMerge(map.defaults, isValuesMap(helm.valuesObject) ? helm.valuesObject : {}));
    const namespace = String((isValuesMap(spec.destination) ? spec.destination.namespace : undefined) ?? '');
    for (const pod of map.pods) {
      const items = pod.each ? (Array.isArray(values.get(pod.each)) ? (values.get(pod.each) as unknown[]) : []) : [undefined];
      items.forEach((item, index) => {
        const v = isValuesMap(item) ? values.withItem(item) : values;
        if (!(pod.when ?? []).every((c) => v.holds(c))) return;
        const label = pod.each ? `${pod.name} ${String((isValuesMap(item) && item.name) || index)}` : pod.name;
        const podSpec: Json = {};
        const nodeSelector = nodeSelectorOf(pod, v);
        const tolerations = tolerationsOf(pod, v);
        const affinity = affinityOf(pod, v);
        if (isValuesMap(nodeSelector)) podSpec.nodeSelector = nodeSelector;
        if (Array.isArray(tolerations)) podSpec.tolerations = tolerations;
        if (isValuesMap(affinity)) podSpec.affinity = affinity;
        const transient = pod.kind === 'Job' || pod.dynamic === true;
        pods.push({
          file,
          object,
          what: `Application ${object.metadata.namespace ?? ''}/${object.metadata.name} (chart ${chart}: ${pod.kind} ${label})`,
          namespace,
          placement: placementOf(podSpec),
          requests: requestsOfPod(pod, v),
          replicas: transient ? { min: 0, max: 0 } : replicasOf(pod, v),
          ...(pod.kind === 'DaemonSet' ? { perNode: true } : {}),
          ...(transient ? { transient: true } : {}),
          ...(pod.devicePlugin ? { devicePlugin: true } : {}),
        });
      });
    }
  }
  return { pods, notes };
}
