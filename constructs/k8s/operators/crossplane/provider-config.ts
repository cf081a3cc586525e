import { ApiObject } from 'cdk8s';
import { Construct } from 'constructs';
import { profileOf } from '../../../../lib/clouds';
import type { ResolvedIdentity, TargetSpec } from '../../../../config/types';

/** Name of the ClusterProviderConfig every composed managed resource references. */
export const PROVIDER_CONFIG_NAME = 'default';
export const PROVIDER_CONFIG_KIND = 'ClusterProviderConfig';
/** config/identities.ts name of the identity Crossplane providers run as. */
export const CROSSPLANE_IDENTITY = 'crossplane';

export interface CloudProviderConfigProps {
  readonly target: TargetSpec;
  /** The Crossplane workload identity (its ServiceAccount annotations carry the Azure client id). */
  readonly identity: ResolvedIdentity;
  readonly labels: Readonly<Record<string, string>>;
}

/**
 * The cluster-wide provider config of the namespaced managed resources, authenticated by workload
 * identity (Azure federated OIDC token, AWS IRSA, GKE injected identity: the cloud profile's spec).
 */
export class CloudProviderConfig extends Construct {
  readonly config: ApiObject;

  constructor(scope: Construct, id: string, props: CloudProviderConfigProps) {
    super(scope, id);
    const crossplane = profileOf(props.target).crossplane;
    const metadata = { name: PROVIDER_CONFIG_NAME, labels: { ...props.labels } };
    const apiVersion = `${crossplane.managedGroup}/v1beta1`;
    const spec = crossplane.providerConfigSpec(props.target, props.identity);
    this.config = new ApiObject(this, 'config', { apiVersion, kind: PROVIDER_CONFIG_KIND, metadata, spec });
  }
}
