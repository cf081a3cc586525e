/**
 * Every Kubernetes API grant the project renders, as declared: first-party services from their
 * component's `kubernetesApi`, tenant owners from config/tenancy.ts, the secret readers and the
 * Spark driver from the constructs that render them. The gate (lib/gate/rules/sensitive-api.ts)
 * checks every rendered Role against this list: a sensitive grant nobody declared, or declared
 * without a reason, fails the synth.
 */
import type { ApiGrant, ResolvedTarget } from '../../config/types';
import { TENANT_SECRETS_SERVICE_ACCOUNT } from '../../lib/clouds';
import { SPARK_SERVICE_ACCOUNT, sparkConnectAddOn, sparkDriverGrant } from './operators/spark';
import { kafkaCredentialCopies, kafkaCredentialsReaderGrant } from './secrets/kafka-credential-copies';
import { kafkaNamespaceOf } from './secrets/kafka-credentials';
import { DEV_SECRET_READER_GRANT, tenantDevReaderGrant } from './secrets/store';
import { tenantOwnerGrant } from './tenants/tenant';
import { serviceApiGrant } from './workloads/service-workload';

export function declaredApiGrants(model: ResolvedTarget): ApiGrant[] {
  const grants: ApiGrant[] = [];
  for (const [name, c] of Object.entries(model.components)) {
    if (c.kind === 'service') {
      const grant = serviceApiGrant(name, c);
      if (grant) grants.push(grant);
    } else if (name === sparkConnectAddOn.component && c.kind === 'operated')
      grants.push(sparkDriverGrant(SPARK_SERVICE_ACCOUNT, c.namespace));
  }
  const dev = model.settings.secretsSource === 'dev-generated';
  if (dev) grants.push(DEV_SECRET_READER_GRANT);
  for (const tenant of model.tenants) {
    grants.push(tenantOwnerGrant(tenant));
    if (dev) grants.push(tenantDevReaderGrant(tenant.slug, TENANT_SECRETS_SERVICE_ACCOUNT));
  }
  const kafkaNamespace = kafkaNamespaceOf(model);
  if (kafkaNamespace !== undefined && kafkaCredentialCopies(model).length > 0) grants.push(kafkaCredentialsReaderGrant(kafkaNamespace));
  return grants;
}
