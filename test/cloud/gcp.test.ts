import { CLOUD_PROFILES, federatedIdentities, stackTaints, vaultLocation } from '../../lib/clouds';
import { gcpServiceAccountId, gcpWorkloadIdentityMember } from '../../lib/clouds/gcp';
import { GKE_LOGGED_COMPONENTS, GKE_MONITORED_COMPONENTS, KEY_ROTATION_PERIOD } from '../../constructs/cloud/gcp/cluster';
import { PRIVATE_GOOGLE_ACCESS, PRIVATE_GOOGLE_DOMAINS } from '../../constructs/cloud/gcp/private-access';
import { cloudLabels } from '../../constructs/cloud/common/tags';
import { inputFor, type Json, only, ref, resources, synth, taggableResources, targetsOf } from './helpers';
import { targetByName } from '../../lib/model/targets';

const GCP = targetsOf('gcp');

describe.each(GCP)('GCP stack %s', (name) => {
  const target = targetByName(name);
  const provider = target.provider;
  if (provider.cloud !== 'gcp') throw new Error('not gcp');
  const s = synth(name);
  const gke = only(s.json, 'google_container_cluster');
  const prod = target.environment === 'prod';

  it('names the cluster, pins the version and uses the REGULAR channel', () => {
    expect(gke.name).toBe(target.cluster.name);
    expect(gke.min_master_version).toBe(target.cluster.kubernetesVersion);
    expect(gke.release_channel).toEqual({ channel: 'REGULAR' });
  });

  it('uses a VPC-native subnet with pod and service secondary ranges', () => {
    const subnet = only(s.json, 'google_compute_subnetwork');
    expect(subnet.ip_cidr_range).toBe(target.cluster.nodeCidr);
    expect(subnet.secondary_ip_range).toEqual([
      { range_name: 'pods', ip_cidr_range: target.cluster.podCidr },
      { range_name: 'services', ip_cidr_range: target.cluster.serviceCidr },
    ]);
    expect(subnet.private_ip_google_access).toBe(true);
    expect(subnet.log_config).toMatchObject({ metadata: 'INCLUDE_ALL_METADATA' });
    expect(subnet.log_config.flow_sampling).toBeGreaterThan(0);
    expect(gke.ip_allocation_policy).toEqual({ cluster_secondary_range_name: 'pods', services_secondary_range_name: 'services' });
  });

  it('has private nodes, the fact-sheet master CIDR and only the authorized networks', () => {
    expect(gke.private_cluster_config).toMatchObject({ enable_private_nodes: true, master_ipv4_cidr_block: '172.16.0.0/28' });
    const exception = inputFor(name).settings.publicApiEndpoint;
    expect(gke.private_cluster_config.enable_private_endpoint).toBe(!exception);
    expect(gke.master_authorized_networks_config.cidr_blocks.map((b: Json) => b.cidr_block)).toEqual(
      exception ? target.cluster.authorizedCidrs : [],
    );
    expect(gke.master_authorized_networks_config.gcp_public_cidrs_access_enabled).toBe(false);
  });

  it('answers Google API and registry names with the Private Google Access VIP, inside the VPC only', () => {
    const zones = Object.entries(resources(s.json, 'google_dns_managed_zone')).filter(([, z]) => z.visibility === 'private');
    const records = Object.values(resources(s.json, 'google_dns_record_set'));
    expect(zones.map(([, z]) => z.dns_name).sort()).toEqual(PRIVATE_GOOGLE_DOMAINS.map((d) => `${d.domain}.`).sort());
    for (const { domain, address } of PRIVATE_GOOGLE_DOMAINS) {
      const [id, zone] = zones.find(([, z]) => z.dns_name === `${domain}.`)!;
      expect(zone.private_visibility_config).toEqual({ networks: [{ network_url: ref('google_compute_network', 'network') }] });
      const mine = records.filter((r) => r.managed_zone === ref('google_dns_managed_zone', id, 'name'));
      expect(mine).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ name: `${address}.`, type: 'A', rrdatas: [...PRIVATE_GOOGLE_ACCESS.addresses] }),
          expect.objectContaining({ name: `*.${domain}.`, type: 'CNAME', rrdatas: [`${address}.`] }),
        ]),
      );
      expect(mine).toHaveLength(2);
    }
    expect(only(s.json, 'google_compute_route')).toMatchObject({
      network: ref('google_compute_network', 'network'),
      dest_range: PRIVATE_GOOGLE_ACCESS.cidr,
      next_hop_gateway: 'default-internet-gateway',
    });
  });

  it('logs and monitors the cluster (Managed Service for Prometheus), logs kept as long as the model says', () => {
    expect(gke.logging_service).toBe('logging.googleapis.com/kubernetes');
    expect(gke.logging_config).toEqual({ enable_components: [...GKE_LOGGED_COMPONENTS] });
    expect(gke.monitoring_service).toBe('monitoring.googleapis.com/kubernetes');
    expect(gke.monitoring_config).toEqual({ enable_components: [...GKE_MONITORED_COMPONENTS], managed_prometheus: { enabled: true } });
    expect(only(s.json, 'google_logging_project_bucket_config')).toMatchObject({
      project: provider.projectId,
      location: 'global',
      bucket_id: '_Default',
      retention_days: inputFor(name).settings.gcp.logRetentionDays,
    });
    const services = Object.values(resources(s.json, 'google_project_service')).map((p) => p.service);
    expect(services).toEqual(expect.arrayContaining(['logging.googleapis.com', 'monitoring.googleapis.com']));
  });

  it('enables workload identity, Dataplane V2 (network policy) and shielded nodes', () => {
    expect(gke.workload_identity_config).toEqual({ workload_pool: `${provider.projectId}.svc.id.goog` });
    expect(gke.datapath_provider).toBe('ADVANCED_DATAPATH');
    expect(gke.enable_shielded_nodes).toBe(true);
    expect(gke.enable_legacy_abac).toBe(false);
    expect(gke.master_auth).toEqual({ client_certificate_config: { issue_client_certificate: false } });
  });

  it('encrypts Secrets at the application layer with a rotating Cloud KMS key', () => {
    expect(gke.database_encryption).toEqual({ state: 'ENCRYPTED', key_name: ref('google_kms_crypto_key', 'gke_secrets_key') });
    const key = only(s.json, 'google_kms_crypto_key');
    expect(key.rotation_period).toBe(KEY_ROTATION_PERIOD);
    expect(key.lifecycle.prevent_destroy).toBe(true);
    expect(only(s.json, 'google_kms_crypto_key_iam_member').member).toContain('@container-engine-robot.iam.gserviceaccount.com');
  });

  it('removes the default node pool and creates each pool with GKE_METADATA, taints and autoscaling', () => {
    expect(gke.remove_default_node_pool).toBe(true);
    const pools = resources(s.json, 'google_container_node_pool');
    expect(Object.keys(pools)).toHaveLength(target.cluster.nodePools.length);
    for (const spec of target.cluster.nodePools) {
      const pool = pools[`pool_${spec.name}`];
      expect(pool.name).toBe(spec.name);
      expect(pool.autoscaling).toMatchObject({ total_min_node_count: spec.min, total_max_node_count: spec.max });
      expect(pool.node_config).toMatchObject({
        machine_type: spec.machineType,
        workload_metadata_config: { mode: 'GKE_METADATA' },
        shielded_instance_config: { enable_secure_boot: true, enable_integrity_monitoring: true },
        metadata: { 'disable-legacy-endpoints': 'true' },
      });
      expect(pool.management).toEqual({ auto_repair: true, auto_upgrade: true });
      expect(pool.node_config.service_account).toBe(ref('google_service_account', 'node_account', 'email'));
      expect(pool.node_config.taint).toEqual(
        stackTaints(CLOUD_PROFILES.gcp.nodes, spec).length > 0
          ? stackTaints(CLOUD_PROFILES.gcp.nodes, spec).map((t) => ({ key: t.key, value: t.value, effect: 'NO_SCHEDULE' }))
          : undefined,
      );
      expect(pool.node_config.labels).toEqual(spec.labels);
      expect(pool.node_locations).toEqual(spec.zones);
      if (spec.gpu) expect(pool.node_config.guest_accelerator[0]).toMatchObject({ type: spec.gpu.type, count: spec.gpu.count });
    }
  });

  it('creates the Cloud DNS zone and a delegated child zone per tenant', () => {
    const zones = Object.fromEntries(
      Object.entries(resources(s.json, 'google_dns_managed_zone')).filter(([, z]) => z.visibility === 'public'),
    );
    expect(zones.dns_zone).toMatchObject({
      dns_name: `${target.domain}.`,
      dnssec_config: { state: 'on' },
      lifecycle: { prevent_destroy: true },
    });
    const tenants = inputFor(name).tenants;
    expect(tenants.length).toBeGreaterThan(0);
    expect(Object.keys(zones)).toHaveLength(tenants.length + 1);
    for (const t of tenants) {
      const id = t.slug.replace(/-/g, '_');
      expect(zones[`tenant_${id}_zone`]).toMatchObject({ dns_name: `${t.slug}.${target.domain}.`, lifecycle: { prevent_destroy: true } });
      expect(resources(s.json, 'google_dns_record_set')[`tenant_${id}_delegation`]).toMatchObject({
        managed_zone: ref('google_dns_managed_zone', 'dns_zone', 'name'),
        name: `${t.slug}.${target.domain}.`,
        type: 'NS',
        rrdatas: ref('google_dns_managed_zone', `tenant_${id}_zone`, 'name_servers'),
      });
    }
  });

  it('hardens the GCS bucket: uniform access, public access prevention, versioning', () => {
    expect(only(s.json, 'google_storage_bucket')).toMatchObject({
      name: provider.bucketName,
      uniform_bucket_level_access: true,
      public_access_prevention: 'enforced',
      versioning: { enabled: true },
      force_destroy: false,
      lifecycle: { prevent_destroy: true },
    });
  });

  it('enables Secret Manager', () => {
    expect(Object.values(resources(s.json, 'google_project_service')).map((p) => p.service)).toContain('secretmanager.googleapis.com');
  });

  it('lets exactly one ServiceAccount use each Google account, with least-privilege grants', () => {
    const identities = federatedIdentities(inputFor(name).tenants);
    const accounts = resources(s.json, 'google_service_account');
    const wi = resources(s.json, 'google_service_account_iam_member');
    const projectGrants = Object.values(resources(s.json, 'google_project_iam_member'));
    for (const identity of identities) {
      const id = `identity_${identity.name.replace(/-/g, '_')}`;
      expect(accounts[id].account_id).toBe(gcpServiceAccountId(target, identity));
      expect(accounts[id].account_id).toMatch(/^[a-z][a-z0-9-]{4,28}[a-z0-9]$/);
      expect(wi[`${id}_workload_identity`]).toMatchObject({
        role: 'roles/iam.workloadIdentityUser',
        member: gcpWorkloadIdentityMember(provider.projectId, identity),
        service_account_id: ref('google_service_account', id, 'name'),
      });
      const member = ref('google_service_account', id, 'member');
      const mine = projectGrants.filter((g) => g.member === member);
      // Project-wide grants are read-only or carry a condition.
      for (const g of mine) expect(g.role === 'roles/dns.reader' || g.condition !== undefined).toBe(true);
      if (identity.permission === 'vault-read' || identity.permission === 'tenant-vault-read') {
        const location = vaultLocation(target, identity.tenant);
        if (location.cloud !== 'gcp') throw new Error('not gcp');
        expect(mine).toHaveLength(1);
        expect(mine[0].role).toBe('roles/secretmanager.secretAccessor');
        expect(mine[0].condition.expression).toContain(`startsWith("${location.prefix}")`);
      }
      if (identity.permission === 'dns-zone-write') {
        const zoneGrants = Object.values(resources(s.json, 'google_dns_managed_zone_iam_member')).filter((g) => g.member === member);
        expect(zoneGrants).toHaveLength(inputFor(name).tenants.length + 1);
      }
      if (identity.permission === 'object-storage') {
        expect(Object.values(resources(s.json, 'google_storage_bucket_iam_member')).filter((g) => g.member === member)).toEqual([
          { bucket: ref('google_storage_bucket', 'bucket', 'name'), role: 'roles/storage.objectUser', member },
        ]);
      }
    }
  });

  it('protects every stateful resource from destroy (cluster in prod)', () => {
    for (const type of ['google_kms_crypto_key', 'google_kms_key_ring', 'google_storage_bucket', 'google_dns_managed_zone']) {
      // Private zones only point Google API names at the private VIP; they hold nothing to lose.
      for (const r of Object.values(resources(s.json, type)).filter((z) => z.visibility !== 'private'))
        expect(r.lifecycle?.prevent_destroy).toBe(true);
    }
    expect(gke.lifecycle?.prevent_destroy === true).toBe(prod);
    expect(gke.deletion_protection).toBe(prod);
  });

  it('labels every labelable resource', () => {
    expect(s.json.provider.google[0].default_labels).toEqual(cloudLabels(target));
    const labelled = taggableResources(s, ['labels', 'resourceLabels']);
    expect(labelled.length).toBeGreaterThan(3);
    for (const [type, id, body] of labelled) {
      expect({ type, id, labels: body?.labels ?? body?.resource_labels }).toEqual({
        type,
        id,
        labels: expect.objectContaining(cloudLabels(target)),
      });
    }
    expect(gke.resource_labels).toEqual(cloudLabels(target));
  });

  it('uses the GCS backend', () => {
    expect(s.json.terraform.backend.gcs).toEqual({ bucket: provider.state.bucket, prefix: name });
  });

  it('pins Terraform and the google provider', () => {
    expect(s.json.terraform.required_version).toBe('>= 1.6.0, < 2.0.0');
    expect(s.json.terraform.required_providers).toEqual({ google: { source: 'hashicorp/google', version: '6.50.0' } });
  });
});
