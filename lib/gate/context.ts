/**
 * What every gate rule reads: the rendered objects of one target, indexed once, and the model
 * they were rendered from. Rules are pure functions `(ctx) => Finding[]`.
 */
import type { ResolvedTarget } from '../../config/types';
import type { K8sObject } from '../k8s/object';
export { groupOf } from '../k8s/api-version';
import { groupOf } from '../k8s/api-version';
import { forEachPodSpec } from '../k8s/pod-specs';
import type { RenderedTarget } from '../render/render';

export interface Located {
  /** Path relative to dist/<target>/. */
  readonly file: string;
  readonly object: K8sObject;
}

/** A finding of the gate, named: what `npm run synth` and `npm run validate` print. */
export interface GateProblem {
  readonly target: string;
  /** Output file, relative to dist/<target>/. */
  readonly file: string;
  /** `Kind namespace/name` of the rejected object. */
  readonly object: string;
  /** Name of the rule (a key of RULES, or a fleet check). */
  readonly rule: string;
  readonly message: string;
  /** Warnings are printed and listed but do not stop a synth. @default error */
  readonly severity?: 'warning';
}

/** One thing a rule rejects (or, with `severity: 'warning'`, reports without failing the synth). */
export interface Finding {
  readonly file: string;
  readonly object: K8sObject;
  readonly message: string;
  /** @default error */
  readonly severity?: 'warning';
}

export interface GateContext {
  readonly target: string;
  readonly model?: ResolvedTarget;
  readonly objects: readonly Located[];
  /** Every output file path (YAML and extra files), relative to dist/<target>/. */
  readonly files: ReadonlySet<string>;
  /** `kind` -> objects of that kind. */
  readonly byKind: ReadonlyMap<string, readonly Located[]>;
}

export type Rule = (ctx: GateContext) => Finding[];

/** One pod spec inside a rendered object (Pod spec, workload template, RayCluster group, ...). */
export interface PodSpecAt extends Located {
  readonly spec: Json;
  /** JSON path of the pod spec inside the object, e.g. `spec.template.spec`. */
  readonly path: string;
  /** Labels of the pod template holding the spec (or of the Pod), when it has any. */
  readonly labels?: Readonly<Record<string, string>>;
}

const podSpecCache = new WeakMap<GateContext, PodSpecAt[]>();

/** Every pod spec of the target, found once per context (the walk is the gate's hottest loop). */
export function podSpecsOf(ctx: GateContext): readonly PodSpecAt[] {
  let found = podSpecCache.get(ctx);
  if (found) return found;
  const list: PodSpecAt[] = [];
  for (const located of ctx.objects) {
    forEachPodSpec(located.object, ({ spec, path, labels }) =>
      list.push({ file: located.file, object: located.object, spec, path, labels }),
    );
  }
  podSpecCache.set(ctx, (found = list));
  return found;
}

/** `Kind namespace/name` (or `Kind name` when cluster-scoped), as messages name objects. */
export function describeObject(object: K8sObject): string {
  const name = object?.metadata?.name ?? '(no name)';
  return `${object?.kind ?? '(no kind)'} ${object?.metadata?.namespace ? `${object.metadata.namespace}/` : ''}${name}`;
}

export function buildContext(rendered: RenderedTarget, model?: ResolvedTarget): GateContext {
  const objects: Located[] = [];
  for (const [file, list] of rendered.files) for (const object of list) objects.push({ file, object });
  return contextOf(rendered.target, objects, new Set([...rendered.files.keys(), ...rendered.extraFiles.keys()]), model);
}

/** A context over loose objects (tests build bad objects by hand). */
export function contextOf(target: string, objects: readonly Located[], files?: ReadonlySet<string>, model?: ResolvedTarget): GateContext {
  const byKind = new Map<string, Located[]>();
  for (const located of objects) {
    const list = byKind.get(located.object.kind);
    if (list) list.push(located);
    else byKind.set(located.object.kind, [located]);
  }
  return { target, model, objects, files: files ?? new Set(objects.map((o) => o.file)), byKind };
}

const ofKindCache = new WeakMap<GateContext, Map<string, readonly Located[]>>();

/** Objects of `kind` (and API `group`, when given); computed once per context. */
export function ofKind(ctx: GateContext, kind: string, group?: string): readonly Located[] {
  const list = ctx.byKind.get(kind) ?? [];
  if (group === undefined) return list;
  let cache = ofKindCache.get(ctx);
  if (!cache) ofKindCache.set(ctx, (cache = new Map()));
  const key = `${group}/${kind}`;
  let found = cache.get(key);
  if (!found) cache.set(key, (found = list.filter((l) => groupOf(l.object.apiVersion) === group)));
  return found;
}

export type Json = Record<string, unknown>;

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** True when every `key: value` of `selector` is among `labels`. An empty selector matches nothing here. */
export function selects(
  selector: Readonly<Record<string, string>> | undefined,
  labels: Readonly<Record<string, string>> | undefined,
): boolean {
  if (!selector) return false;
  const keys = Object.keys(selector);
  return keys.length > 0 && keys.every((k) => labels?.[k] === selector[k]);
}
