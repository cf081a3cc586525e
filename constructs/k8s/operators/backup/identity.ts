import type { ResolvedIdentity, ResolvedTarget } from '../../../../config/types';

/**
 * The `backup-write` workload identity of a data service (config/identities.ts), checked against
 * where the service's backup writer actually runs: a mismatch would leave backups without
 * credentials, silently.
 */
export function backupIdentity(
  model: ResolvedTarget,
  service: string,
  runsAs: { readonly namespace: string; readonly serviceAccount: string },
): ResolvedIdentity {
  const name = `${service}-backup`;
  const identity = model.identities[name];
  if (!identity) throw new Error(`component "${service}": no workload identity "${name}" in config/identities.ts for its backups`);
  if (identity.namespace !== runsAs.namespace || identity.serviceAccount !== runsAs.serviceAccount)
    throw new Error(
      `workload identity "${name}" binds ServiceAccount ${identity.namespace}/${identity.serviceAccount}, but ${service}'s backups run as ${runsAs.namespace}/${runsAs.serviceAccount}`,
    );
  return identity;
}
