/**
 * Tenant namespaces grouped by what the rendered NetworkPolicies make of them: two namespaces are in
 * one group when their signatures are equal. The signature is computed from the RENDERED objects:
 * the namespace's policies, its labels and its pods with the namespace's own name and slug replaced
 * by placeholders, plus every policy of another namespace that names it (likewise replaced), so a
 * platform policy that singles out one tenant puts that tenant in a group of its own. Members of a
 * group therefore have the same flows up to renaming, and one representative stands for all.
 */
import { NAMESPACE_TYPE_LABEL } from '../../config/namespaces';
import type { K8sObject } from '../k8s/object';
import type { Labels, Policy } from './network-policy';

/** Labels constructs/k8s/tenants/tenant.ts sets on a tenant namespace. */
const TENANT_SLUG_LABEL = 'matih.ai/tenant-slug';
const TIER_LABEL = 'matih.ai/tier';
const NAME_PLACEHOLDER = '"<namespace>"';
const SLUG_PLACEHOLDER = '"<slug>"';

/** A rendered tenant namespace. */
export interface TenantNamespace {
  readonly name: string;
  readonly slug: string;
  readonly tier?: string;
  readonly labels: Labels;
}

/** Namespaces with the same signature, sorted; the first member is the representative. */
export interface TenantGroup {
  /** Drawn in place of a namespace name: `tenant-*[FREE]` (`#2`, `#3` when two groups share a tier). */
  readonly id: string;
  readonly tier?: string;
  readonly members: readonly string[];
}

/** Tenant namespaces of the rendered objects (`matih.ai/namespace-type: tenant`), sorted by name. */
export function tenantNamespaces(objects: readonly K8sObject[]): TenantNamespace[] {
  const result: TenantNamespace[] = [];
  for (const o of objects) {
    const labels = o.metadata.labels ?? {};
    if (o.kind !== 'Namespace' || labels[NAMESPACE_TYPE_LABEL] !== 'tenant') continue;
    const name = o.metadata.name;
    result.push({
      name,
      slug: labels[TENANT_SLUG_LABEL] ?? name.replace(/^tenant-/, ''),
      ...(labels[TIER_LABEL] ? { tier: labels[TIER_LABEL] } : {}),
      labels,
    });
  }
  return result.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Calls `found` for every string of a value (keys included) that is in `wanted`. */
function visitStrings(value: unknown, wanted: ReadonlySet<string>, found: (s: string) => void): void {
  if (typeof value === 'string') {
    if (wanted.has(value)) found(value);
  } else if (Array.isArray(value)) {
    for (const v of value) visitStrings(v, wanted, found);
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (wanted.has(k)) found(k);
      visitStrings(v, wanted, found);
    }
  }
}

/**
 * JSON with every whole string (key or value) equal to the namespace's name or slug replaced. A
 * quoted token cannot occur inside a longer JSON string (inner quotes are escaped), so replacing
 * `"<name>"` in the text is exact.
 */
function canonical(value: unknown, ns: TenantNamespace): string {
  return JSON.stringify(value).split(JSON.stringify(ns.name)).join(NAME_PLACEHOLDER).split(JSON.stringify(ns.slug)).join(SLUG_PLACEHOLDER);
}

/** A pod of a namespace: `id` is `<namespace>/<name>`. */
interface SignaturePod {
  readonly id: string;
  readonly labels: Labels;
  readonly ports: readonly unknown[];
}

interface GroupInput {
  readonly tenants: readonly TenantNamespace[];
  readonly policiesByNamespace: ReadonlyMap<string, readonly Policy[]>;
  readonly podsByNamespace: ReadonlyMap<string, readonly SignaturePod[]>;
}

/** Policies by the tenant names and slugs they contain, so "who names this namespace" is one lookup. */
function policiesNaming(
  tenants: readonly TenantNamespace[],
  policiesByNamespace: ReadonlyMap<string, readonly Policy[]>,
): Map<string, Set<Policy>> {
  const wanted = new Set(tenants.flatMap((t) => [t.name, t.slug]));
  const index = new Map<string, Set<Policy>>();
  for (const policies of policiesByNamespace.values()) {
    for (const p of policies) {
      visitStrings([p.podSelector, p.ingress ?? null, p.egress ?? null], wanted, (s) => {
        const set = index.get(s);
        if (set) set.add(p);
        else index.set(s, new Set([p]));
      });
    }
  }
  return index;
}

/** The signature of one tenant namespace (see the file comment). */
function signature(ns: TenantNamespace, input: GroupInput, named: ReadonlyMap<string, ReadonlySet<Policy>>): string {
  const byName = (a: Policy, b: Policy) => (`${a.namespace}/${a.name}` < `${b.namespace}/${b.name}` ? -1 : 1);
  const own = [...(input.policiesByNamespace.get(ns.name) ?? [])].sort(byName);
  const others = [...new Set([...(named.get(ns.name) ?? []), ...(named.get(ns.slug) ?? [])])]
    .filter((p) => p.namespace !== ns.name)
    .sort(byName);
  // Pods as policies see them: name within the namespace, labels, ports (display labels left out).
  const pods = (input.podsByNamespace.get(ns.name) ?? [])
    .map((p) => ({ name: p.id.slice(ns.name.length + 1), labels: p.labels, ports: p.ports }))
    .sort((a, b) => (a.name < b.name ? -1 : 1));
  return canonical({ own, others, labels: ns.labels, pods }, ns);
}

/** Tenant namespaces grouped by signature, groups ordered by their representative (first member). */
export function groupTenants(input: GroupInput): TenantGroup[] {
  const named = policiesNaming(input.tenants, input.policiesByNamespace);
  const bySignature = new Map<string, TenantNamespace[]>();
  for (const ns of input.tenants) {
    const key = signature(ns, input, named);
    const members = bySignature.get(key);
    if (members) members.push(ns);
    else bySignature.set(key, [ns]);
  }
  const groups = [...bySignature.values()]
    .map((m) => [...m].sort((a, b) => (a.name < b.name ? -1 : 1)))
    .sort((a, b) => (a[0].name < b[0].name ? -1 : 1));
  const used = new Map<string, number>();
  return groups.map((members) => {
    const tier = members[0].tier;
    const base = `tenant-*[${tier ?? 'no tier'}]`;
    const seen = (used.get(base) ?? 0) + 1;
    used.set(base, seen);
    return { id: seen === 1 ? base : `${base}#${seen}`, ...(tier ? { tier } : {}), members: members.map((m) => m.name) };
  });
}
