import { WORKLOAD_IDENTITIES } from './identities';
import type { ResolvedIdentity, TargetSpec } from './types';

/** TODO(lead): wire to config/outputs.ts (cloud outputs) once it lands. */
export function resolveIdentities(_target: TargetSpec, _dataDir: string): Record<string, ResolvedIdentity> {
  return Object.fromEntries(
    WORKLOAD_IDENTITIES.map((i) => [i.name, { namespace: i.namespace, serviceAccount: i.serviceAccount, annotations: {}, podLabels: {} }]),
  );
}
