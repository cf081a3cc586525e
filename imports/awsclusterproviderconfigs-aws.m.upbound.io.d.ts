import { ApiObject, ApiObjectMetadata, GroupVersionKind } from 'cdk8s';
import { Construct } from 'constructs';
/**
 * A ClusterProviderConfig configures the AWS provider.
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
 * A ClusterProviderConfig configures the AWS provider.
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
     * AssumeRoleChain defines the options for assuming an IAM role
     *
     * @schema ClusterProviderConfigSpec#assumeRoleChain
     */
    readonly assumeRoleChain?: ClusterProviderConfigSpecAssumeRoleChain[];
    /**
     * Credentials required to authenticate to this provider.
     *
     * @schema ClusterProviderConfigSpec#credentials
     */
    readonly credentials: ClusterProviderConfigSpecCredentials;
    /**
     * Endpoint is where you can override the default endpoint configuration
     * of AWS calls made by the provider.
     *
     * @schema ClusterProviderConfigSpec#endpoint
     */
    readonly endpoint?: ClusterProviderConfigSpecEndpoint;
    /**
     * ReconciliationPolicy configures how a managed resource is reconciled.
     * It currently allows overriding the controller's failure rate limiter
     * parameters on a per-resource basis via ExponentialFailureRateLimiter.
     *
     * @schema ClusterProviderConfigSpec#reconciliationPolicy
     */
    readonly reconciliationPolicy?: ClusterProviderConfigSpecReconciliationPolicy;
    /**
     * Whether to enable the request to use path-style addressing, i.e., https://s3.amazonaws.com/BUCKET/KEY.
     *
     * @schema ClusterProviderConfigSpec#s3_use_path_style
     */
    readonly s3UsePathStyle?: boolean;
    /**
     * Whether to skip credentials validation via the STS API.
     * This can be useful for testing and for AWS API implementations that do not have STS available.
     *
     * @schema ClusterProviderConfigSpec#skip_credentials_validation
     */
    readonly skipCredentialsValidation?: boolean;
    /**
     * Whether to skip the AWS Metadata API check
     * Useful for AWS API implementations that do not have a metadata API endpoint.
     *
     * @schema ClusterProviderConfigSpec#skip_metadata_api_check
     */
    readonly skipMetadataApiCheck?: boolean;
    /**
     * Whether to skip validation of provided region name.
     * Useful for AWS-like implementations that use their own region names or to bypass the validation for
     * regions that aren't publicly available yet.
     *
     * @schema ClusterProviderConfigSpec#skip_region_validation
     */
    readonly skipRegionValidation?: boolean;
    /**
     * Whether to skip requesting the account ID.
     * Useful for AWS API implementations that do not have the IAM, STS API, or metadata API
     *
     * @schema ClusterProviderConfigSpec#skip_requesting_account_id
     */
    readonly skipRequestingAccountId?: boolean;
}
/**
 * Converts an object of type 'ClusterProviderConfigSpec' to JSON representation.
 */
export declare function toJson_ClusterProviderConfigSpec(obj: ClusterProviderConfigSpec | undefined): Record<string, any> | undefined;
/**
 * AssumeRoleOptions define the options for assuming an IAM Role
 * Fields are similar to the STS AssumeRoleOptions in the AWS SDK
 *
 * @schema ClusterProviderConfigSpecAssumeRoleChain
 */
export interface ClusterProviderConfigSpecAssumeRoleChain {
    /**
     * ExternalID is the external ID used when assuming role.
     *
     * @schema ClusterProviderConfigSpecAssumeRoleChain#externalID
     */
    readonly externalId?: string;
    /**
     * AssumeRoleARN to assume with provider credentials
     *
     * @schema ClusterProviderConfigSpecAssumeRoleChain#roleARN
     */
    readonly roleArn?: string;
    /**
     * Tags is list of session tags that you want to pass. Each session tag consists of a key
     * name and an associated value. For more information about session tags, see
     * Tagging STS Sessions
     * (https://docs.aws.amazon.com/IAM/latest/UserGuide/id_session-tags.html).
     *
     * @schema ClusterProviderConfigSpecAssumeRoleChain#tags
     */
    readonly tags?: ClusterProviderConfigSpecAssumeRoleChainTags[];
    /**
     * TransitiveTagKeys is a list of keys for session tags that you want to set as transitive. If you set a
     * tag key as transitive, the corresponding key and value passes to subsequent
     * sessions in a role chain. For more information, see Chaining Roles with Session Tags
     * (https://docs.aws.amazon.com/IAM/latest/UserGuide/id_session-tags.html#id_session-tags_role-chaining).
     *
     * @schema ClusterProviderConfigSpecAssumeRoleChain#transitiveTagKeys
     */
    readonly transitiveTagKeys?: string[];
}
/**
 * Converts an object of type 'ClusterProviderConfigSpecAssumeRoleChain' to JSON representation.
 */
