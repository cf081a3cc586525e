import { k8s } from 'cdk8s-plus-29';
import { Construct } from 'constructs';
import { NAMESPACE_TYPE_LABEL } from '../../../config/namespaces';
import { TENANT_LIMITS, TENANT_OWNER_PERMISSIONS, TENANT_PLACEMENT_CONFIGMAP } from '../../../config/tenancy';
import type { ApiGrant, Tenant, TenantQuota } from '../../../config/types';
import { MANAGED_BY, standardLabels, tenantBilling } from '../core/labels';
import { constructAll, typed, type TypedObject } from '../core/typed-object';
import { INGRESS_CLASS, type TenantHost } from '../core/names';
import { tenantPolicies } from '../network/network-policies';
import { networkPolicyProps } from '../network/network-policy';
import { checkRules, roleRules } from '../workloads/rbac';
import type { TenantPlacementSpec } from './placement';
import { podSecurityLabels } from '../../../lib/model/pod-security';
import { tenantNamespace } from '../../../lib/model/tenants';

/** ServiceAccount tenant workloads run as; it has no RoleBinding (they need no Kubernetes API). */
const TENANT_WORKLOAD_SA = 'tenant-workload';
const TENANT_OWNER_ROLE = 'tenant-owner';
const TENANT_QUOTA = 'tenant-quota';
export const TENANT_LIMIT_RANGE = 'tenant-limits';

/**
 * The placement ConfigMap's data of a placement, serialized once: every tenant of a tier shares one
 * placement object (tenantPlacements), so thousands of tenants do not stringify it again.
 */
const placementData = new WeakMap<TenantPlacementSpec, { nodePool: string; nodeSelector: string; tolerations: string }>();

function placementDataOf(placement: TenantPlacementSpec): { nodePool: string; nodeSelector: string; tolerations: string } {
  let data = placementData.get(placement);
  if (!data) {
    data = {
      nodePool: placement.pool,
      nodeSelector: JSON.stringify(placement.nodeSelector),
      tolerations: JSON.stringify(placement.tolerations),
    };
    placementData.set(placement, data);
  }
  return data;
}

/** ResourceQuota `hard` keys and the quota field each comes from. */
export const QUOTA_KEYS: Readonly<Record<string, keyof TenantQuota>> = {
  'requests.cpu': 'requestsCpu',
  'requests.memory': 'requestsMemory',
  'limits.cpu': 'limitsCpu',
  'limits.memory': 'limitsMemory',
  pods: 'pods',
  services: 'services',
  persistentvolumeclaims: 'persistentVolumeClaims',
  'requests.storage': 'requestsStorage',
};

const q = (value: string | number): k8s.Quantity => k8s.Quantity.fromString(String(value));
const qmap = (list: { cpu: string; memory: string }): Record<string, k8s.Quantity> => ({ cpu: q(list.cpu), memory: q(list.memory) });
const LIMITS = {
  default: qmap(TENANT_LIMITS.default),
  defaultRequest: qmap(TENANT_LIMITS.defaultRequest),
  max: qmap(TENANT_LIMITS.max),
  min: qmap(TENANT_LIMITS.min),
};
const TENANT_OWNER_RULES = roleRules(TENANT_OWNER_PERMISSIONS);
checkRules('TENANT_OWNER_PERMISSIONS', TENANT_OWNER_RULES);

/** The owner group's Role in the tenant's namespace, as declared (config/tenancy.ts), for the gate. */
export function tenantOwnerGrant(tenant: Pick<Tenant, 'slug' | 'ownerGroup'>): ApiGrant {
  return {
    roleKind: 'Role',
    namespace: tenantNamespace(tenant.slug),
    role: TENANT_OWNER_ROLE,
    subject: { kind: 'Group', name: tenant.ownerGroup },
    permissions: TENANT_OWNER_PERMISSIONS,
    declaredAt: 'config/tenancy.ts TENANT_OWNER_PERMISSIONS',
  };
}

export interface TenantBaselineProps {
  readonly tenant: Tenant;
  /** Cost center of the target. */
  readonly costCenter: string;
  /** The tenant's public route (`<slug>.<domain>`), or undefined when the gateway is off. @default none */
  readonly route?: TenantHost;
  /** Annotations of the route's Ingress (the gateway's own ingress annotations). @default none */
  readonly routeAnnotations?: Readonly<Record<string, string>>;
  /** Where the tenant's pods run (tenantPlacements of the target, shared by the tenants of a tier). */
  readonly placement: TenantPlacementSpec;
  /**
   * The cluster the tenant moves to, when this is the place it leaves (kept until `movedFrom.retired`):
   * annotated on the namespace, so `npm run diff` tells a kept place from a current one.
   * @default none
   */
  readonly movingTo?: string;
}

