import { TARGETS } from '../../config/targets';
import type { TargetSpec } from '../../config/types';

/** The target named `name` in config/targets. */
export function targetByName(name: string): TargetSpec {
  const target = TARGETS.find((t) => t.name === name);
  if (!target) {
    throw new Error(`unknown target "${name}"; known targets: ${TARGETS.map((t) => t.name).join(', ')}`);
  }
  return target;
}
