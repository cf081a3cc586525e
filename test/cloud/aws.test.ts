import { TIER_QUOTAS } from '../../config/tenancy';
import { awsRoleName } from '../../lib/clouds/aws';
import { CLOUD_PROFILES, federatedIdentities, serviceAccountSubject, stackTaints, vaultLocation } from '../../lib/clouds';
import { EKS_LOG_TYPES } from '../../constructs/cloud/aws/cluster';
import { OBJECT_ACTIONS } from '../../constructs/cloud/aws/data';
import { AWS_INTERFACE_ENDPOINTS } from '../../constructs/cloud/aws/endpoints';
import { CLOUDWATCH_ADDON, CLOUDWATCH_AGENT_SUBJECT, CONTAINER_INSIGHTS_LOG_KINDS } from '../../constructs/cloud/aws/monitoring';
import { cloudTags } from '../../constructs/cloud/common/tags';
import { dataSources, inputFor, type Json, only, ref, resources, synth, taggableResources, targetsOf } from './helpers';
import { targetByName } from '../../lib/model/targets';

const AWS = targetsOf('aws');

describe.each(AWS)('AWS stack %s', (name) => {
  const target = targetByName(name);
  const provider = target.provider;
  if (provider.cloud !== 'aws') throw new Error('not aws');
  const s = synth(name);
  const eks = only(s.json, 'aws_eks_cluster');
  const policies = dataSources(s.json, 'aws_iam_policy_document');
  const prod = target.environment === 'prod';

  it('names the cluster and pins the Kubernetes version from config', () => {
    expect(eks.name).toBe(target.cluster.name);
    expect(eks.version).toBe(target.cluster.kubernetesVersion);
  });

  it('puts nodes and the API endpoint in private subnets; public endpoint off or restricted', () => {
    const privateSubnets = eks.vpc_config.subnet_ids as string[];
    expect(privateSubnets).toHaveLength(3);
    for (const id of privateSubnets) {
      const subnet = resources(s.json, 'aws_subnet')[id.split('.')[1]];
      expect(subnet.map_public_ip_on_launch).toBe(false);
      expect(subnet.tags['kubernetes.io/role/internal-elb']).toBe('1');
    }
    expect(eks.vpc_config.endpoint_private_access).toBe(true);
    if (inputFor(name).settings.publicApiEndpoint) {
      expect(eks.vpc_config.public_access_cidrs).toEqual(target.cluster.authorizedCidrs);
      expect(eks.vpc_config.public_access_cidrs).not.toContain('0.0.0.0/0');
    } else {
      expect(eks.vpc_config.endpoint_public_access).toBe(false);
      expect(eks.vpc_config.public_access_cidrs).toBeUndefined();
    }
    for (const group of Object.values(resources(s.json, 'aws_eks_node_group'))) expect(group.subnet_ids).toEqual(privateSubnets);
  });

  it('reaches the AWS APIs through interface endpoints with private DNS, in the private endpoint range', () => {
    const endpoints = Object.values(resources(s.json, 'aws_vpc_endpoint')).filter((e) => e.vpc_endpoint_type === 'Interface');
    expect(endpoints.map((e) => e.service_name).sort()).toEqual(
      AWS_INTERFACE_ENDPOINTS.map((api) => `com.amazonaws.${provider.region}.${api}`).sort(),
    );
    const subnets = resources(s.json, 'aws_subnet');
    const endpointSubnets = Object.keys(subnets).filter((id) => id.startsWith('endpoints_'));
    expect(endpointSubnets).toHaveLength(3);
    for (const id of endpointSubnets) {
      expect(subnets[id].cidr_block).toContain(`cidrsubnet("${target.cluster.privateEndpointCidr}"`);
      expect(subnets[id].depends_on).toEqual(['aws_vpc_ipv4_cidr_block_association.vpc_endpoint_range']);
    }
    expect(only(s.json, 'aws_vpc_ipv4_cidr_block_association')).toEqual({
      vpc_id: ref('aws_vpc', 'vpc'),
      cidr_block: target.cluster.privateEndpointCidr,
    });
    for (const e of endpoints) {
      expect(e.private_dns_enabled).toBe(true);
      expect(e.subnet_ids).toEqual(endpointSubnets.map((id) => ref('aws_subnet', id)));
      expect(e.security_group_ids).toEqual([ref('aws_security_group', 'endpoints_sg')]);
    }
    // The endpoints accept HTTPS from the node range and nothing else; they open no connections.
    expect(only(s.json, 'aws_security_group').egress).toBeUndefined();
    const endpointRules = Object.values(resources(s.json, 'aws_vpc_security_group_ingress_rule')).filter(
      (r) => r.security_group_id === ref('aws_security_group', 'endpoints_sg'),
    );
    expect(endpointRules).toEqual([
      expect.objectContaining({ ip_protocol: 'tcp', from_port: 443, to_port: 443, cidr_ipv4: target.cluster.nodeCidr }),
    ]);
  });

  it('routes S3 through a gateway endpoint and refuses object access from anywhere else', () => {
    const s3 = resources(s.json, 'aws_vpc_endpoint').endpoint_s3;
    expect(s3).toMatchObject({ vpc_endpoint_type: 'Gateway', service_name: `com.amazonaws.${provider.region}.s3` });
    expect(s3.route_table_ids).toEqual([ref('aws_route_table', 'private_routes')]);
    const deny = policies.bucket_access.statement.find((st: Json) => st.sid === 'DenyObjectAccessOutsideVpce');
    expect(deny).toMatchObject({
      effect: 'Deny',
      actions: [...OBJECT_ACTIONS],
      resources: [`\${aws_s3_bucket.bucket.arn}/*`],
      condition: [{ test: 'StringNotEquals', variable: 'aws:SourceVpce', values: [ref('aws_vpc_endpoint', 'endpoint_s3')] }],
    });
    // Bucket-level calls stay open to IAM principals, or Terraform (outside the VPC) could not manage the bucket.
    expect(deny.actions.some((a: string) => a.startsWith('s3:ListBucket') || a.startsWith('s3:PutBucket') || a === 's3:*')).toBe(false);
  });

  it('runs Container Insights from the pinned add-on, with its own IRSA role and log groups kept as long as the model says', () => {
    const addon = resources(s.json, 'aws_eks_addon').cloudwatch_observability;
    expect(addon).toMatchObject({
      cluster_name: ref('aws_eks_cluster', 'eks', 'name'),
      addon_name: CLOUDWATCH_ADDON.name,
      addon_version: CLOUDWATCH_ADDON.version,
      service_account_role_arn: ref('aws_iam_role', 'cloudwatch_agent_role', 'arn'),
    });
    expect(addon.addon_version).toMatch(/^v\d+\.\d+\.\d+-eksbuild\.\d+$/);
    const trust = policies.cloudwatch_agent_role_trust.statement[0];
    expect(trust.condition.find((c: Json) => c.variable.endsWith(':sub')).values).toEqual([CLOUDWATCH_AGENT_SUBJECT]);
    expect(resources(s.json, 'aws_iam_role_policy_attachment').cloudwatch_agent_policy.policy_arn).toBe(
      'arn:aws:iam::aws:policy/CloudWatchAgentServerPolicy',
    );
    const retention = inputFor(name).settings.aws.logRetentionDays;
    const groups = resources(s.json, 'aws_cloudwatch_log_group');
    for (const kind of CONTAINER_INSIGHTS_LOG_KINDS) {
      expect(groups[`container_insights_${kind}`]).toEqual({
        name: `/aws/containerinsights/${target.cluster.name}/${kind}`,
        retention_in_days: retention,
      });
      expect(addon.depends_on).toContain(`aws_cloudwatch_log_group.container_insights_${kind}`);
    }
    expect(groups.cluster_logs.retention_in_days).toBe(retention);
  });

  it("gives the add-on's operator a node group it can run on: one without taints (it tolerates none)", () => {
    const untainted = Object.values(resources(s.json, 'aws_eks_node_group')).filter((g) => g.taint === undefined);
    expect(untainted.length).toBeGreaterThan(0);
  });

  it('encrypts Secrets with a rotating KMS key', () => {
    expect(eks.encryption_config).toEqual({ resources: ['secrets'], provider: { key_arn: ref('aws_kms_key', 'kms_eks', 'arn') } });
    for (const key of Object.values(resources(s.json, 'aws_kms_key'))) {
      expect(key.enable_key_rotation).toBe(true);
      expect(key.lifecycle.prevent_destroy).toBe(true);
    }
  });

  it("encrypts the nodes' root volumes and leaves the VPC's default security group without rules", () => {
    for (const device of only(s.json, 'aws_launch_template').block_device_mappings) expect(device.ebs.encrypted).toBe('true');
    // A default security group declared without ingress or egress blocks has all its rules removed (CIS AWS 5.4).
    expect(only(s.json, 'aws_default_security_group')).toEqual({ vpc_id: ref('aws_vpc', 'vpc') });
  });

  it('enables all five control-plane log types', () => {
    expect(eks.enabled_cluster_log_types).toEqual([...EKS_LOG_TYPES]);
    expect(new Set(eks.enabled_cluster_log_types)).toEqual(new Set(['api', 'audit', 'authenticator', 'controllerManager', 'scheduler']));
  });

  it('grants no implicit admin to the creator and maps admins through access entries', () => {
    expect(eks.access_config).toEqual({ authentication_mode: 'API', bootstrap_cluster_creator_admin_permissions: false });
    expect(only(s.json, 'aws_eks_access_entry').principal_arn).toBe(ref('aws_iam_role', 'admin_role', 'arn'));
    expect(only(s.json, 'aws_eks_access_policy_association')).toMatchObject({
      policy_arn: 'arn:aws:eks::aws:cluster-access-policy/AmazonEKSClusterAdminPolicy',
      access_scope: { type: 'cluster' },
    });
    expect(policies.admin_trust.statement[0].condition).toEqual([
      { test: 'Bool', variable: 'aws:MultiFactorAuthPresent', values: ['true'] },
    ]);
  });

  it('creates a managed node group per pool with taints and scaling from config', () => {
    const groups = resources(s.json, 'aws_eks_node_group');
    // EKS adds no CriticalAddonsOnly taint itself: the stack puts it on the critical-add-ons pool.
    expect(groups.pool_system.taint).toEqual([{ key: 'CriticalAddonsOnly', value: 'true', effect: 'NO_SCHEDULE' }]);
    expect(Object.keys(groups)).toHaveLength(target.cluster.nodePools.length);
    for (const spec of target.cluster.nodePools) {
      const group = groups[`pool_${spec.name}`];
      expect(group).toMatchObject({
        node_group_name: spec.name,
        instance_types: [spec.machineType],
        scaling_config: { min_size: spec.min, max_size: spec.max },
      });
      expect(group.taint).toEqual(
        stackTaints(CLOUD_PROFILES.aws.nodes, spec).length > 0
          ? stackTaints(CLOUD_PROFILES.aws.nodes, spec).map((t) => ({ key: t.key, value: t.value, effect: 'NO_SCHEDULE' }))
          : undefined,
      );
      expect(group.labels).toEqual(spec.labels);
      // One private subnet per zone of the pool.
      expect(group.subnet_ids).toHaveLength(spec.zones.length);
      expect(group.ami_type).toBe(spec.gpu ? 'AL2023_x86_64_NVIDIA' : 'AL2023_x86_64_STANDARD');
    }
    // IMDSv2 with one hop: pods cannot read the node role.
    expect(only(s.json, 'aws_launch_template').metadata_options).toMatchObject({ http_tokens: 'required', http_put_response_hop_limit: 1 });
  });

  it('registers the cluster OIDC issuer for IRSA', () => {
    expect(only(s.json, 'aws_iam_openid_connect_provider')).toMatchObject({
      url: ref('aws_eks_cluster', 'eks', 'identity[0].oidc[0].issuer'),
      client_id_list: ['sts.amazonaws.com'],
    });
  });

  it('creates the Route 53 zone and a delegated child zone per tenant', () => {
    // The cluster's own (shared) tenants; a platform whose tenants all run on their own clusters gets a fixture one.
    const own = inputFor(name).tenants;
    const tenants =
      own.length > 0 ? own : [{ slug: 'zone-fixture', tier: 'FREE' as const, targets: [name], ownerGroup: 'x', quota: TIER_QUOTAS.FREE }];
    const json = own.length > 0 ? s.json : synth(name, tenants).json;
    const zones = resources(json, 'aws_route53_zone');
    expect(zones.dns_zone).toMatchObject({ name: target.domain, lifecycle: { prevent_destroy: true } });
    expect(Object.keys(zones)).toHaveLength(tenants.length + 1);
    for (const t of tenants) {
      const id = t.slug.replace(/-/g, '_');
      expect(zones[`tenant_${id}_zone`]).toMatchObject({ name: `${t.slug}.${target.domain}`, lifecycle: { prevent_destroy: true } });
      expect(resources(json, 'aws_route53_record')[`tenant_${id}_delegation`]).toMatchObject({
        zone_id: ref('aws_route53_zone', 'dns_zone', 'zone_id'),
        name: `${t.slug}.${target.domain}`,
        type: 'NS',
        records: ref('aws_route53_zone', `tenant_${id}_zone`, 'name_servers'),
      });
    }
  });

  it('hardens the S3 bucket: versioning, SSE-KMS, public access block, TLS-only policy', () => {
    const bucket = only(s.json, 'aws_s3_bucket');
    expect(bucket).toMatchObject({ bucket: provider.bucketName, force_destroy: false, lifecycle: { prevent_destroy: true } });
    // ACLs disabled: the bucket policy and IAM alone decide access.
    expect(only(s.json, 'aws_s3_bucket_ownership_controls').rule).toEqual({ object_ownership: 'BucketOwnerEnforced' });
    expect(only(s.json, 'aws_s3_bucket_versioning').versioning_configuration.status).toBe('Enabled');
    expect(only(s.json, 'aws_s3_bucket_server_side_encryption_configuration').rule[0]).toEqual({
      apply_server_side_encryption_by_default: { sse_algorithm: 'aws:kms', kms_master_key_id: ref('aws_kms_key', 'kms_s3', 'arn') },
      bucket_key_enabled: true,
    });
    expect(only(s.json, 'aws_s3_bucket_public_access_block')).toMatchObject({
      block_public_acls: true,
      block_public_policy: true,
      ignore_public_acls: true,
      restrict_public_buckets: true,
    });
    expect(only(s.json, 'aws_s3_bucket_policy').policy).toBe(`\${data.aws_iam_policy_document.bucket_access.json}`);
    const deny = policies.bucket_access.statement.find((st: Json) => st.sid === 'DenyInsecureTransport');
    expect(deny).toMatchObject({
      effect: 'Deny',
      actions: ['s3:*'],
      condition: [{ test: 'Bool', variable: 'aws:SecureTransport', values: ['false'] }],
    });
  });

  it('keeps Secrets Manager secrets under a KMS key of their own', () => {
    expect(resources(s.json, 'aws_kms_alias').kms_secrets_alias.name).toBe(`alias/${target.cluster.name}-secrets`);
  });

  it('trusts exactly one ServiceAccount per IRSA role, with least-privilege permissions', () => {
    const identities = federatedIdentities(inputFor(name).tenants);
    const roles = resources(s.json, 'aws_iam_role');
    for (const identity of identities) {
      const id = `identity_${identity.name.replace(/-/g, '_')}`;
      expect(roles[id].name).toBe(awsRoleName(target, identity));
      const trust = policies[`${id}_trust`].statement;
      expect(trust).toHaveLength(1);
      expect(trust[0].actions).toEqual(['sts:AssumeRoleWithWebIdentity']);
      expect(trust[0].principals).toEqual([{ type: 'Federated', identifiers: [ref('aws_iam_openid_connect_provider', 'oidc', 'arn')] }]);
      const sub = trust[0].condition.find((c: Json) => c.variable.endsWith(':sub'));
      expect(sub).toMatchObject({ test: 'StringEquals', values: [serviceAccountSubject(identity)] });
      expect(trust[0].condition.find((c: Json) => c.variable.endsWith(':aud')).values).toEqual(['sts.amazonaws.com']);
      const statements: Json[] = policies[`${id}_permissions`].statement;
      const allResources = statements.flatMap((st) => st.resources as string[]);
      // '*' only for Route 53 zone discovery, which has no resource-level permissions.
      for (const st of statements)
        if ((st.resources as string[]).includes('*'))
          expect(st.actions).toEqual(['route53:ListHostedZones', 'route53:ListHostedZonesByName']);
      switch (identity.permission) {
        case 'vault-read':
        case 'tenant-vault-read': {
          const location = vaultLocation(target, identity.tenant);
          if (location.cloud !== 'aws') throw new Error('not aws');
          expect(statements[0].actions).toEqual(['secretsmanager:GetSecretValue', 'secretsmanager:DescribeSecret']);
          expect(statements[0].resources).toEqual([
            `arn:aws:secretsmanager:${provider.region}:${provider.accountId}:secret:${location.prefix}*`,
          ]);
          break;
        }
        case 'dns-zone-write':
          expect(statements[0].resources).toEqual([
            ref('aws_route53_zone', 'dns_zone', 'arn'),
            ...inputFor(name).tenants.map((t) => ref('aws_route53_zone', `tenant_${t.slug.replace(/-/g, '_')}_zone`, 'arn')),
          ]);
          break;
        case 'cloud-provisioning':
          expect(allResources.every((r) => r.includes('tenant') || r.startsWith('${aws_kms_key.'))).toBe(true);
          break;
        case 'object-storage':
          expect(allResources).toContain(`\${aws_s3_bucket.bucket.arn}/ml/*`);
          break;
      }
    }
  });

  it('protects every stateful resource from destroy (cluster in prod)', () => {
    for (const type of ['aws_kms_key', 'aws_s3_bucket', 'aws_route53_zone']) {
      for (const r of Object.values(resources(s.json, type))) expect(r.lifecycle?.prevent_destroy).toBe(true);
    }
    expect(eks.lifecycle?.prevent_destroy === true).toBe(prod);
    expect(eks.deletion_protection).toBe(prod);
  });

  it('tags every taggable resource through the provider default tags', () => {
    expect(s.json.provider.aws[0].default_tags).toEqual([{ tags: cloudTags(target) }]);
    expect(s.json.provider.aws[0].allowed_account_ids).toEqual([provider.accountId]);
    const taggable = taggableResources(s, ['tags']);
    expect(taggable.length).toBeGreaterThan(10);
    // No resource overrides a platform tag with another value.
    for (const [, , body] of taggable)
      for (const [k, v] of Object.entries(body?.tags ?? {})) if (k in cloudTags(target)) expect(v).toBe(cloudTags(target)[k]);
  });

  it('uses the S3 backend with encryption and S3-native locking', () => {
    expect(s.json.terraform.backend.s3).toEqual({
      bucket: provider.state.bucket,
      key: `${name}/terraform.tfstate`,
      region: provider.state.region,
      encrypt: true,
      use_lockfile: true,
    });
  });

  it('pins Terraform (1.10+ for use_lockfile) and the aws provider', () => {
    expect(s.json.terraform.required_version).toBe('>= 1.10.0, < 2.0.0');
    expect(s.json.terraform.required_providers).toEqual({ aws: { source: 'hashicorp/aws', version: '6.25.0' } });
  });
});
