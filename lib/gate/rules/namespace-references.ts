/** Namespaced objects live in a namespace the target renders (or one Argo CD / Kubernetes provides). */
import { type Finding, type GateContext, ofKind } from '../context';
import { EXTERNAL_NAMESPACES } from './shared/references';

/** Namespaced objects live in a Namespace the target renders (or one Argo CD / Kubernetes provides). */
export function namespaceReferencesRule(ctx: GateContext): Finding[] {
  const namespaces = new Set([...EXTERNAL_NAMESPACES, ...ofKind(ctx, 'Namespace', '').map(({ object }) => object.metadata.name)]);
  return ctx.objects
    .filter(({ object }) => object.metadata.namespace !== undefined && !namespaces.has(object.metadata.namespace))
    .map(({ file, object }) => ({
      file,
      object,
      message: `metadata.namespace: Namespace ${object.metadata.namespace} is not rendered in the target`,
    }));
}
