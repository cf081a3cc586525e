/**
 * Every port of a rendered Service reaches a port of each pod it selects: a named targetPort is a
 * container port name of the rendered pod templates (for chart and operator pods, a port of the
 * component in the model), a numbered one a declared port number. A Service port without a
 * listening pod port passes kube-proxy silently and refuses every connection.
 */
import { connectionsOf, targetPortOn } from '../connections';
import type { Finding, GateContext } from '../context';

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
    });
  }
  return findings;
}
