import { ApiObject, ApiObjectMetadata, GroupVersionKind } from 'cdk8s';
import { Construct } from 'constructs';
/**
 * A ProviderConfig configures the Azure provider.
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
 * A ProviderConfig configures the Azure provider.
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
     * ClientID is the user-assigned managed identity's ID
     * when Credentials.Source is `InjectedIdentity`. If unset and
     * Credentials.Source is `InjectedIdentity`, then a system-assigned
     * managed identity is used.
     *
     * @schema ProviderConfigSpec#clientID
     */
    readonly clientId?: string;
    /**
     * Credentials required to authenticate to this provider.
     *
     * @schema ProviderConfigSpec#credentials
     */
    readonly credentials: ProviderConfigSpecCredentials;
    /**
     * The Cloud Environment which should be used. Possible values are "public",
     * "usgovernment", "german", and "china". Defaults to "public".
     *
     * @default public".
     * @schema ProviderConfigSpec#environment
     */
    readonly environment?: string;
    /**
     * Features configures optional behaviors of the underlying Terraform
     * AzureRM provider, mirroring its `features` block.
     *
     * @schema ProviderConfigSpec#features
     */
    readonly features?: ProviderConfigSpecFeatures;
    /**
     * MSIEndpoint is the optional path to a custom endpoint for
     * Managed Service Identity.
     *
     * @schema ProviderConfigSpec#msiEndpoint
     */
    readonly msiEndpoint?: string;
    /**
     * OIDCTokenFilePath is the optional path to a token file
     * that allows to access a managed identity.
     *
     * @schema ProviderConfigSpec#oidcTokenFilePath
     */
    readonly oidcTokenFilePath?: string;
    /**
     * ReconciliationPolicy configures how a managed resource is reconciled.
     * It currently allows overriding the controller's failure rate limiter
     * parameters on a per-resource basis via ExponentialFailureRateLimiter.
     *
     * @schema ProviderConfigSpec#reconciliationPolicy
     */
    readonly reconciliationPolicy?: ProviderConfigSpecReconciliationPolicy;
    /**
     * StorageUseAzureAD configures Provider to use AzureAD
     * to connect to the Storage Blob & Queue APIs,
     * rather than the SharedKey from the Storage Account.
     *
     * @schema ProviderConfigSpec#storageUseAzureAD
     */
    readonly storageUseAzureAd?: boolean;
    /**
     * SubscriptionID is the Azure subscription ID to be used.
     * If unset, subscription ID from Credentials will be used.
     * Required if Credentials.Source is InjectedIdentity.
     *
     * @schema ProviderConfigSpec#subscriptionID
     */
    readonly subscriptionId?: string;
    /**
     * TenantID is the Azure AD tenant ID to be used.
     * If unset, tenant ID from Credentials will be used.
     * Required if Credentials.Source is InjectedIdentity.
     *
     * @schema ProviderConfigSpec#tenantID
     */
    readonly tenantId?: string;
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
}
/**
 * Converts an object of type 'ProviderConfigSpecCredentials' to JSON representation.
 */
export declare function toJson_ProviderConfigSpecCredentials(obj: ProviderConfigSpecCredentials | undefined): Record<string, any> | undefined;
/**
 * Features configures optional behaviors of the underlying Terraform
 * AzureRM provider, mirroring its `features` block.
 *
 * @schema ProviderConfigSpecFeatures
 */
export interface ProviderConfigSpecFeatures {
    /**
     * PostgreSQLFlexibleServer configures behaviors specific to Azure PostgreSQL Flexible Servers
     *
     * @schema ProviderConfigSpecFeatures#postgreSQLFlexibleServer
     */
    readonly postgreSqlFlexibleServer?: ProviderConfigSpecFeaturesPostgreSqlFlexibleServer;
}
/**
 * Converts an object of type 'ProviderConfigSpecFeatures' to JSON representation.
 */
export declare function toJson_ProviderConfigSpecFeatures(obj: ProviderConfigSpecFeatures | undefined): Record<string, any> | undefined;
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
 * @schema ProviderConfigSpecFeaturesPostgreSqlFlexibleServer
 */
export interface ProviderConfigSpecFeaturesPostgreSqlFlexibleServer {
    /**
     * Should the PostgreSQL Flexible Server restart after static server parameter change or removal?
     *
     * @schema ProviderConfigSpecFeaturesPostgreSqlFlexibleServer#restartServerOnConfigurationValueChange
     */
    readonly restartServerOnConfigurationValueChange?: boolean;
}
/**
 * Converts an object of type 'ProviderConfigSpecFeaturesPostgreSqlFlexibleServer' to JSON representation.
 */
export declare function toJson_ProviderConfigSpecFeaturesPostgreSqlFlexibleServer(obj: ProviderConfigSpecFeaturesPostgreSqlFlexibleServer | undefined): Record<string, any> | undefined;
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