export declare function toJson_ClusterProviderConfigSpecAssumeRoleChain(obj: ClusterProviderConfigSpecAssumeRoleChain | undefined): Record<string, any> | undefined;
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
    /**
     * Upbound defines the options for authenticating using Upbound as an identity provider.
     *
     * @schema ClusterProviderConfigSpecCredentials#upbound
     */
    readonly upbound?: ClusterProviderConfigSpecCredentialsUpbound;
    /**
     * WebIdentity defines the options for assuming an IAM role with a Web Identity.
     *
     * @schema ClusterProviderConfigSpecCredentials#webIdentity
     */
    readonly webIdentity?: ClusterProviderConfigSpecCredentialsWebIdentity;
}
/**
 * Converts an object of type 'ClusterProviderConfigSpecCredentials' to JSON representation.
 */
export declare function toJson_ClusterProviderConfigSpecCredentials(obj: ClusterProviderConfigSpecCredentials | undefined): Record<string, any> | undefined;
/**
 * Endpoint is where you can override the default endpoint configuration
 * of AWS calls made by the provider.
 *
 * @schema ClusterProviderConfigSpecEndpoint
 */
export interface ClusterProviderConfigSpecEndpoint {
    /**
     * Specifies if the endpoint's hostname can be modified by the SDK's API
     * client.
     *
     * If the hostname is mutable the SDK API clients may modify any part of
     * the hostname based on the requirements of the API, (e.g. adding, or
     * removing content in the hostname). Such as, Amazon S3 API client
     * prefixing "bucketname" to the hostname, or changing the
     * hostname service name component from "s3." to "s3-accesspoint.dualstack."
     * for the dualstack endpoint of an S3 Accesspoint resource.
     *
     * Care should be taken when providing a custom endpoint for an API. If the
     * endpoint hostname is mutable, and the client cannot modify the endpoint
     * correctly, the operation call will most likely fail, or have undefined
     * behavior.
     *
     * If hostname is immutable, the SDK API clients will not modify the
     * hostname of the URL. This may cause the API client not to function
     * correctly if the API requires the operation specific hostname values
     * to be used by the client.
     *
     * This flag does not modify the API client's behavior if this endpoint
     * will be used instead of Endpoint Discovery, or if the endpoint will be
     * used to perform Endpoint Discovery. That behavior is configured via the
     * API Client's Options.
     * Note that this is effective only for resources that use AWS SDK v2.
     *
     * @schema ClusterProviderConfigSpecEndpoint#hostnameImmutable
     */
    readonly hostnameImmutable?: boolean;
    /**
     * The AWS partition the endpoint belongs to.
     *
     * @schema ClusterProviderConfigSpecEndpoint#partitionId
     */
    readonly partitionId?: string;
    /**
     * Specifies the list of services you want endpoint to be used for
     *
     * @schema ClusterProviderConfigSpecEndpoint#services
     */
    readonly services?: string[];
    /**
     * The signing method that should be used for signing the requests to the
     * endpoint.
     *
     * @schema ClusterProviderConfigSpecEndpoint#signingMethod
     */
    readonly signingMethod?: string;
    /**
     * The service name that should be used for signing the requests to the
     * endpoint.
     *
     * @schema ClusterProviderConfigSpecEndpoint#signingName
     */
    readonly signingName?: string;
    /**
     * The region that should be used for signing the request to the endpoint.
     * For IAM, which doesn't have any region, us-east-1 is used to sign the
     * requests, which is the only signing region of IAM.
     *
     * @schema ClusterProviderConfigSpecEndpoint#signingRegion
     */
    readonly signingRegion?: string;
    /**
     * The source of the Endpoint. By default, this will be ServiceMetadata.
     * When providing a custom endpoint, you should set the source as Custom.
     * If source is not provided when providing a custom endpoint, the SDK may not
     * perform required host mutations correctly. Source should be used along with
     * HostnameImmutable property as per the usage requirement.
     * Note that this is effective only for resources that use AWS SDK v2.
     *
     * @schema ClusterProviderConfigSpecEndpoint#source
     */
    readonly source?: ClusterProviderConfigSpecEndpointSource;
    /**
     * URL lets you configure the endpoint URL to be used in SDK calls.
     *
     * @schema ClusterProviderConfigSpecEndpoint#url
     */
    readonly url: ClusterProviderConfigSpecEndpointUrl;
}
/**
 * Converts an object of type 'ClusterProviderConfigSpecEndpoint' to JSON representation.
 */
