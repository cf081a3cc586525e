/**
 * The nightly dump of a chart or service component (its `backup` policy, config/types.ts
 * ServiceBackupPolicy): an ObjectStorageDump running as the component's `<name>-backup` identity,
 * whose pods carry that identity's labels and not the component's own (its Services select those,
 * and a dump pod must never receive client traffic). The NetworkPolicies that admit it are computed
 * from the same policy (constructs/k8s/network: the component's policy admits the identity's pods, whose own policy
 * reaches the component).
 */
import type { Component, ResolvedTarget, ServiceBackupPolicy } from '../../../../config/types';
import type { TargetScope } from '../../core/target-scope';
import type { OperatorAddOn } from '../add-on';
import { backupJobProps } from './cron-job';
import { type DumpStep, ObjectStorageDump } from './dump-job';

/** A chart or service component with a backup policy. */
export type BackedUpComponent = Exclude<Component, { kind: 'operated' }> & { readonly backup: ServiceBackupPolicy };

/** The enabled component `name` with its backup policy, or undefined when it is switched off or has no policy. */
export function backedUpComponent(model: ResolvedTarget, name: string): BackedUpComponent | undefined {
  const c = model.components[name];
  if (!c || c.kind === 'operated' || !c.backup) return undefined;
  return c as BackedUpComponent;
}

/** The add-on that renders `name`'s dump job into `data/<name>.yaml`, its dump step computed from the component. */
export function serviceDumpAddOn(name: string, dump: (c: BackedUpComponent, model: ResolvedTarget) => DumpStep): OperatorAddOn {
  return {
    component: name,
    build(charts: TargetScope, model: ResolvedTarget) {
      const c = backedUpComponent(model, name);
      if (!c) return;
      new ObjectStorageDump(charts.group('data', name), 'backup', { ...backupJobProps(model, name, c, c.backup), dump: dump(c, model) });
    },
  };
}
