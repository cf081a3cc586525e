/**
 * Typed objects: a cdk8s L1 class (cdk8s-plus-29 `k8s.*` or imports/) with the props its
 * constructor takes. Constructs describe the objects a target has thousands of (everything per
 * tenant) this way; the render layer turns them into plain manifests without a construct
 * (lib/render/manifest.ts) or, for the equivalence test, into constructs (`constructAll`).
 */
import { ApiObject, type ApiObjectProps } from 'cdk8s';
import type { Construct } from 'constructs';

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

/** One typed object: an L1 class and the props its constructor would take. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- lists mix objects of many classes
export interface TypedObject<P = any> {
  readonly cls: L1Class<P>;
  readonly props: P;
}

/** Props of an L1 class's constructor (without the `undefined` of optional props). */
type PropsOf<C> = C extends new (scope: Construct, id: string, props: infer P) => ApiObject ? NonNullable<P> : never;

/** A typed object (props checked against the class). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any L1 class; its props are then checked exactly
export function typed<C extends L1Class<any>>(cls: C, props: PropsOf<C>): TypedObject<PropsOf<C>> {
  return { cls, props };
}

/** Creates each object as a construct under `scope` (the construct form of a list of typed objects). */
export function constructAll(scope: Construct, objects: readonly TypedObject[]): ApiObject[] {
  return objects.map((o, i) => new o.cls(scope, `${o.cls.GVK.kind.toLowerCase()}-${i}`, o.props));
}
