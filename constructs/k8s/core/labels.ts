/**
 * Standard labels of every object this repository renders: the `app.kubernetes.io/*` set
 * (https://kubernetes.io/docs/concepts/overview/working-with-objects/common-labels/) plus the
 * billing labels the charts require (fact sheet §3.8: costCenter, application, team).
 *
 *   metadata: { name, namespace, labels: standardLabels({ name: 'ai-service', billing: c.billing }) }
 */
import type { Billing } from '../../../config/types';

export const PART_OF = 'matih';
export const MANAGED_BY = 'matih-infra';

export const LABEL = {
  name: 'app.kubernetes.io/name',
  instance: 'app.kubernetes.io/instance',
  component: 'app.kubernetes.io/component',
  version: 'app.kubernetes.io/version',
  partOf: 'app.kubernetes.io/part-of',
  managedBy: 'app.kubernetes.io/managed-by',
  costCenter: 'matih.ai/cost-center',
  application: 'matih.ai/application',
  team: 'matih.ai/team',
  /** Pods of one cluster spread over several components (config/types.ts PeerGroup). */
  peerGroup: 'matih.ai/peer-group',
} as const;

/** Billing label keys, in the order of fact sheet §3.8. */
const BILLING_LABELS = [LABEL.costCenter, LABEL.application, LABEL.team] as const;

/** Label keys every rendered object carries. */
export const REQUIRED_LABELS = [LABEL.name, LABEL.instance, LABEL.partOf, LABEL.managedBy, ...BILLING_LABELS] as const;

const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;

/** Throws when `value` is not a valid label value (at most 63 characters, alphanumeric ends). */
function checkLabelValue(key: string, value: string): string {
  if (value.length > 63 || !LABEL_VALUE.test(value)) {
    throw new Error(
      `label ${key}="${value}" is not a valid label value (at most 63 characters of [A-Za-z0-9._-], alphanumeric at both ends)`,
    );
  }
  return value;
}

/** `matih.ai/cost-center`, `matih.ai/application` and `matih.ai/team` of a billing record. */
export function billingLabels(billing: Billing): Record<string, string> {
  return {
    [LABEL.costCenter]: checkLabelValue(LABEL.costCenter, billing.costCenter),
    [LABEL.application]: checkLabelValue(LABEL.application, billing.application),
    [LABEL.team]: checkLabelValue(LABEL.team, billing.team),
  };
}

interface StandardLabelProps {
  /** `app.kubernetes.io/name`: the application (component name, or namespace for namespace-level objects). */
  readonly name: string;
  /** `app.kubernetes.io/instance`. @default name */
  readonly instance?: string;
  /** `app.kubernetes.io/component`: the object's role, e.g. `api`, `network-policy`, `tenant`. @default none */
  readonly component?: string;
  /** `app.kubernetes.io/version`: the image tag of a workload. @default none */
  readonly version?: string;
  readonly billing: Billing;
  /** Extra labels, merged last. @default none */
  readonly extra?: Readonly<Record<string, string>>;
}

/** The full label set of one object: `app.kubernetes.io/*` plus billing plus `extra`. */
export function standardLabels(props: StandardLabelProps): Record<string, string> {
  const labels: Record<string, string> = {
    [LABEL.name]: checkLabelValue(LABEL.name, props.name),
    [LABEL.instance]: checkLabelValue(LABEL.instance, props.instance ?? props.name),
  };
  if (props.component !== undefined) labels[LABEL.component] = checkLabelValue(LABEL.component, props.component);
  if (props.version !== undefined) labels[LABEL.version] = checkLabelValue(LABEL.version, props.version);
  labels[LABEL.partOf] = PART_OF;
  labels[LABEL.managedBy] = MANAGED_BY;
  Object.assign(labels, billingLabels(props.billing));
  if (props.extra) Object.assign(labels, props.extra);
  return labels;
}

/** Billing of a tenant's objects: the target's cost center, application and team `tenant-<slug>`. */
export function tenantBilling(costCenter: string, slug: string): Billing {
  return { costCenter, application: `tenant-${slug}`, team: `tenant-${slug}` };
}
