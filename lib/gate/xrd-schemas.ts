/**
 * Kinds a target defines itself: each rendered Crossplane CompositeResourceDefinition serves its
 * composite kind (TenantBucket) with the openAPIV3Schema it carries, so the gate validates those
 * objects against the XRD exactly as rendered, and the two can never drift. Crossplane adds its own
 * fields (`spec.crossplane.*`) to the CRD it generates; the gate knows only the XRD's schema, so an
 * object setting them is rejected: stricter than the API server, never looser.
 */
import { compactCrd, type CrdSchemaFile } from './compact-schema';
import { asArray, type GateContext, isObject, type Json, type Located, ofKind } from './context';
import { shippedSchemas } from './schemas';
import type { SchemaRegistry } from './structural';

const XRD_GROUP = 'apiextensions.crossplane.io';

/** The CRD schema an XRD object defines (its served versions with a schema), or undefined when it defines none. */
export function xrdSchema(xrd: Json): CrdSchemaFile | undefined {
  const spec = isObject(xrd.spec) ? xrd.spec : {};
  const names = isObject(spec.names) ? spec.names : {};
  if (typeof spec.group !== 'string' || typeof names.kind !== 'string') return undefined;
  const versions = asArray(spec.versions).filter(
    (v): v is Json => isObject(v) && v.served === true && isObject(v.schema) && isObject(v.schema.openAPIV3Schema),
  );
  if (versions.length === 0) return undefined;
  // apiextensions.crossplane.io/v1 XRDs are cluster-scoped; v2 ones default to Namespaced.
  const namespaced = xrd.apiVersion !== `${XRD_GROUP}/v1` && (spec.scope ?? 'Namespaced') === 'Namespaced';
  try {
    return compactCrd({
      kind: 'CustomResourceDefinition',
      spec: { group: spec.group, scope: namespaced ? 'Namespaced' : 'Cluster', names: { kind: names.kind }, versions },
    });
  } catch {
    // A schema node that is no object (`properties: {x: null}`) defines nothing: objects of its kind then fail as unknown.
    return undefined;
  }
}

const cache = new WeakMap<GateContext, Map<SchemaRegistry, SchemaRegistry>>();

export interface DefinedKind extends Located {
  readonly crd: CrdSchemaFile | undefined;
  /** Set when an earlier XRD or a vendored CRD already defines one of its versions (then it is left out). */
  readonly redefines?: string;
}

/** `base` plus the kinds of the target's XRDs, built once per context; redefinitions are left out (the schema rule reports them). */
export function registryOf(ctx: GateContext, base: SchemaRegistry = shippedSchemas()): SchemaRegistry {
  let byBase = cache.get(ctx);
  if (!byBase) cache.set(ctx, (byBase = new Map()));
  let registry = byBase.get(base);
  if (!registry) {
    const crds = definedKinds(ctx, base).flatMap(({ crd, redefines }) => (crd && !redefines ? [crd] : []));
    byBase.set(base, (registry = base.extend(crds)));
  }
  return registry;
}

/** Every XRD of the target with the schema it defines, in rendering order. */
export function definedKinds(ctx: GateContext, base: SchemaRegistry = shippedSchemas()): DefinedKind[] {
  const taken = new Set<string>();
  return ofKind(ctx, 'CompositeResourceDefinition', XRD_GROUP).map(({ file, object }) => {
    const crd = xrdSchema(object as unknown as Json);
    if (!crd) return { file, object, crd };
    const keys = Object.keys(crd.versions).map((v) => `${crd.group}/${v}/${crd.kind}`);
    const clash = keys.find((k) => taken.has(k) || base.has(k.slice(0, k.lastIndexOf('/')), crd.kind));
    if (clash) return { file, object, crd, redefines: clash };
    for (const k of keys) taken.add(k);
    return { file, object, crd };
  });
}
