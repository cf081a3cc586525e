import { k8s } from 'cdk8s-plus-29';
import type { Construct } from 'constructs';
import { standardLabels } from '../core/labels';
import type { NetworkPolicySpec, PolicyPort, PolicyRule } from './network-policies';

function ports(list: readonly PolicyPort[] | undefined): k8s.NetworkPolicyPort[] | undefined {
  return list?.map((p) => ({ protocol: p.protocol, port: k8s.IntOrString.fromNumber(p.port) }));
}

function peers(rule: PolicyRule): k8s.NetworkPolicyPeer[] {
  // An empty peer list would mean "everyone" in Kubernetes; the builder never intends that.
  if (rule.peers.length === 0) throw new Error('a network policy rule needs at least one peer (an empty list allows everyone)');
  return rule.peers.map((p) => ({
    ...(p.namespaceSelector ? { namespaceSelector: { matchLabels: { ...p.namespaceSelector.matchLabels } } } : {}),
    ...(p.podSelector ? { podSelector: { matchLabels: { ...p.podSelector.matchLabels } } } : {}),
    ...(p.ipBlock ? { ipBlock: { cidr: p.ipBlock.cidr, ...(p.ipBlock.except ? { except: [...p.ipBlock.except] } : {}) } } : {}),
  }));
}

/** Props of the `networking.k8s.io/v1` NetworkPolicy of one NetworkPolicySpec (see network-policies.ts). */
export function networkPolicyProps(spec: NetworkPolicySpec): k8s.KubeNetworkPolicyProps {
  return {
    metadata: {
      name: spec.name,
      namespace: spec.namespace,
      labels: standardLabels({ name: spec.appName, component: 'network-policy', billing: spec.billing }),
    },
    spec: {
      podSelector: Object.keys(spec.podSelector).length > 0 ? { matchLabels: { ...spec.podSelector } } : {},
      policyTypes: ['Ingress', 'Egress'],
      ...(spec.ingress.length > 0
        ? { ingress: spec.ingress.map((r) => ({ from: peers(r), ...(r.ports ? { ports: ports(r.ports) } : {}) })) }
        : {}),
      ...(spec.egress.length > 0
        ? { egress: spec.egress.map((r) => ({ to: peers(r), ...(r.ports ? { ports: ports(r.ports) } : {}) })) }
        : {}),
    },
  };
}

/** Renders one NetworkPolicySpec (see network-policies.ts) as a `networking.k8s.io/v1` NetworkPolicy. */
export function renderNetworkPolicy(scope: Construct, spec: NetworkPolicySpec): k8s.KubeNetworkPolicy {
  return new k8s.KubeNetworkPolicy(scope, `netpol-${spec.name}`, networkPolicyProps(spec));
}
