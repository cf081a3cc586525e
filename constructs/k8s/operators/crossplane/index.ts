import type { ResolvedTarget } from '../../../../config/types';
import { tenantBilling } from '../../core/labels';
import { tenantFile } from '../../core/names';
import type { TargetScope } from '../../core/target-scope';
import { operatorLabels } from '../common';
import { CrossplanePackages } from './packages';
import { CloudProviderConfig, CROSSPLANE_IDENTITY } from './provider-config';
import { TENANT_BUCKET_TIERS, TenantBucketApi, tenantBucketObject } from './tenant-bucket';
import type { OperatorAddOn } from '../add-on';
import { tenantNamespace } from '../../../../lib/model/tenants';

export { CrossplanePackages, FUNCTION_RUNTIME_CONFIG, PATCH_AND_TRANSFORM, PROVIDER_RUNTIME_CONFIG } from './packages';
export { CloudProviderConfig, PROVIDER_CONFIG_KIND, PROVIDER_CONFIG_NAME } from './provider-config';
export {
  bucketPrefix,
  TENANT_BUCKET_API_VERSION,
  TENANT_BUCKET_KIND,
  TENANT_BUCKET_NAME,
  TENANT_BUCKET_TIERS,
  TenantBucket,
  TenantBucketApi,
  tenantBucketName,
  tenantBucketObject,
  TenantBucketXR,
} from './tenant-bucket';

/** The chart component that installs Crossplane; nothing is rendered when it is disabled. */
const CROSSPLANE_COMPONENT = 'crossplane';

/**
 * Packages and runtime configs (`security/crossplane-providers.yaml`, wave 2), provider config, XRD
 * and Composition (`data/crossplane.yaml`, wave 4) and one TenantBucket per eligible tenant
 * (`tenants/<slug>.yaml`, wave 6).
 */
function buildCrossplane(charts: TargetScope, model: ResolvedTarget): void {
  const chart = model.components[CROSSPLANE_COMPONENT];
  if (!chart) return;
  const identity = model.identities[CROSSPLANE_IDENTITY];
  if (!identity)
    throw new Error(`target ${model.target.name} resolves no "${CROSSPLANE_IDENTITY}" workload identity (config/identities.ts)`);
  const labels = operatorLabels('crossplane', chart.billing);
  new CrossplanePackages(charts.group('security', 'crossplane-providers'), 'packages', {
    cloud: model.target.provider.cloud,
    namespace: chart.namespace,
    identity,
    labels,
    // Provider and Function pods run beside Crossplane.
    nodePool: chart.nodePool,
  });
  const data = charts.group('data', 'crossplane');
  new CloudProviderConfig(data, 'provider-config', { target: model.target, identity, labels });
  new TenantBucketApi(data, 'tenant-bucket', { target: model.target, labels });
  for (const tenant of model.tenants) {
    if (!TENANT_BUCKET_TIERS.includes(tenant.tier)) continue;
    const { cls, props } = tenantBucketObject({
      target: model.target,
      namespace: tenantNamespace(tenant.slug),
      labels: operatorLabels(
        'tenant-bucket',
        tenantBilling(model.target.costCenter, tenant.slug),
        'object-storage',
        `tenant-${tenant.slug}`,
      ),
    });
    charts.addObject('tenants', tenantFile(model, tenant.slug), cls, props);
  }
}

/** The add-on (../add-on.ts) built by `buildCrossplane`. */
export const crossplaneAddOn: OperatorAddOn = { component: CROSSPLANE_COMPONENT, build: buildCrossplane };
