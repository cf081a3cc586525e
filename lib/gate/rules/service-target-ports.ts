/**
 * Every port of a rendered Service reaches a port of each pod it selects: a named targetPort is a
 * container port name of the rendered pod templates (for chart and operator pods, a port of the
 * component in the model), a numbered one a declared port number; a Service without a selector has a
 * port of the same name on each of its EndpointSlices. A Service port without a listening pod port
 * passes kube-proxy silently and refuses every connection.
 */
import { fixedPortMismatches } from '../../model/services';
import { connectionsOf, targetPortOn } from '../connections';
import { type Finding, type GateContext, ofKind } from '../context';

export function serviceTargetPortsRule(ctx: GateContext): Finding[] {
  const findings: Finding[] = [];
  for (const svc of connectionsOf(ctx).services.values()) {
    if (!svc.rendered) continue;
    svc.ports.forEach((port, i) => {
      const target = port.targetPort ?? port.port;
      for (const pods of svc.pods) {
        if (targetPortOn(port, pods) !== undefined) continue;
        const known = [...pods.ports].map(([name, n]) => `${name} ${n}`).join(', ') || [...pods.numbers].join(', ') || 'none';
        findings.push({
          file: svc.rendered!.file,
          object: svc.rendered!.object,
          message: `spec.ports[${i}] (${port.name ?? port.port}): targetPort ${JSON.stringify(target)} is not a port of ${pods.describe} (ports: ${known})`,
        });
      }
      // Without a selector, kube-proxy matches a Service port to the EndpointSlice port of the same name.
      for (const address of svc.addresses) {
        if (address.ports.has(port.name ?? '')) continue;
        const known = [...address.ports].map(([name, n]) => `${name || '(unnamed)'} ${n}`).join(', ') || 'none';
        findings.push({
          file: svc.rendered!.file,
          object: svc.rendered!.object,
          message: `spec.ports[${i}] (${port.name ?? port.port}): ${address.describe} has no port named ${JSON.stringify(port.name ?? '')} for ${address.ip} (ports: ${known}): the Service forwards nothing`,
        });
      }
    });
  }
  // A port the operator serves whatever the model says: a different model port moves every NetworkPolicy, not the server.
  for (const [name, c] of Object.entries(ctx.model?.components ?? {})) {
    const mismatches = fixedPortMismatches(c);
    if (mismatches.length === 0) continue;
    const policy = ofKind(ctx, 'NetworkPolicy', 'networking.k8s.io').find(
      (l) => l.object.metadata.name === name && l.object.metadata.namespace === c.namespace,
    );
    const at = policy ?? {
      file: '(model)',
      object: { apiVersion: 'matih.ai/model', kind: 'Component', metadata: { name, namespace: c.namespace } },
    };
    for (const m of mismatches)
      findings.push({
        ...at,
        message: `components.${name}.ports ${m.port} is ${m.model}, but Service ${c.namespace}/${m.service} serves ${m.served} whatever the model says (services[].fixedPorts): the NetworkPolicies open a port nothing listens on`,
      });
  }
  return findings;
}
