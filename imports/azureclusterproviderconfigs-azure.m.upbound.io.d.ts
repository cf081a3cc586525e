import { ApiObject, ApiObjectMetadata, GroupVersionKind } from 'cdk8s';
import { Construct } from 'constructs';
/**
 * A ClusterProviderConfig configures the Azure provider.
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
 * A ClusterProviderConfig configures the Azure provider.
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
     * ClientID is the user-assigned managed identity's ID
     * when Credentials.Source is `InjectedIdentity`. If unset and
     * Credentials.Source is `InjectedIdentity`, then a system-assigned
     * managed identity is used.
     *
     * @schema ClusterProviderConfigSpec#clientID
     */
    readonly clientId?: string;
    /**
     * Credentials required to authenticate to this provider.
     *
     * @schema ClusterProviderConfigSpec#credentials
     */
    readonly credentials: ClusterProviderConfigSpecCredentials;
    /**
     * The Cloud Environment which should be used. Possible values are "public",
     * "usgovernment", "german", and "china". Defaults to "public".
     *
     * @default public".
     * @schema ClusterProviderConfigSpec#environment
     */
    readonly environment?: string;
    /**
     * Features configures optional behaviors of the underlying Terraform
     * AzureRM provider, mirroring its `features` block.
     *
     * @schema ClusterProviderConfigSpec#features
     */
    readonly features?: ClusterProviderConfigSpecFeatures;
    /**
     * MSIEndpoint is the optional path to a custom endpoint for
     * Managed Service Identity.
     *
     * @schema ClusterProviderConfigSpec#msiEndpoint
     */
    readonly msiEndpoint?: string;
    /**
     * OIDCTokenFilePath is the optional path to a token file
     * that allows to access a managed identity.
     *
     * @schema ClusterProviderConfigSpec#oidcTokenFilePath
     */
    readonly oidcTokenFilePath?: string;
    /**
     * ReconciliationPolicy configures how a managed resource is reconciled.
     * It currently allows overriding the controller's failure rate limiter
     * parameters on a per-resource basis via ExponentialFailureRateLimiter.
     *
     * @schema ClusterProviderConfigSpec#reconciliationPolicy
     */
    readonly reconciliationPolicy?: ClusterProviderConfigSpecReconciliationPolicy;
    /**
     * StorageUseAzureAD configures Provider to use AzureAD
     * to connect to the Storage Blob & Queue APIs,
     * rather than the SharedKey from the Storage Account.
     *
     * @schema ClusterProviderConfigSpec#storageUseAzureAD
     */
    readonly storageUseAzureAd?: boolean;
    /**
     * SubscriptionID is the Azure subscription ID to be used.
     * If unset, subscription ID from Credentials will be used.
     * Required if Credentials.Source is InjectedIdentity.
     *
     * @schema ClusterProviderConfigSpec#subscriptionID
     */
    readonly subscriptionId?: string;
    /**
     * TenantID is the Azure AD tenant ID to be used.
     * If unset, tenant ID from Credentials will be used.
     * Required if Credentials.Source is InjectedIdentity.
     *
     * @schema ClusterProviderConfigSpec#tenantID
     */
    readonly tenantId?: string;
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
}
/**
 * Converts an object of type 'ClusterProviderConfigSpecCredentials' to JSON representation.
 */
export declare function toJson_ClusterProviderConfigSpecCredentials(obj: ClusterProviderConfigSpecCredentials | undefined): Record<string, any> | undefined;
/**
 * Features configures optional behaviors of the underlying Terraform
 * AzureRM provider, mirroring its `features` block.
 *
 * @schema ClusterProviderConfigSpecFeatures
 */
export interface ClusterProviderConfigSpecFeatures {
    /**
     * PostgreSQLFlexibleServer configures behaviors specific to Azure PostgreSQL Flexible Servers
     *
     * @schema ClusterProviderConfigSpecFeatures#postgreSQLFlexibleServer
     */
    readonly postgreSqlFlexibleServer?: ClusterProviderConfigSpecFeaturesPostgreSqlFlexibleServer;
}
/**
 * Converts an object of type 'ClusterProviderConfigSpecFeatures' to JSON representation.
 */
export declare function toJson_ClusterProviderConfigSpecFeatures(obj: ClusterProviderConfigSpecFeatures | undefined): Record<string, any> | undefined;
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
    /** UserAssignedManagedIdentity */
    USER_ASSIGNED_MANAGED_IDENTITY = "UserAssignedManagedIdentity",
    /** SystemAssignedManagedIdentity */
    SYSTEM_ASSIGNED_MANAGED_IDENTITY = "SystemAssignedManagedIdentity",
    /** OIDCTokenFile */
    OIDC_TOKEN_FILE = "OIDCTokenFile",
    /** Upbound */
    UPBOUND = "Upbound",
    /** Filesystem */
    FILESYSTEM = "Filesystem"
}
/**
 * PostgreSQLFlexibleServer configures behaviors specific to Azure PostgreSQL Flexible Servers
 *
 * @schema ClusterProviderConfigSpecFeaturesPostgreSqlFlexibleServer
 */
export interface ClusterProviderConfigSpecFeaturesPostgreSqlFlexibleServer {
    /**
     * Should the PostgreSQL Flexible Server restart after static server parameter change or removal?
     *
     * @schema ClusterProviderConfigSpecFeaturesPostgreSqlFlexibleServer#restartServerOnConfigurationValueChange
     */
    readonly restartServerOnConfigurationValueChange?: boolean;
}
/**
 * Converts an object of type 'ClusterProviderConfigSpecFeaturesPostgreSqlFlexibleServer' to JSON representation.
 */
export declare function toJson_ClusterProviderConfigSpecFeaturesPostgreSqlFlexibleServer(obj: ClusterProviderConfigSpecFeaturesPostgreSqlFlexibleServer | undefined): Record<string, any> | undefined;
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
