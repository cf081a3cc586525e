/**
 * Let's Encrypt ClusterIssuers with an ACME DNS-01 solver for the target's DNS zone. Both exist on
 * every target, so a target switches by changing `settings.certificateIssuer` only.
 */
import { Construct } from 'constructs';
import { profileOf } from '../../../lib/clouds';
import type { Billing, ResolvedIdentity, TargetSpec } from '../../../config/types';
import { ClusterIssuer, type ClusterIssuerSpecAcmeSolversDns01 } from '../../../imports/clusterissuers-cert-manager.io';
import { standardLabels } from '../core/labels';

export const ISSUERS = {
  'letsencrypt-staging-dns01': 'https://acme-staging-v02.api.letsencrypt.org/directory',
  'letsencrypt-prod-dns01': 'https://acme-v02.api.letsencrypt.org/directory',
} as const;

export type IssuerName = keyof typeof ISSUERS;

/** The DNS-01 solver of a target's cloud, authenticated as cert-manager's own ServiceAccount (its profile). */
export function dns01Solver(target: TargetSpec, certManager: ResolvedIdentity): ClusterIssuerSpecAcmeSolversDns01 {
  return profileOf(target).dns01Solver(target, certManager);
}

interface AcmeIssuersProps {
  readonly target: TargetSpec;
  readonly certManager: ResolvedIdentity;
  readonly billing: Billing;
}

/** Both Let's Encrypt ClusterIssuers, DNS-01 on the target's zone. */
export class AcmeIssuers extends Construct {
  readonly names: readonly IssuerName[] = Object.keys(ISSUERS) as IssuerName[];

  constructor(scope: Construct, id: string, props: AcmeIssuersProps) {
    super(scope, id);
    const { target } = props;
    if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(target.acmeEmail))
      throw new Error(`target ${target.name}: acmeEmail "${target.acmeEmail}" is not an e-mail address`);
    const dns01 = dns01Solver(target, props.certManager);
    for (const name of this.names) {
      new ClusterIssuer(this, name, {
        metadata: { name, labels: standardLabels({ name: 'cert-manager', component: 'cluster-issuer', billing: props.billing }) },
        spec: {
          acme: {
            server: ISSUERS[name],
            email: target.acmeEmail,
            privateKeySecretRef: { name: `${name}-account-key` },
            solvers: [{ selector: { dnsZones: [target.domain] }, dns01 }],
          },
        },
      });
    }
  }
}
