import { Lazy } from 'cdk8s';
import { k8s } from 'cdk8s-plus-29';
import { Construct } from 'constructs';
import { typed, type TypedObject } from '../core/typed-object';

/** Secret names a reader may `get`: a list, or a function called at synth (after every feature rendered). */
export type SecretNames = readonly string[] | (() => readonly string[]);

export interface SecretReaderProps {
  /** Namespace of the Role and of the Secrets it grants. */
  readonly namespace: string;
  /** ServiceAccount the Role is bound to (an ESO kubernetes-provider store authenticates as it). */
  readonly subject: { readonly name: string; readonly namespace: string };
  /** Name of the Role and the RoleBinding. */
  readonly roleName: string;
  /** Secrets in `namespace` the subject may `get`; nothing else. Resolved at synth; must not be empty. */
  readonly secretNames: SecretNames;
  readonly labels: Readonly<Record<string, string>>;
}

/** Role + RoleBinding: `get` on exactly the named Secrets of one namespace, for one ServiceAccount. */
export class SecretReader extends Construct {
  readonly role: k8s.KubeRole;

  constructor(scope: Construct, id: string, props: SecretReaderProps) {
    super(scope, id);
    const [role, binding] = secretReaderObjects(props);
    this.role = new k8s.KubeRole(this, 'role', role.props);
    new binding.cls(this, 'binding', binding.props);
  }
}

/** The Role and RoleBinding of SecretReader as typed objects (for plain manifests); names resolve at render. */
export function secretReaderObjects(props: SecretReaderProps): [TypedObject<k8s.KubeRoleProps>, TypedObject<k8s.KubeRoleBindingProps>] {
  const resourceNames = Lazy.any({
    produce: () => {
      const names = typeof props.secretNames === 'function' ? props.secretNames() : props.secretNames;
      if (names.length === 0)
        throw new Error(
          `Role ${props.namespace}/${props.roleName}: needs at least one secret name to read (an empty resourceNames grants every Secret)`,
        );
      return [...new Set(names)].sort();
    },
  });
  const metadata = { name: props.roleName, namespace: props.namespace, labels: { ...props.labels } };
  return [
    typed(k8s.KubeRole, {
      metadata,
      // resourceNames cannot restrict list/watch, and ESO only needs get for data[] entries.
      rules: [{ apiGroups: [''], resources: ['secrets'], verbs: ['get'], resourceNames }],
    }),
    typed(k8s.KubeRoleBinding, {
      metadata,
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: props.roleName },
      subjects: [{ kind: 'ServiceAccount', name: props.subject.name, namespace: props.subject.namespace }],
    }),
  ];
}
