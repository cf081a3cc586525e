/**
 * Let's Encrypt ClusterIssuers with an ACME DNS-01 solver for the target's DNS zone. Both exist on
 * every target, so a target switches by changing `settings.certificateIssuer` only.
 */
import { Construct } from 'constructs';
import { ANNOTATION } from '../../../lib/model/outputs';
import type { Billing, ResolvedIdentity, TargetSpec } from '../../../config/types';
import {
  ClusterIssuer,
  ClusterIssuerSpecAcmeSolversDns01AzureDnsEnvironment,
  type ClusterIssuerSpecAcmeSolversDns01,
} from '../../../imports/clusterissuers-cert-manager.io';
import { standardLabels } from '../core/labels';

export const ISSUERS = {
  'letsencrypt-staging-dns01': 'https://acme-staging-v02.api.letsencrypt.org/directory',
  'letsencrypt-prod-dns01': 'https://acme-v02.api.letsencrypt.org/directory',
} as const;

export type IssuerName = keyof typeof ISSUERS;

/** Placeholder client id of config/outputs.ts: not worth pinning in an issuer. */
const NIL_GUID = '00000000-0000-0000-0000-000000000000';

/**
 * The DNS-01 solver of a target's cloud. Each authenticates with cert-manager's own ServiceAccount
 * (workload identity; its annotation comes from config/ through `model.identities['cert-manager']`).
 */
export function dns01Solver(target: TargetSpec, certManager: ResolvedIdentity): ClusterIssuerSpecAcmeSolversDns01 {
  const p = target.provider;
  switch (p.cloud) {
    case 'azure': {
      // Azure workload identity (fact sheet §6 [PROVING]); the client id defaults to the pod's AZURE_CLIENT_ID.
      const clientId = certManager.annotations[ANNOTATION.azure];
      return {
        azureDns: {
          subscriptionId: p.subscriptionId,
          resourceGroupName: p.resourceGroup,
          hostedZoneName: target.domain,
          environment: ClusterIssuerSpecAcmeSolversDns01AzureDnsEnvironment.AZURE_PUBLIC_CLOUD,
          ...(clientId && clientId !== NIL_GUID ? { managedIdentity: { clientId } } : {}),
        },
      };
    }
    case 'aws':
      // Ambient IRSA credentials of the cert-manager pod (ClusterIssuers may use them by default);
      // auth.kubernetes would need the role ARN here and token-create RBAC for cert-manager.
      return { route53: { region: p.region } };
    case 'gcp':
      // Ambient GKE workload identity; the managed zone is found from the DNS name.
      return { cloudDns: { project: p.projectId } };
  }
}

export interface AcmeIssuersProps {
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
    if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(target.acmeEmail)) throw new Error(`target ${target.name}: acmeEmail "${target.acmeEmail}" is not an e-mail address`);
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
