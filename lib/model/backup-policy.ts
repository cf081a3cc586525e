/**
 * Backup schedules are written once in the model as a five-field cron in UTC (`0 2 * * *`), with a
 * retention in whole days. The model validation reports a bad policy with its key path; the
 * constructs that render a schedule in each tool's dialect parse it with the same rules.
 */
import type { BackupPolicy } from '../../config/types';

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

/** What is wrong with a backup policy (its schedule, a positive whole number of retention days), or undefined. */
export function backupPolicyProblem(policy: BackupPolicy): string | undefined {
  const schedule = cronProblem(policy.schedule);
  if (schedule) return schedule;
  if (!Number.isInteger(policy.retentionDays) || policy.retentionDays < 1)
    return `retentionDays must be a positive integer, found ${JSON.stringify(policy.retentionDays)}`;
  return undefined;
}
