/**
 * Which built-in kinds are cluster-scoped (Kubernetes 1.34 API reference). A namespaced object
 * without `metadata.namespace` lands in the namespace it is applied to (Argo CD: the Application's
 * destination namespace); a cluster-scoped one has none.
 */
import { groupKind } from './api-version';

/** `group/Kind` (`Kind` for the core group) of every cluster-scoped built-in kind. */
export const CLUSTER_SCOPED_BUILT_INS: ReadonlySet<string> = new Set([
  'Namespace',
  'Node',
  'PersistentVolume',
  'ComponentStatus',
  'rbac.authorization.k8s.io/ClusterRole',
  'rbac.authorization.k8s.io/ClusterRoleBinding',
  'apiextensions.k8s.io/CustomResourceDefinition',
  'apiregistration.k8s.io/APIService',
  'admissionregistration.k8s.io/MutatingWebhookConfiguration',
  'admissionregistration.k8s.io/ValidatingWebhookConfiguration',
  'admissionregistration.k8s.io/ValidatingAdmissionPolicy',
  'admissionregistration.k8s.io/ValidatingAdmissionPolicyBinding',
  'admissionregistration.k8s.io/MutatingAdmissionPolicy',
  'admissionregistration.k8s.io/MutatingAdmissionPolicyBinding',
  'storage.k8s.io/StorageClass',
  'storage.k8s.io/CSIDriver',
  'storage.k8s.io/CSINode',
  'storage.k8s.io/VolumeAttachment',
  'storage.k8s.io/VolumeAttributesClass',
  'scheduling.k8s.io/PriorityClass',
  'node.k8s.io/RuntimeClass',
  'networking.k8s.io/IngressClass',
  'networking.k8s.io/IPAddress',
  'networking.k8s.io/ServiceCIDR',
  'certificates.k8s.io/CertificateSigningRequest',
  'certificates.k8s.io/ClusterTrustBundle',
  'flowcontrol.apiserver.k8s.io/FlowSchema',
  'flowcontrol.apiserver.k8s.io/PriorityLevelConfiguration',
  'resource.k8s.io/DeviceClass',
  'resource.k8s.io/ResourceSlice',
  'authentication.k8s.io/TokenReview',
  'authentication.k8s.io/SelfSubjectReview',
  'authorization.k8s.io/SubjectAccessReview',
  'authorization.k8s.io/SelfSubjectAccessReview',
  'authorization.k8s.io/SelfSubjectRulesReview',
]);

/**
 * True when `apiVersion`/`kind` is cluster-scoped: a built-in of the list above, or a custom kind
 * whose CRD (`group/Kind` in `clusterScopedCustomKinds`) says `scope: Cluster`.
 */
export function isClusterScoped(apiVersion: string, kind: string, clusterScopedCustomKinds: ReadonlySet<string> = new Set()): boolean {
  const key = groupKind(apiVersion, kind);
  return CLUSTER_SCOPED_BUILT_INS.has(key) || clusterScopedCustomKinds.has(key);
}
