import { k8s } from 'cdk8s-plus-29';
import { Construct } from 'constructs';
import { NAMESPACE_TYPE_LABEL, NODE_AGENT_NAMESPACE_SPECS } from '../../../config/namespaces';
import { NODE_AGENT_NAMESPACES, type NodeAgentNamespace as NodeAgentNamespaceName } from '../../../config/types';
import type { NetworkPolicySpec } from '../network/network-policies';
import { renderIsolatedNamespace } from './isolated-namespace';
import { podSecurityLabels, podSecurityLevel } from '../../../lib/model/pod-security';

interface NodeAgentNamespaceProps {
  readonly name: NodeAgentNamespaceName;
  /** Cost center of the target (application and team come from config/namespaces.ts). */
  readonly costCenter: string;
  /** Default deny, DNS and the agent's own policy. */
  readonly networkPolicies: readonly NetworkPolicySpec[];
}

/**
 * The namespace of one node agent that needs the host (config/types.ts NODE_AGENT_NAMESPACES):
 * isolated like a platform namespace (tokenless `default` ServiceAccount included), with the Pod
 * Security level its recorded exception allows.
 */
export class NodeAgentNamespace extends Construct {
  readonly namespace: k8s.KubeNamespace;
  readonly defaultServiceAccount: k8s.KubeServiceAccount;

  constructor(scope: Construct, id: string, props: NodeAgentNamespaceProps) {
    super(scope, id);
    if (!(NODE_AGENT_NAMESPACES as readonly string[]).includes(props.name))
      throw new Error(`namespace "${props.name}" is not a node agent namespace (config/types.ts NODE_AGENT_NAMESPACES)`);
    const spec = NODE_AGENT_NAMESPACE_SPECS[props.name];
    const rendered = renderIsolatedNamespace(this, {
      name: props.name,
      billing: { costCenter: props.costCenter, ...spec.billing },
      description: spec.description,
      extraLabels: { [NAMESPACE_TYPE_LABEL]: 'node-agent', ...podSecurityLabels(podSecurityLevel(props.name)) },
      networkPolicies: props.networkPolicies,
    });
    this.namespace = rendered.namespace;
    this.defaultServiceAccount = rendered.defaultServiceAccount;
  }
}
