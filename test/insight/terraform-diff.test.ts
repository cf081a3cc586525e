import { diffStack, FORCES_REPLACEMENT } from '../../lib/insight/terraform-diff';

const aks = (vmSize: string, maxCount = 5, podCidr = '10.2.0.0/16') => ({
  resource: {
    azurerm_kubernetes_cluster: {
      aks: {
        '//': { metadata: { path: 'prod-azure/aks' } },
        name: 'matih-prod',
        default_node_pool: { name: 'system', vm_size: vmSize, max_count: maxCount },
        network_profile: { pod_cidr: podCidr },
      },
    },
    azurerm_key_vault: { kv: { name: 'kv-matih-prod', tenant_id: 't' } },
    azurerm_role_assignment: { ra: { scope: 's' } },
  },
});

describe('diffStack', () => {
  it('ignores cdktf metadata and reports nothing for equal stacks', () => {
    const b = aks('Standard_D4s_v3');
    const a = aks('Standard_D4s_v3');
    (a.resource.azurerm_kubernetes_cluster.aks['//'] as { metadata: { path: string } }).metadata.path = 'moved';
    expect(diffStack('prod-azure', b, a)).toEqual({ stack: 'prod-azure', resources: [], other: [] });
  });

  it('separates in-place changes from replacements', () => {
    const scaled = diffStack('s', aks('Standard_D4s_v3', 5), aks('Standard_D4s_v3', 8));
    expect(scaled.resources).toEqual([
      {
        change: 'changed',
        address: 'azurerm_kubernetes_cluster.aks',
        fields: [{ path: 'default_node_pool.max_count', before: 5, after: 8 }],
        dangers: [],
        notes: [],
      },
    ]);
    const resized = diffStack('s', aks('Standard_D4s_v3'), aks('Standard_D8s_v3'));
    expect(resized.resources[0].dangers).toEqual([
      'forces replacement of azurerm_kubernetes_cluster.aks (changed: default_node_pool.vm_size)',
    ]);
    const rotatable = (vm: string) => {
      const stack = aks(vm);
      (stack.resource.azurerm_kubernetes_cluster.aks.default_node_pool as Record<string, unknown>).temporary_name_for_rotation =
        'systemtmp';
      return stack;
    };
    const rotated = diffStack('s', rotatable('Standard_D4s_v3'), rotatable('Standard_D8s_v3')).resources[0];
    expect(rotated.dangers).toEqual([]);
    expect(rotated.notes).toEqual([expect.stringContaining('rotates the default node pool through "systemtmp"')]);
    const network = diffStack('s', aks('x', 5, '10.2.0.0/16'), aks('x', 5, '10.3.0.0/16'));
    expect(network.resources[0].dangers[0]).toContain('network_profile');
  });

  it('flags a changed EKS node group instance type list', () => {
    const ng = (types: string[]) => ({ resource: { aws_eks_node_group: { gpu: { instance_types: types } } } });
    expect(diffStack('s', ng(['p3.2xlarge']), ng(['g5.2xlarge'])).resources[0].dangers).toEqual([
      'forces replacement of aws_eks_node_group.gpu (changed: instance_types)',
    ]);
  });

  it('flags destroying a vault but not a role assignment', () => {
    const after = aks('x');
    delete (after.resource as Partial<typeof after.resource>).azurerm_key_vault;
    delete (after.resource as Partial<typeof after.resource>).azurerm_role_assignment;
    const d = diffStack('s', aks('x'), after);
    expect(d.resources.map((r) => [r.address, r.dangers.length])).toEqual([
      ['azurerm_key_vault.kv', 1],
      ['azurerm_role_assignment.ra', 0],
    ]);
  });

  it('covers the cluster, node pool and vault types of every cloud', () => {
    for (const type of [
      'azurerm_kubernetes_cluster',
      'azurerm_kubernetes_cluster_node_pool',
      'azurerm_key_vault',
      'aws_eks_cluster',
      'aws_eks_node_group',
      'google_container_cluster',
      'google_container_node_pool',
      'google_secret_manager_secret',
    ]) {
      expect(FORCES_REPLACEMENT[type]?.length).toBeGreaterThan(0);
    }
  });
});

describe('a renamed stateful resource', () => {
  it('names both addresses and the moved block that keeps it', () => {
    const before = { resource: { azurerm_key_vault: { kv: { name: 'kv-matih-prod', tenant_id: 't' } } } };
    const after = { resource: { azurerm_key_vault: { platform_vault: { name: 'kv-matih-prod', tenant_id: 't' } } } };
    const d = diffStack('prod-azure', before, after);
    expect(d.resources.find((r) => r.change === 'removed')!.dangers).toEqual([
      'address changes azurerm_key_vault.kv -> azurerm_key_vault.platform_vault (a renamed construct): Terraform destroys azurerm_key_vault.kv and creates azurerm_key_vault.platform_vault; if it is the same resource, add: moved { from = azurerm_key_vault.kv  to = azurerm_key_vault.platform_vault }',
    ]);
    expect(d.resources.find((r) => r.change === 'added')!.notes).toEqual([expect.stringContaining('replaces azurerm_key_vault.kv')]);
  });

  it('leaves a renamed stateless resource a plain add and remove', () => {
    const d = diffStack(
      'x',
      { resource: { azurerm_role_assignment: { a: { scope: 's' } } } },
      { resource: { azurerm_role_assignment: { b: { scope: 's' } } } },
    );
    expect(d.resources.flatMap((r) => r.dangers)).toEqual([]);
  });
});
