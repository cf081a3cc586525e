/**
 * Tenant isolation of the cloud vaults, evaluated the way each cloud evaluates a request, over the
 * synthesized Terraform: which cloud identity a tenant's Kubernetes ServiceAccount can become, and
 * which secrets that identity's grants then let it read. Nothing here reuses the stack code's own
 * prefix or scope strings as the expected answer: grants are matched (IAM ARN globs, IAM condition
 * CEL, Azure scope inheritance) against candidate secret names of every tenant.
 */
import { CelScalar, celMethod, isCelError, run } from '@bufbuild/cel';
import type { Tenant } from '../../config/types';
import { TENANT_SECRETS_SERVICE_ACCOUNT } from '../../lib/clouds';
import type { Json } from './helpers';
import { tenantNamespace } from '../../lib/model/tenants';

/** Slugs where one is a prefix of another, and two that share the 12 characters an Azure vault name keeps. */
export const ISOLATION_SLUGS = ['acme', 'acme-labs', 'acme-l', 'acme-labs-eu', 'acme-labs-eu2', 'labs'] as const;

export function isolationTenants(target: string): Tenant[] {
  return ISOLATION_SLUGS.map((slug) => ({
    slug,
    tier: 'FREE',
    targets: [target],
    ownerGroup: `${slug}-admins`,
    quota: {
      requestsCpu: '1',
      requestsMemory: '1Gi',
      limitsCpu: '1',
      limitsMemory: '1Gi',
      pods: 1,
      services: 1,
      persistentVolumeClaims: 1,
      requestsStorage: '1Gi',
    },
  }));
}

/** The Kubernetes ServiceAccount a tenant's SecretStore authenticates as (`system:serviceaccount:<ns>:<sa>`). */
export function tenantSubject(slug: string): { namespace: string; serviceAccount: string; subject: string } {
  const namespace = tenantNamespace(slug);
  return {
    namespace,
    serviceAccount: TENANT_SECRETS_SERVICE_ACCOUNT,
    subject: `system:serviceaccount:${namespace}:${TENANT_SECRETS_SERVICE_ACCOUNT}`,
  };
}

/** Keys every tenant's vault holds in these tests (the names do not matter; the tenant part does). */
export const CANDIDATE_KEYS = ['tenant-credentials', 'db-password'] as const;

/** Pairs of prefixes where one starts with the other: a grant on the shorter one reaches the longer one's entries. */
export function overlappingPrefixes(prefixes: Readonly<Record<string, string>>): string[] {
  const entries = Object.entries(prefixes);
  const found: string[] = [];
  for (const [a, pa] of entries)
    for (const [b, pb] of entries) if (a !== b && pb.startsWith(pa)) found.push(`${a} (${pa}) covers ${b} (${pb})`);
  return found;
}

// ---- AWS: IAM wildcard match, trust policies, inline role policies ---------------------------------------

