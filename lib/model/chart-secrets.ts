/**
 * The Secrets an upstream chart reads, derived from its values: every string in the values (at any
 * depth, in objects and lists) that names a Secret of config/secrets.ts, whether it sits under
 * `existingSecret`, a `secretKeyRef`, `passwordFromSecret` or a list of mounted secrets. Nothing
 * is listed by hand, so a values change can never leave the ExternalSecret behind.
 */
import { SECRETS } from '../../config/secrets';
import type { ChartComponent, SecretSpec } from '../../config/types';

export function chartSecretNames(chart: Pick<ChartComponent, 'values'>, catalog: readonly SecretSpec[] = SECRETS): string[] {
  const declared = new Set(catalog.map((s) => s.name));
  const found = new Set<string>();
  const walk = (value: unknown): void => {
    if (typeof value === 'string') {
      if (declared.has(value)) found.add(value);
    } else if (Array.isArray(value)) {
      value.forEach(walk);
    } else if (typeof value === 'object' && value !== null) {
      Object.values(value).forEach(walk);
    }
  };
  walk(chart.values);
  return [...found].sort();
}
