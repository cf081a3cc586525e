import { k8s } from 'cdk8s-plus-29';
import { Construct } from 'constructs';
import {
  NAMESPACE_TYPE_LABEL,
  NAMESPACES,
  podSecurityLabels,
  podSecurityLevel,
  type PodSecurityException,
} from '../../../config/namespaces';
import type { PlatformNamespace as PlatformNamespaceName } from '../../../config/types';
import { standardLabels } from '../core/labels';
import type { NetworkPolicySpec } from '../network/network-policies';
import { renderNetworkPolicy } from '../network/network-policy';

export interface PlatformNamespaceProps {
  readonly name: PlatformNamespaceName;
  /** Cost center of the target (the namespace's application and team come from config/namespaces.ts). */
  readonly costCenter: string;
  /** Policies rendered beside the Namespace (namespace-wide ones and those of charts running in it). */
  readonly networkPolicies: readonly NetworkPolicySpec[];
  /** @default POD_SECURITY_EXCEPTIONS of config/namespaces.ts */
  readonly podSecurityExceptions?: readonly PodSecurityException[];
}

/**
 * One of the seven platform namespaces with its Pod Security labels, NetworkPolicies and its
 * `default` ServiceAccount. Kubernetes creates that account in every namespace and gives it to every
 * pod that names none, mounting its token; upstream charts run several such pods. The platform
 * takes it over with `automountServiceAccountToken: false` (CIS Kubernetes Benchmark 5.1.5), so a
 * pod of it gets a token only where its own spec asks for one.
 */
export class PlatformNamespace extends Construct {
  readonly namespace: k8s.KubeNamespace;
  readonly defaultServiceAccount: k8s.KubeServiceAccount;

  constructor(scope: Construct, id: string, props: PlatformNamespaceProps) {
    super(scope, id);
    const spec = NAMESPACES[props.name];
    if (!spec) throw new Error(`namespace "${props.name}" is not a platform namespace (config/namespaces.ts)`);
    const stray = props.networkPolicies.find((p) => p.namespace !== props.name);
    if (stray) throw new Error(`network policy "${stray.name}" is for namespace ${stray.namespace}, not ${props.name}`);
    this.namespace = new k8s.KubeNamespace(this, 'namespace', {
      metadata: {
        name: props.name,
        labels: standardLabels({
          name: props.name,
          component: 'namespace',
          billing: { costCenter: props.costCenter, ...spec.billing },
          extra: {
            [NAMESPACE_TYPE_LABEL]: 'platform',
            'matih.ai/role': spec.role,
            ...podSecurityLabels(podSecurityLevel(props.name, props.podSecurityExceptions)),
          },
        }),
        annotations: { 'matih.ai/description': spec.description },
      },
    });
    this.defaultServiceAccount = new k8s.KubeServiceAccount(this, 'default-service-account', {
      metadata: {
        name: 'default',
        namespace: props.name,
        labels: standardLabels({ name: props.name, component: 'namespace', billing: { costCenter: props.costCenter, ...spec.billing } }),
      },
      automountServiceAccountToken: false,
    });
    for (const policy of props.networkPolicies) renderNetworkPolicy(this, policy);
  }
}
