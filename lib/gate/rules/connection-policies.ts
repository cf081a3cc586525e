/**
 * For every connection a client is configured with (lib/gate/connections.ts), the rendered
 * NetworkPolicies let the client's pods reach the pods behind the Service on the port the Service
 * forwards to: the client's egress and the server's ingress, evaluated as Kubernetes does
 * (lib/k8s/network-policy.ts). Behind a Service without a selector (the fleet's endpoints on a
 * member cluster) the client's egress must admit each address of its EndpointSlices on the slice's
 * port. The port a policy opens, the Service's port and the client's setting must agree; a mismatch
 * names the client and setting, the Service and the pod port (or address).
 */
import {
  cidrRange,
  type Endpoint,
  flowAllowed,
  type Isolation,
  isolationOf,
  namespaceLabels,
  type Policy,
  policiesOf,
} from '../../k8s/network-policy';
import { connectionsOf, type PodSet, targetPortOn } from '../connections';
import { type Finding, type GateContext, ofKind } from '../context';

export function connectionPoliciesRule(ctx: GateContext): Finding[] {
  const { connections, services } = connectionsOf(ctx);
  if (connections.length === 0) return [];
  const byNamespace = new Map<string, Policy[]>();
  for (const p of policiesOf(ofKind(ctx, 'NetworkPolicy', 'networking.k8s.io').map((l) => l.object))) {
    const list = byNamespace.get(p.namespace);
    if (list) list.push(p);
    else byNamespace.set(p.namespace, [p]);
  }
  const namespaces = namespaceLabels(ofKind(ctx, 'Namespace', '').map((l) => l.object));
  const endpoints = new Map<PodSet, { endpoint: Endpoint; isolation: Isolation }>();
  const side = (pods: PodSet) => {
    let found = endpoints.get(pods);
    if (!found) {
      const endpoint: Endpoint = { kind: 'pod', id: pods.describe, namespace: pods.namespace, labels: pods.labels, ports: [] };
      endpoints.set(pods, (found = { endpoint, isolation: isolationOf(endpoint, byNamespace.get(pods.namespace) ?? []) }));
    }
    return found;
  };
  const findings: Finding[] = [];
  for (const c of connections) {
    if (c.port === undefined || c.pods.length === 0) continue;
    const svc = services.get(`${c.namespace}/${c.ref.service}`);
    const svcPort = svc?.ports.find((p) => p.port === c.port);
    if (!svc || (!svc.headless && !svcPort)) continue;
    // Addresses behind a Service without a selector (another cluster's, through the fleet's EndpointSlices).
    for (const address of svcPort ? svc.addresses : []) {
      const target = address.ports.get(svcPort!.name ?? '');
      if (target === undefined) continue; // service-target-ports reports it
      const to: Endpoint = { kind: 'external', id: address.ip, ranges: [cidrRange(`${address.ip}/32`)], ports: [] };
      const port = { port: target, protocol: 'TCP' as const };
      for (const client of c.pods) {
        const from = side(client);
        if (flowAllowed(from.endpoint, from.isolation, to, { ingress: [], egress: [] }, port, namespaces)) continue;
        findings.push({
          file: c.client.file,
          object: c.client.object,
          message: `${c.setting}: ${c.ref.host}:${c.port} reaches ${svc.describe}, which ${address.describe} sends to ${address.ip}:${target}, but the NetworkPolicies do not let ${client.describe} connect to ${address.ip} on port ${target}`,
        });
      }
    }
    for (const server of svc.pods) {
      // A declared Service forwards to the port the model (or the operator's fixed port) says, listed on the pods or not.
      const declared = !svc.rendered && typeof svcPort?.targetPort === 'number' ? svcPort.targetPort : undefined;
      const target = svc.headless ? (server.numbers.has(c.port) ? c.port : undefined) : (declared ?? targetPortOn(svcPort!, server));
      if (target === undefined) continue;
      const name = [...server.ports].find(([, n]) => n === target)?.[0];
      const port = { port: target, protocol: 'TCP' as const, ...(name ? { name } : {}) };
      for (const client of c.pods) {
        const from = side(client);
        const to = side(server);
        if (flowAllowed(from.endpoint, from.isolation, to.endpoint, to.isolation, port, namespaces)) continue;
        const clientComponent = client.component ?? c.component;
        const serverComponent = server.component ?? svc.component;
        const model = ctx.model?.components;
        const hint =
          clientComponent && serverComponent && clientComponent !== serverComponent && model?.[clientComponent]
            ? model[clientComponent].dependsOn.includes(serverComponent)
              ? `; ${clientComponent} depends on ${serverComponent}, whose model ports are ${model[serverComponent].ports.map((p) => p.port).join(', ')}`
              : `; ${clientComponent} does not list ${serverComponent} in dependsOn`
            : '';
        findings.push({
          file: c.client.file,
          object: c.client.object,
          message: `${c.setting}: ${c.ref.host}:${c.port} reaches ${svc.describe}, but the NetworkPolicies do not let ${client.describe} connect to ${server.describe} on port ${target}${hint}`,
        });
      }
    }
  }
  return findings;
}
