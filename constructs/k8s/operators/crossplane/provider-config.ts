import type { ApiObject } from 'cdk8s';
import { Construct } from 'constructs';
import { profileOf } from '../../../../lib/clouds';
import type { ResolvedIdentity, TargetSpec } from '../../../../config/types';

/** Name of the ClusterProviderConfig every composed managed resource references. */
export const PROVIDER_CONFIG_NAME = 'default';
export const PROVIDER_CONFIG_KIND = 'ClusterProviderConfig';
/** config/identities.ts name of the identity Crossplane providers run as. */
export const CROSSPLANE_IDENTITY = 'crossplane';

interface CloudProviderConfigProps {
  readonly target: TargetSpec;
  /** The Crossplane workload identity (its ServiceAccount annotations carry the Azure client id). */
  readonly identity: ResolvedIdentity;
  readonly labels: Readonly<Record<string, string>>;
}

/**
 * The cluster-wide provider config of the namespaced managed resources, authenticated by workload
 * identity (Azure federated OIDC token, AWS IRSA, GKE injected identity: the cloud profile's
 * binding of its provider's ClusterProviderConfig).
 */
export class CloudProviderConfig extends Construct {
  readonly config: ApiObject;

  constructor(scope: Construct, id: string, props: CloudProviderConfigProps) {
    super(scope, id);
    const metadata = { name: PROVIDER_CONFIG_NAME, labels: { ...props.labels } };
    this.config = profileOf(props.target).crossplane.clusterProviderConfig(this, 'config', {
      metadata,
      target: props.target,
      identity: props.identity,
    });
  }
}
