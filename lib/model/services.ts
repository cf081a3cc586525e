/**
 * The Services a component's clients can reach when the target does not render them itself:
 * those a chart or an operator creates, as the model declares them (ComponentService), with their
 * ports resolved to numbers. First-party services render their own Service objects.
 */
import type { Component } from '../../config/types';

type Labels = Readonly<Record<string, string>>;

interface ServicePortSpec {
  readonly name: string;
  /** Port clients connect to. */
  readonly port: number;
  /** Pod port behind it. */
  readonly targetPort: number;
  readonly protocol: 'TCP' | 'UDP';
}

interface DeclaredService {
  readonly name: string;
  readonly namespace: string;
  /** Component whose pods serve it. */
  readonly component: string;
  readonly ports: readonly ServicePortSpec[];
  readonly headless: boolean;
  /** Labels of the pods behind it (the component's podSelector). */
  readonly podLabels: Labels;
}

/** Declared Services of one enabled component; a chart without a declaration gets Helm's usual `<release>` Service on every port. */
export function declaredServices(name: string, c: Component): DeclaredService[] {
  if (c.kind === 'service') return [];
  const specs = c.services ?? (c.kind === 'chart' ? [{ name: c.releaseName ?? name, ports: c.ports.map((p) => p.name) }] : []);
  return specs.map((s) => ({
    name: s.name,
    namespace: c.namespace,
    component: name,
    headless: s.headless ?? false,
    podLabels: c.podSelector,
    ports: s.ports.flatMap((portName) => {
      const p = c.ports.find((x) => x.name === portName);
      if (!p) return [];
      const target = s.fixedPorts?.[portName] ?? p.port;
      return [{ name: p.name, port: s.servicePorts?.[portName] ?? target, targetPort: target, protocol: p.protocol ?? 'TCP' }];
    }),
  }));
}

/** A port the model gives another number than the chart or operator always serves. */
interface FixedPortMismatch {
  readonly service: string;
  readonly port: string;
  readonly model: number;
  readonly served: number;
}

/** Where the model's ports of a component disagree with the fixed ports of its declared Services. */
export function fixedPortMismatches(c: Component): FixedPortMismatch[] {
  if (c.kind === 'service') return [];
  return (c.services ?? []).flatMap((s) =>
    Object.entries(s.fixedPorts ?? {}).flatMap(([port, served]) => {
      const model = c.ports.find((p) => p.name === port)?.port;
      return model !== undefined && model !== served ? [{ service: s.name, port, model, served }] : [];
    }),
  );
}