export declare function toJson_ClusterProviderConfigSpecEndpoint(obj: ClusterProviderConfigSpecEndpoint | undefined): Record<string, any> | undefined;
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
 * Tag is session tag that can be used to assume an IAM Role
 *
 * @schema ClusterProviderConfigSpecAssumeRoleChainTags
 */
export interface ClusterProviderConfigSpecAssumeRoleChainTags {
    /**
     * Name of the tag.
     * Key is a required field
     *
     * @schema ClusterProviderConfigSpecAssumeRoleChainTags#key
     */
    readonly key: string;
    /**
     * Value of the tag.
     * Value is a required field
     *
     * @schema ClusterProviderConfigSpecAssumeRoleChainTags#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'ClusterProviderConfigSpecAssumeRoleChainTags' to JSON representation.
 */
export declare function toJson_ClusterProviderConfigSpecAssumeRoleChainTags(obj: ClusterProviderConfigSpecAssumeRoleChainTags | undefined): Record<string, any> | undefined;
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
    /** IRSA */
    IRSA = "IRSA",
    /** WebIdentity */
    WEB_IDENTITY = "WebIdentity",
    /** PodIdentity */
    POD_IDENTITY = "PodIdentity",
    /** Upbound */
    UPBOUND = "Upbound"
}
/**
 * Upbound defines the options for authenticating using Upbound as an identity provider.
 *
 * @schema ClusterProviderConfigSpecCredentialsUpbound
 */
export interface ClusterProviderConfigSpecCredentialsUpbound {
    /**
     * WebIdentity defines the options for assuming an IAM role with a Web
     * Identity.
     *
     * @schema ClusterProviderConfigSpecCredentialsUpbound#webIdentity
     */
    readonly webIdentity?: ClusterProviderConfigSpecCredentialsUpboundWebIdentity;
}
/**
 * Converts an object of type 'ClusterProviderConfigSpecCredentialsUpbound' to JSON representation.
 */
export declare function toJson_ClusterProviderConfigSpecCredentialsUpbound(obj: ClusterProviderConfigSpecCredentialsUpbound | undefined): Record<string, any> | undefined;
/**
 * WebIdentity defines the options for assuming an IAM role with a Web Identity.
 *
 * @schema ClusterProviderConfigSpecCredentialsWebIdentity
 */
export interface ClusterProviderConfigSpecCredentialsWebIdentity {
    /**
     * AssumeRoleARN to assume with provider credentials
     *
     * @schema ClusterProviderConfigSpecCredentialsWebIdentity#roleARN
     */
    readonly roleArn?: string;
    /**
     * RoleSessionName is the session name, if you wish to uniquely identify this session.
     *
     * @schema ClusterProviderConfigSpecCredentialsWebIdentity#roleSessionName
     */
    readonly roleSessionName?: string;
    /**
     * TokenConfig is the Web Identity Token config to assume the role.
     *
     * @schema ClusterProviderConfigSpecCredentialsWebIdentity#tokenConfig
     */
    readonly tokenConfig?: ClusterProviderConfigSpecCredentialsWebIdentityTokenConfig;
}
/**
 * Converts an object of type 'ClusterProviderConfigSpecCredentialsWebIdentity' to JSON representation.
 */
export declare function toJson_ClusterProviderConfigSpecCredentialsWebIdentity(obj: ClusterProviderConfigSpecCredentialsWebIdentity | undefined): Record<string, any> | undefined;
/**
 * The source of the Endpoint. By default, this will be ServiceMetadata.
 * When providing a custom endpoint, you should set the source as Custom.
 * If source is not provided when providing a custom endpoint, the SDK may not
 * perform required host mutations correctly. Source should be used along with
 * HostnameImmutable property as per the usage requirement.
 * Note that this is effective only for resources that use AWS SDK v2.
 *
 * @schema ClusterProviderConfigSpecEndpointSource
 */
export declare enum ClusterProviderConfigSpecEndpointSource {
    /** ServiceMetadata */
    SERVICE_METADATA = "ServiceMetadata",
    /** Custom */
    CUSTOM = "Custom"
}
/**
 * URL lets you configure the endpoint URL to be used in SDK calls.
 *
 * @schema ClusterProviderConfigSpecEndpointUrl
 */
