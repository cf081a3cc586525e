import { ApiObject } from 'cdk8s';
import { Construct } from 'constructs';
import { ANNOTATION, identityAnnotations } from '../../../../lib/model/outputs';
import type { ResolvedIdentity, TargetSpec } from '../../../../config/types';
import { ProviderConfigSpecCredentialsSource, toJson_ProviderConfigSpec } from '../../../../imports/azureproviderconfigs-azure.upbound.io';

/** Name of the ClusterProviderConfig every composed managed resource references. */
export const PROVIDER_CONFIG_NAME = 'default';
export const PROVIDER_CONFIG_KIND = 'ClusterProviderConfig';
/** config/identities.ts name of the identity Crossplane providers run as. */
export const CROSSPLANE_IDENTITY = 'crossplane';

/** Group of the namespaced (Crossplane v2) managed resources and their provider configs, per cloud. */
export const MANAGED_GROUP = { azure: 'azure.m.upbound.io', aws: 'aws.m.upbound.io', gcp: 'gcp.m.upbound.io' } as const;

export interface CloudProviderConfigProps {
  readonly target: TargetSpec;
  /** The Crossplane workload identity (its ServiceAccount annotations carry the Azure client id). */
  readonly identity: ResolvedIdentity;
  readonly labels: Readonly<Record<string, string>>;
}

/**
 * The cluster-wide provider config of the namespaced managed resources, authenticated by workload
 * identity: Azure federated OIDC token, AWS IRSA, GKE injected identity. The Azure spec is typed
 * with the provider-upjet-azure import: the `azure.upbound.io` ProviderConfig and the
 * `azure.m.upbound.io` ClusterProviderConfig share one schema (checked against ../shared/crds).
 */
export class CloudProviderConfig extends Construct {
  readonly config: ApiObject;

  constructor(scope: Construct, id: string, props: CloudProviderConfigProps) {
    super(scope, id);
    const p = props.target.provider;
    const metadata = { name: PROVIDER_CONFIG_NAME, labels: { ...props.labels } };
    const apiVersion = `${MANAGED_GROUP[p.cloud]}/v1beta1`;
    let spec: unknown;
    switch (p.cloud) {
      case 'azure': {
        // The same value the ServiceAccount is annotated with (nil GUID until the cloud outputs are recorded).
        const clientId = props.identity.annotations[ANNOTATION.azure] ?? identityAnnotations(props.target, CROSSPLANE_IDENTITY)[ANNOTATION.azure];
        spec = toJson_ProviderConfigSpec({
          credentials: { source: ProviderConfigSpecCredentialsSource.OIDC_TOKEN_FILE },
          clientId,
          tenantId: p.tenantId,
          subscriptionId: p.subscriptionId,
        });
        break;
      }
      // IRSA and GKE workload identity read the role from the ServiceAccount annotation itself.
      case 'aws':
        spec = { credentials: { source: 'IRSA' } };
        break;
      case 'gcp':
        spec = { projectID: p.projectId, credentials: { source: 'InjectedIdentity' } };
        break;
    }
    this.config = new ApiObject(this, 'config', { apiVersion, kind: PROVIDER_CONFIG_KIND, metadata, spec });
  }
}
