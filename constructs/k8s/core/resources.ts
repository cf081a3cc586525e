import { k8s } from 'cdk8s-plus-29';
import type { Resources } from '../../../config/types';

/** A container's requests and limits as the Kubernetes API takes them. */
export function resourceRequirements(r: Resources): k8s.ResourceRequirements {
  const quantities = (l: Resources['requests']) => ({ cpu: k8s.Quantity.fromString(l.cpu), memory: k8s.Quantity.fromString(l.memory) });
  return { requests: quantities(r.requests), limits: quantities(r.limits) };
}
