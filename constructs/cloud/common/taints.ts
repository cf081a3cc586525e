import type { Taint } from '../../../config/types';

const EFFECTS = { NoSchedule: 'NO_SCHEDULE', PreferNoSchedule: 'PREFER_NO_SCHEDULE', NoExecute: 'NO_EXECUTE' } as const;

/**
 * A node pool taint in the shape the EKS and GKE APIs take (effects in upper snake case). A taint
 * without a value: EKS omits the field, GKE needs an empty string.
 */
export function apiTaint(t: Taint, noValue: 'omit' | 'empty'): { key: string; value?: string; effect: string } {
  const value = t.value ?? (noValue === 'empty' ? '' : undefined);
  return { key: t.key, ...(value === undefined ? {} : { value }), effect: EFFECTS[t.effect] };
}
