import { k8s } from 'cdk8s-plus-29';
import { Construct } from 'constructs';
import type { ApiGrant, ApiPermission } from '../../../../config/types';
import { roleRules } from '../../workloads/rbac';

/** What a Spark driver (the Connect server) does in its namespace: run executor pods and their config (nothing sensitive). */
const SPARK_DRIVER_PERMISSIONS: readonly ApiPermission[] = [
  { apiGroups: [''], resources: ['pods'], verbs: ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'watch'] },
  { apiGroups: [''], resources: ['services', 'configmaps'], verbs: ['create', 'delete', 'deletecollection', 'get', 'list', 'watch'] },
];
const SPARK_DRIVER_RULES: k8s.PolicyRule[] = roleRules(SPARK_DRIVER_PERMISSIONS);

/** The driver's Role as declared, for the gate. */
export function sparkDriverGrant(name: string, namespace: string): ApiGrant {
  return {
    roleKind: 'Role',
    namespace,
    role: name,
    subject: { kind: 'ServiceAccount', name, namespace },
    permissions: SPARK_DRIVER_PERMISSIONS,
    declaredAt: 'constructs/k8s/operators/spark/driver-rbac.ts SPARK_DRIVER_PERMISSIONS',
  };
}

interface SparkDriverAccountProps {
  readonly name: string;
  readonly namespace: string;
  readonly labels: Readonly<Record<string, string>>;
  /** ServiceAccount of the driver's executors, without a token (they never call the Kubernetes API). */
  readonly executorName: string;
}

/**
 * ServiceAccount of a Spark driver with a namespace Role limited to SPARK_DRIVER_RULES, and the
 * token-less ServiceAccount of its executors.
 */
export class SparkDriverAccount extends Construct {
  constructor(scope: Construct, id: string, props: SparkDriverAccountProps) {
    super(scope, id);
    if (props.executorName === props.name)
      throw new Error(`Spark driver ${props.name}: executors need a ServiceAccount of their own (without the driver's Role)`);
    const metadata = { name: props.name, namespace: props.namespace, labels: { ...props.labels } };
    new k8s.KubeServiceAccount(this, 'service-account', { metadata, automountServiceAccountToken: true });
    new k8s.KubeServiceAccount(this, 'executor-service-account', {
      metadata: { ...metadata, name: props.executorName },
      automountServiceAccountToken: false,
    });
    new k8s.KubeRole(this, 'role', { metadata, rules: SPARK_DRIVER_RULES });
    new k8s.KubeRoleBinding(this, 'role-binding', {
      metadata,
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: props.name },
      subjects: [{ kind: 'ServiceAccount', name: props.name, namespace: props.namespace }],
    });
  }
}