export interface ClusterProviderConfigSpecEndpointUrl {
    /**
     * Dynamic lets you configure the behavior of endpoint URL resolver.
     *
     * @schema ClusterProviderConfigSpecEndpointUrl#dynamic
     */
    readonly dynamic?: ClusterProviderConfigSpecEndpointUrlDynamic;
    /**
     * Static is the full URL you'd like the AWS SDK to use.
     * Recommended for using tools like localstack where a single host is exposed
     * for all services and regions.
     *
     * @schema ClusterProviderConfigSpecEndpointUrl#static
     */
    readonly static?: string;
    /**
     * You can provide a static URL that will be used regardless of the service
     * and region by choosing Static type. Alternatively, you can provide
     * configuration for dynamically resolving the URL with the config you provide
     * once you set the type as Dynamic.
     *
     * @schema ClusterProviderConfigSpecEndpointUrl#type
     */
    readonly type: ClusterProviderConfigSpecEndpointUrlType;
}
/**
 * Converts an object of type 'ClusterProviderConfigSpecEndpointUrl' to JSON representation.
 */
export declare function toJson_ClusterProviderConfigSpecEndpointUrl(obj: ClusterProviderConfigSpecEndpointUrl | undefined): Record<string, any> | undefined;
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
 * WebIdentity defines the options for assuming an IAM role with a Web
 * Identity.
 *
 * @schema ClusterProviderConfigSpecCredentialsUpboundWebIdentity
 */
export interface ClusterProviderConfigSpecCredentialsUpboundWebIdentity {
    /**
     * AssumeRoleARN to assume with provider credentials
     *
     * @schema ClusterProviderConfigSpecCredentialsUpboundWebIdentity#roleARN
     */
    readonly roleArn?: string;
    /**
     * RoleSessionName is the session name, if you wish to uniquely identify this session.
     *
     * @schema ClusterProviderConfigSpecCredentialsUpboundWebIdentity#roleSessionName
     */
    readonly roleSessionName?: string;
    /**
     * TokenConfig is the Web Identity Token config to assume the role.
     *
     * @schema ClusterProviderConfigSpecCredentialsUpboundWebIdentity#tokenConfig
     */
    readonly tokenConfig?: ClusterProviderConfigSpecCredentialsUpboundWebIdentityTokenConfig;
}
/**
 * Converts an object of type 'ClusterProviderConfigSpecCredentialsUpboundWebIdentity' to JSON representation.
 */
export declare function toJson_ClusterProviderConfigSpecCredentialsUpboundWebIdentity(obj: ClusterProviderConfigSpecCredentialsUpboundWebIdentity | undefined): Record<string, any> | undefined;
/**
 * TokenConfig is the Web Identity Token config to assume the role.
 *
 * @schema ClusterProviderConfigSpecCredentialsWebIdentityTokenConfig
 */
export interface ClusterProviderConfigSpecCredentialsWebIdentityTokenConfig {
    /**
     * Fs is a reference to a filesystem location that contains credentials that
     * must be used to obtain the web identity token.
     *
     * @schema ClusterProviderConfigSpecCredentialsWebIdentityTokenConfig#fs
     */
    readonly fs?: ClusterProviderConfigSpecCredentialsWebIdentityTokenConfigFs;
    /**
     * A SecretRef is a reference to a secret key that contains the credentials
     * that must be used to obtain the web identity token.
     *
     * @schema ClusterProviderConfigSpecCredentialsWebIdentityTokenConfig#secretRef
     */
    readonly secretRef?: ClusterProviderConfigSpecCredentialsWebIdentityTokenConfigSecretRef;
    /**
     * Source is the source of the web identity token.
     *
     * @schema ClusterProviderConfigSpecCredentialsWebIdentityTokenConfig#source
     */
    readonly source: ClusterProviderConfigSpecCredentialsWebIdentityTokenConfigSource;
}
/**
 * Converts an object of type 'ClusterProviderConfigSpecCredentialsWebIdentityTokenConfig' to JSON representation.
 */
export declare function toJson_ClusterProviderConfigSpecCredentialsWebIdentityTokenConfig(obj: ClusterProviderConfigSpecCredentialsWebIdentityTokenConfig | undefined): Record<string, any> | undefined;
/**
 * Dynamic lets you configure the behavior of endpoint URL resolver.
 *
 * @schema ClusterProviderConfigSpecEndpointUrlDynamic
 */
