/**
 * Plain manifests for objects a target has thousands of (everything per tenant). A typed object is
 * described by a cdk8s L1 class and its props, exactly as `new Class(scope, id, props)` would take
 * them, and converted without a construct: the props are cleaned the way cdk8s' ApiObject.toJson()
 * resolves and sanitizes them (sorted keys, no null/undefined, empty metadata maps dropped,
 * Quantity/IntOrString as `{ value }`), then `Class.manifest()` runs the generated props -> JSON
 * mapping. The result is the JSON the construct would render, key order included
 * (test/bench/render-path.test.ts compares both).
 */
import { ApiObject, type ApiObjectProps, Lazy } from 'cdk8s';
import type { Construct } from 'constructs';
import type { K8sObject } from './platform-charts';

/** A cdk8s L1 class (cdk8s-plus-29 `k8s.*` or imports/): its GVK, its mapping and its constructor. */
export interface L1Class<P> {
  readonly GVK: { readonly apiVersion: string; readonly kind: string };
  manifest(props: P): unknown;
  new (scope: Construct, id: string, props: P): ApiObject;
}

/** Props of an object without a generated binding: metadata plus any top-level fields. */
export type UntypedProps = Omit<ApiObjectProps, 'apiVersion' | 'kind'>;

/**
 * An L1-like class for a kind without a generated binding (SecretStore, TenantBucket): its
 * construct is a plain `ApiObject`, its manifest the cleaned props in ApiObject.toJson()'s order.
 */
export function untypedKind(apiVersion: string, kind: string): L1Class<UntypedProps> {
  const gvk = { apiVersion, kind };
  return class Untyped extends ApiObject {
    static readonly GVK = gvk;
    static manifest(props: UntypedProps): unknown {
      const { metadata, ...rest } = props as Record<string, unknown>;
      return { ...gvk, metadata, ...rest };
    }
    constructor(scope: Construct, id: string, props: UntypedProps) {
      super(scope, id, { ...gvk, ...props });
    }
  };
}

/** Thrown while cleaning at add time when a value can only be resolved at render (Lazy, tokens). */
export class Deferred extends Error {}

/**
 * cdk8s' resolve + sanitize of one value: sorted keys, null/undefined dropped, empty maps and lists
 * dropped when `filterEmpty` (metadata only). `resolveLazy` false throws Deferred on a Lazy or token.
 */
export function cleanValue(value: unknown, filterEmpty: boolean, resolveLazy: boolean): unknown {
  if (value === null || value === undefined) return undefined;
  if (typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    if (filterEmpty && value.length === 0) return undefined;
    return value.map((x) => cleanValue(x, filterEmpty, resolveLazy));
  }
  const v = value as Record<string, unknown>;
  if (v.constructor !== Object) {
    // The three default cdk8s resolvers, in their order: Lazy, implicit tokens, number/string unions.
    if (v instanceof Lazy || typeof v.resolve === 'function') {
      if (!resolveLazy) throw new Deferred();
      return cleanValue(v instanceof Lazy ? v.produce() : (v.resolve as () => unknown)(), filterEmpty, resolveLazy);
    }
    if (typeof v.value === 'string' || typeof v.value === 'number') return { value: v.value };
    throw new Error(`can't render non-simple object of type '${v.constructor?.name}'`);
  }
  const result: Record<string, unknown> = {};
  let size = 0;
  for (const key of Object.keys(v).sort()) {
    const item = cleanValue(v[key], filterEmpty, resolveLazy);
    if (item !== undefined) {
      result[key] = item;
      size++;
    }
  }
  return filterEmpty && size === 0 ? undefined : result;
}

/** The rendered JSON of `new cls(scope, id, props)`; throws Deferred when `resolveLazy` is false and a value is lazy. */
export function manifestOf<P>(cls: L1Class<P>, props: P, resolveLazy: boolean): K8sObject {
  const { metadata, ...body } = props as Record<string, unknown>;
  const meta = cleanValue(metadata, true, resolveLazy) as Record<string, unknown> | undefined;
  const name = meta?.name;
  if (typeof name !== 'string' || name === '') throw new Error(`${cls.GVK.kind}: metadata.name is required for a manifest (no generated names)`);
  const clean = cleanValue(body, false, resolveLazy) as Record<string, unknown>;
  return cls.manifest({ ...clean, metadata: meta } as P) as K8sObject;
}

/** One typed object: an L1 class and the props its constructor would take. */
export interface TypedObject<P = any> { // eslint-disable-line @typescript-eslint/no-explicit-any
  readonly cls: L1Class<P>;
  readonly props: P;
}

/** Props of an L1 class's constructor (without the `undefined` of optional props). */
export type PropsOf<C> = C extends new (scope: Construct, id: string, props: infer P) => ApiObject ? NonNullable<P> : never;

/** A typed object (props checked against the class). */
export function typed<C extends L1Class<any>>(cls: C, props: PropsOf<C>): TypedObject<PropsOf<C>> { // eslint-disable-line @typescript-eslint/no-explicit-any
  return { cls, props };
}

/** Creates each object as a construct under `scope` (the construct form of a list of typed objects). */
export function constructAll(scope: Construct, objects: readonly TypedObject[]): ApiObject[] {
  return objects.map((o, i) => new o.cls(scope, `${o.cls.GVK.kind.toLowerCase()}-${i}`, o.props));
}
