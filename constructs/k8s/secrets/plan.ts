import type { ResolvedTarget, SecretSpec } from '../../../config/types';
import { chartSecretNames } from '../../../lib/model/chart-secrets';

/** One Secret consumed in one namespace, with the components that consume it. */
export interface ConsumedSecret {
  readonly namespace: string;
  readonly spec: SecretSpec;
  readonly consumers: readonly string[];
}

/**
 * Exactly the (namespace, Secret) pairs the enabled components of a target consume: first-party
 * services and operated components through `secrets`, charts through the Secrets their values name (lib/model/chart-secrets.ts). Sorted by
 * namespace, then name. Throws on a Secret the catalog does not declare.
 */
export function consumedSecrets(model: ResolvedTarget, catalog: readonly SecretSpec[]): ConsumedSecret[] {
  const specs = new Map(catalog.map((s) => [s.name, s]));
  const pairs = new Map<string, { namespace: string; spec: SecretSpec; consumers: Set<string> }>();
  const problems: string[] = [];
  for (const [name, c] of Object.entries(model.components)) {
    const used =
      c.kind === 'service' ? c.secrets.map((u) => u.secret) : c.kind === 'chart' ? chartSecretNames(c, catalog) : (c.secrets ?? []);
    for (const secret of used) {
      const spec = specs.get(secret);
      if (!spec) {
        problems.push(`components.${name}: secret "${secret}" is not declared in config/secrets.ts`);
        continue;
      }
      const key = `${c.namespace}/${secret}`;
      const entry = pairs.get(key) ?? { namespace: c.namespace, spec, consumers: new Set<string>() };
      entry.consumers.add(name);
      pairs.set(key, entry);
    }
  }
  if (problems.length > 0) throw new Error(`secrets of target ${model.target.name}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  return [...pairs.values()]
    .map((p) => ({ namespace: p.namespace, spec: p.spec, consumers: [...p.consumers].sort() }))
    .sort((a, b) => a.namespace.localeCompare(b.namespace) || a.spec.name.localeCompare(b.spec.name));
}