/** IAM's ARN and action wildcard match: `*` any run of characters (slashes included), `?` one character. */
export function iamGlobMatch(pattern: string, value: string, ignoreCase = false): boolean {
  const regex = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${regex}$`, ignoreCase ? 'i' : '').test(value);
}

type Statement = Json;

function statementsOf(json: Json, policyRef: string): Statement[] {
  const match = /^\$\{data\.aws_iam_policy_document\.([^.]+)\.json\}$/.exec(policyRef);
  if (!match) throw new Error(`cannot evaluate policy ${policyRef}: not a policy document of the stack`);
  return json.data.aws_iam_policy_document[match[1]].statement as Statement[];
}

function listMatches(patterns: unknown, value: string, ignoreCase: boolean): boolean {
  return (patterns as string[] | undefined)?.some((p) => iamGlobMatch(p, value, ignoreCase)) ?? false;
}

/** Whether a statement applies to (action, resource): Action/NotAction and Resource/NotResource as IAM reads them. */
function statementCovers(s: Statement, action: string, resource: string): boolean {
  const actionOk = s.actions ? listMatches(s.actions, action, true) : s.not_actions ? !listMatches(s.not_actions, action, true) : false;
  const resourceOk = s.resources
    ? listMatches(s.resources, resource, false)
    : s.not_resources
      ? !listMatches(s.not_resources, resource, false)
      : false;
  return actionOk && resourceOk;
}

/** IAM policy evaluation for one request: an explicit Deny wins, else any Allow (conditions are assumed to hold). */
export function iamAllows(statements: readonly Statement[], action: string, resource: string): boolean {
  const applying = statements.filter((s) => statementCovers(s, action, resource));
  return !applying.some((s) => s.effect === 'Deny') && applying.some((s) => (s.effect ?? 'Allow') === 'Allow');
}

/** IAM roles of the stack whose trust policy lets a web identity with this `sub` assume them. */
export function awsRolesAssumableBy(json: Json, subject: string): string[] {
  return Object.entries(json.resource.aws_iam_role as Record<string, Json>)
    .filter(([, role]) =>
      statementsOf(json, role.assume_role_policy).some((s) => {
        if ((s.effect ?? 'Allow') !== 'Allow' || !listMatches(s.actions, 'sts:AssumeRoleWithWebIdentity', true)) return false;
        const subs = ((s.condition ?? []) as Json[]).filter((c) => String(c.variable).endsWith(':sub'));
        // A web-identity trust without a `sub` condition lets every ServiceAccount of the cluster in.
        return subs.every((c) =>
          c.test === 'StringEquals' ? c.values.includes(subject) : c.test === 'StringLike' ? listMatches(c.values, subject, false) : true,
        );
      }),
    )
    .map(([id]) => id);
}

/** Every statement of the inline policies attached to a role; a managed policy attachment cannot be evaluated here. */
export function awsRoleStatements(json: Json, roleId: string): Statement[] {
  const attached = Object.values((json.resource.aws_iam_role_policy_attachment ?? {}) as Record<string, Json>).filter(
    (a) => a.role === `\${aws_iam_role.${roleId}.name}` || a.role === `\${aws_iam_role.${roleId}.id}`,
  );
  if (attached.length > 0) throw new Error(`role ${roleId} has managed policies attached; their statements are not in the stack`);
  return Object.values((json.resource.aws_iam_role_policy ?? {}) as Record<string, Json>)
    .filter((p) => p.role === `\${aws_iam_role.${roleId}.id}` || p.role === `\${aws_iam_role.${roleId}.name}`)
    .flatMap((p) => statementsOf(json, p.policy));
}

// ---- GCP: workload identity members, project IAM members with CEL conditions ---------------------------

/**
 * IAM Conditions' `extract(template)`: the part of the string between the template's text before
 * and after `{…}` (to the end when nothing follows), or "" when the text before is absent.
 */
export function extractByTemplate(value: string, template: string): string {
  const open = template.indexOf('{');
  const close = template.indexOf('}', open);
  if (open < 0 || close < 0) return '';
  const before = template.slice(0, open);
  const after = template.slice(close + 1);
  const start = value.indexOf(before);
  if (start < 0) return '';
  const rest = value.slice(start + before.length);
  if (after === '') return rest;
  const end = rest.indexOf(after);
  return end < 0 ? '' : rest.slice(0, end);
}

const EXTRACT = celMethod('extract', CelScalar.STRING, [CelScalar.STRING], CelScalar.STRING, function (template: string) {
  return extractByTemplate(this, template);
});

/** Evaluates an IAM condition expression for a resource name (CEL, with GCP's `extract`). */
export function gcpConditionHolds(expression: string, resourceName: string, resourceType: string): boolean {
  const result = run(
    expression,
    {
      resource: new Map([
        ['name', resourceName],
        ['type', resourceType],
        ['service', 'secretmanager.googleapis.com'],
      ]),
    },
    { funcs: [EXTRACT] },
  );
  if (isCelError(result)) throw new Error(`IAM condition ${expression}: ${String(result.message)}`);
  if (typeof result !== 'boolean') throw new Error(`IAM condition ${expression} is not a boolean`);
  return result;
}

/** Predefined roles that include `secretmanager.versions.access` (Secret Manager access control documentation). */
export const GCP_SECRET_READING_ROLES = ['roles/secretmanager.secretAccessor', 'roles/secretmanager.admin', 'roles/owner', 'roles/editor'];

/** Google service accounts (logical ids) a Kubernetes ServiceAccount may act as through workload identity. */
export function gcpAccountsUsableBy(json: Json, projectId: string, namespace: string, serviceAccount: string): string[] {
  const member = `serviceAccount:${projectId}.svc.id.goog[${namespace}/${serviceAccount}]`;
  return Object.values((json.resource.google_service_account_iam_member ?? {}) as Record<string, Json>)
    .filter((m) => m.role === 'roles/iam.workloadIdentityUser' && m.member === member)
    .map((m) => {
      const found = /^\$\{google_service_account\.([^.]+)\.name\}$/.exec(m.service_account_id);
      if (!found) throw new Error(`cannot resolve service account ${m.service_account_id}`);
      return found[1];
    });
}

/** Whether a Google service account of the stack may access a secret version in the project. */
export function gcpCanAccess(json: Json, accountId: string, secretVersionName: string): boolean {
  const member = `\${google_service_account.${accountId}.member}`;
  const grants = [
    ...Object.values((json.resource.google_project_iam_member ?? {}) as Record<string, Json>),
    ...Object.values((json.resource.google_secret_manager_secret_iam_member ?? {}) as Record<string, Json>),
  ].filter((g) => g.member === member && GCP_SECRET_READING_ROLES.includes(g.role));
  if (grants.some((g) => g.secret_id !== undefined)) throw new Error('per-secret grants are not evaluated here');
  return grants.some(
    (g) => !g.condition || gcpConditionHolds(g.condition.expression, secretVersionName, 'secretmanager.googleapis.com/SecretVersion'),
  );
}

// ---- Azure: federated credentials, role assignments inherited down the resource ID ----------------------

/** Built-in roles whose data actions include reading secret values (Key Vault RBAC guide); Owner/Contributor have none. */
export const AZURE_SECRET_READING_ROLES = ['Key Vault Secrets User', 'Key Vault Secrets Officer', 'Key Vault Administrator'];

/** Resource IDs of the stack's resource groups and Key Vaults, as Azure forms them. */
export function azureResourceIds(json: Json, subscriptionId: string): Map<string, string> {
  const ids = new Map<string, string>();
  const groups = json.resource.azurerm_resource_group as Record<string, Json>;
  for (const [id, rg] of Object.entries(groups))
    ids.set(`\${azurerm_resource_group.${id}.id}`, `/subscriptions/${subscriptionId}/resourceGroups/${rg.name}`);
  const groupOf = (ref: string) => {
    const found = Object.entries(groups).find(([id]) => ref === `\${azurerm_resource_group.${id}.name}`);
    if (!found) throw new Error(`cannot resolve resource group ${ref}`);
    return `/subscriptions/${subscriptionId}/resourceGroups/${found[1].name}`;
  };
  for (const [id, kv] of Object.entries(json.resource.azurerm_key_vault as Record<string, Json>))
    ids.set(`\${azurerm_key_vault.${id}.id}`, `${groupOf(kv.resource_group_name)}/providers/Microsoft.KeyVault/vaults/${kv.name}`);
  return ids;
}

/** An assignment at `scope` applies to the resource itself and everything below it. */
export function azureScopeCovers(scope: string, resourceId: string): boolean {
  const s = scope.toLowerCase();
  const r = resourceId.toLowerCase();
  return r === s || r.startsWith(`${s.replace(/\/$/, '')}/`);
}

/** User-assigned identities (logical ids) whose federated credentials trust this ServiceAccount subject. */
export function azureIdentitiesUsableBy(json: Json, subject: string): string[] {
  return Object.values((json.resource.azurerm_federated_identity_credential ?? {}) as Record<string, Json>)
    .filter((f) => f.subject === subject)
    .map((f) => {
      const found = /^\$\{azurerm_user_assigned_identity\.([^.]+)\.id\}$/.exec(f.parent_id);
      if (!found) throw new Error(`cannot resolve identity ${f.parent_id}`);
      return found[1];
    });
}

/** Whether an identity's role assignments let it read a secret (by resource ID); unresolvable scopes cover nothing. */
export function azureCanRead(json: Json, ids: Map<string, string>, identityId: string, secretId: string): boolean {
  return Object.values((json.resource.azurerm_role_assignment ?? {}) as Record<string, Json>)
    .filter((a) => a.principal_id === `\${azurerm_user_assigned_identity.${identityId}.principal_id}`)
    .filter((a) => AZURE_SECRET_READING_ROLES.includes(a.role_definition_name))
    .some((a) => {
      const scope = ids.get(a.scope) ?? (String(a.scope).startsWith('/') ? a.scope : undefined);
      if (scope === undefined) throw new Error(`cannot resolve the scope ${a.scope} of a secret-reading assignment`);
      return azureScopeCovers(scope, secretId);
    });
}
