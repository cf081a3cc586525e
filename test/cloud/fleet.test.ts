/**
 * The fleet's cloud stacks: every member cluster gets a hardened stack of its own (the same
 * Checkov-equivalent rules as a platform), peered with its platform, its zone delegated from the
 * platform zone, Argo CD's identity allowed on its cluster, and the non-secret cluster entry in the
 * platform vault. The platform gets Argo CD's identity (and on AWS the fleet NLB).
 */
import * as path from 'node:path';
import * as os from 'node:os';
import { Testing } from 'cdktf';
import { awsFleetGatewayAddresses } from '../../lib/clouds/aws';
import { buildCloudApp, loadCloudTargets, withFastTokens } from '../../lib/synth/cloud';
import type { CloudTargetInput } from '../../lib/synth/cloud';
import { CLOUD_RULES } from './checkov';
import { type Json, only, resources } from './helpers';

const inputs = loadCloudTargets();
const stacks = new Map<string, Json>();
function stackOf(name: string): Json {
  let json = stacks.get(name);
  if (!json) {
    const input = inputs.find((i) => i.target.name === name)!;
    const { stacks: built } = withFastTokens(() => buildCloudApp([input], path.join(os.tmpdir(), 'matih-fleet-cloud')));
    json = JSON.parse(withFastTokens(() => Testing.synth(built[0]))) as Json;
    stacks.set(name, json);
  }
  return json;
}
const members = inputs.filter((i) => i.fleet?.role !== 'platform');
const values = (json: Json, type: string): Json[] => Object.values(resources(json, type));

