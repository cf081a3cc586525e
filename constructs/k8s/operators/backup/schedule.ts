/**
 * Backup schedules are written once in the model as a five-field cron in UTC (`0 2 * * *`); each
 * backup tool wants its own dialect. One parser (lib/model/backup-policy.ts, which the model
 * validation uses too) checks the model's value and renders the others, so an overlay cannot give
 * two tools two different meanings of the same schedule.
 */
import type { BackupPolicy } from '../../../../config/types';
import { backupPolicyProblem, cronProblem } from '../../../../lib/model/backup-policy';

/** The five fields of a cron schedule; throws with the field that is wrong. */
function cronFields(schedule: string, what: string): [string, string, string, string, string] {
  const problem = cronProblem(schedule);
  if (problem) throw new Error(`${what}: ${problem}`);
  return schedule.trim().split(/\s+/) as [string, string, string, string, string];
}

/** Checks a backup policy of the model (schedule and a positive whole number of retention days). */
export function checkBackupPolicy(policy: BackupPolicy, what: string): void {
  const problem = backupPolicyProblem(policy);
  if (problem) throw new Error(`${what}: ${problem}`);
}

/** CloudNativePG's ScheduledBackup schedule: six fields, seconds first (robfig/cron). */
export function withSeconds(schedule: string, what: string): string {
  return ['0', ...cronFields(schedule, what)].join(' ');
}

/**
 * Elasticsearch's snapshot lifecycle schedule (Quartz): seconds first, and `?` for the day of month
 * or day of week that is left open (Quartz rejects `*` in both).
 */
export function quartz(schedule: string, what: string): string {
  const [minute, hour, day, month, weekday] = cronFields(schedule, what);
  if (day !== '*' && weekday !== '*') throw new Error(`${what}: schedule "${schedule}" sets both day of month and day of week`);
  const quartzWeekday = weekday === '*' ? '?' : weekday.replace(/\d+/g, (d) => String((Number(d) % 7) + 1));
  return ['0', minute, hour, weekday === '*' ? day : '?', month, quartzWeekday].join(' ');
}
