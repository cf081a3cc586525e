import { ApiObject, ApiObjectMetadata, GroupVersionKind } from 'cdk8s';
import { Construct } from 'constructs';
/**
 * A ClusterProviderConfig configures a GCP provider.
 *
 * @schema ClusterProviderConfig
 */
export declare class ClusterProviderConfig extends ApiObject {
    /**
     * Returns the apiVersion and kind for "ClusterProviderConfig"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "ClusterProviderConfig".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props: ClusterProviderConfigProps): any;
    /**
     * Defines a "ClusterProviderConfig" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props: ClusterProviderConfigProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * A ClusterProviderConfig configures a GCP provider.
 *
 * @schema ClusterProviderConfig
 */
export interface ClusterProviderConfigProps {
    /**
     * @schema ClusterProviderConfig#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * A ProviderConfigSpec defines the desired state of a ProviderConfig.
     *
     * @schema ClusterProviderConfig#spec
     */
    readonly spec: ClusterProviderConfigSpec;
}
/**
 * Converts an object of type 'ClusterProviderConfigProps' to JSON representation.
 */
export declare function toJson_ClusterProviderConfigProps(obj: ClusterProviderConfigProps | undefined): Record<string, any> | undefined;
/**
 * A ProviderConfigSpec defines the desired state of a ProviderConfig.
 *
 * @schema ClusterProviderConfigSpec
 */
export interface ClusterProviderConfigSpec {
    /**
     * BillingProject is the project name (not numerical ID) to attribute API
     * requests to. Only used when userProjectOverride is true.
     *
     * @schema ClusterProviderConfigSpec#billingProject
     */
    readonly billingProject?: string;
    /**
     * Credentials required to authenticate to this provider.
     *
     * @schema ClusterProviderConfigSpec#credentials
     */
    readonly credentials: ClusterProviderConfigSpecCredentials;
    /**
     * ProjectID is the project name (not numerical ID) of this GCP ProviderConfig.
     *
     * @schema ClusterProviderConfigSpec#projectID
     */
    readonly projectId: string;
    /**
     * ReconciliationPolicy configures how a managed resource is reconciled.
     * It currently allows overriding the controller's failure rate limiter
     * parameters on a per-resource basis via ExponentialFailureRateLimiter.
     *
     * @schema ClusterProviderConfigSpec#reconciliationPolicy
     */
    readonly reconciliationPolicy?: ClusterProviderConfigSpecReconciliationPolicy;
    /**
     * UserProjectOverride enables attributing API requests to the project in
     * billingProject (or, when that is unset, the resource's project) by
     * sending the X-Goog-User-Project header, instead of attributing them to
     * the credential's home project.
     *
     * @schema ClusterProviderConfigSpec#userProjectOverride
     */
    readonly userProjectOverride?: boolean;
}
/**
 * Converts an object of type 'ClusterProviderConfigSpec' to JSON representation.
 */
export declare function toJson_ClusterProviderConfigSpec(obj: ClusterProviderConfigSpec | undefined): Record<string, any> | undefined;
/**
 * Credentials required to authenticate to this provider.
 *
 * @schema ClusterProviderConfigSpecCredentials
 */
export interface ClusterProviderConfigSpecCredentials {
    /**
     * Env is a reference to an environment variable that contains credentials
     * that must be used to connect to the provider.
     *
     * @schema ClusterProviderConfigSpecCredentials#env
     */
    readonly env?: ClusterProviderConfigSpecCredentialsEnv;
    /**
     * Fs is a reference to a filesystem location that contains credentials that
     * must be used to connect to the provider.
     *
     * @schema ClusterProviderConfigSpecCredentials#fs
     */
    readonly fs?: ClusterProviderConfigSpecCredentialsFs;
    /**
     * Use GCP service account impersonation for authentication.
     *
     * @schema ClusterProviderConfigSpecCredentials#impersonateServiceAccount
     */
    readonly impersonateServiceAccount?: ClusterProviderConfigSpecCredentialsImpersonateServiceAccount;
    /**
     * A SecretRef is a reference to a secret key that contains the credentials
     * that must be used to connect to the provider.
     *
     * @schema ClusterProviderConfigSpecCredentials#secretRef
     */
    readonly secretRef?: ClusterProviderConfigSpecCredentialsSecretRef;
    /**
     * Source of the provider credentials.
     *
     * @schema ClusterProviderConfigSpecCredentials#source
     */
    readonly source: ClusterProviderConfigSpecCredentialsSource;
    /**
     * Upbound defines the options for authenticating using Upbound as an
     * identity provider.
     *
     * @schema ClusterProviderConfigSpecCredentials#upbound
     */
    readonly upbound?: ClusterProviderConfigSpecCredentialsUpbound;
}
/**
 * Converts an object of type 'ClusterProviderConfigSpecCredentials' to JSON representation.
 */
export declare function toJson_ClusterProviderConfigSpecCredentials(obj: ClusterProviderConfigSpecCredentials | undefined): Record<string, any> | undefined;
/**
 * ReconciliationPolicy configures how a managed resource is reconciled.
 * It currently allows overriding the controller's failure rate limiter
 * parameters on a per-resource basis via ExponentialFailureRateLimiter.
 *
 * @schema ClusterProviderConfigSpecReconciliationPolicy
 */
export interface ClusterProviderConfigSpecReconciliationPolicy {
    /**
     * ExponentialFailureRateLimiter, when set, overrides the parameters of the
     * exponential failure rate limiter used to schedule retries for the
     * managed resource that this policy applies to.
     *
     * @schema ClusterProviderConfigSpecReconciliationPolicy#exponentialFailureRateLimiter
     */
    readonly exponentialFailureRateLimiter?: ClusterProviderConfigSpecReconciliationPolicyExponentialFailureRateLimiter;
}
/**
 * Converts an object of type 'ClusterProviderConfigSpecReconciliationPolicy' to JSON representation.
 */
export declare function toJson_ClusterProviderConfigSpecReconciliationPolicy(obj: ClusterProviderConfigSpecReconciliationPolicy | undefined): Record<string, any> | undefined;
/**
 * Env is a reference to an environment variable that contains credentials
 * that must be used to connect to the provider.
 *
 * @schema ClusterProviderConfigSpecCredentialsEnv
 */
export interface ClusterProviderConfigSpecCredentialsEnv {
    /**
     * Name is the name of an environment variable.
     *
     * @schema ClusterProviderConfigSpecCredentialsEnv#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'ClusterProviderConfigSpecCredentialsEnv' to JSON representation.
 */
export declare function toJson_ClusterProviderConfigSpecCredentialsEnv(obj: ClusterProviderConfigSpecCredentialsEnv | undefined): Record<string, any> | undefined;
/**
 * Fs is a reference to a filesystem location that contains credentials that
 * must be used to connect to the provider.
 *
 * @schema ClusterProviderConfigSpecCredentialsFs
 */
export interface ClusterProviderConfigSpecCredentialsFs {
    /**
     * Path is a filesystem path.
     *
     * @schema ClusterProviderConfigSpecCredentialsFs#path
     */
    readonly path: string;
}
/**
 * Converts an object of type 'ClusterProviderConfigSpecCredentialsFs' to JSON representation.
 */
export declare function toJson_ClusterProviderConfigSpecCredentialsFs(obj: ClusterProviderConfigSpecCredentialsFs | undefined): Record<string, any> | undefined;
/**
 * Use GCP service account impersonation for authentication.
 *
 * @schema ClusterProviderConfigSpecCredentialsImpersonateServiceAccount
 */
export interface ClusterProviderConfigSpecCredentialsImpersonateServiceAccount {
    /**
     * GCP service account email address
     *
     * @schema ClusterProviderConfigSpecCredentialsImpersonateServiceAccount#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'ClusterProviderConfigSpecCredentialsImpersonateServiceAccount' to JSON representation.
 */
export declare function toJson_ClusterProviderConfigSpecCredentialsImpersonateServiceAccount(obj: ClusterProviderConfigSpecCredentialsImpersonateServiceAccount | undefined): Record<string, any> | undefined;
/**
 * A SecretRef is a reference to a secret key that contains the credentials
 * that must be used to connect to the provider.
 *
 * @schema ClusterProviderConfigSpecCredentialsSecretRef
 */
export interface ClusterProviderConfigSpecCredentialsSecretRef {
    /**
     * The key to select.
     *
     * @schema ClusterProviderConfigSpecCredentialsSecretRef#key
     */
    readonly key: string;
    /**
     * Name of the secret.
     *
     * @schema ClusterProviderConfigSpecCredentialsSecretRef#name
     */
    readonly name: string;
    /**
     * Namespace of the secret.
     *
     * @schema ClusterProviderConfigSpecCredentialsSecretRef#namespace
     */
    readonly namespace: string;
}
/**
 * Converts an object of type 'ClusterProviderConfigSpecCredentialsSecretRef' to JSON representation.
 */
export declare function toJson_ClusterProviderConfigSpecCredentialsSecretRef(obj: ClusterProviderConfigSpecCredentialsSecretRef | undefined): Record<string, any> | undefined;
/**
 * Source of the provider credentials.
 *
 * @schema ClusterProviderConfigSpecCredentialsSource
 */
export declare enum ClusterProviderConfigSpecCredentialsSource {
    /** None */
    NONE = "None",
    /** Secret */
    SECRET = "Secret",
    /** AccessToken */
    ACCESS_TOKEN = "AccessToken",
    /** ImpersonateServiceAccount */
    IMPERSONATE_SERVICE_ACCOUNT = "ImpersonateServiceAccount",
    /** InjectedIdentity */
    INJECTED_IDENTITY = "InjectedIdentity",
    /** Environment */
    ENVIRONMENT = "Environment",
    /** Filesystem */
    FILESYSTEM = "Filesystem",
    /** Upbound */
    UPBOUND = "Upbound"
}
/**
 * Upbound defines the options for authenticating using Upbound as an
 * identity provider.
 *
 * @schema ClusterProviderConfigSpecCredentialsUpbound
 */
export interface ClusterProviderConfigSpecCredentialsUpbound {
    /**
     * Federation is the configuration for federated identity.
     *
     * @schema ClusterProviderConfigSpecCredentialsUpbound#federation
     */
    readonly federation?: ClusterProviderConfigSpecCredentialsUpboundFederation;
}
/**
 * Converts an object of type 'ClusterProviderConfigSpecCredentialsUpbound' to JSON representation.
 */
export declare function toJson_ClusterProviderConfigSpecCredentialsUpbound(obj: ClusterProviderConfigSpecCredentialsUpbound | undefined): Record<string, any> | undefined;
/**
 * ExponentialFailureRateLimiter, when set, overrides the parameters of the
 * exponential failure rate limiter used to schedule retries for the
 * managed resource that this policy applies to.
 *
 * @schema ClusterProviderConfigSpecReconciliationPolicyExponentialFailureRateLimiter
 */
export interface ClusterProviderConfigSpecReconciliationPolicyExponentialFailureRateLimiter {
    /**
     * BaseDelay is the initial delay between retries.
     *
     * @schema ClusterProviderConfigSpecReconciliationPolicyExponentialFailureRateLimiter#baseDelay
     */
    readonly baseDelay?: string;
    /**
     * MaxDelay is the maximum delay between retries.
     *
     * @schema ClusterProviderConfigSpecReconciliationPolicyExponentialFailureRateLimiter#maxDelay
     */
    readonly maxDelay?: string;
}
/**
 * Converts an object of type 'ClusterProviderConfigSpecReconciliationPolicyExponentialFailureRateLimiter' to JSON representation.
 */
export declare function toJson_ClusterProviderConfigSpecReconciliationPolicyExponentialFailureRateLimiter(obj: ClusterProviderConfigSpecReconciliationPolicyExponentialFailureRateLimiter | undefined): Record<string, any> | undefined;
/**
 * Federation is the configuration for federated identity.
 *
 * @schema ClusterProviderConfigSpecCredentialsUpboundFederation
 */
export interface ClusterProviderConfigSpecCredentialsUpboundFederation {
    /**
     * ProviderID is the fully-qualified identifier for the identity provider on
     * GCP. The format is
     * `projects/<project-id>/locations/global/workloadIdentityPools/<identity-pool>/providers/<identity-provider>`.
     *
     * @schema ClusterProviderConfigSpecCredentialsUpboundFederation#providerID
     */
    readonly providerId: string;
    /**
     * ServiceAccount is the email address for the attached service account.
     *
     * @schema ClusterProviderConfigSpecCredentialsUpboundFederation#serviceAccount
     */
    readonly serviceAccount: string;
}
/**
 * Converts an object of type 'ClusterProviderConfigSpecCredentialsUpboundFederation' to JSON representation.
 */
export declare function toJson_ClusterProviderConfigSpecCredentialsUpboundFederation(obj: ClusterProviderConfigSpecCredentialsUpboundFederation | undefined): Record<string, any> | undefined;
