import { ApiObject } from 'cdk8s';
import type { ApplicationSpecSyncPolicy } from '../../../imports/applications-argoproj.io';
import { isPruneProtected, PRUNE_PROTECTION, SYNC_OPTIONS_ANNOTATION, SYNC_WAVE_ANNOTATION } from '../core/argocd';
import type { BuiltObject } from './inventory';

export { PRUNE_PROTECTION, SYNC_OPTIONS_ANNOTATION, SYNC_WAVE_ANNOTATION };

/** With this finalizer, deleting an Application deletes its resources (cascade); without it, they stay. */
export const RESOURCES_FINALIZER = 'resources-finalizer.argocd.argoproj.io';

/** True when a built object (construct or plain manifest) carries Prune=false,Delete=false. */
export function isProtected(object: BuiltObject): boolean {
  return isPruneProtected(object instanceof ApiObject ? object.metadata.toJson() : object.metadata);
}

interface SyncPolicyOptions {
  /** Delete resources removed from git on automated sync. */
  readonly prune: boolean;
  /** Apply server-side (CRDs beyond the 256 KiB last-applied annotation). @default false */
  readonly serverSideApply?: boolean;
  /** Honour ignoreDifferences during sync, not only in diffs. @default false */
  readonly respectIgnoreDifferences?: boolean;
}

/**
 * Automated sync that reverts drift (selfHeal) and prunes only where told; namespaces are rendered
 * in platform/, so no Application creates one.
 */
export function syncPolicy(options: SyncPolicyOptions): ApplicationSpecSyncPolicy {
  const syncOptions = ['CreateNamespace=false'];
  // Prune after the rest is healthy, so a rename never leaves a gap.
  if (options.prune) syncOptions.push('PruneLast=true');
  if (options.serverSideApply) syncOptions.push('ServerSideApply=true');
  if (options.respectIgnoreDifferences) syncOptions.push('RespectIgnoreDifferences=true');
  return {
    automated: { prune: options.prune, selfHeal: true },
    syncOptions,
    // Early waves (CRDs, webhooks) may still be starting: retry for about half an hour.
    retry: { limit: 10, backoff: { duration: '10s', factor: 2, maxDuration: '5m' } },
  };
}
