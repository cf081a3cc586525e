import { Construct } from 'constructs';
import type { Cloud, NodePoolName, ResolvedIdentity } from '../../../../config/types';
import { CLOUD_PROFILES } from '../../../../lib/clouds';
import { DeploymentRuntimeConfig } from '../../../../imports/deploymentruntimeconfigs-pkg.crossplane.io';
import { Function as CrossplaneFunction } from '../../../../imports/functions-pkg.crossplane.io';
import { Provider } from '../../../../imports/providers-pkg.crossplane.io';
import { restrictedContainerSecurityContext, restrictedPodSecurityContext, writableVolumes } from '../../core/security-context';
import { poolSelector, poolTolerations } from '../common';

/** The composition function of the tenant-bucket Composition (Crossplane v2 supports only `mode: Pipeline`). */
export const PATCH_AND_TRANSFORM = {
  name: 'function-patch-and-transform',
  package: 'xpkg.crossplane.io/crossplane-contrib/function-patch-and-transform:v0.10.9',
} as const;

/** Runtime config of provider pods: the federated ServiceAccount. */
export const PROVIDER_RUNTIME_CONFIG = 'matih-provider-runtime';
/** Runtime config of function pods: restricted, no cloud identity. */
export const FUNCTION_RUNTIME_CONFIG = 'matih-function-runtime';
/** UID Crossplane's default runtime config runs package pods as. */
const PACKAGE_UID = 2000;

/** A pinned package reference: registry/path:vX.Y.Z, never a mutable tag. */
const PINNED = /^[a-z0-9.-]+(\/[a-z0-9._-]+)+:v\d+\.\d+\.\d+$/;

interface CrossplanePackagesProps {
  readonly cloud: Cloud;
  readonly namespace: string;
  /** Identity the provider pods run as (ServiceAccount rendered with its annotations by the baseline). */
  readonly identity: ResolvedIdentity;
  readonly labels: Readonly<Record<string, string>>;
  /** @default platform */
  readonly nodePool?: NodePoolName;
}

/**
 * Runtime config of package pods. Providers call the Kubernetes API (they reconcile managed
 * resources) under their federated identity; function pods only answer Crossplane's gRPC calls
 * and get no ServiceAccount token.
 */
function runtimeConfig(
  scope: Construct,
  id: string,
  name: string,
  labels: Record<string, string>,
  pool: NodePoolName,
  identity?: ResolvedIdentity,
): DeploymentRuntimeConfig {
  const tmp = writableVolumes();
  return new DeploymentRuntimeConfig(scope, id, {
    metadata: { name, labels },
    spec: {
      deploymentTemplate: {
        spec: {
          selector: {},
          template: {
            ...(identity && Object.keys(identity.podLabels).length > 0 ? { metadata: { labels: { ...identity.podLabels } } } : {}),
            spec: {
              ...(identity ? { serviceAccountName: identity.serviceAccount } : {}),
              automountServiceAccountToken: identity !== undefined,
              securityContext: restrictedPodSecurityContext({ uid: PACKAGE_UID }),
              nodeSelector: poolSelector(pool),
              tolerations: poolTolerations(pool),
              containers: [
                {
                  name: 'package-runtime',
                  securityContext: restrictedContainerSecurityContext({ uid: PACKAGE_UID }),
                  volumeMounts: tmp.mounts,
                },
              ],
              volumes: tmp.volumes,
            },
          },
        },
      },
    },
  });
}

/** Provider and Function packages plus their DeploymentRuntimeConfigs (`security/crossplane-providers.yaml`). */
export class CrossplanePackages extends Construct {
  readonly providers: Provider[] = [];

  constructor(scope: Construct, id: string, props: CrossplanePackagesProps) {
    super(scope, id);
    if (props.identity.namespace !== props.namespace) {
      throw new Error(`Crossplane provider identity lives in ${props.identity.namespace}, but Crossplane runs in ${props.namespace}`);
    }
    const pool = props.nodePool ?? 'platform';
    const labels = { ...props.labels };
    runtimeConfig(this, 'provider-runtime', PROVIDER_RUNTIME_CONFIG, labels, pool, props.identity);
    runtimeConfig(this, 'function-runtime', FUNCTION_RUNTIME_CONFIG, labels, pool);
    const packages = CLOUD_PROFILES[props.cloud].crossplane.packages;
    for (const p of [...packages, PATCH_AND_TRANSFORM]) {
      if (!PINNED.test(p.package)) throw new Error(`Crossplane package "${p.package}" must be pinned to a vX.Y.Z tag`);
    }
    for (const p of packages) {
      this.providers.push(
        new Provider(this, p.name, {
          metadata: { name: p.name, labels },
          spec: { package: p.package, runtimeConfigRef: { name: PROVIDER_RUNTIME_CONFIG }, packagePullPolicy: 'IfNotPresent' },
        }),
      );
    }
    new CrossplaneFunction(this, PATCH_AND_TRANSFORM.name, {
      metadata: { name: PATCH_AND_TRANSFORM.name, labels },
      spec: {
        package: PATCH_AND_TRANSFORM.package,
        runtimeConfigRef: { name: FUNCTION_RUNTIME_CONFIG },
        packagePullPolicy: 'IfNotPresent',
      },
    });
  }
}