export interface ClusterProviderConfigSpecEndpointUrlDynamic {
    /**
     * Host is the address of the main host that the resolver will use to
     * prepend protocol, service and region configurations.
     * For example, the final URL for EC2 in us-east-1 looks like https://ec2.us-east-1.amazonaws.com
     * You would need to use "amazonaws.com" as Host and "https" as protocol
     * to have the resolver construct it.
     *
     * @schema ClusterProviderConfigSpecEndpointUrlDynamic#host
     */
    readonly host: string;
    /**
     * Protocol is the HTTP protocol that will be used in the URL. Currently,
     * only http and https are supported.
     *
     * @schema ClusterProviderConfigSpecEndpointUrlDynamic#protocol
     */
    readonly protocol: ClusterProviderConfigSpecEndpointUrlDynamicProtocol;
}
/**
 * Converts an object of type 'ClusterProviderConfigSpecEndpointUrlDynamic' to JSON representation.
 */
export declare function toJson_ClusterProviderConfigSpecEndpointUrlDynamic(obj: ClusterProviderConfigSpecEndpointUrlDynamic | undefined): Record<string, any> | undefined;
/**
 * You can provide a static URL that will be used regardless of the service
 * and region by choosing Static type. Alternatively, you can provide
 * configuration for dynamically resolving the URL with the config you provide
 * once you set the type as Dynamic.
 *
 * @schema ClusterProviderConfigSpecEndpointUrlType
 */
export declare enum ClusterProviderConfigSpecEndpointUrlType {
    /** Static */
    STATIC = "Static",
    /** Dynamic */
    DYNAMIC = "Dynamic",
    /** Auto */
    AUTO = "Auto"
}
/**
 * TokenConfig is the Web Identity Token config to assume the role.
 *
 * @schema ClusterProviderConfigSpecCredentialsUpboundWebIdentityTokenConfig
 */
export interface ClusterProviderConfigSpecCredentialsUpboundWebIdentityTokenConfig {
    /**
     * Fs is a reference to a filesystem location that contains credentials that
     * must be used to obtain the web identity token.
     *
     * @schema ClusterProviderConfigSpecCredentialsUpboundWebIdentityTokenConfig#fs
     */
    readonly fs?: ClusterProviderConfigSpecCredentialsUpboundWebIdentityTokenConfigFs;
    /**
     * A SecretRef is a reference to a secret key that contains the credentials
     * that must be used to obtain the web identity token.
     *
     * @schema ClusterProviderConfigSpecCredentialsUpboundWebIdentityTokenConfig#secretRef
     */
    readonly secretRef?: ClusterProviderConfigSpecCredentialsUpboundWebIdentityTokenConfigSecretRef;
    /**
     * Source is the source of the web identity token.
     *
     * @schema ClusterProviderConfigSpecCredentialsUpboundWebIdentityTokenConfig#source
     */
    readonly source: ClusterProviderConfigSpecCredentialsUpboundWebIdentityTokenConfigSource;
}
/**
 * Converts an object of type 'ClusterProviderConfigSpecCredentialsUpboundWebIdentityTokenConfig' to JSON representation.
 */
export declare function toJson_ClusterProviderConfigSpecCredentialsUpboundWebIdentityTokenConfig(obj: ClusterProviderConfigSpecCredentialsUpboundWebIdentityTokenConfig | undefined): Record<string, any> | undefined;
/**
 * Fs is a reference to a filesystem location that contains credentials that
 * must be used to obtain the web identity token.
 *
 * @schema ClusterProviderConfigSpecCredentialsWebIdentityTokenConfigFs
 */
export interface ClusterProviderConfigSpecCredentialsWebIdentityTokenConfigFs {
    /**
     * Path is a filesystem path.
     *
     * @schema ClusterProviderConfigSpecCredentialsWebIdentityTokenConfigFs#path
     */
    readonly path: string;
}
/**
 * Converts an object of type 'ClusterProviderConfigSpecCredentialsWebIdentityTokenConfigFs' to JSON representation.
 */
export declare function toJson_ClusterProviderConfigSpecCredentialsWebIdentityTokenConfigFs(obj: ClusterProviderConfigSpecCredentialsWebIdentityTokenConfigFs | undefined): Record<string, any> | undefined;
/**
 * A SecretRef is a reference to a secret key that contains the credentials
 * that must be used to obtain the web identity token.
 *
 * @schema ClusterProviderConfigSpecCredentialsWebIdentityTokenConfigSecretRef
 */
