import { k8s } from 'cdk8s-plus-29';
import { Construct } from 'constructs';
import { NAMESPACE_TYPE_LABEL, NODE_AGENT_NAMESPACE_SPECS, podSecurityLabels, podSecurityLevel } from '../../../config/namespaces';
import { NODE_AGENT_NAMESPACES, type NodeAgentNamespace as NodeAgentNamespaceName } from '../../../config/types';
import { standardLabels } from '../core/labels';
import type { NetworkPolicySpec } from '../network/network-policies';
import { renderNetworkPolicy } from '../network/network-policy';

export interface NodeAgentNamespaceProps {
  readonly name: NodeAgentNamespaceName;
  /** Cost center of the target (application and team come from config/namespaces.ts). */
  readonly costCenter: string;
  /** Default deny, DNS and the agent's own policy. */
  readonly networkPolicies: readonly NetworkPolicySpec[];
}

/**
 * The namespace of one node agent that needs the host (config/types.ts NODE_AGENT_NAMESPACES):
 * isolated like a platform namespace, with the Pod Security level its recorded exception allows.
 */
export class NodeAgentNamespace extends Construct {
  readonly namespace: k8s.KubeNamespace;

  constructor(scope: Construct, id: string, props: NodeAgentNamespaceProps) {
    super(scope, id);
    if (!(NODE_AGENT_NAMESPACES as readonly string[]).includes(props.name))
      throw new Error(`namespace "${props.name}" is not a node agent namespace (config/types.ts NODE_AGENT_NAMESPACES)`);
    const stray = props.networkPolicies.find((p) => p.namespace !== props.name);
    if (stray) throw new Error(`network policy "${stray.name}" is for namespace ${stray.namespace}, not ${props.name}`);
    const spec = NODE_AGENT_NAMESPACE_SPECS[props.name];
    this.namespace = new k8s.KubeNamespace(this, 'namespace', {
      metadata: {
        name: props.name,
        labels: standardLabels({
          name: props.name,
          component: 'namespace',
          billing: { costCenter: props.costCenter, ...spec.billing },
          extra: { [NAMESPACE_TYPE_LABEL]: 'node-agent', ...podSecurityLabels(podSecurityLevel(props.name)) },
        }),
        annotations: { 'matih.ai/description': spec.description },
      },
    });
    for (const policy of props.networkPolicies) renderNetworkPolicy(this, policy);
  }
}
