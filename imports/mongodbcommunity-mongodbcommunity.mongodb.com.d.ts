import { ApiObject, ApiObjectMetadata, GroupVersionKind } from 'cdk8s';
import { Construct } from 'constructs';
/**
 * MongoDBCommunity is the Schema for the mongodbs API
 *
 * @schema MongoDBCommunity
 */
export declare class MongoDbCommunity extends ApiObject {
    /**
     * Returns the apiVersion and kind for "MongoDBCommunity"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "MongoDBCommunity".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props?: MongoDbCommunityProps): any;
    /**
     * Defines a "MongoDBCommunity" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props?: MongoDbCommunityProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * MongoDBCommunity is the Schema for the mongodbs API
 *
 * @schema MongoDBCommunity
 */
export interface MongoDbCommunityProps {
    /**
     * @schema MongoDBCommunity#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * MongoDBCommunitySpec defines the desired state of MongoDB
     *
     * @schema MongoDBCommunity#spec
     */
    readonly spec?: MongoDbCommunitySpec;
}
/**
 * Converts an object of type 'MongoDbCommunityProps' to JSON representation.
 */
export declare function toJson_MongoDbCommunityProps(obj: MongoDbCommunityProps | undefined): Record<string, any> | undefined;
/**
 * MongoDBCommunitySpec defines the desired state of MongoDB
 *
 * @schema MongoDbCommunitySpec
 */
export interface MongoDbCommunitySpec {
    /**
     * Additional options to be appended to the connection string. These options apply to the entire resource and to each user.
     *
     * @schema MongoDbCommunitySpec#additionalConnectionStringConfig
     */
    readonly additionalConnectionStringConfig?: any;
    /**
     * AdditionalMongodConfig is additional configuration that can be passed to
     * each data-bearing mongod at runtime. Uses the same structure as the mongod
     * configuration file: https://www.mongodb.com/docs/manual/reference/configuration-options/
     *
     * @schema MongoDbCommunitySpec#additionalMongodConfig
     */
    readonly additionalMongodConfig?: any;
    /**
     * AgentConfiguration sets options for the MongoDB automation agent
     *
     * @schema MongoDbCommunitySpec#agent
     */
    readonly agent?: MongoDbCommunitySpecAgent;
    /**
     * Arbiters is the number of arbiters to add to the Replica Set.
     * It is not recommended to have more than one arbiter per Replica Set.
     * More info: https://www.mongodb.com/docs/manual/tutorial/add-replica-set-arbiter/
     *
     * @schema MongoDbCommunitySpec#arbiters
     */
    readonly arbiters?: number;
    /**
     * AutomationConfigOverride is merged on top of the operator created automation config. Processes are merged
     * by name. Currently Only the process.disabled field is supported.
     *
     * @schema MongoDbCommunitySpec#automationConfig
     */
    readonly automationConfig?: MongoDbCommunitySpecAutomationConfig;
    /**
     * @schema MongoDbCommunitySpec#clusterDomain
     */
    readonly clusterDomain?: string;
    /**
     * FeatureCompatibilityVersion configures the feature compatibility version that will
     * be set for the deployment
     *
     * @schema MongoDbCommunitySpec#featureCompatibilityVersion
     */
    readonly featureCompatibilityVersion?: string;
    /**
     * MemberConfig
     *
     * @schema MongoDbCommunitySpec#memberConfig
     */
    readonly memberConfig?: MongoDbCommunitySpecMemberConfig[];
    /**
     * Members is the number of members in the replica set
     *
     * @schema MongoDbCommunitySpec#members
     */
    readonly members?: number;
    /**
     * Prometheus configurations.
     *
     * @schema MongoDbCommunitySpec#prometheus
     */
    readonly prometheus?: MongoDbCommunitySpecPrometheus;
    /**
     * ReplicaSetHorizons Add this parameter and values if you need your database
     * to be accessed outside of Kubernetes. This setting allows you to
     * provide different DNS settings within the Kubernetes cluster and
     * to the Kubernetes cluster. The Kubernetes Operator uses split horizon
     * DNS for replica set members. This feature allows communication both
     * within the Kubernetes cluster and from outside Kubernetes.
     *
     * @schema MongoDbCommunitySpec#replicaSetHorizons
     */
    readonly replicaSetHorizons?: {
        [key: string]: string;
    }[];
    /**
     * Security configures security features, such as TLS, and authentication settings for a deployment
     *
     * @schema MongoDbCommunitySpec#security
     */
    readonly security: MongoDbCommunitySpecSecurity;
    /**
     * StatefulSetConfiguration holds the optional custom StatefulSet
     * that should be merged into the operator created one.
     *
     * @schema MongoDbCommunitySpec#statefulSet
     */
    readonly statefulSet?: MongoDbCommunitySpecStatefulSet;
    /**
     * Type defines which type of MongoDB deployment the resource should create
     *
     * @schema MongoDbCommunitySpec#type
     */
    readonly type: MongoDbCommunitySpecType;
    /**
     * Users specifies the MongoDB users that should be configured in your deployment
     *
     * @schema MongoDbCommunitySpec#users
     */
    readonly users: MongoDbCommunitySpecUsers[];
    /**
     * Version defines which version of MongoDB will be used
     *
     * @schema MongoDbCommunitySpec#version
     */
    readonly version?: string;
}
/**
 * Converts an object of type 'MongoDbCommunitySpec' to JSON representation.
 */
export declare function toJson_MongoDbCommunitySpec(obj: MongoDbCommunitySpec | undefined): Record<string, any> | undefined;
/**
 * AgentConfiguration sets options for the MongoDB automation agent
 *
 * @schema MongoDbCommunitySpecAgent
 */
export interface MongoDbCommunitySpecAgent {
    /**
     * AuditLogRotate if enabled, will enable AuditLogRotate for all processes.
     *
     * @schema MongoDbCommunitySpecAgent#auditLogRotate
     */
    readonly auditLogRotate?: MongoDbCommunitySpecAgentAuditLogRotate;
    /**
     * @schema MongoDbCommunitySpecAgent#logFile
     */
    readonly logFile?: string;
    /**
     * @schema MongoDbCommunitySpecAgent#logLevel
     */
    readonly logLevel?: string;
    /**
     * LogRotate if enabled, will enable LogRotate for all processes.
     *
     * @schema MongoDbCommunitySpecAgent#logRotate
     */
    readonly logRotate?: MongoDbCommunitySpecAgentLogRotate;
    /**
     * @schema MongoDbCommunitySpecAgent#maxLogFileDurationHours
     */
    readonly maxLogFileDurationHours?: number;
    /**
     * SystemLog configures system log of mongod
     *
     * @schema MongoDbCommunitySpecAgent#systemLog
     */
    readonly systemLog?: MongoDbCommunitySpecAgentSystemLog;
}
/**
 * Converts an object of type 'MongoDbCommunitySpecAgent' to JSON representation.
 */
export declare function toJson_MongoDbCommunitySpecAgent(obj: MongoDbCommunitySpecAgent | undefined): Record<string, any> | undefined;
/**
 * AutomationConfigOverride is merged on top of the operator created automation config. Processes are merged
 * by name. Currently Only the process.disabled field is supported.
 *
 * @schema MongoDbCommunitySpecAutomationConfig
 */
export interface MongoDbCommunitySpecAutomationConfig {
    /**
     * @schema MongoDbCommunitySpecAutomationConfig#processes
     */
    readonly processes?: MongoDbCommunitySpecAutomationConfigProcesses[];
    /**
     * OverrideReplicaSet holds replica set override fields for the AutomationConfig.
     *
     * @schema MongoDbCommunitySpecAutomationConfig#replicaSet
     */
    readonly replicaSet?: MongoDbCommunitySpecAutomationConfigReplicaSet;
}
/**
 * Converts an object of type 'MongoDbCommunitySpecAutomationConfig' to JSON representation.
 */
export declare function toJson_MongoDbCommunitySpecAutomationConfig(obj: MongoDbCommunitySpecAutomationConfig | undefined): Record<string, any> | undefined;
/**
 * @schema MongoDbCommunitySpecMemberConfig
 */
export interface MongoDbCommunitySpecMemberConfig {
    /**
     * @schema MongoDbCommunitySpecMemberConfig#priority
     */
    readonly priority?: string;
    /**
     * @schema MongoDbCommunitySpecMemberConfig#tags
     */
    readonly tags?: {
        [key: string]: string;
    };
    /**
     * @schema MongoDbCommunitySpecMemberConfig#votes
     */
    readonly votes?: number;
}
/**
 * Converts an object of type 'MongoDbCommunitySpecMemberConfig' to JSON representation.
 */
export declare function toJson_MongoDbCommunitySpecMemberConfig(obj: MongoDbCommunitySpecMemberConfig | undefined): Record<string, any> | undefined;
/**
 * Prometheus configurations.
 *
 * @schema MongoDbCommunitySpecPrometheus
 */
export interface MongoDbCommunitySpecPrometheus {
    /**
     * Indicates path to the metrics endpoint.
     *
     * @schema MongoDbCommunitySpecPrometheus#metricsPath
     */
    readonly metricsPath?: string;
    /**
     * Name of a Secret containing a HTTP Basic Auth Password.
     *
     * @schema MongoDbCommunitySpecPrometheus#passwordSecretRef
     */
    readonly passwordSecretRef: MongoDbCommunitySpecPrometheusPasswordSecretRef;
    /**
     * Port where metrics endpoint will bind to. Defaults to 9216.
     *
     * @default 9216.
     * @schema MongoDbCommunitySpecPrometheus#port
     */
    readonly port?: number;
    /**
     * Name of a Secret (type kubernetes.io/tls) holding the certificates to use in the
     * Prometheus endpoint.
     *
     * @schema MongoDbCommunitySpecPrometheus#tlsSecretKeyRef
     */
    readonly tlsSecretKeyRef?: MongoDbCommunitySpecPrometheusTlsSecretKeyRef;
    /**
     * HTTP Basic Auth Username for metrics endpoint.
     *
     * @schema MongoDbCommunitySpecPrometheus#username
     */
    readonly username: string;
}
/**
 * Converts an object of type 'MongoDbCommunitySpecPrometheus' to JSON representation.
 */
export declare function toJson_MongoDbCommunitySpecPrometheus(obj: MongoDbCommunitySpecPrometheus | undefined): Record<string, any> | undefined;
/**
 * Security configures security features, such as TLS, and authentication settings for a deployment
 *
 * @schema MongoDbCommunitySpecSecurity
 */
export interface MongoDbCommunitySpecSecurity {
    /**
     * @schema MongoDbCommunitySpecSecurity#authentication
     */
    readonly authentication?: MongoDbCommunitySpecSecurityAuthentication;
    /**
     * User-specified custom MongoDB roles that should be configured in the deployment.
     *
     * @schema MongoDbCommunitySpecSecurity#roles
     */
    readonly roles?: MongoDbCommunitySpecSecurityRoles[];
    /**
     * TLS configuration for both client-server and server-server communication
     *
     * @schema MongoDbCommunitySpecSecurity#tls
     */
    readonly tls?: MongoDbCommunitySpecSecurityTls;
}
/**
 * Converts an object of type 'MongoDbCommunitySpecSecurity' to JSON representation.
 */
export declare function toJson_MongoDbCommunitySpecSecurity(obj: MongoDbCommunitySpecSecurity | undefined): Record<string, any> | undefined;
/**
 * StatefulSetConfiguration holds the optional custom StatefulSet
 * that should be merged into the operator created one.
 *
 * @schema MongoDbCommunitySpecStatefulSet
 */
export interface MongoDbCommunitySpecStatefulSet {
    /**
     * StatefulSetMetadataWrapper is a wrapper around Labels and Annotations
     *
     * @schema MongoDbCommunitySpecStatefulSet#metadata
     */
    readonly metadata?: MongoDbCommunitySpecStatefulSetMetadata;
    /**
     * @schema MongoDbCommunitySpecStatefulSet#spec
     */
    readonly spec: any;
}
/**
 * Converts an object of type 'MongoDbCommunitySpecStatefulSet' to JSON representation.
 */
export declare function toJson_MongoDbCommunitySpecStatefulSet(obj: MongoDbCommunitySpecStatefulSet | undefined): Record<string, any> | undefined;
/**
 * Type defines which type of MongoDB deployment the resource should create
 *
 * @schema MongoDbCommunitySpecType
 */
export declare enum MongoDbCommunitySpecType {
    /** ReplicaSet */
    REPLICA_SET = "ReplicaSet"
}
/**
 * @schema MongoDbCommunitySpecUsers
 */
export interface MongoDbCommunitySpecUsers {
    /**
     * Additional options to be appended to the connection string.
     * These options apply only to this user and will override any existing options in the resource.
     *
     * @schema MongoDbCommunitySpecUsers#additionalConnectionStringConfig
     */
    readonly additionalConnectionStringConfig?: any;
    /**
     * ConnectionStringSecretAnnotations is the annotations of the secret object created by the operator which exposes the connection strings for the user.
     *
     * @schema MongoDbCommunitySpecUsers#connectionStringSecretAnnotations
     */
    readonly connectionStringSecretAnnotations?: {
        [key: string]: string;
    };
    /**
     * ConnectionStringSecretName is the name of the secret object created by the operator which exposes the connection strings for the user.
     * If provided, this secret must be different for each user in a deployment.
     *
     * @schema MongoDbCommunitySpecUsers#connectionStringSecretName
     */
    readonly connectionStringSecretName?: string;
    /**
     * ConnectionStringSecretNamespace is the namespace of the secret object created by the operator which exposes the connection strings for the user.
     *
     * @schema MongoDbCommunitySpecUsers#connectionStringSecretNamespace
     */
    readonly connectionStringSecretNamespace?: string;
    /**
     * DB is the database the user is stored in. Defaults to "admin"
     *
     * @default admin"
     * @schema MongoDbCommunitySpecUsers#db
     */
    readonly db?: string;
    /**
     * Name is the username of the user
     *
     * @schema MongoDbCommunitySpecUsers#name
     */
    readonly name: string;
    /**
     * PasswordSecretRef is a reference to the secret containing this user's password
     *
     * @schema MongoDbCommunitySpecUsers#passwordSecretRef
     */
    readonly passwordSecretRef?: MongoDbCommunitySpecUsersPasswordSecretRef;
    /**
     * Roles is an array of roles assigned to this user
     *
     * @schema MongoDbCommunitySpecUsers#roles
     */
    readonly roles: MongoDbCommunitySpecUsersRoles[];
    /**
     * ScramCredentialsSecretName appended by string "scram-credentials" is the name of the secret object created by the mongoDB operator for storing SCRAM credentials
     * These secrets names must be different for each user in a deployment.
     *
     * @schema MongoDbCommunitySpecUsers#scramCredentialsSecretName
     */
    readonly scramCredentialsSecretName?: string;
}
/**
 * Converts an object of type 'MongoDbCommunitySpecUsers' to JSON representation.
 */
export declare function toJson_MongoDbCommunitySpecUsers(obj: MongoDbCommunitySpecUsers | undefined): Record<string, any> | undefined;
/**
 * AuditLogRotate if enabled, will enable AuditLogRotate for all processes.
 *
 * @schema MongoDbCommunitySpecAgentAuditLogRotate
 */
export interface MongoDbCommunitySpecAgentAuditLogRotate {
    /**
     * set to 'true' to have the Automation Agent rotate the audit files along
     * with mongodb log files
     *
     * @schema MongoDbCommunitySpecAgentAuditLogRotate#includeAuditLogsWithMongoDBLogs
     */
    readonly includeAuditLogsWithMongoDbLogs?: boolean;
    /**
     * maximum number of log files to have total
     *
     * @schema MongoDbCommunitySpecAgentAuditLogRotate#numTotal
     */
    readonly numTotal?: number;
    /**
     * maximum number of log files to leave uncompressed
     *
     * @schema MongoDbCommunitySpecAgentAuditLogRotate#numUncompressed
     */
    readonly numUncompressed?: number;
    /**
     * Maximum percentage of the total disk space these log files should take up.
     * The string needs to be able to be converted to float64
     *
     * @schema MongoDbCommunitySpecAgentAuditLogRotate#percentOfDiskspace
     */
    readonly percentOfDiskspace?: string;
    /**
     * Maximum size for an individual log file before rotation.
     * The string needs to be able to be converted to float64.
     * Fractional values of MB are supported.
     *
     * @schema MongoDbCommunitySpecAgentAuditLogRotate#sizeThresholdMB
     */
    readonly sizeThresholdMb: string;
    /**
     * maximum hours for an individual log file before rotation
     *
     * @schema MongoDbCommunitySpecAgentAuditLogRotate#timeThresholdHrs
     */
    readonly timeThresholdHrs: number;
}
/**
 * Converts an object of type 'MongoDbCommunitySpecAgentAuditLogRotate' to JSON representation.
 */
export declare function toJson_MongoDbCommunitySpecAgentAuditLogRotate(obj: MongoDbCommunitySpecAgentAuditLogRotate | undefined): Record<string, any> | undefined;
/**
 * LogRotate if enabled, will enable LogRotate for all processes.
 *
 * @schema MongoDbCommunitySpecAgentLogRotate
 */
export interface MongoDbCommunitySpecAgentLogRotate {
    /**
     * set to 'true' to have the Automation Agent rotate the audit files along
     * with mongodb log files
     *
     * @schema MongoDbCommunitySpecAgentLogRotate#includeAuditLogsWithMongoDBLogs
     */
    readonly includeAuditLogsWithMongoDbLogs?: boolean;
    /**
     * maximum number of log files to have total
     *
     * @schema MongoDbCommunitySpecAgentLogRotate#numTotal
     */
    readonly numTotal?: number;
    /**
     * maximum number of log files to leave uncompressed
     *
     * @schema MongoDbCommunitySpecAgentLogRotate#numUncompressed
     */
    readonly numUncompressed?: number;
    /**
     * Maximum percentage of the total disk space these log files should take up.
     * The string needs to be able to be converted to float64
     *
     * @schema MongoDbCommunitySpecAgentLogRotate#percentOfDiskspace
     */
    readonly percentOfDiskspace?: string;
    /**
     * Maximum size for an individual log file before rotation.
     * The string needs to be able to be converted to float64.
     * Fractional values of MB are supported.
     *
     * @schema MongoDbCommunitySpecAgentLogRotate#sizeThresholdMB
     */
    readonly sizeThresholdMb: string;
    /**
     * maximum hours for an individual log file before rotation
     *
     * @schema MongoDbCommunitySpecAgentLogRotate#timeThresholdHrs
     */
    readonly timeThresholdHrs: number;
}
/**
 * Converts an object of type 'MongoDbCommunitySpecAgentLogRotate' to JSON representation.
 */
export declare function toJson_MongoDbCommunitySpecAgentLogRotate(obj: MongoDbCommunitySpecAgentLogRotate | undefined): Record<string, any> | undefined;
/**
 * SystemLog configures system log of mongod
 *
 * @schema MongoDbCommunitySpecAgentSystemLog
 */
export interface MongoDbCommunitySpecAgentSystemLog {
    /**
     * @schema MongoDbCommunitySpecAgentSystemLog#destination
     */
    readonly destination: string;
    /**
     * @schema MongoDbCommunitySpecAgentSystemLog#logAppend
     */
    readonly logAppend: boolean;
    /**
     * @schema MongoDbCommunitySpecAgentSystemLog#path
     */
    readonly path: string;
}
/**
 * Converts an object of type 'MongoDbCommunitySpecAgentSystemLog' to JSON representation.
 */
export declare function toJson_MongoDbCommunitySpecAgentSystemLog(obj: MongoDbCommunitySpecAgentSystemLog | undefined): Record<string, any> | undefined;
/**
 * OverrideProcess contains fields that we can override on the AutomationConfig processes.
 *
 * @schema MongoDbCommunitySpecAutomationConfigProcesses
 */
export interface MongoDbCommunitySpecAutomationConfigProcesses {
    /**
     * @schema MongoDbCommunitySpecAutomationConfigProcesses#disabled
     */
    readonly disabled: boolean;
    /**
     * CrdLogRotate is the crd definition of LogRotate including fields in strings while the agent supports them as float64
     *
     * @schema MongoDbCommunitySpecAutomationConfigProcesses#logRotate
     */
    readonly logRotate?: MongoDbCommunitySpecAutomationConfigProcessesLogRotate;
    /**
     * @schema MongoDbCommunitySpecAutomationConfigProcesses#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'MongoDbCommunitySpecAutomationConfigProcesses' to JSON representation.
 */
export declare function toJson_MongoDbCommunitySpecAutomationConfigProcesses(obj: MongoDbCommunitySpecAutomationConfigProcesses | undefined): Record<string, any> | undefined;
/**
 * OverrideReplicaSet holds replica set override fields for the AutomationConfig.
 *
 * @schema MongoDbCommunitySpecAutomationConfigReplicaSet
 */
export interface MongoDbCommunitySpecAutomationConfigReplicaSet {
    /**
     * Id can be used together with additionalMongodConfig.replication.replSetName
     * to manage clusters where replSetName differs from the MongoDBCommunity resource name
     *
     * @schema MongoDbCommunitySpecAutomationConfigReplicaSet#id
     */
    readonly id?: string;
    /**
     * MapWrapper is a wrapper for a map to be used by other structs.
     * The CRD generator does not support map[string]interface{}
     * on the top level and hence we need to work around this with
     * a wrapping struct.
     *
     * @schema MongoDbCommunitySpecAutomationConfigReplicaSet#settings
     */
    readonly settings?: any;
}
/**
 * Converts an object of type 'MongoDbCommunitySpecAutomationConfigReplicaSet' to JSON representation.
 */
export declare function toJson_MongoDbCommunitySpecAutomationConfigReplicaSet(obj: MongoDbCommunitySpecAutomationConfigReplicaSet | undefined): Record<string, any> | undefined;
/**
 * Name of a Secret containing a HTTP Basic Auth Password.
 *
 * @schema MongoDbCommunitySpecPrometheusPasswordSecretRef
 */
export interface MongoDbCommunitySpecPrometheusPasswordSecretRef {
    /**
     * Key is the key in the secret storing this password. Defaults to "password"
     *
     * @default password"
     * @schema MongoDbCommunitySpecPrometheusPasswordSecretRef#key
     */
    readonly key?: string;
    /**
     * Name is the name of the secret storing this user's password
     *
     * @schema MongoDbCommunitySpecPrometheusPasswordSecretRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'MongoDbCommunitySpecPrometheusPasswordSecretRef' to JSON representation.
 */
export declare function toJson_MongoDbCommunitySpecPrometheusPasswordSecretRef(obj: MongoDbCommunitySpecPrometheusPasswordSecretRef | undefined): Record<string, any> | undefined;
/**
 * Name of a Secret (type kubernetes.io/tls) holding the certificates to use in the
 * Prometheus endpoint.
 *
 * @schema MongoDbCommunitySpecPrometheusTlsSecretKeyRef
 */
export interface MongoDbCommunitySpecPrometheusTlsSecretKeyRef {
    /**
     * Key is the key in the secret storing this password. Defaults to "password"
     *
     * @default password"
     * @schema MongoDbCommunitySpecPrometheusTlsSecretKeyRef#key
     */
    readonly key?: string;
    /**
     * Name is the name of the secret storing this user's password
     *
     * @schema MongoDbCommunitySpecPrometheusTlsSecretKeyRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'MongoDbCommunitySpecPrometheusTlsSecretKeyRef' to JSON representation.
 */
export declare function toJson_MongoDbCommunitySpecPrometheusTlsSecretKeyRef(obj: MongoDbCommunitySpecPrometheusTlsSecretKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema MongoDbCommunitySpecSecurityAuthentication
 */
export interface MongoDbCommunitySpecSecurityAuthentication {
    /**
     * AgentCertificateSecret is a reference to a Secret containing the certificate and the key for the automation agent
     * The secret needs to have available:
     * - certificate under key: "tls.crt"
     * - private key under key: "tls.key"
     * If additionally, tls.pem is present, then it needs to be equal to the concatenation of tls.crt and tls.key
     *
     * @schema MongoDbCommunitySpecSecurityAuthentication#agentCertificateSecretRef
     */
    readonly agentCertificateSecretRef?: MongoDbCommunitySpecSecurityAuthenticationAgentCertificateSecretRef;
    /**
     * AgentMode contains the authentication mode used by the automation agent.
     *
     * @schema MongoDbCommunitySpecSecurityAuthentication#agentMode
     */
    readonly agentMode?: MongoDbCommunitySpecSecurityAuthenticationAgentMode;
    /**
     * @schema MongoDbCommunitySpecSecurityAuthentication#ignoreUnknownUsers
     */
    readonly ignoreUnknownUsers?: boolean;
    /**
     * Modes is an array specifying which authentication methods should be enabled.
     *
     * @schema MongoDbCommunitySpecSecurityAuthentication#modes
     */
    readonly modes: MongoDbCommunitySpecSecurityAuthenticationModes[];
}
/**
 * Converts an object of type 'MongoDbCommunitySpecSecurityAuthentication' to JSON representation.
 */
export declare function toJson_MongoDbCommunitySpecSecurityAuthentication(obj: MongoDbCommunitySpecSecurityAuthentication | undefined): Record<string, any> | undefined;
/**
 * CustomRole defines a custom MongoDB role.
 *
 * @schema MongoDbCommunitySpecSecurityRoles
 */
export interface MongoDbCommunitySpecSecurityRoles {
    /**
     * The authentication restrictions the server enforces on the role.
     *
     * @schema MongoDbCommunitySpecSecurityRoles#authenticationRestrictions
     */
    readonly authenticationRestrictions?: MongoDbCommunitySpecSecurityRolesAuthenticationRestrictions[];
    /**
     * The database of the role.
     *
     * @schema MongoDbCommunitySpecSecurityRoles#db
     */
    readonly db: string;
    /**
     * The privileges to grant the role.
     *
     * @schema MongoDbCommunitySpecSecurityRoles#privileges
     */
    readonly privileges: MongoDbCommunitySpecSecurityRolesPrivileges[];
    /**
     * The name of the role.
     *
     * @schema MongoDbCommunitySpecSecurityRoles#role
     */
    readonly role: string;
    /**
     * An array of roles from which this role inherits privileges.
     *
     * @schema MongoDbCommunitySpecSecurityRoles#roles
     */
    readonly roles?: MongoDbCommunitySpecSecurityRolesRoles[];
}
/**
 * Converts an object of type 'MongoDbCommunitySpecSecurityRoles' to JSON representation.
 */
export declare function toJson_MongoDbCommunitySpecSecurityRoles(obj: MongoDbCommunitySpecSecurityRoles | undefined): Record<string, any> | undefined;
/**
 * TLS configuration for both client-server and server-server communication
 *
 * @schema MongoDbCommunitySpecSecurityTls
 */
export interface MongoDbCommunitySpecSecurityTls {
    /**
     * CaCertificateSecret is a reference to a Secret containing the certificate for the CA which signed the server certificates
     * The certificate is expected to be available under the key "ca.crt"
     *
     * @schema MongoDbCommunitySpecSecurityTls#caCertificateSecretRef
     */
    readonly caCertificateSecretRef?: MongoDbCommunitySpecSecurityTlsCaCertificateSecretRef;
    /**
     * CaConfigMap is a reference to a ConfigMap containing the certificate for the CA which signed the server certificates
     * The certificate is expected to be available under the key "ca.crt"
     * This field is ignored when CaCertificateSecretRef is configured
     *
     * @schema MongoDbCommunitySpecSecurityTls#caConfigMapRef
     */
    readonly caConfigMapRef?: MongoDbCommunitySpecSecurityTlsCaConfigMapRef;
    /**
     * CertificateKeySecret is a reference to a Secret containing a private key and certificate to use for TLS.
     * The key and cert are expected to be PEM encoded and available at "tls.key" and "tls.crt".
     * This is the same format used for the standard "kubernetes.io/tls" Secret type, but no specific type is required.
     * Alternatively, an entry tls.pem, containing the concatenation of cert and key, can be provided.
     * If all of tls.pem, tls.crt and tls.key are present, the tls.pem one needs to be equal to the concatenation of tls.crt and tls.key
     *
     * @schema MongoDbCommunitySpecSecurityTls#certificateKeySecretRef
     */
    readonly certificateKeySecretRef?: MongoDbCommunitySpecSecurityTlsCertificateKeySecretRef;
    /**
     * @schema MongoDbCommunitySpecSecurityTls#enabled
     */
    readonly enabled: boolean;
    /**
     * Optional configures if TLS should be required or optional for connections
     *
     * @schema MongoDbCommunitySpecSecurityTls#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'MongoDbCommunitySpecSecurityTls' to JSON representation.
 */
export declare function toJson_MongoDbCommunitySpecSecurityTls(obj: MongoDbCommunitySpecSecurityTls | undefined): Record<string, any> | undefined;
/**
 * StatefulSetMetadataWrapper is a wrapper around Labels and Annotations
 *
 * @schema MongoDbCommunitySpecStatefulSetMetadata
 */
export interface MongoDbCommunitySpecStatefulSetMetadata {
    /**
     * @schema MongoDbCommunitySpecStatefulSetMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * @schema MongoDbCommunitySpecStatefulSetMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'MongoDbCommunitySpecStatefulSetMetadata' to JSON representation.
 */
export declare function toJson_MongoDbCommunitySpecStatefulSetMetadata(obj: MongoDbCommunitySpecStatefulSetMetadata | undefined): Record<string, any> | undefined;
/**
 * PasswordSecretRef is a reference to the secret containing this user's password
 *
 * @schema MongoDbCommunitySpecUsersPasswordSecretRef
 */
export interface MongoDbCommunitySpecUsersPasswordSecretRef {
    /**
     * Key is the key in the secret storing this password. Defaults to "password"
     *
     * @default password"
     * @schema MongoDbCommunitySpecUsersPasswordSecretRef#key
     */
    readonly key?: string;
    /**
     * Name is the name of the secret storing this user's password
     *
     * @schema MongoDbCommunitySpecUsersPasswordSecretRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'MongoDbCommunitySpecUsersPasswordSecretRef' to JSON representation.
 */
export declare function toJson_MongoDbCommunitySpecUsersPasswordSecretRef(obj: MongoDbCommunitySpecUsersPasswordSecretRef | undefined): Record<string, any> | undefined;
/**
 * Role is the database role this user should have
 *
 * @schema MongoDbCommunitySpecUsersRoles
 */
export interface MongoDbCommunitySpecUsersRoles {
    /**
     * DB is the database the role can act on
     *
     * @schema MongoDbCommunitySpecUsersRoles#db
     */
    readonly db: string;
    /**
     * Name is the name of the role
     *
     * @schema MongoDbCommunitySpecUsersRoles#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'MongoDbCommunitySpecUsersRoles' to JSON representation.
 */
export declare function toJson_MongoDbCommunitySpecUsersRoles(obj: MongoDbCommunitySpecUsersRoles | undefined): Record<string, any> | undefined;
/**
 * CrdLogRotate is the crd definition of LogRotate including fields in strings while the agent supports them as float64
 *
 * @schema MongoDbCommunitySpecAutomationConfigProcessesLogRotate
 */
export interface MongoDbCommunitySpecAutomationConfigProcessesLogRotate {
    /**
     * set to 'true' to have the Automation Agent rotate the audit files along
     * with mongodb log files
     *
     * @schema MongoDbCommunitySpecAutomationConfigProcessesLogRotate#includeAuditLogsWithMongoDBLogs
     */
    readonly includeAuditLogsWithMongoDbLogs?: boolean;
    /**
     * maximum number of log files to have total
     *
     * @schema MongoDbCommunitySpecAutomationConfigProcessesLogRotate#numTotal
     */
    readonly numTotal?: number;
    /**
     * maximum number of log files to leave uncompressed
     *
     * @schema MongoDbCommunitySpecAutomationConfigProcessesLogRotate#numUncompressed
     */
    readonly numUncompressed?: number;
    /**
     * Maximum percentage of the total disk space these log files should take up.
     * The string needs to be able to be converted to float64
     *
     * @schema MongoDbCommunitySpecAutomationConfigProcessesLogRotate#percentOfDiskspace
     */
    readonly percentOfDiskspace?: string;
    /**
     * Maximum size for an individual log file before rotation.
     * The string needs to be able to be converted to float64.
     * Fractional values of MB are supported.
     *
     * @schema MongoDbCommunitySpecAutomationConfigProcessesLogRotate#sizeThresholdMB
     */
    readonly sizeThresholdMb: string;
    /**
     * maximum hours for an individual log file before rotation
     *
     * @schema MongoDbCommunitySpecAutomationConfigProcessesLogRotate#timeThresholdHrs
     */
    readonly timeThresholdHrs: number;
}
/**
 * Converts an object of type 'MongoDbCommunitySpecAutomationConfigProcessesLogRotate' to JSON representation.
 */
export declare function toJson_MongoDbCommunitySpecAutomationConfigProcessesLogRotate(obj: MongoDbCommunitySpecAutomationConfigProcessesLogRotate | undefined): Record<string, any> | undefined;
/**
 * AgentCertificateSecret is a reference to a Secret containing the certificate and the key for the automation agent
 * The secret needs to have available:
 * - certificate under key: "tls.crt"
 * - private key under key: "tls.key"
 * If additionally, tls.pem is present, then it needs to be equal to the concatenation of tls.crt and tls.key
 *
 * @schema MongoDbCommunitySpecSecurityAuthenticationAgentCertificateSecretRef
 */
export interface MongoDbCommunitySpecSecurityAuthenticationAgentCertificateSecretRef {
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema MongoDbCommunitySpecSecurityAuthenticationAgentCertificateSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'MongoDbCommunitySpecSecurityAuthenticationAgentCertificateSecretRef' to JSON representation.
 */
export declare function toJson_MongoDbCommunitySpecSecurityAuthenticationAgentCertificateSecretRef(obj: MongoDbCommunitySpecSecurityAuthenticationAgentCertificateSecretRef | undefined): Record<string, any> | undefined;
/**
 * AgentMode contains the authentication mode used by the automation agent.
 *
 * @schema MongoDbCommunitySpecSecurityAuthenticationAgentMode
 */
export declare enum MongoDbCommunitySpecSecurityAuthenticationAgentMode {
    /** SCRAM */
    SCRAM = "SCRAM",
    /** SCRAM-SHA-256 */
    SCRAM_HYPHEN_SHA_HYPHEN_256 = "SCRAM-SHA-256",
    /** SCRAM-SHA-1 */
    SCRAM_HYPHEN_SHA_HYPHEN_1 = "SCRAM-SHA-1",
    /** X509 */
    X509 = "X509"
}
/**
 * @schema MongoDbCommunitySpecSecurityAuthenticationModes
 */
export declare enum MongoDbCommunitySpecSecurityAuthenticationModes {
    /** SCRAM */
    SCRAM = "SCRAM",
    /** SCRAM-SHA-256 */
    SCRAM_HYPHEN_SHA_HYPHEN_256 = "SCRAM-SHA-256",
    /** SCRAM-SHA-1 */
    SCRAM_HYPHEN_SHA_HYPHEN_1 = "SCRAM-SHA-1",
    /** X509 */
    X509 = "X509"
}
/**
 * AuthenticationRestriction specifies a list of IP addresses and CIDR ranges users
 * are allowed to connect to or from.
 *
 * @schema MongoDbCommunitySpecSecurityRolesAuthenticationRestrictions
 */
export interface MongoDbCommunitySpecSecurityRolesAuthenticationRestrictions {
    /**
     * @schema MongoDbCommunitySpecSecurityRolesAuthenticationRestrictions#clientSource
     */
    readonly clientSource: string[];
    /**
     * @schema MongoDbCommunitySpecSecurityRolesAuthenticationRestrictions#serverAddress
     */
    readonly serverAddress: string[];
}
/**
 * Converts an object of type 'MongoDbCommunitySpecSecurityRolesAuthenticationRestrictions' to JSON representation.
 */
export declare function toJson_MongoDbCommunitySpecSecurityRolesAuthenticationRestrictions(obj: MongoDbCommunitySpecSecurityRolesAuthenticationRestrictions | undefined): Record<string, any> | undefined;
/**
 * Privilege defines the actions a role is allowed to perform on a given resource.
 *
 * @schema MongoDbCommunitySpecSecurityRolesPrivileges
 */
export interface MongoDbCommunitySpecSecurityRolesPrivileges {
    /**
     * @schema MongoDbCommunitySpecSecurityRolesPrivileges#actions
     */
    readonly actions: string[];
    /**
     * Resource specifies specifies the resources upon which a privilege permits actions.
     * See https://www.mongodb.com/docs/manual/reference/resource-document for more.
     *
     * @schema MongoDbCommunitySpecSecurityRolesPrivileges#resource
     */
    readonly resource: MongoDbCommunitySpecSecurityRolesPrivilegesResource;
}
/**
 * Converts an object of type 'MongoDbCommunitySpecSecurityRolesPrivileges' to JSON representation.
 */
export declare function toJson_MongoDbCommunitySpecSecurityRolesPrivileges(obj: MongoDbCommunitySpecSecurityRolesPrivileges | undefined): Record<string, any> | undefined;
/**
 * Role is the database role this user should have
 *
 * @schema MongoDbCommunitySpecSecurityRolesRoles
 */
export interface MongoDbCommunitySpecSecurityRolesRoles {
    /**
     * DB is the database the role can act on
     *
     * @schema MongoDbCommunitySpecSecurityRolesRoles#db
     */
    readonly db: string;
    /**
     * Name is the name of the role
     *
     * @schema MongoDbCommunitySpecSecurityRolesRoles#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'MongoDbCommunitySpecSecurityRolesRoles' to JSON representation.
 */
export declare function toJson_MongoDbCommunitySpecSecurityRolesRoles(obj: MongoDbCommunitySpecSecurityRolesRoles | undefined): Record<string, any> | undefined;
/**
 * CaCertificateSecret is a reference to a Secret containing the certificate for the CA which signed the server certificates
 * The certificate is expected to be available under the key "ca.crt"
 *
 * @schema MongoDbCommunitySpecSecurityTlsCaCertificateSecretRef
 */
export interface MongoDbCommunitySpecSecurityTlsCaCertificateSecretRef {
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema MongoDbCommunitySpecSecurityTlsCaCertificateSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'MongoDbCommunitySpecSecurityTlsCaCertificateSecretRef' to JSON representation.
 */
export declare function toJson_MongoDbCommunitySpecSecurityTlsCaCertificateSecretRef(obj: MongoDbCommunitySpecSecurityTlsCaCertificateSecretRef | undefined): Record<string, any> | undefined;
/**
 * CaConfigMap is a reference to a ConfigMap containing the certificate for the CA which signed the server certificates
 * The certificate is expected to be available under the key "ca.crt"
 * This field is ignored when CaCertificateSecretRef is configured
 *
 * @schema MongoDbCommunitySpecSecurityTlsCaConfigMapRef
 */
export interface MongoDbCommunitySpecSecurityTlsCaConfigMapRef {
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema MongoDbCommunitySpecSecurityTlsCaConfigMapRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'MongoDbCommunitySpecSecurityTlsCaConfigMapRef' to JSON representation.
 */
export declare function toJson_MongoDbCommunitySpecSecurityTlsCaConfigMapRef(obj: MongoDbCommunitySpecSecurityTlsCaConfigMapRef | undefined): Record<string, any> | undefined;
/**
 * CertificateKeySecret is a reference to a Secret containing a private key and certificate to use for TLS.
 * The key and cert are expected to be PEM encoded and available at "tls.key" and "tls.crt".
 * This is the same format used for the standard "kubernetes.io/tls" Secret type, but no specific type is required.
 * Alternatively, an entry tls.pem, containing the concatenation of cert and key, can be provided.
 * If all of tls.pem, tls.crt and tls.key are present, the tls.pem one needs to be equal to the concatenation of tls.crt and tls.key
 *
 * @schema MongoDbCommunitySpecSecurityTlsCertificateKeySecretRef
 */
export interface MongoDbCommunitySpecSecurityTlsCertificateKeySecretRef {
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema MongoDbCommunitySpecSecurityTlsCertificateKeySecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'MongoDbCommunitySpecSecurityTlsCertificateKeySecretRef' to JSON representation.
 */
export declare function toJson_MongoDbCommunitySpecSecurityTlsCertificateKeySecretRef(obj: MongoDbCommunitySpecSecurityTlsCertificateKeySecretRef | undefined): Record<string, any> | undefined;
/**
 * Resource specifies specifies the resources upon which a privilege permits actions.
 * See https://www.mongodb.com/docs/manual/reference/resource-document for more.
 *
 * @schema MongoDbCommunitySpecSecurityRolesPrivilegesResource
 */
export interface MongoDbCommunitySpecSecurityRolesPrivilegesResource {
    /**
     * @schema MongoDbCommunitySpecSecurityRolesPrivilegesResource#anyResource
     */
    readonly anyResource?: boolean;
    /**
     * @schema MongoDbCommunitySpecSecurityRolesPrivilegesResource#cluster
     */
    readonly cluster?: boolean;
    /**
     * @schema MongoDbCommunitySpecSecurityRolesPrivilegesResource#collection
     */
    readonly collection?: string;
    /**
     * @schema MongoDbCommunitySpecSecurityRolesPrivilegesResource#db
     */
    readonly db?: string;
}
/**
 * Converts an object of type 'MongoDbCommunitySpecSecurityRolesPrivilegesResource' to JSON representation.
 */
export declare function toJson_MongoDbCommunitySpecSecurityRolesPrivilegesResource(obj: MongoDbCommunitySpecSecurityRolesPrivilegesResource | undefined): Record<string, any> | undefined;
