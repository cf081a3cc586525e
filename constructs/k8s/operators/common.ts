/**
 * Helpers shared by the operator builders: which catalog component an operator's objects belong
 * to, node-pool placement in the shapes operators accept, and standard labels.
 */
import { NODE_POOL_LABEL } from '../../../config/node-pools';
import type { Billing, Component, NodePoolName, OperatedComponent, ResolvedTarget } from '../../../config/types';
import { standardLabels } from '../core/labels';

/**
 * The enabled operated component `name`, or undefined when the catalog or an overlay switched it
 * off. `S` is the sizing its builder reads (config/types.ts); the model's overlays keep its shape.
 */
export function operatedComponent<S extends object = object>(model: ResolvedTarget, name: string): OperatedComponent<S> | undefined {
  const component: Component | undefined = model.components[name];
  if (!component) return undefined;
  if (component.kind !== 'operated')
    throw new Error(`component "${name}" must be kind "operated" to be rendered by an operator, found "${component.kind}"`);
  return component as OperatedComponent<S>;
}

/** Tolerations of a node pool's taints (none for untainted pools). */
export { poolTolerations } from '../../../config/node-pools';

/** `nodeSelector` of a node pool. */
export function poolSelector(pool: NodePoolName): Record<string, string> {
  return { [NODE_POOL_LABEL]: pool };
}

/** Required node affinity to a pool, for operators whose pod templates have no `nodeSelector` (Strimzi). */
export function poolAffinity(pool: NodePoolName) {
  return {
    nodeAffinity: {
      requiredDuringSchedulingIgnoredDuringExecution: {
        nodeSelectorTerms: [{ matchExpressions: [{ key: NODE_POOL_LABEL, operator: 'In', values: [pool] }] }],
      },
    },
  };
}

/** Standard labels of an operator-managed object. */
export function operatorLabels(
  name: string,
  billing: Billing,
  component?: string,
  instance?: string,
  extra?: Record<string, string>,
): Record<string, string> {
  return standardLabels({ name, instance: instance ?? name, component, billing, extra });
}

/** A DNS-1123 label made from free text (`tenant.lifecycle.events` -> `tenant-lifecycle-events`). */
export function dnsLabel(text: string, maxLength = 63): string {
  const label = text
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/, '');
  if (!label) throw new Error(`"${text}" has no characters usable in a Kubernetes name`);
  return label;
}
