import { ApiObject, ApiObjectMetadata, GroupVersionKind } from 'cdk8s';
import { Construct } from 'constructs';
/**
 * A ProviderConfig configures a GCP provider.
 *
 * @schema ProviderConfig
 */
export declare class ProviderConfig extends ApiObject {
    /**
     * Returns the apiVersion and kind for "ProviderConfig"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "ProviderConfig".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props: ProviderConfigProps): any;
    /**
     * Defines a "ProviderConfig" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props: ProviderConfigProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * A ProviderConfig configures a GCP provider.
 *
 * @schema ProviderConfig
 */
export interface ProviderConfigProps {
    /**
     * @schema ProviderConfig#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * A ProviderConfigSpec defines the desired state of a ProviderConfig.
     *
     * @schema ProviderConfig#spec
     */
    readonly spec: ProviderConfigSpec;
}
/**
 * Converts an object of type 'ProviderConfigProps' to JSON representation.
 */
export declare function toJson_ProviderConfigProps(obj: ProviderConfigProps | undefined): Record<string, any> | undefined;
/**
 * A ProviderConfigSpec defines the desired state of a ProviderConfig.
 *
 * @schema ProviderConfigSpec
 */
export interface ProviderConfigSpec {
    /**
     * BillingProject is the project name (not numerical ID) to attribute API
     * requests to. Only used when userProjectOverride is true.
     *
     * @schema ProviderConfigSpec#billingProject
     */
    readonly billingProject?: string;
    /**
     * Credentials required to authenticate to this provider.
     *
     * @schema ProviderConfigSpec#credentials
     */
    readonly credentials: ProviderConfigSpecCredentials;
    /**
     * ProjectID is the project name (not numerical ID) of this GCP ProviderConfig.
     *
     * @schema ProviderConfigSpec#projectID
     */
    readonly projectId: string;
    /**
     * ReconciliationPolicy configures how a managed resource is reconciled.
     * It currently allows overriding the controller's failure rate limiter
     * parameters on a per-resource basis via ExponentialFailureRateLimiter.
     *
     * @schema ProviderConfigSpec#reconciliationPolicy
     */
    readonly reconciliationPolicy?: ProviderConfigSpecReconciliationPolicy;
    /**
     * UserProjectOverride enables attributing API requests to the project in
     * billingProject (or, when that is unset, the resource's project) by
     * sending the X-Goog-User-Project header, instead of attributing them to
     * the credential's home project.
     *
     * @schema ProviderConfigSpec#userProjectOverride
     */
    readonly userProjectOverride?: boolean;
}
/**
 * Converts an object of type 'ProviderConfigSpec' to JSON representation.
 */
export declare function toJson_ProviderConfigSpec(obj: ProviderConfigSpec | undefined): Record<string, any> | undefined;
/**
 * Credentials required to authenticate to this provider.
 *
 * @schema ProviderConfigSpecCredentials
 */
export interface ProviderConfigSpecCredentials {
    /**
     * Env is a reference to an environment variable that contains credentials
     * that must be used to connect to the provider.
     *
     * @schema ProviderConfigSpecCredentials#env
     */
    readonly env?: ProviderConfigSpecCredentialsEnv;
    /**
     * Fs is a reference to a filesystem location that contains credentials that
     * must be used to connect to the provider.
     *
     * @schema ProviderConfigSpecCredentials#fs
     */
    readonly fs?: ProviderConfigSpecCredentialsFs;
    /**
     * Use GCP service account impersonation for authentication.
     *
     * @schema ProviderConfigSpecCredentials#impersonateServiceAccount
     */
    readonly impersonateServiceAccount?: ProviderConfigSpecCredentialsImpersonateServiceAccount;
    /**
     * A SecretRef is a reference to a secret key that contains the credentials
     * that must be used to connect to the provider.
     *
     * @schema ProviderConfigSpecCredentials#secretRef
     */
    readonly secretRef?: ProviderConfigSpecCredentialsSecretRef;
    /**
     * Source of the provider credentials.
     *
     * @schema ProviderConfigSpecCredentials#source
     */
    readonly source: ProviderConfigSpecCredentialsSource;
    /**
     * Upbound defines the options for authenticating using Upbound as an
     * identity provider.
     *
     * @schema ProviderConfigSpecCredentials#upbound
     */
    readonly upbound?: ProviderConfigSpecCredentialsUpbound;
}
/**
 * Converts an object of type 'ProviderConfigSpecCredentials' to JSON representation.
 */
export declare function toJson_ProviderConfigSpecCredentials(obj: ProviderConfigSpecCredentials | undefined): Record<string, any> | undefined;
/**
 * ReconciliationPolicy configures how a managed resource is reconciled.
 * It currently allows overriding the controller's failure rate limiter
 * parameters on a per-resource basis via ExponentialFailureRateLimiter.
 *
 * @schema ProviderConfigSpecReconciliationPolicy
 */
export interface ProviderConfigSpecReconciliationPolicy {
    /**
     * ExponentialFailureRateLimiter, when set, overrides the parameters of the
     * exponential failure rate limiter used to schedule retries for the
     * managed resource that this policy applies to.
     *
     * @schema ProviderConfigSpecReconciliationPolicy#exponentialFailureRateLimiter
     */
    readonly exponentialFailureRateLimiter?: ProviderConfigSpecReconciliationPolicyExponentialFailureRateLimiter;
}
/**
 * Converts an object of type 'ProviderConfigSpecReconciliationPolicy' to JSON representation.
 */
export declare function toJson_ProviderConfigSpecReconciliationPolicy(obj: ProviderConfigSpecReconciliationPolicy | undefined): Record<string, any> | undefined;
/**
 * Env is a reference to an environment variable that contains credentials
 * that must be used to connect to the provider.
 *
 * @schema ProviderConfigSpecCredentialsEnv
 */
export interface ProviderConfigSpecCredentialsEnv {
    /**
     * Name is the name of an environment variable.
     *
     * @schema ProviderConfigSpecCredentialsEnv#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'ProviderConfigSpecCredentialsEnv' to JSON representation.
 */
export declare function toJson_ProviderConfigSpecCredentialsEnv(obj: ProviderConfigSpecCredentialsEnv | undefined): Record<string, any> | undefined;
/**
 * Fs is a reference to a filesystem location that contains credentials that
 * must be used to connect to the provider.
 *
 * @schema ProviderConfigSpecCredentialsFs
 */
export interface ProviderConfigSpecCredentialsFs {
    /**
     * Path is a filesystem path.
     *
     * @schema ProviderConfigSpecCredentialsFs#path
     */
    readonly path: string;
}
/**
 * Converts an object of type 'ProviderConfigSpecCredentialsFs' to JSON representation.
 */
export declare function toJson_ProviderConfigSpecCredentialsFs(obj: ProviderConfigSpecCredentialsFs | undefined): Record<string, any> | undefined;
/**
 * Use GCP service account impersonation for authentication.
 *
 * @schema ProviderConfigSpecCredentialsImpersonateServiceAccount
 */
export interface ProviderConfigSpecCredentialsImpersonateServiceAccount {
    /**
     * GCP service account email address
     *
     * @schema ProviderConfigSpecCredentialsImpersonateServiceAccount#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'ProviderConfigSpecCredentialsImpersonateServiceAccount' to JSON representation.
 */
export declare function toJson_ProviderConfigSpecCredentialsImpersonateServiceAccount(obj: ProviderConfigSpecCredentialsImpersonateServiceAccount | undefined): Record<string, any> | undefined;
/**
 * A SecretRef is a reference to a secret key that contains the credentials
 * that must be used to connect to the provider.
 *
 * @schema ProviderConfigSpecCredentialsSecretRef
 */
export interface ProviderConfigSpecCredentialsSecretRef {
    /**
     * The key to select.
     *
     * @schema ProviderConfigSpecCredentialsSecretRef#key
     */
    readonly key: string;
    /**
     * Name of the secret.
     *
     * @schema ProviderConfigSpecCredentialsSecretRef#name
     */
    readonly name: string;
    /**
     * Namespace of the secret.
     *
     * @schema ProviderConfigSpecCredentialsSecretRef#namespace
     */
    readonly namespace: string;
}
/**
 * Converts an object of type 'ProviderConfigSpecCredentialsSecretRef' to JSON representation.
 */
export declare function toJson_ProviderConfigSpecCredentialsSecretRef(obj: ProviderConfigSpecCredentialsSecretRef | undefined): Record<string, any> | undefined;
/**
 * Source of the provider credentials.
 *
 * @schema ProviderConfigSpecCredentialsSource
 */
export declare enum ProviderConfigSpecCredentialsSource {
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
 * @schema ProviderConfigSpecCredentialsUpbound
 */
export interface ProviderConfigSpecCredentialsUpbound {
    /**
     * Federation is the configuration for federated identity.
     *
     * @schema ProviderConfigSpecCredentialsUpbound#federation
     */
    readonly federation?: ProviderConfigSpecCredentialsUpboundFederation;
}
/**
 * Converts an object of type 'ProviderConfigSpecCredentialsUpbound' to JSON representation.
 */
export declare function toJson_ProviderConfigSpecCredentialsUpbound(obj: ProviderConfigSpecCredentialsUpbound | undefined): Record<string, any> | undefined;
/**
 * ExponentialFailureRateLimiter, when set, overrides the parameters of the
 * exponential failure rate limiter used to schedule retries for the
 * managed resource that this policy applies to.
 *
 * @schema ProviderConfigSpecReconciliationPolicyExponentialFailureRateLimiter
 */
export interface ProviderConfigSpecReconciliationPolicyExponentialFailureRateLimiter {
    /**
     * BaseDelay is the initial delay between retries.
     *
     * @schema ProviderConfigSpecReconciliationPolicyExponentialFailureRateLimiter#baseDelay
     */
    readonly baseDelay?: string;
    /**
     * MaxDelay is the maximum delay between retries.
     *
     * @schema ProviderConfigSpecReconciliationPolicyExponentialFailureRateLimiter#maxDelay
     */
    readonly maxDelay?: string;
}
/**
 * Converts an object of type 'ProviderConfigSpecReconciliationPolicyExponentialFailureRateLimiter' to JSON representation.
 */
export declare function toJson_ProviderConfigSpecReconciliationPolicyExponentialFailureRateLimiter(obj: ProviderConfigSpecReconciliationPolicyExponentialFailureRateLimiter | undefined): Record<string, any> | undefined;
/**
 * Federation is the configuration for federated identity.
 *
 * @schema ProviderConfigSpecCredentialsUpboundFederation
 */
export interface ProviderConfigSpecCredentialsUpboundFederation {
    /**
     * ProviderID is the fully-qualified identifier for the identity provider on
     * GCP. The format is
     * `projects/<project-id>/locations/global/workloadIdentityPools/<identity-pool>/providers/<identity-provider>`.
     *
     * @schema ProviderConfigSpecCredentialsUpboundFederation#providerID
     */
    readonly providerId: string;
    /**
     * ServiceAccount is the email address for the attached service account.
     *
     * @schema ProviderConfigSpecCredentialsUpboundFederation#serviceAccount
     */
    readonly serviceAccount: string;
}
/**
 * Converts an object of type 'ProviderConfigSpecCredentialsUpboundFederation' to JSON representation.
 */
export declare function toJson_ProviderConfigSpecCredentialsUpboundFederation(obj: ProviderConfigSpecCredentialsUpboundFederation | undefined): Record<string, any> | undefined;
