import { k8s } from 'cdk8s-plus-29';
import { Construct } from 'constructs';
import { NAMESPACES } from '../../../config/namespaces';
import type { ResolvedIdentity, ResolvedTarget } from '../../../config/types';
import { standardLabels } from '../core/labels';

/** The cloud identity bound to a first-party service's own ServiceAccount, if any. */
export function identityOfService(model: ResolvedTarget, name: string): ResolvedIdentity | undefined {
  const c = model.components[name];
  const found = Object.values(model.identities).find((i) => i.serviceAccount === name && i.namespace === c?.namespace);
  if (c?.kind === 'service' && c.cloudIdentity && !found) {
    throw new Error(
      `components.${name}.cloudIdentity: no workload identity in config/identities.ts uses ServiceAccount ${c.namespace}/${name}`,
    );
  }
  return found;
}

interface IdentityServiceAccountsProps {
  readonly model: ResolvedTarget;
}

/**
 * ServiceAccounts of the cloud workload identities that no first-party service owns (the
 * operators in matih-system), annotated for the cloud's federation. Their Helm charts are told
 * `serviceAccount.create: false` and use these. An operator's account says explicitly that its
 * token is mounted (operators call the API); the others leave it to the pods that use them.
 */
export class IdentityServiceAccounts extends Construct {
  constructor(scope: Construct, id: string, props: IdentityServiceAccountsProps) {
    super(scope, id);
    const { model } = props;
    const entries = Object.entries(model.identities).sort(([a], [b]) => (a < b ? -1 : 1));
    for (const [identity, i] of entries) {
      const owner = model.components[i.serviceAccount];
      if (owner?.kind === 'service' && owner.namespace === i.namespace) continue;
      const chart = model.components[identity] ?? owner;
      const billing = chart?.billing ?? { costCenter: model.target.costCenter, ...NAMESPACES[i.namespace].billing };
      const operator = chart?.kind === 'chart' && chart.category === 'operator';
      new k8s.KubeServiceAccount(this, `${i.namespace}-${i.serviceAccount}`, {
        metadata: {
          name: i.serviceAccount,
          namespace: i.namespace,
          labels: standardLabels({ name: i.serviceAccount, component: 'workload-identity', billing }),
          ...(Object.keys(i.annotations).length > 0 ? { annotations: { ...i.annotations } } : {}),
        },
        ...(operator ? { automountServiceAccountToken: true } : {}),
      });
    }
  }
}
