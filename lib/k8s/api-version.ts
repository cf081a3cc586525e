/**
 * API group helpers for rendered objects. Passes over every object (160k at 10,000 tenants) ask
 * about a few dozen apiVersion/kind pairs, so answers are memoized and allocate nothing.
 */
const groups = new Map<string, string>();
const groupKinds = new Map<string, Map<string, string>>();

/** API group of an apiVersion: `apps` for `apps/v1`, '' for the core group (`v1`). */
export function groupOf(apiVersion: string): string {
  let group = groups.get(apiVersion);
  if (group === undefined) {
    const slash = apiVersion.indexOf('/');
    group = slash < 0 ? '' : apiVersion.slice(0, slash);
    groups.set(apiVersion, group);
  }
  return group;
}

/** Kubernetes' own API groups (core, apps, batch, policy, autoscaling, `*.k8s.io`): their kinds run images only through pod specs. */
export function isKubernetesGroup(group: string): boolean {
  return (
    group === '' || group === 'apps' || group === 'batch' || group === 'policy' || group === 'autoscaling' || group.endsWith('.k8s.io')
  );
}

/** `group/Kind`, or just `Kind` for the core group (the form of ChartComponent.providesKinds). */
export function groupKind(apiVersion: string, kind: string): string {
  let byKind = groupKinds.get(apiVersion);
  if (!byKind) groupKinds.set(apiVersion, (byKind = new Map()));
  let result = byKind.get(kind);
  if (result === undefined) {
    const group = groupOf(apiVersion);
    result = group ? `${group}/${kind}` : kind;
    byKind.set(kind, result);
  }
  return result;
}
