import { k8s } from 'cdk8s-plus-29';
import type { Construct } from 'constructs';
import type { Billing } from '../../../config/types';
import { standardLabels } from '../core/labels';
import type { NetworkPolicySpec } from '../network/network-policies';
import { renderNetworkPolicy } from '../network/network-policy';

interface IsolatedNamespaceProps {
  readonly name: string;
  readonly billing: Billing;
  readonly description: string;
  /** Namespace type, role and Pod Security labels. */
  readonly extraLabels: Readonly<Record<string, string>>;
  /** Default deny, DNS and the namespace's allowances; each must be for this namespace. */
  readonly networkPolicies: readonly NetworkPolicySpec[];
}

/**
 * A namespace as the platform renders each of its own: labels, its NetworkPolicies and its
 * `default` ServiceAccount. Kubernetes creates that account in every namespace and gives it to every
 * pod that names none, mounting its token; upstream charts run several such pods. The platform
 * takes it over with `automountServiceAccountToken: false` (CIS Kubernetes Benchmark 5.1.5), so a
 * pod of it gets a token only where its own spec asks for one.
 */
export function renderIsolatedNamespace(
  scope: Construct,
  props: IsolatedNamespaceProps,
): { namespace: k8s.KubeNamespace; defaultServiceAccount: k8s.KubeServiceAccount } {
  const stray = props.networkPolicies.find((p) => p.namespace !== props.name);
  if (stray) throw new Error(`network policy "${stray.name}" is for namespace ${stray.namespace}, not ${props.name}`);
  const namespace = new k8s.KubeNamespace(scope, 'namespace', {
    metadata: {
      name: props.name,
      labels: standardLabels({ name: props.name, component: 'namespace', billing: props.billing, extra: props.extraLabels }),
      annotations: { 'matih.ai/description': props.description },
    },
  });
  const defaultServiceAccount = new k8s.KubeServiceAccount(scope, 'default-service-account', {
    metadata: {
      name: 'default',
      namespace: props.name,
      labels: standardLabels({ name: props.name, component: 'namespace', billing: props.billing }),
    },
    automountServiceAccountToken: false,
  });
  for (const policy of props.networkPolicies) renderNetworkPolicy(scope, policy);
  return { namespace, defaultServiceAccount };
}
