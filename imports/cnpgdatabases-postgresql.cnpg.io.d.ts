import { ApiObject, ApiObjectMetadata, GroupVersionKind } from 'cdk8s';
import { Construct } from 'constructs';
/**
 * Database is the Schema for the databases API
 *
 * @schema Database
 */
export declare class Database extends ApiObject {
    /**
     * Returns the apiVersion and kind for "Database"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "Database".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props: DatabaseProps): any;
    /**
     * Defines a "Database" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props: DatabaseProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * Database is the Schema for the databases API
 *
 * @schema Database
 */
export interface DatabaseProps {
    /**
     * @schema Database#metadata
     */
    readonly metadata: ApiObjectMetadata;
    /**
     * Specification of the desired Database.
     * More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status
     *
     * @schema Database#spec
     */
    readonly spec: DatabaseSpec;
}
/**
 * Converts an object of type 'DatabaseProps' to JSON representation.
 */
export declare function toJson_DatabaseProps(obj: DatabaseProps | undefined): Record<string, any> | undefined;
/**
 * Specification of the desired Database.
 * More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status
 *
 * @schema DatabaseSpec
 */
export interface DatabaseSpec {
    /**
     * Maps to the `ALLOW_CONNECTIONS` parameter of `CREATE DATABASE` and
     * `ALTER DATABASE`. If false then no one can connect to this database.
     *
     * @schema DatabaseSpec#allowConnections
     */
    readonly allowConnections?: boolean;
    /**
     * Maps to the `BUILTIN_LOCALE` parameter of `CREATE DATABASE`. This
     * setting cannot be changed. Specifies the locale name when the
     * builtin provider is used. This option requires `localeProvider` to
     * be set to `builtin`. Available from PostgreSQL 17.
     *
     * @schema DatabaseSpec#builtinLocale
     */
    readonly builtinLocale?: string;
    /**
     * The name of the PostgreSQL cluster hosting the database.
     *
     * @schema DatabaseSpec#cluster
     */
    readonly cluster: DatabaseSpecCluster;
    /**
     * Maps to the `COLLATION_VERSION` parameter of `CREATE DATABASE`. This
     * setting cannot be changed.
     *
     * @schema DatabaseSpec#collationVersion
     */
    readonly collationVersion?: string;
    /**
     * Maps to the `CONNECTION LIMIT` clause of `CREATE DATABASE` and
     * `ALTER DATABASE`. How many concurrent connections can be made to
     * this database. -1 (the default) means no limit.
     *
     * @schema DatabaseSpec#connectionLimit
     */
    readonly connectionLimit?: number;
    /**
     * The policy for end-of-life maintenance of this database.
     *
     * @schema DatabaseSpec#databaseReclaimPolicy
     */
    readonly databaseReclaimPolicy?: DatabaseSpecDatabaseReclaimPolicy;
    /**
     * Maps to the `ENCODING` parameter of `CREATE DATABASE`. This setting
     * cannot be changed. Character set encoding to use in the database.
     *
     * @schema DatabaseSpec#encoding
     */
    readonly encoding?: string;
    /**
     * Ensure the PostgreSQL database is `present` or `absent` - defaults to "present".
     *
     * @schema DatabaseSpec#ensure
     */
    readonly ensure?: DatabaseSpecEnsure;
    /**
     * The list of extensions to be managed in the database
     *
     * @schema DatabaseSpec#extensions
     */
    readonly extensions?: DatabaseSpecExtensions[];
    /**
     * The list of foreign data wrappers to be managed in the database
     *
     * @schema DatabaseSpec#fdws
     */
    readonly fdws?: DatabaseSpecFdws[];
    /**
     * Maps to the `ICU_LOCALE` parameter of `CREATE DATABASE`. This
     * setting cannot be changed. Specifies the ICU locale when the ICU
     * provider is used. This option requires `localeProvider` to be set to
     * `icu`. Available from PostgreSQL 15.
     *
     * @schema DatabaseSpec#icuLocale
     */
    readonly icuLocale?: string;
    /**
     * Maps to the `ICU_RULES` parameter of `CREATE DATABASE`. This setting
     * cannot be changed. Specifies additional collation rules to customize
     * the behavior of the default collation. This option requires
     * `localeProvider` to be set to `icu`. Available from PostgreSQL 16.
     *
     * @schema DatabaseSpec#icuRules
     */
    readonly icuRules?: string;
    /**
     * Maps to the `IS_TEMPLATE` parameter of `CREATE DATABASE` and `ALTER
     * DATABASE`. If true, this database is considered a template and can
     * be cloned by any user with `CREATEDB` privileges.
     *
     * @schema DatabaseSpec#isTemplate
     */
    readonly isTemplate?: boolean;
    /**
     * Maps to the `LOCALE` parameter of `CREATE DATABASE`. This setting
     * cannot be changed. Sets the default collation order and character
     * classification in the new database.
     *
     * @schema DatabaseSpec#locale
     */
    readonly locale?: string;
    /**
     * Maps to the `LC_CTYPE` parameter of `CREATE DATABASE`. This setting
     * cannot be changed.
     *
     * @schema DatabaseSpec#localeCType
     */
    readonly localeCType?: string;
    /**
     * Maps to the `LC_COLLATE` parameter of `CREATE DATABASE`. This
     * setting cannot be changed.
     *
     * @schema DatabaseSpec#localeCollate
     */
    readonly localeCollate?: string;
    /**
     * Maps to the `LOCALE_PROVIDER` parameter of `CREATE DATABASE`. This
     * setting cannot be changed. This option sets the locale provider for
     * databases created in the new cluster. Available from PostgreSQL 16.
     *
     * @schema DatabaseSpec#localeProvider
     */
    readonly localeProvider?: string;
    /**
     * The name of the database to create inside PostgreSQL. This setting cannot be changed.
     *
     * @schema DatabaseSpec#name
     */
    readonly name: string;
    /**
     * Maps to the `OWNER` parameter of `CREATE DATABASE`.
     * Maps to the `OWNER TO` command of `ALTER DATABASE`.
     * The role name of the user who owns the database inside PostgreSQL.
     *
     * @schema DatabaseSpec#owner
     */
    readonly owner: string;
    /**
     * The list of schemas to be managed in the database
     *
     * @schema DatabaseSpec#schemas
     */
    readonly schemas?: DatabaseSpecSchemas[];
    /**
     * The list of foreign servers to be managed in the database
     *
     * @schema DatabaseSpec#servers
     */
    readonly servers?: DatabaseSpecServers[];
    /**
     * Maps to the `TABLESPACE` parameter of `CREATE DATABASE`.
     * Maps to the `SET TABLESPACE` command of `ALTER DATABASE`.
     * The name of the tablespace (in PostgreSQL) that will be associated
     * with the new database. This tablespace will be the default
     * tablespace used for objects created in this database.
     *
     * @schema DatabaseSpec#tablespace
     */
    readonly tablespace?: string;
    /**
     * Maps to the `TEMPLATE` parameter of `CREATE DATABASE`. This setting
     * cannot be changed. The name of the template from which to create
     * this database.
     *
     * @schema DatabaseSpec#template
     */
    readonly template?: string;
}
/**
 * Converts an object of type 'DatabaseSpec' to JSON representation.
 */
export declare function toJson_DatabaseSpec(obj: DatabaseSpec | undefined): Record<string, any> | undefined;
/**
 * The name of the PostgreSQL cluster hosting the database.
 *
 * @schema DatabaseSpecCluster
 */
export interface DatabaseSpecCluster {
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema DatabaseSpecCluster#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'DatabaseSpecCluster' to JSON representation.
 */
export declare function toJson_DatabaseSpecCluster(obj: DatabaseSpecCluster | undefined): Record<string, any> | undefined;
/**
 * The policy for end-of-life maintenance of this database.
 *
 * @schema DatabaseSpecDatabaseReclaimPolicy
 */
export declare enum DatabaseSpecDatabaseReclaimPolicy {
    /** delete */
    DELETE = "delete",
    /** retain */
    RETAIN = "retain"
}
/**
 * Ensure the PostgreSQL database is `present` or `absent` - defaults to "present".
 *
 * @schema DatabaseSpecEnsure
 */
export declare enum DatabaseSpecEnsure {
    /** present */
    PRESENT = "present",
    /** absent */
    ABSENT = "absent"
}
/**
 * ExtensionSpec configures an extension in a database
 *
 * @schema DatabaseSpecExtensions
 */
export interface DatabaseSpecExtensions {
    /**
     * Specifies whether an object (e.g schema) should be present or absent
     * in the database. If set to `present`, the object will be created if
     * it does not exist. If set to `absent`, the extension/schema will be
     * removed if it exists.
     *
     * @schema DatabaseSpecExtensions#ensure
     */
    readonly ensure?: DatabaseSpecExtensionsEnsure;
    /**
     * Name of the object (extension, schema, FDW, server)
     *
     * @schema DatabaseSpecExtensions#name
     */
    readonly name: string;
    /**
     * The name of the schema in which to install the extension's objects,
     * in case the extension allows its contents to be relocated. If not
     * specified (default), and the extension's control file does not
     * specify a schema either, the current default object creation schema
     * is used.
     *
     * @schema DatabaseSpecExtensions#schema
     */
    readonly schema?: string;
    /**
     * The version of the extension to install. If empty, the operator will
     * install the default version (whatever is specified in the
     * extension's control file)
     *
     * @schema DatabaseSpecExtensions#version
     */
    readonly version?: string;
}
/**
 * Converts an object of type 'DatabaseSpecExtensions' to JSON representation.
 */
export declare function toJson_DatabaseSpecExtensions(obj: DatabaseSpecExtensions | undefined): Record<string, any> | undefined;
/**
 * FDWSpec configures an Foreign Data Wrapper in a database
 *
 * @schema DatabaseSpecFdws
 */
export interface DatabaseSpecFdws {
    /**
     * Specifies whether an object (e.g schema) should be present or absent
     * in the database. If set to `present`, the object will be created if
     * it does not exist. If set to `absent`, the extension/schema will be
     * removed if it exists.
     *
     * @schema DatabaseSpecFdws#ensure
     */
    readonly ensure?: DatabaseSpecFdwsEnsure;
    /**
     * Name of the handler function (e.g., "postgres_fdw_handler").
     * This will be empty if no handler is specified. In that case,
     * the default handler is registered when the FDW extension is created.
     *
     * @schema DatabaseSpecFdws#handler
     */
    readonly handler?: string;
    /**
     * Name of the object (extension, schema, FDW, server)
     *
     * @schema DatabaseSpecFdws#name
     */
    readonly name: string;
    /**
     * Options specifies the configuration options for the FDW.
     *
     * @schema DatabaseSpecFdws#options
     */
    readonly options?: DatabaseSpecFdwsOptions[];
    /**
     * Owner specifies the database role that will own the Foreign Data Wrapper.
     * The role must have superuser privileges in the target database.
     *
     * @schema DatabaseSpecFdws#owner
     */
    readonly owner?: string;
    /**
     * List of roles for which `USAGE` privileges on the FDW are granted or revoked.
     *
     * @schema DatabaseSpecFdws#usage
     */
    readonly usage?: DatabaseSpecFdwsUsage[];
    /**
     * Name of the validator function (e.g., "postgres_fdw_validator").
     * This will be empty if no validator is specified. In that case,
     * the default validator is registered when the FDW extension is created.
     *
     * @schema DatabaseSpecFdws#validator
     */
    readonly validator?: string;
}
/**
 * Converts an object of type 'DatabaseSpecFdws' to JSON representation.
 */
export declare function toJson_DatabaseSpecFdws(obj: DatabaseSpecFdws | undefined): Record<string, any> | undefined;
/**
 * SchemaSpec configures a schema in a database
 *
 * @schema DatabaseSpecSchemas
 */
export interface DatabaseSpecSchemas {
    /**
     * Specifies whether an object (e.g schema) should be present or absent
     * in the database. If set to `present`, the object will be created if
     * it does not exist. If set to `absent`, the extension/schema will be
     * removed if it exists.
     *
     * @schema DatabaseSpecSchemas#ensure
     */
    readonly ensure?: DatabaseSpecSchemasEnsure;
    /**
     * Name of the object (extension, schema, FDW, server)
     *
     * @schema DatabaseSpecSchemas#name
     */
    readonly name: string;
    /**
     * The role name of the user who owns the schema inside PostgreSQL.
     * It maps to the `AUTHORIZATION` parameter of `CREATE SCHEMA` and the
     * `OWNER TO` command of `ALTER SCHEMA`.
     *
     * @schema DatabaseSpecSchemas#owner
     */
    readonly owner?: string;
}
/**
 * Converts an object of type 'DatabaseSpecSchemas' to JSON representation.
 */
export declare function toJson_DatabaseSpecSchemas(obj: DatabaseSpecSchemas | undefined): Record<string, any> | undefined;
/**
 * ServerSpec configures a server of a foreign data wrapper
 *
 * @schema DatabaseSpecServers
 */
export interface DatabaseSpecServers {
    /**
     * Specifies whether an object (e.g schema) should be present or absent
     * in the database. If set to `present`, the object will be created if
     * it does not exist. If set to `absent`, the extension/schema will be
     * removed if it exists.
     *
     * @schema DatabaseSpecServers#ensure
     */
    readonly ensure?: DatabaseSpecServersEnsure;
    /**
     * The name of the Foreign Data Wrapper (FDW)
     *
     * @schema DatabaseSpecServers#fdw
     */
    readonly fdw: string;
    /**
     * Name of the object (extension, schema, FDW, server)
     *
     * @schema DatabaseSpecServers#name
     */
    readonly name: string;
    /**
     * Options specifies the configuration options for the server
     * (key is the option name, value is the option value).
     *
     * @schema DatabaseSpecServers#options
     */
    readonly options?: DatabaseSpecServersOptions[];
    /**
     * List of roles for which `USAGE` privileges on the server are granted or revoked.
     *
     * @schema DatabaseSpecServers#usage
     */
    readonly usage?: DatabaseSpecServersUsage[];
}
/**
 * Converts an object of type 'DatabaseSpecServers' to JSON representation.
 */
export declare function toJson_DatabaseSpecServers(obj: DatabaseSpecServers | undefined): Record<string, any> | undefined;
/**
 * Specifies whether an object (e.g schema) should be present or absent
 * in the database. If set to `present`, the object will be created if
 * it does not exist. If set to `absent`, the extension/schema will be
 * removed if it exists.
 *
 * @schema DatabaseSpecExtensionsEnsure
 */
export declare enum DatabaseSpecExtensionsEnsure {
    /** present */
    PRESENT = "present",
    /** absent */
    ABSENT = "absent"
}
/**
 * Specifies whether an object (e.g schema) should be present or absent
 * in the database. If set to `present`, the object will be created if
 * it does not exist. If set to `absent`, the extension/schema will be
 * removed if it exists.
 *
 * @schema DatabaseSpecFdwsEnsure
 */
export declare enum DatabaseSpecFdwsEnsure {
    /** present */
    PRESENT = "present",
    /** absent */
    ABSENT = "absent"
}
/**
 * OptionSpec holds the name, value and the ensure field for an option
 *
 * @schema DatabaseSpecFdwsOptions
 */
export interface DatabaseSpecFdwsOptions {
    /**
     * Specifies whether an option should be present or absent in
     * the database. If set to `present`, the option will be
     * created if it does not exist. If set to `absent`, the
     * option will be removed if it exists.
     *
     * @schema DatabaseSpecFdwsOptions#ensure
     */
    readonly ensure?: DatabaseSpecFdwsOptionsEnsure;
    /**
     * Name of the option
     *
     * @schema DatabaseSpecFdwsOptions#name
     */
    readonly name: string;
    /**
     * Value of the option
     *
     * @schema DatabaseSpecFdwsOptions#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'DatabaseSpecFdwsOptions' to JSON representation.
 */
export declare function toJson_DatabaseSpecFdwsOptions(obj: DatabaseSpecFdwsOptions | undefined): Record<string, any> | undefined;
/**
 * UsageSpec configures a usage for a foreign data wrapper
 *
 * @schema DatabaseSpecFdwsUsage
 */
export interface DatabaseSpecFdwsUsage {
    /**
     * Name of the usage
     *
     * @schema DatabaseSpecFdwsUsage#name
     */
    readonly name: string;
    /**
     * The type of usage
     *
     * @schema DatabaseSpecFdwsUsage#type
     */
    readonly type?: DatabaseSpecFdwsUsageType;
}
/**
 * Converts an object of type 'DatabaseSpecFdwsUsage' to JSON representation.
 */
export declare function toJson_DatabaseSpecFdwsUsage(obj: DatabaseSpecFdwsUsage | undefined): Record<string, any> | undefined;
/**
 * Specifies whether an object (e.g schema) should be present or absent
 * in the database. If set to `present`, the object will be created if
 * it does not exist. If set to `absent`, the extension/schema will be
 * removed if it exists.
 *
 * @schema DatabaseSpecSchemasEnsure
 */
export declare enum DatabaseSpecSchemasEnsure {
    /** present */
    PRESENT = "present",
    /** absent */
    ABSENT = "absent"
}
/**
 * Specifies whether an object (e.g schema) should be present or absent
 * in the database. If set to `present`, the object will be created if
 * it does not exist. If set to `absent`, the extension/schema will be
 * removed if it exists.
 *
 * @schema DatabaseSpecServersEnsure
 */
export declare enum DatabaseSpecServersEnsure {
    /** present */
    PRESENT = "present",
    /** absent */
    ABSENT = "absent"
}
/**
 * OptionSpec holds the name, value and the ensure field for an option
 *
 * @schema DatabaseSpecServersOptions
 */
export interface DatabaseSpecServersOptions {
    /**
     * Specifies whether an option should be present or absent in
     * the database. If set to `present`, the option will be
     * created if it does not exist. If set to `absent`, the
     * option will be removed if it exists.
     *
     * @schema DatabaseSpecServersOptions#ensure
     */
    readonly ensure?: DatabaseSpecServersOptionsEnsure;
    /**
     * Name of the option
     *
     * @schema DatabaseSpecServersOptions#name
     */
    readonly name: string;
    /**
     * Value of the option
     *
     * @schema DatabaseSpecServersOptions#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'DatabaseSpecServersOptions' to JSON representation.
 */
export declare function toJson_DatabaseSpecServersOptions(obj: DatabaseSpecServersOptions | undefined): Record<string, any> | undefined;
/**
 * UsageSpec configures a usage for a foreign data wrapper
 *
 * @schema DatabaseSpecServersUsage
 */
export interface DatabaseSpecServersUsage {
    /**
     * Name of the usage
     *
     * @schema DatabaseSpecServersUsage#name
     */
    readonly name: string;
    /**
     * The type of usage
     *
     * @schema DatabaseSpecServersUsage#type
     */
    readonly type?: DatabaseSpecServersUsageType;
}
/**
 * Converts an object of type 'DatabaseSpecServersUsage' to JSON representation.
 */
export declare function toJson_DatabaseSpecServersUsage(obj: DatabaseSpecServersUsage | undefined): Record<string, any> | undefined;
/**
 * Specifies whether an option should be present or absent in
 * the database. If set to `present`, the option will be
 * created if it does not exist. If set to `absent`, the
 * option will be removed if it exists.
 *
 * @schema DatabaseSpecFdwsOptionsEnsure
 */
export declare enum DatabaseSpecFdwsOptionsEnsure {
    /** present */
    PRESENT = "present",
    /** absent */
    ABSENT = "absent"
}
/**
 * The type of usage
 *
 * @schema DatabaseSpecFdwsUsageType
 */
export declare enum DatabaseSpecFdwsUsageType {
    /** grant */
    GRANT = "grant",
    /** revoke */
    REVOKE = "revoke"
}
/**
 * Specifies whether an option should be present or absent in
 * the database. If set to `present`, the option will be
 * created if it does not exist. If set to `absent`, the
 * option will be removed if it exists.
 *
 * @schema DatabaseSpecServersOptionsEnsure
 */
export declare enum DatabaseSpecServersOptionsEnsure {
    /** present */
    PRESENT = "present",
    /** absent */
    ABSENT = "absent"
}
/**
 * The type of usage
 *
 * @schema DatabaseSpecServersUsageType
 */
export declare enum DatabaseSpecServersUsageType {
    /** grant */
    GRANT = "grant",
    /** revoke */
    REVOKE = "revoke"
}
