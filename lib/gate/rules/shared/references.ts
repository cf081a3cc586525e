/**
 * What the reference rules (secret-, service-, service-account-, issuer-store-, role-,
 * kafka-cluster- and namespace-references) share: how a rendered object is named, and the
 * namespaces a target may use without rendering them.
 */
import { ARGOCD_NAMESPACE } from '../../../../config/types';
import { type GateContext, ofKind } from '../../context';

/** Namespaces objects may live in without the target rendering them (Argo CD installs its own). */
export const EXTERNAL_NAMESPACES: readonly string[] = [ARGOCD_NAMESPACE, 'kube-system'];

/** `namespace/name` of an object (`/name` for a cluster-scoped one). */
export const objectKey = (namespace: string | undefined, name: string) => `${namespace ?? ''}/${name}`;

/** `objectKey` of every rendered object of one kind. */
export function renderedNames(ctx: GateContext, kind: string, group: string): Set<string> {
  return new Set(ofKind(ctx, kind, group).map(({ object }) => objectKey(object.metadata.namespace, object.metadata.name)));
}
