/**
 * Backup schedules are written once in the model as a five-field cron in UTC (`0 2 * * *`), with a
 * retention in whole days. The model validation reports a bad policy with its key path; the
 * constructs that render a schedule in each tool's dialect parse it with the same rules.
 */
import type { BackupPolicy, ClaimSelector, VolumeSnapshotPolicy } from '../../config/types';
import { parseQuantity } from '../k8s/quantity';

const FIELD = /^(\*|\d+(-\d+)?)(\/\d+)?(,(\*|\d+(-\d+)?)(\/\d+)?)*$/;
const NAMES = ['minute', 'hour', 'day of month', 'month', 'day of week'] as const;

/** What is wrong with a five-field cron schedule, or undefined. */
export function cronProblem(schedule: unknown): string | undefined {
  if (typeof schedule !== 'string') return `schedule must be a five-field cron string, found ${JSON.stringify(schedule)}`;
  const fields = schedule.trim().split(/\s+/);
  if (fields.length !== 5) return `schedule "${schedule}" must have five cron fields (minute hour day month weekday)`;
  const bad = fields.findIndex((f) => !FIELD.test(f));
  return bad >= 0 ? `schedule "${schedule}": ${NAMES[bad]} field "${fields[bad]}" is not a cron field` : undefined;
}

/** The smallest dump scratch volume: below it a dump of any real data set would not fit (and cloud disks start at 1Gi). */
const MIN_SCRATCH_BYTES = 2 ** 30;

/** What is wrong with a dump's scratch size (DumpBackupPolicy `scratch`), or undefined. */
export function scratchProblem(scratch: unknown): string | undefined {
  let bytes = Number.NaN;
  try {
    if (typeof scratch === 'string') bytes = parseQuantity(scratch);
  } catch {
    // Not a quantity: reported below.
  }
  return bytes >= MIN_SCRATCH_BYTES ? undefined : `scratch must be a Kubernetes quantity of at least 1Gi, found ${JSON.stringify(scratch)}`;
}

/** What is wrong with a backup policy (its schedule, a positive whole number of retention days, a dump's scratch size), or undefined. */
export function backupPolicyProblem(policy: BackupPolicy & { readonly scratch?: unknown }): string | undefined {
  const schedule = cronProblem(policy.schedule);
  if (schedule) return schedule;
  if (!Number.isInteger(policy.retentionDays) || policy.retentionDays < 1)
    return `retentionDays must be a positive integer, found ${JSON.stringify(policy.retentionDays)}`;
  return 'scratch' in policy ? scratchProblem(policy.scratch) : undefined;
}

/** A cron field as snapscheduler's SnapshotSchedule CRD accepts it: a list of numbers, one range or step, or `*` with an optional step. */
const SNAPSCHEDULER_FIELD = /^((\d+,)*\d+|\d+[/-]\d+|\*(\/\d+)?)$/;

/** What is wrong with a CSI snapshot schedule (a backup policy whose cron snapscheduler must also accept), or undefined. */
export function snapshotPolicyProblem(policy: VolumeSnapshotPolicy): string | undefined {
  const problem = backupPolicyProblem(policy) ?? claimSelectorProblem(policy.claimSelector);
  if (problem) return problem;
  const field = policy.schedule
    .trim()
    .split(/\s+/)
    .find((f) => !SNAPSCHEDULER_FIELD.test(f));
  return field === undefined
    ? undefined
    : `schedule "${policy.schedule}": field "${field}" is not one snapscheduler accepts (a list, one range or step, or * with a step)`;
}

const SELECTOR_OPERATORS: readonly string[] = ['In', 'NotIn', 'Exists', 'DoesNotExist'];

/** What is wrong with the claim selector of a snapshot policy (metav1.LabelSelector, never empty), or undefined. */
function claimSelectorProblem(selector: ClaimSelector | undefined): string | undefined {
  const labels = Object.entries(selector?.matchLabels ?? {});
  const expressions = selector?.matchExpressions ?? [];
  if (labels.length + expressions.length === 0)
    return 'claimSelector must name matchLabels or matchExpressions (an empty selector snapshots every claim of the namespace)';
  for (const [key, value] of labels)
    if (typeof value !== 'string' || value === '') return `claimSelector.matchLabels.${key} must be a non-empty string`;
  for (const [i, e] of expressions.entries()) {
    const at = `claimSelector.matchExpressions[${i}]`;
    if (!e.key) return `${at}.key must be set`;
    if (!SELECTOR_OPERATORS.includes(e.operator)) return `${at}.operator "${e.operator}" must be one of ${SELECTOR_OPERATORS.join(', ')}`;
    const listed = e.operator === 'In' || e.operator === 'NotIn';
    if (listed && !(e.values && e.values.length > 0)) return `${at}: operator ${e.operator} needs values`;
    if (!listed && e.values && e.values.length > 0) return `${at}: operator ${e.operator} takes no values`;
  }
  return undefined;
}