export interface ClusterProviderConfigSpecCredentialsWebIdentityTokenConfigSecretRef {
    /**
     * The key to select.
     *
     * @schema ClusterProviderConfigSpecCredentialsWebIdentityTokenConfigSecretRef#key
     */
    readonly key: string;
    /**
     * Name of the secret.
     *
     * @schema ClusterProviderConfigSpecCredentialsWebIdentityTokenConfigSecretRef#name
     */
    readonly name: string;
    /**
     * Namespace of the secret.
     *
     * @schema ClusterProviderConfigSpecCredentialsWebIdentityTokenConfigSecretRef#namespace
     */
    readonly namespace: string;
}
/**
 * Converts an object of type 'ClusterProviderConfigSpecCredentialsWebIdentityTokenConfigSecretRef' to JSON representation.
 */
export declare function toJson_ClusterProviderConfigSpecCredentialsWebIdentityTokenConfigSecretRef(obj: ClusterProviderConfigSpecCredentialsWebIdentityTokenConfigSecretRef | undefined): Record<string, any> | undefined;
/**
 * Source is the source of the web identity token.
 *
 * @schema ClusterProviderConfigSpecCredentialsWebIdentityTokenConfigSource
 */
export declare enum ClusterProviderConfigSpecCredentialsWebIdentityTokenConfigSource {
    /** Secret */
    SECRET = "Secret",
    /** Filesystem */
    FILESYSTEM = "Filesystem"
}
/**
 * Protocol is the HTTP protocol that will be used in the URL. Currently,
 * only http and https are supported.
 *
 * @schema ClusterProviderConfigSpecEndpointUrlDynamicProtocol
 */
export declare enum ClusterProviderConfigSpecEndpointUrlDynamicProtocol {
    /** http */
    HTTP = "http",
    /** https */
    HTTPS = "https"
}
/**
 * Fs is a reference to a filesystem location that contains credentials that
 * must be used to obtain the web identity token.
 *
 * @schema ClusterProviderConfigSpecCredentialsUpboundWebIdentityTokenConfigFs
 */
export interface ClusterProviderConfigSpecCredentialsUpboundWebIdentityTokenConfigFs {
    /**
     * Path is a filesystem path.
     *
     * @schema ClusterProviderConfigSpecCredentialsUpboundWebIdentityTokenConfigFs#path
     */
    readonly path: string;
}
/**
 * Converts an object of type 'ClusterProviderConfigSpecCredentialsUpboundWebIdentityTokenConfigFs' to JSON representation.
 */
export declare function toJson_ClusterProviderConfigSpecCredentialsUpboundWebIdentityTokenConfigFs(obj: ClusterProviderConfigSpecCredentialsUpboundWebIdentityTokenConfigFs | undefined): Record<string, any> | undefined;
/**
 * A SecretRef is a reference to a secret key that contains the credentials
 * that must be used to obtain the web identity token.
 *
 * @schema ClusterProviderConfigSpecCredentialsUpboundWebIdentityTokenConfigSecretRef
 */
export interface ClusterProviderConfigSpecCredentialsUpboundWebIdentityTokenConfigSecretRef {
    /**
     * The key to select.
     *
     * @schema ClusterProviderConfigSpecCredentialsUpboundWebIdentityTokenConfigSecretRef#key
     */
    readonly key: string;
    /**
     * Name of the secret.
     *
     * @schema ClusterProviderConfigSpecCredentialsUpboundWebIdentityTokenConfigSecretRef#name
     */
    readonly name: string;
    /**
     * Namespace of the secret.
     *
     * @schema ClusterProviderConfigSpecCredentialsUpboundWebIdentityTokenConfigSecretRef#namespace
     */
    readonly namespace: string;
}
/**
 * Converts an object of type 'ClusterProviderConfigSpecCredentialsUpboundWebIdentityTokenConfigSecretRef' to JSON representation.
 */
export declare function toJson_ClusterProviderConfigSpecCredentialsUpboundWebIdentityTokenConfigSecretRef(obj: ClusterProviderConfigSpecCredentialsUpboundWebIdentityTokenConfigSecretRef | undefined): Record<string, any> | undefined;
/**
 * Source is the source of the web identity token.
 *
 * @schema ClusterProviderConfigSpecCredentialsUpboundWebIdentityTokenConfigSource
 */
export declare enum ClusterProviderConfigSpecCredentialsUpboundWebIdentityTokenConfigSource {
    /** Secret */
    SECRET = "Secret",
    /** Filesystem */
    FILESYSTEM = "Filesystem"
}
