/**
 * Names shared across features, so that the object one feature references is exactly the object
 * another creates: hosts and TLS secret names (Ingresses here, Certificates in the secrets
 * feature), the ingress class, tenant namespaces.
 */
import { fleetOf, tenantFileOf } from '../../../lib/model/fleet';
import type { ResolvedTarget, ServiceComponent } from '../../../config/types';
import { tenantNamespace } from '../../../lib/model/tenants';

export { tenantNamespace };

/** IngressClass of the platform ingress controller in matih-ingress (config/components/define.ts). */
export { INGRESS_CLASS } from '../../../config/components/define';

/** The first-party service that terminates tenant routes (`<slug>.<domain>/api`, `/ws`). */
const TENANT_ROUTE_SERVICE = 'api-gateway';

/** The TLS Secret of a platform host: `<component>-tls`, in the component's namespace. */
export function tlsSecretName(component: string): string {
  return `${component}-tls`;
}

/** The TLS Secret of a tenant host `<slug>.<domain>`, in the namespace of TENANT_ROUTE_SERVICE. */
function tenantTlsSecretName(slug: string): string {
  return `tenant-${slug}-tls`;
}

function tenantHost(slug: string, domain: string): string {
  return `${slug}.${domain}`;
}

/** One public host of the platform and where its Ingress and TLS Secret live. */
interface PlatformHost {
  readonly component: string;
  readonly namespace: string;
  readonly host: string;
  readonly path: string;
  readonly secretName: string;
}

/** Every platform host of a target: each enabled service with `ingress` gets `<hostPrefix>.<domain>`. */
export function platformHosts(model: ResolvedTarget): PlatformHost[] {
  const hosts: PlatformHost[] = [];
  for (const [name, c] of Object.entries(model.components).sort(([a], [b]) => a.localeCompare(b))) {
    if (c.kind !== 'service' || !c.ingress) continue;
    hosts.push({
      component: name,
      namespace: c.namespace,
      host: `${c.ingress.hostPrefix}.${model.target.domain}`,
      path: c.ingress.path ?? '/',
      secretName: tlsSecretName(name),
    });
  }
  return hosts;
}

/** One tenant host and where its Ingress and TLS Secret live (undefined when the route service is off). */
export interface TenantHost {
  readonly slug: string;
  readonly namespace: string;
  readonly host: string;
  readonly secretName: string;
  /** Service the tenant paths route to (TENANT_ROUTE_SERVICE). */
  readonly serviceName: string;
  readonly service: ServiceComponent;
}

export function tenantHostOf(model: ResolvedTarget, slug: string): TenantHost | undefined {
  const service = model.components[TENANT_ROUTE_SERVICE];
  if (!service || service.kind !== 'service') return undefined;
  return {
    slug,
    namespace: service.namespace,
    host: tenantHost(slug, model.target.domain),
    secretName: tenantTlsSecretName(slug),
    serviceName: TENANT_ROUTE_SERVICE,
    service,
  };
}

/** The file of a tenant's objects under `tenants/`: `<shard folder>/<slug>` (one Argo CD Application per shard folder). */
export function tenantFile(model: ResolvedTarget, slug: string): string {
  return tenantFileOf(fleetOf(model), slug);
}
