import { NAMESPACES } from '../../config/namespaces';
import { PLATFORM_NAMESPACES } from '../../config/types';
import { profileOf } from '../../lib/clouds';
import { fleetOf } from '../../lib/model/fleet';
import type { Feature } from './core/target-scope';
import { tenantFile, tenantHostOf } from './core/names';
import { kafkaNamespaceOf } from './secrets/kafka-credentials';
import { IdentityServiceAccounts, identityOfService } from './workloads/identities';
import { platformPolicies, usedNodeAgentNamespaces } from './network/network-policies';
import { NodeAgentNamespace } from './namespaces/node-agent-namespace';
import { PlatformNamespace } from './namespaces/platform-namespace';
import { StorageClasses } from './namespaces/storage-classes';
import { ServiceWorkload } from './workloads/service-workload';
import { tenantBaselineObjects } from './tenants/tenant';
import { tenantPlacements } from './tenants/placement';
import { ingressAnnotations } from './core/ingress-annotations';

export { platformPolicies, tenantPolicies, componentPolicies, platformNamespacePolicies } from './network/network-policies';
export { ServiceWorkload } from './workloads/service-workload';
export { TenantBaseline, tenantBaselineObjects, type TenantBaselineProps } from './tenants/tenant';
export { PlatformNamespace } from './namespaces/platform-namespace';

/**
 * The secure baseline of a target.
 *   platform/<namespace>.yaml  Namespace, default deny + DNS, namespace-wide allowances, policies of charts in it
 *                              (the seven platform namespaces, and the node agent namespaces in use)
 *   platform/identities.yaml   ServiceAccounts of the operators' cloud identities
 *   platform/storage-classes.yaml  StorageClasses the cloud's clusters lack (the cloud profile's)
 *   workloads/<service>.yaml   every object of one first-party service
 *   tenants/<slug>.yaml        namespace, quota, limits, placement, RBAC, policies and route of one tenant
 */
export const baseline: Feature = (charts, model) => {
  const policies = platformPolicies(model);
  const byComponent = new Map(policies.flatMap((p) => (p.owner.kind === 'component' ? [[p.owner.component, p] as const] : [])));
  for (const ns of PLATFORM_NAMESPACES) {
    const own = policies.filter(
      (p) => p.namespace === ns && (p.owner.kind === 'namespace' || (p.owner.kind === 'component' && p.owner.componentKind !== 'service')),
    );
    new PlatformNamespace(charts.group('platform', ns), 'baseline', {
      name: ns,
      costCenter: model.target.costCenter,
      networkPolicies: own,
    });
  }
  for (const ns of usedNodeAgentNamespaces(model)) {
    new NodeAgentNamespace(charts.group('platform', ns), 'baseline', {
      name: ns,
      costCenter: model.target.costCenter,
      networkPolicies: policies.filter((p) => p.namespace === ns),
    });
  }
  new IdentityServiceAccounts(charts.group('platform', 'identities'), 'baseline', { model });
  const storageClasses = profileOf(model.target).storageClasses.rendered;
  if (Object.keys(storageClasses).length > 0)
    new StorageClasses(charts.group('platform', 'storage-classes'), 'baseline', {
      classes: storageClasses,
      billing: { costCenter: model.target.costCenter, ...NAMESPACES['matih-system'].billing },
    });

  const kafkaNamespace = kafkaNamespaceOf(model);
  for (const name of Object.keys(model.components).sort()) {
    const component = model.components[name];
    if (component.kind !== 'service') continue;
    new ServiceWorkload(charts.group('workloads', name), 'baseline', {
      name,
      component,
      domain: model.target.domain,
      identity: identityOfService(model, name),
      networkPolicy: byComponent.get(name),
      kafkaNamespace,
      storageClass: model.target.storageClass,
    });
  }

  const gateway = model.components['api-gateway'];
  const routeAnnotations = gateway?.kind === 'service' && gateway.ingress ? ingressAnnotations(gateway.ingress, 'api-gateway') : undefined;
  const movingTo = fleetOf(model).movingTo ?? {};
  const placements = tenantPlacements(model);
  for (const tenant of model.tenants) {
    const props = {
      tenant,
      costCenter: model.target.costCenter,
      route: tenantHostOf(model, tenant.slug),
      routeAnnotations,
      placement: placements[tenant.tier],
      movingTo: movingTo[tenant.slug],
    };
    charts.addObjects('tenants', tenantFile(model, tenant.slug), tenantBaselineObjects(props));
  }
};
