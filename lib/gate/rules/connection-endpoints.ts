/**
 * Every in-cluster host a client is configured with (environment, ConfigMap data, Helm values,
 * operator resources: lib/gate/connections.ts) names a Service the target renders or the model
 * declares, on a port that Service has; a setting whose port cannot be read is reported, not
 * skipped. A mismatch names both ends: the client object and setting, the Service and its ports.
 */
import { connectionsOf } from '../connections';
import type { Finding, GateContext } from '../context';

export function connectionEndpointsRule(ctx: GateContext): Finding[] {
  const { connections, services } = connectionsOf(ctx);
  const findings: Finding[] = [];
  for (const c of connections) {
    const { file, object } = c.client;
    const at = `${c.setting}: ${c.ref.host}`;
    if (c.port === undefined) {
      findings.push({ file, object, message: `${at}: cannot read the port (${c.unreadable})` });
      continue;
    }
    const svc = services.get(`${c.namespace}/${c.ref.service}`);
    if (!svc) {
      findings.push({
        file,
        object,
        message: `${at}:${c.port} names Service ${c.namespace}/${c.ref.service}, which the target does not render and no component declares (components.<name>.services)`,
      });
      continue;
    }
    if (svc.headless) {
      const podPorts = [...new Set(svc.pods.flatMap((p) => [...p.numbers]))].sort((a, b) => a - b);
      if (!podPorts.includes(c.port))
        findings.push({
          file,
          object,
          message: `${at}:${c.port}: headless ${svc.describe} resolves to its pods, which do not listen on ${c.port} (ports ${podPorts.join(', ') || 'none'})`,
        });
      continue;
    }
    if (!svc.ports.some((p) => p.port === c.port))
      findings.push({
        file,
        object,
        message: `${at}:${c.port}: ${svc.describe} has no port ${c.port} (ports ${svc.ports.map((p) => p.port).join(', ') || 'none'})`,
      });
  }
  return findings;
}
