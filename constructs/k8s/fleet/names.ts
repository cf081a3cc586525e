import { shortHash } from '../../../lib/clouds';
import type { FleetMember } from '../../../config/types';

/** AppProject of a member cluster's Applications (in the platform's Argo CD): exactly that cluster's destinations. */
export function memberProjectName(member: Pick<FleetMember, 'name'>): string {
  return `matih-${member.name}`;
}

/** Project of the fleet folder (cluster Secrets and the ApplicationSet, in the Argo CD namespace only). */
export const FLEET_PROJECT = 'matih-fleet';

/** The ApplicationSet that generates one root Application per member cluster. */
export const FLEET_APPLICATION_SET = 'matih-fleet';

/**
 * Name of a member cluster's Application in the platform's Argo CD: `<member>--<name>` (slugs and
 * shared cluster names never contain `--`, so two members never collide), shortened with a hash to
 * the 63 characters of an Application name.
 */
export function memberApplicationName(member: Pick<FleetMember, 'member'>, name: string): string {
  const full = `${member.member}--${name}`;
  if (full.length <= 63) return full;
  const room = 63 - name.length - 2 - 7;
  if (room < 1) throw new Error(`Application name "${name}" is too long to prefix with a member cluster name`);
  return `${member.member.slice(0, room).replace(/-+$/, '')}-${shortHash(member.member, 6)}--${name}`;
}

/** The Argo CD cluster Secret (and its ExternalSecret) of a member cluster, in the Argo CD namespace. */
export function clusterSecretName(member: Pick<FleetMember, 'name'>): string {
  return `cluster-${member.name}`;
}
