/**
 * Recorded exceptions to the gate's own additions to the restricted profile. The Pod Security
 * Standard does not require a read-only root filesystem; this project does, for every container,
 * including those of operator-managed software: each writes only to emptyDirs its construct mounts
 * where the software's documentation says it writes (Ray: constructs/k8s/operators/kuberay; Temporal:
 * constructs/k8s/operators/temporal). An entry here needs the software's documented reason.
 */
export interface WritableRootException {
  readonly apiVersion: string;
  readonly kind: string;
  /** Container name inside the custom resource's pod templates. */
  readonly container: string;
  readonly reason: string;
}

export const WRITABLE_ROOT_EXCEPTIONS: readonly WritableRootException[] = [];

export function writableRootAllowed(apiVersion: string, kind: string, container: string): boolean {
  return WRITABLE_ROOT_EXCEPTIONS.some((e) => e.apiVersion === apiVersion && e.kind === kind && e.container === container);
}
