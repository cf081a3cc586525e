/**
 * cert-manager part of the secrets feature:
 *   security/cluster-issuers.yaml  letsencrypt-staging-dns01 and letsencrypt-prod-dns01 (DNS-01 on the target's zone)
 *   secrets/certificates.yaml      one Certificate per platform host, into the TLS Secret its Ingress names
 *   tenants/<slug>.yaml            the tenant's Certificate for `<slug>.<domain>` and `*.<slug>.<domain>`
 */
import type { ResolvedTarget } from '../../../config/types';
import { standardLabels, tenantBilling } from '../core/labels';
import { platformHosts, tenantFile, tenantHostOf } from '../core/names';
import type { TargetScope } from '../core/target-scope';
import { TlsCertificate, tlsCertificateObject } from './certificate';
import { AcmeIssuers } from './issuers';

export { TlsCertificate, tlsCertificateObject, type TlsCertificateProps } from './certificate';
export { AcmeIssuers, dns01Solver, ISSUERS, type IssuerName } from './issuers';

export function renderCertificates(charts: TargetScope, model: ResolvedTarget): void {
  const certManager = model.identities['cert-manager'];
  if (!certManager) throw new Error(`target ${model.target.name}: no "cert-manager" workload identity in config/identities.ts`);
  const platformBilling = { costCenter: model.target.costCenter, application: 'platform-certificates', team: 'platform-engineering' };
  new AcmeIssuers(charts.group('security', 'cluster-issuers'), 'issuers', { target: model.target, certManager, billing: platformBilling });
  const issuer = model.settings.certificateIssuer;

  const group = charts.group('secrets', 'certificates');
  for (const host of platformHosts(model)) {
    const component = model.components[host.component];
    new TlsCertificate(group, host.secretName, {
      namespace: host.namespace,
      secretName: host.secretName,
      dnsNames: [host.host],
      issuer,
      labels: standardLabels({ name: host.component, component: 'certificate', billing: component.billing }),
    });
  }

  for (const tenant of model.tenants) {
    const route = tenantHostOf(model, tenant.slug);
    if (!route) continue;
    const { cls, props } = tlsCertificateObject({
      namespace: route.namespace,
      secretName: route.secretName,
      dnsNames: [route.host, `*.${route.host}`],
      issuer,
      labels: standardLabels({
        name: `tenant-${tenant.slug}`,
        component: 'certificate',
        billing: tenantBilling(model.target.costCenter, tenant.slug),
      }),
    });
    charts.addObject('tenants', tenantFile(model, tenant.slug), cls, props);
  }
}
