import { loadTargetOutputs, resolveIdentityValues } from './outputs';
import type { ResolvedIdentity, TargetSpec } from '../../config/types';

/**
 * The workload identities of a target, with the values recorded after `cdktf deploy` by
 * `npm run cloud-outputs` (`<dataDir>/targets/<target>.outputs.json`) where they exist.
 */
export function resolveIdentities(target: TargetSpec, dataDir: string): Record<string, ResolvedIdentity> {
  return resolveIdentityValues(target, loadTargetOutputs(dataDir, target.name));
}
