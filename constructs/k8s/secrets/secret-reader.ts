import { Lazy } from 'cdk8s';
import { k8s } from 'cdk8s-plus-29';
import { Construct } from 'constructs';
import type { ApiGrant } from '../../../config/types';
import { typed, type TypedObject } from '../core/typed-object';

/** Secret names a reader may `get`: a list, or a function called at synth (after every feature rendered). */
export type SecretNames = readonly string[] | (() => readonly string[]);

interface SecretReaderGrantProps {
  /** Namespace of the Role and of the Secrets it grants. */
  readonly namespace: string;
  /** ServiceAccount the Role is bound to (an ESO kubernetes-provider store authenticates as it). */
  readonly subject: { readonly name: string; readonly namespace: string };
  /** Name of the Role and the RoleBinding. */
  readonly roleName: string;
  /** Why the subject reads these Secrets (the gate requires it next to every grant of `secrets`). */
  readonly reason: string;
  /** Where the declaration lives, for the gate's messages. */
  readonly declaredAt: string;
}

/** The declaration of a reader: `get` on Secrets of one namespace by exact name, for one ServiceAccount, with its reason. */
export function secretReaderGrant(props: SecretReaderGrantProps): ApiGrant {
  return {
    roleKind: 'Role',
    namespace: props.namespace,
    role: props.roleName,
    subject: { kind: 'ServiceAccount', name: props.subject.name, namespace: props.subject.namespace },
    // resourceNames cannot restrict list/watch, and ESO only needs get for data[] entries.
    permissions: [{ apiGroups: [''], resources: ['secrets'], verbs: ['get'], resourceNames: 'by-name', reason: props.reason }],
    declaredAt: props.declaredAt,
  };
}

export interface SecretReaderProps {
  /** Who reads, in which namespace, and why (secretReaderGrant). */
  readonly grant: ApiGrant;
  /** Secrets in the grant's namespace the subject may `get`; nothing else. Resolved at synth; must not be empty. */
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
  const { grant } = props;
  if (grant.roleKind !== 'Role' || grant.namespace === undefined || grant.subject.kind !== 'ServiceAccount')
    throw new Error(`${grant.declaredAt}: a secret reader is a namespaced Role for one ServiceAccount`);
  const resourceNames = Lazy.any({
    produce: () => {
      const names = typeof props.secretNames === 'function' ? props.secretNames() : props.secretNames;
      if (names.length === 0)
        throw new Error(
          `Role ${grant.namespace}/${grant.role}: needs at least one secret name to read (an empty resourceNames grants every Secret)`,
        );
      return [...new Set(names)].sort();
    },
  });
  const metadata = { name: grant.role, namespace: grant.namespace, labels: { ...props.labels } };
  return [
    typed(k8s.KubeRole, {
      metadata,
      rules: grant.permissions.map((p) => ({
        apiGroups: [...p.apiGroups],
        resources: [...p.resources],
        verbs: [...p.verbs],
        ...(p.resourceNames === 'by-name' ? { resourceNames } : p.resourceNames ? { resourceNames: [...p.resourceNames] } : {}),
      })),
    }),
    typed(k8s.KubeRoleBinding, {
      metadata,
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: grant.role },
      subjects: [{ kind: 'ServiceAccount', name: grant.subject.name, namespace: grant.subject.namespace }],
    }),
  ];
}
