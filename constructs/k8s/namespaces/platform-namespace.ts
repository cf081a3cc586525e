import { k8s } from 'cdk8s-plus-29';
import { Construct } from 'constructs';
import { NAMESPACE_TYPE_LABEL, NAMESPACES, type PodSecurityException } from '../../../config/namespaces';
import type { PlatformNamespace as PlatformNamespaceName } from '../../../config/types';
import type { NetworkPolicySpec } from '../network/network-policies';
import { renderIsolatedNamespace } from './isolated-namespace';
import { podSecurityLabels, podSecurityLevel } from '../../../lib/model/pod-security';

interface PlatformNamespaceProps {
  readonly name: PlatformNamespaceName;
  /** Cost center of the target (the namespace's application and team come from config/namespaces.ts). */
  readonly costCenter: string;
  /** Policies rendered beside the Namespace (namespace-wide ones and those of charts running in it). */
  readonly networkPolicies: readonly NetworkPolicySpec[];
  /** @default POD_SECURITY_EXCEPTIONS of config/namespaces.ts */
  readonly podSecurityExceptions?: readonly PodSecurityException[];
}

/** One of the seven platform namespaces with its Pod Security labels, NetworkPolicies and its tokenless `default` ServiceAccount (renderIsolatedNamespace). */
export class PlatformNamespace extends Construct {
  readonly namespace: k8s.KubeNamespace;
  readonly defaultServiceAccount: k8s.KubeServiceAccount;

  constructor(scope: Construct, id: string, props: PlatformNamespaceProps) {
    super(scope, id);
    const spec = NAMESPACES[props.name];
    if (!spec) throw new Error(`namespace "${props.name}" is not a platform namespace (config/namespaces.ts)`);
    const rendered = renderIsolatedNamespace(this, {
      name: props.name,
      billing: { costCenter: props.costCenter, ...spec.billing },
      description: spec.description,
      extraLabels: {
        [NAMESPACE_TYPE_LABEL]: 'platform',
        'matih.ai/role': spec.role,
        ...podSecurityLabels(podSecurityLevel(props.name, props.podSecurityExceptions)),
      },
      networkPolicies: props.networkPolicies,
    });
    this.namespace = rendered.namespace;
    this.defaultServiceAccount = rendered.defaultServiceAccount;
  }
}