/** Namespace annotation of a tenant's place that is kept only while the tenant moves to the cluster it names. */
const MOVING_TO_ANNOTATION = 'matih.ai/moving-to';

/**
 * The objects of one tenant's baseline: namespace (the GitOps pass protects it from pruning),
 * quota, limits, placement, ServiceAccount, owner Role and binding, NetworkPolicies and the
 * tenant's Ingress.
 * Typed props, not constructs: a target may hold thousands of tenants, so the feature adds them as
 * plain manifests (TargetScope.addObjects).
 */
export function tenantBaselineObjects(props: TenantBaselineProps): TypedObject[] {
  const { slug, tier, ownerGroup, quota } = props.tenant;
  const namespace = tenantNamespace(slug);
  const labels = standardLabels({
    name: namespace,
    instance: namespace,
    component: 'tenant',
    billing: tenantBilling(props.costCenter, slug),
  });
  const metadata = (name: string): k8s.ObjectMeta => ({ name, namespace, labels });

  const objects: TypedObject[] = [
    typed(k8s.KubeNamespace, {
      metadata: {
        name: namespace,
        labels: {
          ...labels,
          [NAMESPACE_TYPE_LABEL]: 'tenant',
          'matih.ai/tenant-slug': slug,
          'matih.ai/tier': tier,
          'matih.ai/managed-by': MANAGED_BY,
          // Tenants are always restricted: config/namespaces.ts exceptions apply to platform namespaces only.
          ...podSecurityLabels('restricted'),
        },
        ...(props.tenant.displayName || props.movingTo
          ? {
              annotations: {
                ...(props.tenant.displayName ? { 'matih.ai/display-name': props.tenant.displayName } : {}),
                ...(props.movingTo ? { [MOVING_TO_ANNOTATION]: props.movingTo } : {}),
              },
            }
          : {}),
      },
    }),
    typed(k8s.KubeResourceQuota, {
      metadata: metadata(TENANT_QUOTA),
      spec: { hard: Object.fromEntries(Object.entries(QUOTA_KEYS).map(([key, field]) => [key, q(quota[field])])) },
    }),
    typed(k8s.KubeLimitRange, { metadata: metadata(TENANT_LIMIT_RANGE), spec: { limits: [{ type: 'Container', ...LIMITS }] } }),
    // The services that start pods here copy this nodeSelector and these tolerations into every pod (config/tenancy.ts).
    typed(k8s.KubeConfigMap, {
      metadata: {
        ...metadata(TENANT_PLACEMENT_CONFIGMAP),
        annotations: {
          'matih.ai/description': `Node pool of ${tier} tenants: copy nodeSelector and tolerations into every pod started here`,
        },
      },
      data: { tier, ...placementDataOf(props.placement) },
    }),
    typed(k8s.KubeServiceAccount, { metadata: metadata(TENANT_WORKLOAD_SA), automountServiceAccountToken: false }),
    typed(k8s.KubeRole, { metadata: metadata(TENANT_OWNER_ROLE), rules: TENANT_OWNER_RULES }),
    typed(k8s.KubeRoleBinding, {
      metadata: metadata(TENANT_OWNER_ROLE),
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: TENANT_OWNER_ROLE },
      subjects: [{ apiGroup: 'rbac.authorization.k8s.io', kind: 'Group', name: ownerGroup }],
    }),
    ...tenantPolicies(props.costCenter, slug).map((policy) => typed(k8s.KubeNetworkPolicy, networkPolicyProps(policy))),
  ];

  const route = props.route;
  if (route) {
    // One Ingress per tenant in the gateway's namespace (an Ingress reaches Services of its own namespace only); Kong routes /ws on to ai-service.
    const backend = { service: { name: route.serviceName, port: { name: 'http' } } };
    objects.push(
      typed(k8s.KubeIngress, {
        metadata: {
          name: namespace,
          namespace: route.namespace,
          labels,
          ...(props.routeAnnotations ? { annotations: { ...props.routeAnnotations } } : {}),
        },
        spec: {
          ingressClassName: INGRESS_CLASS,
          tls: [{ hosts: [route.host], secretName: route.secretName }],
          rules: [{ host: route.host, http: { paths: ['/api', '/ws'].map((path) => ({ path, pathType: 'Prefix', backend })) } }],
        },
      }),
    );
  }
  return objects;
}

/** The baseline of one tenant (tenantBaselineObjects) as constructs, for code that composes constructs. */
export class TenantBaseline extends Construct {
  constructor(scope: Construct, id: string, props: TenantBaselineProps) {
    super(scope, id);
    constructAll(this, tenantBaselineObjects(props));
  }
}
