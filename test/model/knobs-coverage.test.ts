/**
 * Every key the environments set (config/environments/base.ts and each overlay) is also set by one of the
 * override files of test/model/knobs-fixture.ts, whose tests check that it reaches the output: a new
 * environment knob without an override test fails here.
 */
import * as yaml from 'js-yaml';
import { COMPONENTS } from '../../config/components';
import { BASE_SETTINGS, ENVIRONMENT_OVERLAYS } from '../../config/environments';
import { OVERRIDES } from './knobs-fixture';

/** Keys no override test sets, and why. */
const NOT_KNOBS: Readonly<Record<string, string>> = {
  'settings.name': "the environment's identity (inventory, messages), not a value to tune",
};

function leafPaths(value: unknown, prefix: string): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [prefix];
  const entries = Object.entries(value);
  // An empty overlay sets nothing; an empty map in the base is a value (no shared clusters).
  if (entries.length === 0) return prefix === '' ? [] : [prefix];
  return entries.flatMap(([key, v]) => leafPaths(v, `${prefix}.${key}`));
}

/**
 * One key per knob: services share their scaling fields (one service's `replicas` stands for all),
 * and a resources block is one knob (requests and limits are checked together).
 */
const SCALING = ['replicas', 'autoscaling'];

function knob(keyPath: string): string {
  const parts = keyPath.split('.');
  const component = COMPONENTS[parts[1] as keyof typeof COMPONENTS] as { kind?: string } | undefined;
  if (parts[0] === 'components' && component?.kind === 'service' && SCALING.includes(parts[2])) parts[1] = '<service>';
  const resources = parts.findIndex((p) => p === 'requests' || p === 'limits');
  return (resources > 0 ? parts.slice(0, resources) : parts).join('.');
}

const related = (a: string, b: string): boolean => a === b || a.startsWith(`${b}.`) || b.startsWith(`${a}.`);

/** The knobs a set of key paths names. */
function knobs(paths: readonly string[]): string[] {
  return [...new Set(paths.map(knob))].sort();
}

const ENVIRONMENT_KNOBS = knobs([
  ...leafPaths(BASE_SETTINGS, 'settings'),
  ...Object.values(ENVIRONMENT_OVERLAYS).flatMap(({ overlay }) => leafPaths(overlay, '').map((p) => p.slice(1))),
]);
const OVERRIDDEN = knobs(Object.values(OVERRIDES).flatMap((text) => leafPaths(yaml.load(text), '').map((p) => p.slice(1))));

test('every key an environment sets has an override test', () => {
  // Covered by an override of the knob itself, of keys below it, or of a parent replaced whole (null, a list).
  const missing = ENVIRONMENT_KNOBS.filter((k) => !(k in NOT_KNOBS) && !OVERRIDDEN.some((o) => related(o, k)));
  expect(missing).toEqual([]);
});

test('the exceptions are keys the environments set', () => {
  for (const key of Object.keys(NOT_KNOBS)) expect(ENVIRONMENT_KNOBS).toContain(key);
  expect(ENVIRONMENT_KNOBS.length).toBeGreaterThan(40);
});