/** The properties of the cluster entry a member writes (Terraform `jsonencode({...})` keys). */
function entryKeys(expression: string): string[] {
  const inner = /jsonencode\(\{(.*)\}\)/.exec(expression.replace(/\\"/g, '"'))![1];
  return [...inner.matchAll(/"(\w+)" = /g)].map((m) => m[1]).filter((k) => k !== 'value');
}

test('the shipped fleet has member stacks on every cloud', () => {
  expect(new Set(members.map((m) => m.target.provider.cloud))).toEqual(new Set(['azure', 'aws', 'gcp']));
});

describe.each(members.map((m) => [m.target.name, m] as const))('%s', (name, input: CloudTargetInput) => {
  const platform = input.fleet!.platform;
  const cloud = input.target.provider.cloud;

  test('passes every Checkov-equivalent rule of its cloud', () => {
    const json = stackOf(name);
    for (const rule of CLOUD_RULES.filter((r) => r.cloud === cloud)) {
      const found = values(json, rule.resourceType);
      expect([rule.id, found.length > 0]).toEqual([rule.id, true]);
      for (const body of found) expect([rule.id, rule.passes(body)]).toEqual([rule.id, true]);
    }
  });

  test('is peered with its platform, delegates its zone from the platform zone and writes a credential-free cluster entry', () => {
    const json = stackOf(name);
    const credentials = /password|token|secret_access|client_secret|private_key|bearer/i;
    if (cloud === 'azure') {
      const peerings = values(json, 'azurerm_virtual_network_peering');
      expect(peerings.map((p) => p.resource_group_name).sort()).toEqual(
        [
          platform.provider.cloud === 'azure' ? platform.provider.resourceGroup : '',
          input.target.provider.cloud === 'azure' ? '${azurerm_resource_group.resource_group.name}' : '',
        ].sort(),
      );
      expect(only(json, 'azurerm_dns_ns_record')).toMatchObject({ zone_name: platform.domain, name: input.target.domain.split('.')[0] });
      const entry = only(json, 'azurerm_resource_group_template_deployment');
      expect(JSON.parse(entry.template_content).resources[0].name).toBe(
        `${platform.provider.cloud === 'azure' ? platform.provider.keyVaultName : ''}/platform--cluster-${name}`,
      );
      expect(entryKeys(entry.parameters_content)).toEqual(['server', 'caData', 'clientId']);
      expect(entry.parameters_content).not.toMatch(credentials);
      expect(
        values(json, 'azurerm_role_assignment').find((r) => r.role_definition_name === 'Azure Kubernetes Service RBAC Cluster Admin'),
      ).toMatchObject({
        scope: '${azurerm_kubernetes_cluster.aks.id}',
        principal_id: '${data.azurerm_user_assigned_identity.argocd_identity.principal_id}',
      });
    }
    if (cloud === 'aws') {
      expect(only(json, 'aws_vpc_peering_connection')).toMatchObject({ auto_accept: true });
      expect(
        values(json, 'aws_route')
          .map((r) => r.destination_cidr_block)
          .sort(),
      ).toEqual(['0.0.0.0/0', platform.cluster.nodeCidr, input.target.cluster.nodeCidr].sort());
      expect(only(json, 'aws_route53_record')).toMatchObject({
        name: input.target.domain,
        type: 'NS',
        zone_id: '${data.aws_route53_zone.platform_zone.zone_id}',
      });
      const secret = only(json, 'aws_secretsmanager_secret');
      expect(secret.name).toBe(`matih/${platform.name}/platform/platform--cluster-${name}`);
      expect(entryKeys(only(json, 'aws_secretsmanager_secret_version').secret_string)).toEqual(['server', 'caData']);
      expect(resources(json, 'aws_eks_access_policy_association').argocd_access_policy).toMatchObject({
        principal_arn: '${aws_iam_role.argocd_deployer.arn}',
        policy_arn: 'arn:aws:eks::aws:cluster-access-policy/AmazonEKSClusterAdminPolicy',
      });
      const deployer = values(json, 'aws_iam_role').find((r) => String(r.name).endsWith('-argocd-deployer'))!;
      expect(deployer).toBeDefined();
      expect(JSON.stringify(json.data.aws_iam_policy_document.argocd_deployer_trust)).toContain(`role/${platform.cluster.name}-argocd`);
    }
    if (cloud === 'gcp') {
      expect(values(json, 'google_compute_network_peering')).toHaveLength(2);
      expect(values(json, 'google_dns_record_set').find((r) => r.type === 'NS')).toMatchObject({
        name: `${input.target.domain}.`,
        managed_zone: platform.domain.replace(/\./g, '-'),
      });
      expect(only(json, 'google_secret_manager_secret')).toMatchObject({ secret_id: `platform--cluster-${name}` });
      expect(entryKeys(only(json, 'google_secret_manager_secret_version').secret_data)).toEqual(['server', 'caData']);
      expect(only(json, 'google_project').project_id).toBe(input.target.provider.cloud === 'gcp' ? input.target.provider.projectId : '');
      expect(values(json, 'google_project_iam_member').find((r) => r.role === 'roles/container.admin')!.member).toMatch(
        /^serviceAccount:prod-argocd@/,
      );
      // The control plane is a Private Service Connect endpoint (no master range) open to the platform's ranges.
      const gke = only(json, 'google_container_cluster');
      expect(gke.private_cluster_config.master_ipv4_cidr_block).toBeUndefined();
      expect(gke.master_authorized_networks_config.cidr_blocks.map((b: Json) => b.cidr_block)).toEqual([
        platform.cluster.nodeCidr,
        platform.cluster.podCidr,
      ]);
    }
  });
});

describe.each(inputs.filter((i) => i.fleet?.role === 'platform' && i.fleet.members.length > 0).map((i) => [i.target.name, i] as const))(
  'platform %s with member clusters',
  (name, input) => {
    test("creates Argo CD's identity for Argo CD's ServiceAccounts only", () => {
      const json = stackOf(name);
      // Kubernetes subjects (Azure, AWS) or GKE workload identity members (`<pool>[argocd/<sa>]`).
      const subjects = [...JSON.stringify(json).matchAll(/(?:system:serviceaccount:argocd:|\[argocd\/)([a-z-]+)/g)].map((m) => m[1]);
      expect([...new Set(subjects)].sort()).toEqual(['argocd-application-controller', 'argocd-applicationset-controller', 'argocd-server']);
      if (input.target.provider.cloud === 'aws') {
        const nlb = only(json, 'aws_lb');
        expect(nlb).toMatchObject({ internal: true, load_balancer_type: 'network' });
        expect(nlb.subnet_mapping.map((m: Json) => m.private_ipv4_address)).toEqual(awsFleetGatewayAddresses(input.target));
        expect(
          values(json, 'aws_lb_listener')
            .map((l) => l.port)
            .sort(),
        ).toEqual(input.fleet!.endpoints.map((e) => e.port.port).sort());
      }
    });
  },
);
