/**
 * The scheduler's node filters as pure functions, with Kubernetes' own semantics
 * (https://kubernetes.io/docs/concepts/scheduling-eviction/assign-pod-node/ and
 * .../taint-and-toleration/): `nodeSelector`, required node affinity and taints/tolerations. Inputs
 * are plain JSON as rendered; malformed entries never match (the schema rule reports them).
 */

export type TaintEffect = 'NoSchedule' | 'PreferNoSchedule' | 'NoExecute';

export interface NodeTaint {
  readonly key: string;
  readonly value?: string;
  readonly effect: TaintEffect;
}

export interface Toleration {
  readonly key?: string;
  /** `Equal` (the default) or `Exists`. */
  readonly operator?: string;
  readonly value?: string;
  /** Empty or absent: every effect. */
  readonly effect?: string;
  readonly tolerationSeconds?: number;
}

export interface NodeSelectorRequirement {
  readonly key: string;
  readonly operator: string;
  readonly values?: readonly string[];
}

export interface NodeSelectorTerm {
  readonly matchExpressions?: readonly NodeSelectorRequirement[];
  readonly matchFields?: readonly NodeSelectorRequirement[];
}

type Labels = Readonly<Record<string, string>>;

/**
 * True when `toleration` tolerates `taint` (`v1.Toleration.ToleratesTaint`): the effects match
 * (an empty toleration effect matches all), the keys match (an empty key with `Exists` matches
 * every key), and with `Equal` (or no operator) the values are equal.
 */
export function tolerates(toleration: Toleration, taint: NodeTaint): boolean {
  if (toleration.effect && toleration.effect !== taint.effect) return false;
  const operator = toleration.operator || 'Equal';
  if (toleration.key) {
    if (toleration.key !== taint.key) return false;
  } else if (operator !== 'Exists') return false; // an empty key is valid with Exists only
  if (operator === 'Exists') return true;
  if (operator !== 'Equal') return false;
  return (toleration.value ?? '') === (taint.value ?? '');
}

/** Taints that keep a pod off a node: NoSchedule and NoExecute ones no toleration tolerates (PreferNoSchedule never blocks). */
export function blockingTaints(tolerations: readonly Toleration[], taints: readonly NodeTaint[]): NodeTaint[] {
  return taints.filter((t) => t.effect !== 'PreferNoSchedule' && !tolerations.some((tol) => tolerates(tol, t)));
}

/** True when every `key: value` of the pod's nodeSelector is a label of the node (an empty selector matches every node). */
export function matchesNodeSelector(selector: Labels | undefined, labels: Labels): boolean {
  for (const key in selector ?? {}) if (labels[key] !== selector![key]) return false;
  return true;
}

function integer(text: string | undefined): number | undefined {
  return text !== undefined && /^-?\d+$/.test(text) ? Number(text) : undefined;
}

/** One node selector requirement against a node's labels. */
export function matchesRequirement(r: NodeSelectorRequirement, labels: Labels): boolean {
  const has = Object.prototype.hasOwnProperty.call(labels, r.key);
  const value = has ? labels[r.key] : undefined;
  const values = r.values ?? [];
  switch (r.operator) {
    case 'In':
      return has && values.includes(value!);
    case 'NotIn':
      return !has || !values.includes(value!);
    case 'Exists':
      return has;
    case 'DoesNotExist':
      return !has;
    case 'Gt':
    case 'Lt': {
      const left = integer(value);
      const right = values.length === 1 ? integer(values[0]) : undefined;
      if (left === undefined || right === undefined) return false;
      return r.operator === 'Gt' ? left > right : left < right;
    }
    default:
      return false;
  }
}

/**
 * One term: its requirements ANDed. A term without requirements matches no node; `matchFields`
 * names node fields (metadata.name), which no pool can promise, so such a term matches nothing.
 */
export function matchesTerm(term: NodeSelectorTerm, labels: Labels): boolean {
  const expressions = term.matchExpressions ?? [];
  if ((term.matchFields ?? []).length > 0 || expressions.length === 0) return false;
  return expressions.every((r) => matchesRequirement(r, labels));
}

/** Required node affinity: the terms ORed (no terms at all: no node matches). */
export function matchesNodeSelectorTerms(terms: readonly NodeSelectorTerm[], labels: Labels): boolean {
  return terms.some((term) => matchesTerm(term, labels));
}

/** What a pod asks of a node besides resources: selector, required affinity terms (undefined: none), tolerations. */
export interface PodPlacement {
  readonly nodeSelector: Labels;
  readonly requiredTerms?: readonly NodeSelectorTerm[];
  readonly tolerations: readonly Toleration[];
}

/** True when a node with `labels` passes the pod's nodeSelector and required affinity. */
export function selectsNode(placement: PodPlacement, labels: Labels): boolean {
  return (
    matchesNodeSelector(placement.nodeSelector, labels) &&
    (placement.requiredTerms === undefined || matchesNodeSelectorTerms(placement.requiredTerms, labels))
  );
}

/** Reads the placement of a pod spec as rendered (`nodeSelector`, `affinity.nodeAffinity.required...`, `tolerations`). */
export function placementOf(spec: Readonly<Record<string, unknown>>): PodPlacement {
  const selector = isMap(spec.nodeSelector) ? (spec.nodeSelector as Labels) : {};
  const affinity = isMap(spec.affinity) ? spec.affinity : {};
  const nodeAffinity = isMap(affinity.nodeAffinity) ? affinity.nodeAffinity : {};
  const required = isMap(nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution)
    ? nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution
    : undefined;
  const tolerations = Array.isArray(spec.tolerations) ? (spec.tolerations.filter(isMap) as Toleration[]) : [];
  return {
    nodeSelector: selector,
    ...(required
      ? { requiredTerms: (Array.isArray(required.nodeSelectorTerms) ? required.nodeSelectorTerms : []) as NodeSelectorTerm[] }
      : {}),
    tolerations,
  };
}

function isMap(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `key=value:Effect` as kubectl prints a taint. */
export function describeTaint(t: NodeTaint): string {
  return `${t.key}${t.value === undefined ? '' : `=${t.value}`}:${t.effect}`;
}
