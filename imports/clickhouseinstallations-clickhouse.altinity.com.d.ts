import { ApiObject, ApiObjectMetadata, GroupVersionKind } from 'cdk8s';
import { Construct } from 'constructs';
/**
 * define a set of Kubernetes resources (StatefulSet, PVC, Service, ConfigMap) which describe behavior one or more clusters
 *
 * @schema ClickHouseInstallation
 */
export declare class ClickHouseInstallation extends ApiObject {
    /**
     * Returns the apiVersion and kind for "ClickHouseInstallation"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "ClickHouseInstallation".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props: ClickHouseInstallationProps): any;
    /**
     * Defines a "ClickHouseInstallation" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props: ClickHouseInstallationProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * define a set of Kubernetes resources (StatefulSet, PVC, Service, ConfigMap) which describe behavior one or more clusters
 *
 * @schema ClickHouseInstallation
 */
export interface ClickHouseInstallationProps {
    /**
     * @schema ClickHouseInstallation#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * Specification of the desired behavior of one or more ClickHouse clusters
     * More info: https://github.com/Altinity/clickhouse-operator/blob/master/docs/custom_resource_explained.md
     *
     *
     * @schema ClickHouseInstallation#spec
     */
    readonly spec: ClickHouseInstallationSpec;
}
/**
 * Converts an object of type 'ClickHouseInstallationProps' to JSON representation.
 */
export declare function toJson_ClickHouseInstallationProps(obj: ClickHouseInstallationProps | undefined): Record<string, any> | undefined;
/**
 * Specification of the desired behavior of one or more ClickHouse clusters
 * More info: https://github.com/Altinity/clickhouse-operator/blob/master/docs/custom_resource_explained.md
 *
 *
 * @schema ClickHouseInstallationSpec
 */
export interface ClickHouseInstallationSpec {
    /**
     * Allows to define custom taskID for CHI update and watch status of this update execution.
     * Displayed in all .status.taskID* fields.
     * By default (if not filled) every update of CHI manifest will generate random taskID
     *
     *
     * @schema ClickHouseInstallationSpec#taskID
     */
    readonly taskId?: string;
    /**
     * Allows to stop all ClickHouse clusters defined in a CHI.
     * Works as the following:
     * - When `stop` is `1` operator sets `Replicas: 0` in each StatefulSet. Thie leads to having all `Pods` and `Service` deleted. All PVCs are kept intact.
     * - When `stop` is `0` operator sets `Replicas: 1` and `Pod`s and `Service`s will created again and all retained PVCs will be attached to `Pod`s.
     *
     *
     * @schema ClickHouseInstallationSpec#stop
     */
    readonly stop?: ClickHouseInstallationSpecStop;
    /**
     * In case 'RollingUpdate' specified, the operator will always restart ClickHouse pods during reconcile.
     * This options is used in rare cases when force restart is required and is typically removed after the use in order to avoid unneeded restarts.
     *
     *
     * @schema ClickHouseInstallationSpec#restart
     */
    readonly restart?: ClickHouseInstallationSpecRestart;
    /**
     * Suspend reconciliation of resources managed by a ClickHouse Installation.
     * Works as the following:
     * - When `suspend` is `true` operator stops reconciling all resources.
     * - When `suspend` is `false` or not set, operator reconciles all resources.
     *
     *
     * @schema ClickHouseInstallationSpec#suspend
     */
    readonly suspend?: ClickHouseInstallationSpecSuspend;
    /**
     * Allows to troubleshoot Pods during CrashLoopBack state.
     * This may happen when wrong configuration applied, in this case `clickhouse-server` wouldn't start.
     * Command within ClickHouse container is modified with `sleep` in order to avoid quick restarts
     * and give time to troubleshoot via CLI.
     * Liveness and Readiness probes are disabled as well.
     *
     *
     * @schema ClickHouseInstallationSpec#troubleshoot
     */
    readonly troubleshoot?: ClickHouseInstallationSpecTroubleshoot;
    /**
     * Custom domain pattern which will be used for DNS names of `Service` or `Pod`.
     * Typical use scenario - custom cluster domain in Kubernetes cluster
     * Example: %s.svc.my.test
     *
     *
     * @schema ClickHouseInstallationSpec#namespaceDomainPattern
     */
    readonly namespaceDomainPattern?: string;
    /**
     * Optional, applicable inside ClickHouseInstallationTemplate only.
     * Defines current ClickHouseInstallationTemplate application options to target ClickHouseInstallation(s)."
     *
     *
     * @schema ClickHouseInstallationSpec#templating
     */
    readonly templating?: ClickHouseInstallationSpecTemplating;
    /**
     * [OBSOLETED] Optional, allows tuning reconciling cycle for ClickhouseInstallation from clickhouse-operator side
     *
     * @schema ClickHouseInstallationSpec#reconciling
     */
    readonly reconciling?: ClickHouseInstallationSpecReconciling;
    /**
     * Optional, allows tuning reconciling cycle for ClickhouseInstallation from clickhouse-operator side
     *
     * @schema ClickHouseInstallationSpec#reconcile
     */
    readonly reconcile?: ClickHouseInstallationSpecReconcile;
    /**
     * define default behavior for whole ClickHouseInstallation, some behavior can be re-define on cluster, shard and replica level
     * More info: https://github.com/Altinity/clickhouse-operator/blob/master/docs/custom_resource_explained.md#specdefaults
     *
     *
     * @schema ClickHouseInstallationSpec#defaults
     */
    readonly defaults?: ClickHouseInstallationSpecDefaults;
    /**
     * allows configure multiple aspects and behavior for `clickhouse-server` instance and also allows describe multiple `clickhouse-server` clusters inside one `chi` resource
     *
     * @schema ClickHouseInstallationSpec#configuration
     */
    readonly configuration?: ClickHouseInstallationSpecConfiguration;
    /**
     * allows define templates which will use for render Kubernetes resources like StatefulSet, ConfigMap, Service, PVC, by default, clickhouse-operator have own templates, but you can override it
     *
     * @schema ClickHouseInstallationSpec#templates
     */
    readonly templates?: ClickHouseInstallationSpecTemplates;
    /**
     * list of `ClickHouseInstallationTemplate` (chit) resource names which will merge with current `CHI`
     * manifest during render Kubernetes resources to create related ClickHouse clusters"
     *
     *
     * @schema ClickHouseInstallationSpec#useTemplates
     */
    readonly useTemplates?: ClickHouseInstallationSpecUseTemplates[];
}
/**
 * Converts an object of type 'ClickHouseInstallationSpec' to JSON representation.
 */
export declare function toJson_ClickHouseInstallationSpec(obj: ClickHouseInstallationSpec | undefined): Record<string, any> | undefined;
/**
 * Allows to stop all ClickHouse clusters defined in a CHI.
 * Works as the following:
 * - When `stop` is `1` operator sets `Replicas: 0` in each StatefulSet. Thie leads to having all `Pods` and `Service` deleted. All PVCs are kept intact.
 * - When `stop` is `0` operator sets `Replicas: 1` and `Pod`s and `Service`s will created again and all retained PVCs will be attached to `Pod`s.
 *
 *
 * @schema ClickHouseInstallationSpecStop
 */
export declare enum ClickHouseInstallationSpecStop {
    /** 0 */
    VALUE_0 = "0",
    /** 1 */
    VALUE_1 = "1",
    /** False */
    FALSE = "False",
    /** True */
    TRUE = "True",
    /** No */
    NO = "No",
    /** Yes */
    YES = "Yes",
    /** Off */
    OFF = "Off",
    /** On */
    ON = "On",
    /** Disable */
    DISABLE = "Disable",
    /** Enable */
    ENABLE = "Enable",
    /** Disabled */
    DISABLED = "Disabled",
    /** Enabled */
    ENABLED = "Enabled"
}
/**
 * In case 'RollingUpdate' specified, the operator will always restart ClickHouse pods during reconcile.
 * This options is used in rare cases when force restart is required and is typically removed after the use in order to avoid unneeded restarts.
 *
 *
 * @schema ClickHouseInstallationSpecRestart
 */
export declare enum ClickHouseInstallationSpecRestart {
    /** RollingUpdate */
    ROLLING_UPDATE = "RollingUpdate"
}
/**
 * Suspend reconciliation of resources managed by a ClickHouse Installation.
 * Works as the following:
 * - When `suspend` is `true` operator stops reconciling all resources.
 * - When `suspend` is `false` or not set, operator reconciles all resources.
 *
 *
 * @schema ClickHouseInstallationSpecSuspend
 */
export declare enum ClickHouseInstallationSpecSuspend {
    /** 0 */
    VALUE_0 = "0",
    /** 1 */
    VALUE_1 = "1",
    /** False */
    FALSE = "False",
    /** True */
    TRUE = "True",
    /** No */
    NO = "No",
    /** Yes */
    YES = "Yes",
    /** Off */
    OFF = "Off",
    /** On */
    ON = "On",
    /** Disable */
    DISABLE = "Disable",
    /** Enable */
    ENABLE = "Enable",
    /** Disabled */
    DISABLED = "Disabled",
    /** Enabled */
    ENABLED = "Enabled"
}
/**
 * Allows to troubleshoot Pods during CrashLoopBack state.
 * This may happen when wrong configuration applied, in this case `clickhouse-server` wouldn't start.
 * Command within ClickHouse container is modified with `sleep` in order to avoid quick restarts
 * and give time to troubleshoot via CLI.
 * Liveness and Readiness probes are disabled as well.
 *
 *
 * @schema ClickHouseInstallationSpecTroubleshoot
 */
export declare enum ClickHouseInstallationSpecTroubleshoot {
    /** 0 */
    VALUE_0 = "0",
    /** 1 */
    VALUE_1 = "1",
    /** False */
    FALSE = "False",
    /** True */
    TRUE = "True",
    /** No */
    NO = "No",
    /** Yes */
    YES = "Yes",
    /** Off */
    OFF = "Off",
    /** On */
    ON = "On",
    /** Disable */
    DISABLE = "Disable",
    /** Enable */
    ENABLE = "Enable",
    /** Disabled */
    DISABLED = "Disabled",
    /** Enabled */
    ENABLED = "Enabled"
}
/**
 * Optional, applicable inside ClickHouseInstallationTemplate only.
 * Defines current ClickHouseInstallationTemplate application options to target ClickHouseInstallation(s)."
 *
 *
 * @schema ClickHouseInstallationSpecTemplating
 */
export interface ClickHouseInstallationSpecTemplating {
    /**
     * When defined as `auto` inside ClickhouseInstallationTemplate, this ClickhouseInstallationTemplate
     * will be auto-added into ClickHouseInstallation, selectable by `chiSelector`.
     * Default value is `manual`, meaning ClickHouseInstallation should request this ClickhouseInstallationTemplate explicitly.
     *
     *
     * @schema ClickHouseInstallationSpecTemplating#policy
     */
    readonly policy?: ClickHouseInstallationSpecTemplatingPolicy;
    /**
     * Optional, defines selector for ClickHouseInstallation(s) to be templated with ClickhouseInstallationTemplate
     *
     * @schema ClickHouseInstallationSpecTemplating#chiSelector
     */
    readonly chiSelector?: any;
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecTemplating' to JSON representation.
 */
export declare function toJson_ClickHouseInstallationSpecTemplating(obj: ClickHouseInstallationSpecTemplating | undefined): Record<string, any> | undefined;
/**
 * [OBSOLETED] Optional, allows tuning reconciling cycle for ClickhouseInstallation from clickhouse-operator side
 *
 * @schema ClickHouseInstallationSpecReconciling
 */
export interface ClickHouseInstallationSpecReconciling {
    /**
     * DISCUSSED TO BE DEPRECATED
     * Syntax sugar
     * Overrides all three 'reconcile.host.wait.{exclude, queries, include}' values from the operator's config
     * Possible values:
     * - wait - should wait to exclude host, complete queries and include host back into the cluster
     * - nowait - should NOT wait to exclude host, complete queries and include host back into the cluster
     *
     *
     * @schema ClickHouseInstallationSpecReconciling#policy
     */
    readonly policy?: ClickHouseInstallationSpecReconcilingPolicy;
    /**
     * Timeout in seconds for `clickhouse-operator` to wait for modified `ConfigMap` to propagate into the `Pod`
     * More details: https://kubernetes.io/docs/concepts/configuration/configmap/#mounted-configmaps-are-updated-automatically
     *
     *
     * @schema ClickHouseInstallationSpecReconciling#configMapPropagationTimeout
     */
    readonly configMapPropagationTimeout?: number;
    /**
     * Optional, defines behavior for cleanup Kubernetes resources during reconcile cycle
     *
     * @schema ClickHouseInstallationSpecReconciling#cleanup
     */
    readonly cleanup?: ClickHouseInstallationSpecReconcilingCleanup;
    /**
     * macros parameters
     *
     * @schema ClickHouseInstallationSpecReconciling#macros
     */
    readonly macros?: ClickHouseInstallationSpecReconcilingMacros;
    /**
     * runtime parameters for clickhouse-operator process which are used during reconcile cycle
     *
     * @schema ClickHouseInstallationSpecReconciling#runtime
     */
    readonly runtime?: ClickHouseInstallationSpecReconcilingRuntime;
    /**
     * Whether the operator during reconcile procedure should wait for a ClickHouse host:
     * - to be excluded from a ClickHouse cluster
     * - to complete all running queries
     * - to be included into a ClickHouse cluster
     * respectfully before moving forward
     *
     *
     * @schema ClickHouseInstallationSpecReconciling#host
     */
    readonly host?: ClickHouseInstallationSpecReconcilingHost;
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecReconciling' to JSON representation.
 */
export declare function toJson_ClickHouseInstallationSpecReconciling(obj: ClickHouseInstallationSpecReconciling | undefined): Record<string, any> | undefined;
/**
 * Optional, allows tuning reconciling cycle for ClickhouseInstallation from clickhouse-operator side
 *
 * @schema ClickHouseInstallationSpecReconcile
 */
export interface ClickHouseInstallationSpecReconcile {
    /**
     * DISCUSSED TO BE DEPRECATED
     * Syntax sugar
     * Overrides all three 'reconcile.host.wait.{exclude, queries, include}' values from the operator's config
     * Possible values:
     * - wait - should wait to exclude host, complete queries and include host back into the cluster
     * - nowait - should NOT wait to exclude host, complete queries and include host back into the cluster
     *
     *
     * @schema ClickHouseInstallationSpecReconcile#policy
     */
    readonly policy?: ClickHouseInstallationSpecReconcilePolicy;
    /**
     * Timeout in seconds for `clickhouse-operator` to wait for modified `ConfigMap` to propagate into the `Pod`
     * More details: https://kubernetes.io/docs/concepts/configuration/configmap/#mounted-configmaps-are-updated-automatically
     *
     *
     * @schema ClickHouseInstallationSpecReconcile#configMapPropagationTimeout
     */
    readonly configMapPropagationTimeout?: number;
    /**
     * Optional, defines behavior for cleanup Kubernetes resources during reconcile cycle
     *
     * @schema ClickHouseInstallationSpecReconcile#cleanup
     */
    readonly cleanup?: ClickHouseInstallationSpecReconcileCleanup;
    /**
     * macros parameters
     *
     * @schema ClickHouseInstallationSpecReconcile#macros
     */
    readonly macros?: ClickHouseInstallationSpecReconcileMacros;
    /**
     * runtime parameters for clickhouse-operator process which are used during reconcile cycle
     *
     * @schema ClickHouseInstallationSpecReconcile#runtime
     */
    readonly runtime?: ClickHouseInstallationSpecReconcileRuntime;
    /**
     * Whether the operator during reconcile procedure should wait for a ClickHouse host:
     * - to be excluded from a ClickHouse cluster
     * - to complete all running queries
     * - to be included into a ClickHouse cluster
     * respectfully before moving forward
     *
     *
     * @schema ClickHouseInstallationSpecReconcile#host
     */
    readonly host?: ClickHouseInstallationSpecReconcileHost;
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecReconcile' to JSON representation.
 */
export declare function toJson_ClickHouseInstallationSpecReconcile(obj: ClickHouseInstallationSpecReconcile | undefined): Record<string, any> | undefined;
/**
 * define default behavior for whole ClickHouseInstallation, some behavior can be re-define on cluster, shard and replica level
 * More info: https://github.com/Altinity/clickhouse-operator/blob/master/docs/custom_resource_explained.md#specdefaults
 *
 *
 * @schema ClickHouseInstallationSpecDefaults
 */
export interface ClickHouseInstallationSpecDefaults {
    /**
     * define should replicas be specified by FQDN in `<host></host>`.
     * In case of "no" will use short hostname and clickhouse-server will use kubernetes default suffixes for DNS lookup
     * "no" by default
     *
     *
     * @schema ClickHouseInstallationSpecDefaults#replicasUseFQDN
     */
    readonly replicasUseFqdn?: ClickHouseInstallationSpecDefaultsReplicasUseFqdn;
    /**
     * allows change `<yandex><distributed_ddl></distributed_ddl></yandex>` settings
     * More info: https://clickhouse.tech/docs/en/operations/server-configuration-parameters/settings/#server-settings-distributed_ddl
     *
     *
     * @schema ClickHouseInstallationSpecDefaults#distributedDDL
     */
    readonly distributedDdl?: ClickHouseInstallationSpecDefaultsDistributedDdl;
    /**
     * default storage management options
     *
     * @schema ClickHouseInstallationSpecDefaults#storageManagement
     */
    readonly storageManagement?: ClickHouseInstallationSpecDefaultsStorageManagement;
    /**
     * optional, configuration of the templates names which will use for generate Kubernetes resources according to one or more ClickHouse clusters described in current ClickHouseInstallation (chi) resource
     *
     * @schema ClickHouseInstallationSpecDefaults#templates
     */
    readonly templates?: ClickHouseInstallationSpecDefaultsTemplates;
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecDefaults' to JSON representation.
 */
export declare function toJson_ClickHouseInstallationSpecDefaults(obj: ClickHouseInstallationSpecDefaults | undefined): Record<string, any> | undefined;
/**
 * allows configure multiple aspects and behavior for `clickhouse-server` instance and also allows describe multiple `clickhouse-server` clusters inside one `chi` resource
 *
 * @schema ClickHouseInstallationSpecConfiguration
 */
export interface ClickHouseInstallationSpecConfiguration {
    /**
     * allows configure <yandex><zookeeper>..</zookeeper></yandex> section in each `Pod` during generate `ConfigMap` which will mounted in `/etc/clickhouse-server/config.d/`
     * `clickhouse-operator` itself doesn't manage Zookeeper, please install Zookeeper separatelly look examples on https://github.com/Altinity/clickhouse-operator/tree/master/deploy/zookeeper/
     * currently, zookeeper (or clickhouse-keeper replacement) used for *ReplicatedMergeTree table engines and for `distributed_ddl`
     * More details: https://clickhouse.tech/docs/en/operations/server-configuration-parameters/settings/#server-settings_zookeeper
     *
     *
     * @schema ClickHouseInstallationSpecConfiguration#zookeeper
     */
    readonly zookeeper?: ClickHouseInstallationSpecConfigurationZookeeper;
    /**
     * allows configure <yandex><users>..</users></yandex> section in each `Pod` during generate `ConfigMap` which will mount in `/etc/clickhouse-server/users.d/`
     * you can configure password hashed, authorization restrictions, database level security row filters etc.
     * More details: https://clickhouse.tech/docs/en/operations/settings/settings-users/
     * Your yaml code will convert to XML, see examples https://github.com/Altinity/clickhouse-operator/blob/master/docs/custom_resource_explained.md#specconfigurationusers
     *
     * any key could contains `valueFrom` with `secretKeyRef` which allow pass password from kubernetes secrets
     * secret value will pass in `pod.spec.containers.evn`, and generate with from_env=XXX in XML in /etc/clickhouse-server/users.d/chop-generated-users.xml
     * it not allow automatically updates when updates `secret`, change spec.taskID for manually trigger reconcile cycle
     *
     * look into https://github.com/Altinity/clickhouse-operator/blob/master/docs/chi-examples/05-settings-01-overview.yaml for examples
     *
     * any key with prefix `k8s_secret_` shall has value with format namespace/secret/key or secret/key
     * in this case value from secret will write directly into XML tag during render *-usersd ConfigMap
     *
     * any key with prefix `k8s_secret_env` shall has value with format namespace/secret/key or secret/key
     * in this case value from secret will write into environment variable and write to XML tag via from_env=XXX
     *
     * look into https://github.com/Altinity/clickhouse-operator/blob/master/docs/chi-examples/05-settings-01-overview.yaml for examples
     *
     *
     * @schema ClickHouseInstallationSpecConfiguration#users
     */
    readonly users?: any;
    /**
     * allows configure <yandex><profiles>..</profiles></yandex> section in each `Pod` during generate `ConfigMap` which will mount in `/etc/clickhouse-server/users.d/`
     * you can configure any aspect of settings profile
     * More details: https://clickhouse.tech/docs/en/operations/settings/settings-profiles/
     * Your yaml code will convert to XML, see examples https://github.com/Altinity/clickhouse-operator/blob/master/docs/custom_resource_explained.md#specconfigurationprofiles
     *
     *
     * @schema ClickHouseInstallationSpecConfiguration#profiles
     */
    readonly profiles?: any;
    /**
     * allows configure <yandex><quotas>..</quotas></yandex> section in each `Pod` during generate `ConfigMap` which will mount in `/etc/clickhouse-server/users.d/`
     * you can configure any aspect of resource quotas
     * More details: https://clickhouse.tech/docs/en/operations/quotas/
     * Your yaml code will convert to XML, see examples https://github.com/Altinity/clickhouse-operator/blob/master/docs/custom_resource_explained.md#specconfigurationquotas
     *
     *
     * @schema ClickHouseInstallationSpecConfiguration#quotas
     */
    readonly quotas?: any;
    /**
     * allows configure `clickhouse-server` settings inside <yandex>...</yandex> tag in each `Pod` during generate `ConfigMap` which will mount in `/etc/clickhouse-server/config.d/`
     * More details: https://clickhouse.tech/docs/en/operations/settings/settings/
     * Your yaml code will convert to XML, see examples https://github.com/Altinity/clickhouse-operator/blob/master/docs/custom_resource_explained.md#specconfigurationsettings
     *
     * any key could contains `valueFrom` with `secretKeyRef` which allow pass password from kubernetes secrets
     * look into https://github.com/Altinity/clickhouse-operator/blob/master/docs/chi-examples/05-settings-01-overview.yaml for examples
     *
     * secret value will pass in `pod.spec.env`, and generate with from_env=XXX in XML in /etc/clickhouse-server/config.d/chop-generated-settings.xml
     * it not allow automatically updates when updates `secret`, change spec.taskID for manually trigger reconcile cycle
     *
     *
     * @schema ClickHouseInstallationSpecConfiguration#settings
     */
    readonly settings?: any;
    /**
     * allows define content of any setting file inside each `Pod` during generate `ConfigMap` which will mount in `/etc/clickhouse-server/config.d/` or `/etc/clickhouse-server/conf.d/` or `/etc/clickhouse-server/users.d/`
     * every key in this object is the file name
     * every value in this object is the file content
     * you can use `!!binary |` and base64 for binary files, see details here https://yaml.org/type/binary.html
     * each key could contains prefix like {common}, {users}, {hosts} or config.d, users.d, conf.d, wrong prefixes will be ignored, subfolders also will be ignored
     * More details: https://github.com/Altinity/clickhouse-operator/blob/master/docs/chi-examples/05-settings-05-files-nested.yaml
     *
     * any key could contains `valueFrom` with `secretKeyRef` which allow pass values from kubernetes secrets
     * secrets will mounted into pod as separate volume in /etc/clickhouse-server/secrets.d/
     * and will automatically update when update secret
     * it useful for pass SSL certificates from cert-manager or similar tool
     * look into https://github.com/Altinity/clickhouse-operator/blob/master/docs/chi-examples/05-settings-01-overview.yaml for examples
     *
     *
     * @schema ClickHouseInstallationSpecConfiguration#files
     */
    readonly files?: any;
    /**
     * describes clusters layout and allows change settings on cluster-level, shard-level and replica-level
     * every cluster is a set of StatefulSet, one StatefulSet contains only one Pod with `clickhouse-server`
     * all Pods will rendered in <remote_server> part of ClickHouse configs, mounted from ConfigMap as `/etc/clickhouse-server/config.d/chop-generated-remote_servers.xml`
     * Clusters will use for Distributed table engine, more details: https://clickhouse.tech/docs/en/engines/table-engines/special/distributed/
     * If `cluster` contains zookeeper settings (could be inherited from top `chi` level), when you can create *ReplicatedMergeTree tables
     *
     *
     * @schema ClickHouseInstallationSpecConfiguration#clusters
     */
    readonly clusters?: ClickHouseInstallationSpecConfigurationClusters[];
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecConfiguration' to JSON representation.
 */
export declare function toJson_ClickHouseInstallationSpecConfiguration(obj: ClickHouseInstallationSpecConfiguration | undefined): Record<string, any> | undefined;
/**
 * allows define templates which will use for render Kubernetes resources like StatefulSet, ConfigMap, Service, PVC, by default, clickhouse-operator have own templates, but you can override it
 *
 * @schema ClickHouseInstallationSpecTemplates
 */
export interface ClickHouseInstallationSpecTemplates {
    /**
     * hostTemplate will use during apply to generate `clickhose-server` config files
     *
     * @schema ClickHouseInstallationSpecTemplates#hostTemplates
     */
    readonly hostTemplates?: ClickHouseInstallationSpecTemplatesHostTemplates[];
    /**
     * podTemplate will use during render `Pod` inside `StatefulSet.spec` and allows define rendered `Pod.spec`, pod scheduling distribution and pod zone
     * More information: https://github.com/Altinity/clickhouse-operator/blob/master/docs/custom_resource_explained.md#spectemplatespodtemplates
     *
     *
     * @schema ClickHouseInstallationSpecTemplates#podTemplates
     */
    readonly podTemplates?: ClickHouseInstallationSpecTemplatesPodTemplates[];
    /**
     * allows define template for rendering `PVC` kubernetes resource, which would use inside `Pod` for mount clickhouse `data`, clickhouse `logs` or something else
     *
     *
     * @schema ClickHouseInstallationSpecTemplates#volumeClaimTemplates
     */
    readonly volumeClaimTemplates?: ClickHouseInstallationSpecTemplatesVolumeClaimTemplates[];
    /**
     * allows define template for rendering `Service` which would get endpoint from Pods which scoped chi-wide, cluster-wide, shard-wide, replica-wide level
     *
     *
     * @schema ClickHouseInstallationSpecTemplates#serviceTemplates
     */
    readonly serviceTemplates?: ClickHouseInstallationSpecTemplatesServiceTemplates[];
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecTemplates' to JSON representation.
 */
export declare function toJson_ClickHouseInstallationSpecTemplates(obj: ClickHouseInstallationSpecTemplates | undefined): Record<string, any> | undefined;
/**
 * @schema ClickHouseInstallationSpecUseTemplates
 */
export interface ClickHouseInstallationSpecUseTemplates {
    /**
     * name of `ClickHouseInstallationTemplate` (chit) resource
     *
     * @schema ClickHouseInstallationSpecUseTemplates#name
     */
    readonly name?: string;
    /**
     * Kubernetes namespace where need search `chit` resource, depending on `watchNamespaces` settings in `clickhouse-operator`
     *
     * @schema ClickHouseInstallationSpecUseTemplates#namespace
     */
    readonly namespace?: string;
    /**
     * optional, current strategy is only merge, and current `chi` settings have more priority than merged template `chit`
     *
     * @schema ClickHouseInstallationSpecUseTemplates#useType
     */
    readonly useType?: ClickHouseInstallationSpecUseTemplatesUseType;
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecUseTemplates' to JSON representation.
 */
export declare function toJson_ClickHouseInstallationSpecUseTemplates(obj: ClickHouseInstallationSpecUseTemplates | undefined): Record<string, any> | undefined;
/**
 * When defined as `auto` inside ClickhouseInstallationTemplate, this ClickhouseInstallationTemplate
 * will be auto-added into ClickHouseInstallation, selectable by `chiSelector`.
 * Default value is `manual`, meaning ClickHouseInstallation should request this ClickhouseInstallationTemplate explicitly.
 *
 *
 * @schema ClickHouseInstallationSpecTemplatingPolicy
 */
export declare enum ClickHouseInstallationSpecTemplatingPolicy {
    /** auto */
    AUTO = "auto",
    /** manual */
    MANUAL = "manual"
}
/**
 * DISCUSSED TO BE DEPRECATED
 * Syntax sugar
 * Overrides all three 'reconcile.host.wait.{exclude, queries, include}' values from the operator's config
 * Possible values:
 * - wait - should wait to exclude host, complete queries and include host back into the cluster
 * - nowait - should NOT wait to exclude host, complete queries and include host back into the cluster
 *
 *
 * @schema ClickHouseInstallationSpecReconcilingPolicy
 */
export declare enum ClickHouseInstallationSpecReconcilingPolicy {
    /** wait */
    WAIT = "wait",
    /** nowait */
    NOWAIT = "nowait"
}
/**
 * Optional, defines behavior for cleanup Kubernetes resources during reconcile cycle
 *
 * @schema ClickHouseInstallationSpecReconcilingCleanup
 */
export interface ClickHouseInstallationSpecReconcilingCleanup {
    /**
     * Describes what clickhouse-operator should do with found Kubernetes resources which should be managed by clickhouse-operator,
     * but do not have `ownerReference` to any currently managed `ClickHouseInstallation` resource.
     * Default behavior is `Delete`"
     *
     *
     * @schema ClickHouseInstallationSpecReconcilingCleanup#unknownObjects
     */
    readonly unknownObjects?: ClickHouseInstallationSpecReconcilingCleanupUnknownObjects;
    /**
     * Describes what clickhouse-operator should do with Kubernetes resources which are failed during reconcile.
     * Default behavior is `Retain`"
     *
     *
     * @schema ClickHouseInstallationSpecReconcilingCleanup#reconcileFailedObjects
     */
    readonly reconcileFailedObjects?: ClickHouseInstallationSpecReconcilingCleanupReconcileFailedObjects;
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecReconcilingCleanup' to JSON representation.
 */
export declare function toJson_ClickHouseInstallationSpecReconcilingCleanup(obj: ClickHouseInstallationSpecReconcilingCleanup | undefined): Record<string, any> | undefined;
/**
 * macros parameters
 *
 * @schema ClickHouseInstallationSpecReconcilingMacros
 */
export interface ClickHouseInstallationSpecReconcilingMacros {
    /**
     * sections behaviour for macros
     *
     * @schema ClickHouseInstallationSpecReconcilingMacros#sections
     */
    readonly sections?: ClickHouseInstallationSpecReconcilingMacrosSections;
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecReconcilingMacros' to JSON representation.
 */
export declare function toJson_ClickHouseInstallationSpecReconcilingMacros(obj: ClickHouseInstallationSpecReconcilingMacros | undefined): Record<string, any> | undefined;
/**
 * runtime parameters for clickhouse-operator process which are used during reconcile cycle
 *
 * @schema ClickHouseInstallationSpecReconcilingRuntime
 */
export interface ClickHouseInstallationSpecReconcilingRuntime {
    /**
     * The maximum number of cluster shards that may be reconciled in parallel, 1 by default
     *
     * @schema ClickHouseInstallationSpecReconcilingRuntime#reconcileShardsThreadsNumber
     */
    readonly reconcileShardsThreadsNumber?: number;
    /**
     * The maximum percentage of cluster shards that may be reconciled in parallel, 50 percent by default.
     *
     * @schema ClickHouseInstallationSpecReconcilingRuntime#reconcileShardsMaxConcurrencyPercent
     */
    readonly reconcileShardsMaxConcurrencyPercent?: number;
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecReconcilingRuntime' to JSON representation.
 */
export declare function toJson_ClickHouseInstallationSpecReconcilingRuntime(obj: ClickHouseInstallationSpecReconcilingRuntime | undefined): Record<string, any> | undefined;
/**
 * Whether the operator during reconcile procedure should wait for a ClickHouse host:
 * - to be excluded from a ClickHouse cluster
 * - to complete all running queries
 * - to be included into a ClickHouse cluster
 * respectfully before moving forward
 *
 *
 * @schema ClickHouseInstallationSpecReconcilingHost
 */
export interface ClickHouseInstallationSpecReconcilingHost {
    /**
     * @schema ClickHouseInstallationSpecReconcilingHost#wait
     */
    readonly wait?: ClickHouseInstallationSpecReconcilingHostWait;
    /**
     * @schema ClickHouseInstallationSpecReconcilingHost#drop
     */
    readonly drop?: ClickHouseInstallationSpecReconcilingHostDrop;
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecReconcilingHost' to JSON representation.
 */
export declare function toJson_ClickHouseInstallationSpecReconcilingHost(obj: ClickHouseInstallationSpecReconcilingHost | undefined): Record<string, any> | undefined;
/**
 * DISCUSSED TO BE DEPRECATED
 * Syntax sugar
 * Overrides all three 'reconcile.host.wait.{exclude, queries, include}' values from the operator's config
 * Possible values:
 * - wait - should wait to exclude host, complete queries and include host back into the cluster
 * - nowait - should NOT wait to exclude host, complete queries and include host back into the cluster
 *
 *
 * @schema ClickHouseInstallationSpecReconcilePolicy
 */
export declare enum ClickHouseInstallationSpecReconcilePolicy {
    /** wait */
    WAIT = "wait",
    /** nowait */
    NOWAIT = "nowait"
}
/**
 * Optional, defines behavior for cleanup Kubernetes resources during reconcile cycle
 *
 * @schema ClickHouseInstallationSpecReconcileCleanup
 */
export interface ClickHouseInstallationSpecReconcileCleanup {
    /**
     * Describes what clickhouse-operator should do with found Kubernetes resources which should be managed by clickhouse-operator,
     * but do not have `ownerReference` to any currently managed `ClickHouseInstallation` resource.
     * Default behavior is `Delete`"
     *
     *
     * @schema ClickHouseInstallationSpecReconcileCleanup#unknownObjects
     */
    readonly unknownObjects?: ClickHouseInstallationSpecReconcileCleanupUnknownObjects;
    /**
     * Describes what clickhouse-operator should do with Kubernetes resources which are failed during reconcile.
     * Default behavior is `Retain`"
     *
     *
     * @schema ClickHouseInstallationSpecReconcileCleanup#reconcileFailedObjects
     */
    readonly reconcileFailedObjects?: ClickHouseInstallationSpecReconcileCleanupReconcileFailedObjects;
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecReconcileCleanup' to JSON representation.
 */
export declare function toJson_ClickHouseInstallationSpecReconcileCleanup(obj: ClickHouseInstallationSpecReconcileCleanup | undefined): Record<string, any> | undefined;
/**
 * macros parameters
 *
 * @schema ClickHouseInstallationSpecReconcileMacros
 */
export interface ClickHouseInstallationSpecReconcileMacros {
    /**
     * sections behaviour for macros
     *
     * @schema ClickHouseInstallationSpecReconcileMacros#sections
     */
    readonly sections?: ClickHouseInstallationSpecReconcileMacrosSections;
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecReconcileMacros' to JSON representation.
 */
export declare function toJson_ClickHouseInstallationSpecReconcileMacros(obj: ClickHouseInstallationSpecReconcileMacros | undefined): Record<string, any> | undefined;
/**
 * runtime parameters for clickhouse-operator process which are used during reconcile cycle
 *
 * @schema ClickHouseInstallationSpecReconcileRuntime
 */
export interface ClickHouseInstallationSpecReconcileRuntime {
    /**
     * The maximum number of cluster shards that may be reconciled in parallel, 1 by default
     *
     * @schema ClickHouseInstallationSpecReconcileRuntime#reconcileShardsThreadsNumber
     */
    readonly reconcileShardsThreadsNumber?: number;
    /**
     * The maximum percentage of cluster shards that may be reconciled in parallel, 50 percent by default.
     *
     * @schema ClickHouseInstallationSpecReconcileRuntime#reconcileShardsMaxConcurrencyPercent
     */
    readonly reconcileShardsMaxConcurrencyPercent?: number;
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecReconcileRuntime' to JSON representation.
 */
export declare function toJson_ClickHouseInstallationSpecReconcileRuntime(obj: ClickHouseInstallationSpecReconcileRuntime | undefined): Record<string, any> | undefined;
/**
 * Whether the operator during reconcile procedure should wait for a ClickHouse host:
 * - to be excluded from a ClickHouse cluster
 * - to complete all running queries
 * - to be included into a ClickHouse cluster
 * respectfully before moving forward
 *
 *
 * @schema ClickHouseInstallationSpecReconcileHost
 */
export interface ClickHouseInstallationSpecReconcileHost {
    /**
     * @schema ClickHouseInstallationSpecReconcileHost#wait
     */
    readonly wait?: ClickHouseInstallationSpecReconcileHostWait;
    /**
     * @schema ClickHouseInstallationSpecReconcileHost#drop
     */
    readonly drop?: ClickHouseInstallationSpecReconcileHostDrop;
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecReconcileHost' to JSON representation.
 */
export declare function toJson_ClickHouseInstallationSpecReconcileHost(obj: ClickHouseInstallationSpecReconcileHost | undefined): Record<string, any> | undefined;
/**
 * define should replicas be specified by FQDN in `<host></host>`.
 * In case of "no" will use short hostname and clickhouse-server will use kubernetes default suffixes for DNS lookup
 * "no" by default
 *
 *
 * @schema ClickHouseInstallationSpecDefaultsReplicasUseFqdn
 */
export declare enum ClickHouseInstallationSpecDefaultsReplicasUseFqdn {
    /** 0 */
    VALUE_0 = "0",
    /** 1 */
    VALUE_1 = "1",
    /** False */
    FALSE = "False",
    /** True */
    TRUE = "True",
    /** No */
    NO = "No",
    /** Yes */
    YES = "Yes",
    /** Off */
    OFF = "Off",
    /** On */
    ON = "On",
    /** Disable */
    DISABLE = "Disable",
    /** Enable */
    ENABLE = "Enable",
    /** Disabled */
    DISABLED = "Disabled",
    /** Enabled */
    ENABLED = "Enabled"
}
/**
 * allows change `<yandex><distributed_ddl></distributed_ddl></yandex>` settings
 * More info: https://clickhouse.tech/docs/en/operations/server-configuration-parameters/settings/#server-settings-distributed_ddl
 *
 *
 * @schema ClickHouseInstallationSpecDefaultsDistributedDdl
 */
export interface ClickHouseInstallationSpecDefaultsDistributedDdl {
    /**
     * Settings from this profile will be used to execute DDL queries
     *
     * @schema ClickHouseInstallationSpecDefaultsDistributedDdl#profile
     */
    readonly profile?: string;
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecDefaultsDistributedDdl' to JSON representation.
 */
export declare function toJson_ClickHouseInstallationSpecDefaultsDistributedDdl(obj: ClickHouseInstallationSpecDefaultsDistributedDdl | undefined): Record<string, any> | undefined;
/**
 * default storage management options
 *
 * @schema ClickHouseInstallationSpecDefaultsStorageManagement
 */
export interface ClickHouseInstallationSpecDefaultsStorageManagement {
    /**
     * defines `PVC` provisioner - be it StatefulSet or the Operator
     *
     * @schema ClickHouseInstallationSpecDefaultsStorageManagement#provisioner
     */
    readonly provisioner?: ClickHouseInstallationSpecDefaultsStorageManagementProvisioner;
    /**
     * defines behavior of `PVC` deletion.
     * `Delete` by default, if `Retain` specified then `PVC` will be kept when deleting StatefulSet
     *
     *
     * @schema ClickHouseInstallationSpecDefaultsStorageManagement#reclaimPolicy
     */
    readonly reclaimPolicy?: ClickHouseInstallationSpecDefaultsStorageManagementReclaimPolicy;
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecDefaultsStorageManagement' to JSON representation.
 */
export declare function toJson_ClickHouseInstallationSpecDefaultsStorageManagement(obj: ClickHouseInstallationSpecDefaultsStorageManagement | undefined): Record<string, any> | undefined;
/**
 * optional, configuration of the templates names which will use for generate Kubernetes resources according to one or more ClickHouse clusters described in current ClickHouseInstallation (chi) resource
 *
 * @schema ClickHouseInstallationSpecDefaultsTemplates
 */
export interface ClickHouseInstallationSpecDefaultsTemplates {
    /**
     * optional, template name from chi.spec.templates.hostTemplates, which will apply to configure every `clickhouse-server` instance during render ConfigMap resources which will mount into `Pod`
     *
     * @schema ClickHouseInstallationSpecDefaultsTemplates#hostTemplate
     */
    readonly hostTemplate?: string;
    /**
     * optional, template name from chi.spec.templates.podTemplates, allows customization each `Pod` resource during render and reconcile each StatefulSet.spec resource described in `chi.spec.configuration.clusters`
     *
     * @schema ClickHouseInstallationSpecDefaultsTemplates#podTemplate
     */
    readonly podTemplate?: string;
    /**
     * optional, template name from chi.spec.templates.volumeClaimTemplates, allows customization each `PVC` which will mount for clickhouse data directory in each `Pod` during render and reconcile every StatefulSet.spec resource described in `chi.spec.configuration.clusters`
     *
     * @schema ClickHouseInstallationSpecDefaultsTemplates#dataVolumeClaimTemplate
     */
    readonly dataVolumeClaimTemplate?: string;
    /**
     * optional, template name from chi.spec.templates.volumeClaimTemplates, allows customization each `PVC` which will mount for clickhouse log directory in each `Pod` during render and reconcile every StatefulSet.spec resource described in `chi.spec.configuration.clusters`
     *
     * @schema ClickHouseInstallationSpecDefaultsTemplates#logVolumeClaimTemplate
     */
    readonly logVolumeClaimTemplate?: string;
    /**
     * optional, template name from chi.spec.templates.serviceTemplates. used for customization of the `Service` resource, created by `clickhouse-operator` to cover all clusters in whole `chi` resource
     *
     * @schema ClickHouseInstallationSpecDefaultsTemplates#serviceTemplate
     */
    readonly serviceTemplate?: string;
    /**
     * optional, template names from chi.spec.templates.serviceTemplates. used for customization of the `Service` resources, created by `clickhouse-operator` to cover all clusters in whole `chi` resource
     *
     * @schema ClickHouseInstallationSpecDefaultsTemplates#serviceTemplates
     */
    readonly serviceTemplates?: string[];
    /**
     * optional, template name from chi.spec.templates.serviceTemplates, allows customization for each `Service` resource which will created by `clickhouse-operator` which cover each clickhouse cluster described in `chi.spec.configuration.clusters`
     *
     * @schema ClickHouseInstallationSpecDefaultsTemplates#clusterServiceTemplate
     */
    readonly clusterServiceTemplate?: string;
    /**
     * optional, template name from chi.spec.templates.serviceTemplates, allows customization for each `Service` resource which will created by `clickhouse-operator` which cover each shard inside clickhouse cluster described in `chi.spec.configuration.clusters`
     *
     * @schema ClickHouseInstallationSpecDefaultsTemplates#shardServiceTemplate
     */
    readonly shardServiceTemplate?: string;
    /**
     * optional, template name from chi.spec.templates.serviceTemplates, allows customization for each `Service` resource which will created by `clickhouse-operator` which cover each replica inside each shard inside each clickhouse cluster described in `chi.spec.configuration.clusters`
     *
     * @schema ClickHouseInstallationSpecDefaultsTemplates#replicaServiceTemplate
     */
    readonly replicaServiceTemplate?: string;
    /**
     * optional, alias for dataVolumeClaimTemplate, template name from chi.spec.templates.volumeClaimTemplates, allows customization each `PVC` which will mount for clickhouse data directory in each `Pod` during render and reconcile every StatefulSet.spec resource described in `chi.spec.configuration.clusters`
     *
     * @schema ClickHouseInstallationSpecDefaultsTemplates#volumeClaimTemplate
     */
    readonly volumeClaimTemplate?: string;
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecDefaultsTemplates' to JSON representation.
 */
export declare function toJson_ClickHouseInstallationSpecDefaultsTemplates(obj: ClickHouseInstallationSpecDefaultsTemplates | undefined): Record<string, any> | undefined;
/**
 * allows configure <yandex><zookeeper>..</zookeeper></yandex> section in each `Pod` during generate `ConfigMap` which will mounted in `/etc/clickhouse-server/config.d/`
 * `clickhouse-operator` itself doesn't manage Zookeeper, please install Zookeeper separatelly look examples on https://github.com/Altinity/clickhouse-operator/tree/master/deploy/zookeeper/
 * currently, zookeeper (or clickhouse-keeper replacement) used for *ReplicatedMergeTree table engines and for `distributed_ddl`
 * More details: https://clickhouse.tech/docs/en/operations/server-configuration-parameters/settings/#server-settings_zookeeper
 *
 *
 * @schema ClickHouseInstallationSpecConfigurationZookeeper
 */
export interface ClickHouseInstallationSpecConfigurationZookeeper {
    /**
     * describe every available zookeeper cluster node for interaction
     *
     * @schema ClickHouseInstallationSpecConfigurationZookeeper#nodes
     */
    readonly nodes?: ClickHouseInstallationSpecConfigurationZookeeperNodes[];
    /**
     * session timeout during connect to Zookeeper
     *
     * @schema ClickHouseInstallationSpecConfigurationZookeeper#session_timeout_ms
     */
    readonly sessionTimeoutMs?: number;
    /**
     * one operation timeout during Zookeeper transactions
     *
     * @schema ClickHouseInstallationSpecConfigurationZookeeper#operation_timeout_ms
     */
    readonly operationTimeoutMs?: number;
    /**
     * optional root znode path inside zookeeper to store ClickHouse related data (replication queue or distributed DDL)
     *
     * @schema ClickHouseInstallationSpecConfigurationZookeeper#root
     */
    readonly root?: string;
    /**
     * optional access credentials string with `user:password` format used when use digest authorization in Zookeeper
     *
     * @schema ClickHouseInstallationSpecConfigurationZookeeper#identity
     */
    readonly identity?: string;
    /**
     * Enables compression in Keeper protocol if set to true
     *
     * @schema ClickHouseInstallationSpecConfigurationZookeeper#use_compression
     */
    readonly useCompression?: ClickHouseInstallationSpecConfigurationZookeeperUseCompression;
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecConfigurationZookeeper' to JSON representation.
 */
export declare function toJson_ClickHouseInstallationSpecConfigurationZookeeper(obj: ClickHouseInstallationSpecConfigurationZookeeper | undefined): Record<string, any> | undefined;
/**
 * @schema ClickHouseInstallationSpecConfigurationClusters
 */
export interface ClickHouseInstallationSpecConfigurationClusters {
    /**
     * cluster name, used to identify set of servers and wide used during generate names of related Kubernetes resources
     *
     * @schema ClickHouseInstallationSpecConfigurationClusters#name
     */
    readonly name?: string;
    /**
     * optional, allows configure <yandex><zookeeper>..</zookeeper></yandex> section in each `Pod` only in current ClickHouse cluster, during generate `ConfigMap` which will mounted in `/etc/clickhouse-server/config.d/`
     * override top-level `chi.spec.configuration.zookeeper` settings
     *
     *
     * @schema ClickHouseInstallationSpecConfigurationClusters#zookeeper
     */
    readonly zookeeper?: ClickHouseInstallationSpecConfigurationClustersZookeeper;
    /**
     * optional, allows configure `clickhouse-server` settings inside <yandex>...</yandex> tag in each `Pod` only in one cluster during generate `ConfigMap` which will mount in `/etc/clickhouse-server/config.d/`
     * override top-level `chi.spec.configuration.settings`
     * More details: https://clickhouse.tech/docs/en/operations/settings/settings/
     *
     *
     * @schema ClickHouseInstallationSpecConfigurationClusters#settings
     */
    readonly settings?: any;
    /**
     * optional, allows define content of any setting file inside each `Pod` on current cluster during generate `ConfigMap` which will mount in `/etc/clickhouse-server/config.d/` or `/etc/clickhouse-server/conf.d/` or `/etc/clickhouse-server/users.d/`
     * override top-level `chi.spec.configuration.files`
     *
     *
     * @schema ClickHouseInstallationSpecConfigurationClusters#files
     */
    readonly files?: any;
    /**
     * optional, configuration of the templates names which will use for generate Kubernetes resources according to selected cluster
     * override top-level `chi.spec.configuration.templates`
     *
     *
     * @schema ClickHouseInstallationSpecConfigurationClusters#templates
     */
    readonly templates?: ClickHouseInstallationSpecConfigurationClustersTemplates;
    /**
     * describes how schema is propagated within replicas and shards
     *
     *
     * @schema ClickHouseInstallationSpecConfigurationClusters#schemaPolicy
     */
    readonly schemaPolicy?: ClickHouseInstallationSpecConfigurationClustersSchemaPolicy;
    /**
     * optional, open insecure ports for cluster, defaults to "yes"
     *
     * @schema ClickHouseInstallationSpecConfigurationClusters#insecure
     */
    readonly insecure?: ClickHouseInstallationSpecConfigurationClustersInsecure;
    /**
     * optional, open secure ports for cluster
     *
     * @schema ClickHouseInstallationSpecConfigurationClusters#secure
     */
    readonly secure?: ClickHouseInstallationSpecConfigurationClustersSecure;
    /**
     * optional, shared secret value to secure cluster communications
     *
     * @schema ClickHouseInstallationSpecConfigurationClusters#secret
     */
    readonly secret?: ClickHouseInstallationSpecConfigurationClustersSecret;
    /**
     * Specifies whether the Pod Disruption Budget (PDB) should be managed.
     * During the next installation, if PDB management is enabled, the operator will
     * attempt to retrieve any existing PDB. If none is found, it will create a new one
     * and initiate a reconciliation loop. If PDB management is disabled, the existing PDB
     * will remain intact, and the reconciliation loop will not be executed. By default,
     * PDB management is enabled.
     *
     *
     * @schema ClickHouseInstallationSpecConfigurationClusters#pdbManaged
     */
    readonly pdbManaged?: ClickHouseInstallationSpecConfigurationClustersPdbManaged;
    /**
     * Pod eviction is allowed if at most "pdbMaxUnavailable" pods are unavailable after the eviction,
     * i.e. even in absence of the evicted pod. For example, one can prevent all voluntary evictions
     * by specifying 0. This is a mutually exclusive setting with "minAvailable".
     *
     *
     * @schema ClickHouseInstallationSpecConfigurationClusters#pdbMaxUnavailable
     */
    readonly pdbMaxUnavailable?: number;
    /**
     * allow tuning reconciling process
     *
     * @schema ClickHouseInstallationSpecConfigurationClusters#reconcile
     */
    readonly reconcile?: ClickHouseInstallationSpecConfigurationClustersReconcile;
    /**
     * describe current cluster layout, how much shards in cluster, how much replica in shard
     * allows override settings on each shard and replica separatelly
     *
     *
     * @schema ClickHouseInstallationSpecConfigurationClusters#layout
     */
    readonly layout?: ClickHouseInstallationSpecConfigurationClustersLayout;
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecConfigurationClusters' to JSON representation.
 */
export declare function toJson_ClickHouseInstallationSpecConfigurationClusters(obj: ClickHouseInstallationSpecConfigurationClusters | undefined): Record<string, any> | undefined;
/**
 * @schema ClickHouseInstallationSpecTemplatesHostTemplates
 */
export interface ClickHouseInstallationSpecTemplatesHostTemplates {
    /**
     * template name, could use to link inside top-level `chi.spec.defaults.templates.hostTemplate`, cluster-level `chi.spec.configuration.clusters.templates.hostTemplate`, shard-level `chi.spec.configuration.clusters.layout.shards.temlates.hostTemplate`, replica-level `chi.spec.configuration.clusters.layout.replicas.templates.hostTemplate`
     *
     * @schema ClickHouseInstallationSpecTemplatesHostTemplates#name
     */
    readonly name?: string;
    /**
     * define how will distribute numeric values of named ports in `Pod.spec.containers.ports` and clickhouse-server configs
     *
     * @schema ClickHouseInstallationSpecTemplatesHostTemplates#portDistribution
     */
    readonly portDistribution?: ClickHouseInstallationSpecTemplatesHostTemplatesPortDistribution[];
    /**
     * @schema ClickHouseInstallationSpecTemplatesHostTemplates#spec
     */
    readonly spec?: ClickHouseInstallationSpecTemplatesHostTemplatesSpec;
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecTemplatesHostTemplates' to JSON representation.
 */
export declare function toJson_ClickHouseInstallationSpecTemplatesHostTemplates(obj: ClickHouseInstallationSpecTemplatesHostTemplates | undefined): Record<string, any> | undefined;
/**
 * @schema ClickHouseInstallationSpecTemplatesPodTemplates
 */
export interface ClickHouseInstallationSpecTemplatesPodTemplates {
    /**
     * template name, could use to link inside top-level `chi.spec.defaults.templates.podTemplate`, cluster-level `chi.spec.configuration.clusters.templates.podTemplate`, shard-level `chi.spec.configuration.clusters.layout.shards.temlates.podTemplate`, replica-level `chi.spec.configuration.clusters.layout.replicas.templates.podTemplate`
     *
     * @schema ClickHouseInstallationSpecTemplatesPodTemplates#name
     */
    readonly name?: string;
    /**
     * allows define format for generated `Pod` name, look to https://github.com/Altinity/clickhouse-operator/blob/master/docs/custom_resource_explained.md#spectemplatesservicetemplates for details about available template variables
     *
     * @schema ClickHouseInstallationSpecTemplatesPodTemplates#generateName
     */
    readonly generateName?: string;
    /**
     * allows define custom zone name and will separate ClickHouse `Pods` between nodes, shortcut for `chi.spec.templates.podTemplates.spec.affinity.podAntiAffinity`
     *
     * @schema ClickHouseInstallationSpecTemplatesPodTemplates#zone
     */
    readonly zone?: ClickHouseInstallationSpecTemplatesPodTemplatesZone;
    /**
     * DEPRECATED, shortcut for `chi.spec.templates.podTemplates.spec.affinity.podAntiAffinity`
     *
     * @schema ClickHouseInstallationSpecTemplatesPodTemplates#distribution
     */
    readonly distribution?: ClickHouseInstallationSpecTemplatesPodTemplatesDistribution;
    /**
     * define ClickHouse Pod distribution policy between Kubernetes Nodes inside Shard, Replica, Namespace, CHI, another ClickHouse cluster
     *
     * @schema ClickHouseInstallationSpecTemplatesPodTemplates#podDistribution
     */
    readonly podDistribution?: ClickHouseInstallationSpecTemplatesPodTemplatesPodDistribution[];
    /**
     * allows pass standard object's metadata from template to Pod
     * More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata
     *
     *
     * @schema ClickHouseInstallationSpecTemplatesPodTemplates#metadata
     */
    readonly metadata?: any;
    /**
     * allows define whole Pod.spec inside StaefulSet.spec, look to https://kubernetes.io/docs/concepts/workloads/pods/#pod-templates for details
     *
     * @schema ClickHouseInstallationSpecTemplatesPodTemplates#spec
     */
    readonly spec?: any;
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecTemplatesPodTemplates' to JSON representation.
 */
export declare function toJson_ClickHouseInstallationSpecTemplatesPodTemplates(obj: ClickHouseInstallationSpecTemplatesPodTemplates | undefined): Record<string, any> | undefined;
/**
 * @schema ClickHouseInstallationSpecTemplatesVolumeClaimTemplates
 */
export interface ClickHouseInstallationSpecTemplatesVolumeClaimTemplates {
    /**
     * template name, could use to link inside
     * top-level `chi.spec.defaults.templates.dataVolumeClaimTemplate` or `chi.spec.defaults.templates.logVolumeClaimTemplate`,
     * cluster-level `chi.spec.configuration.clusters.templates.dataVolumeClaimTemplate` or `chi.spec.configuration.clusters.templates.logVolumeClaimTemplate`,
     * shard-level `chi.spec.configuration.clusters.layout.shards.temlates.dataVolumeClaimTemplate` or `chi.spec.configuration.clusters.layout.shards.temlates.logVolumeClaimTemplate`
     * replica-level `chi.spec.configuration.clusters.layout.replicas.templates.dataVolumeClaimTemplate` or `chi.spec.configuration.clusters.layout.replicas.templates.logVolumeClaimTemplate`
     *
     *
     * @schema ClickHouseInstallationSpecTemplatesVolumeClaimTemplates#name
     */
    readonly name?: string;
    /**
     * defines `PVC` provisioner - be it StatefulSet or the Operator
     *
     * @schema ClickHouseInstallationSpecTemplatesVolumeClaimTemplates#provisioner
     */
    readonly provisioner?: ClickHouseInstallationSpecTemplatesVolumeClaimTemplatesProvisioner;
    /**
     * defines behavior of `PVC` deletion.
     * `Delete` by default, if `Retain` specified then `PVC` will be kept when deleting StatefulSet
     *
     *
     * @schema ClickHouseInstallationSpecTemplatesVolumeClaimTemplates#reclaimPolicy
     */
    readonly reclaimPolicy?: ClickHouseInstallationSpecTemplatesVolumeClaimTemplatesReclaimPolicy;
    /**
     * allows to pass standard object's metadata from template to PVC
     * More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata
     *
     *
     * @schema ClickHouseInstallationSpecTemplatesVolumeClaimTemplates#metadata
     */
    readonly metadata?: any;
    /**
     * allows define all aspects of `PVC` resource
     * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes/#persistentvolumeclaims
     *
     *
     * @schema ClickHouseInstallationSpecTemplatesVolumeClaimTemplates#spec
     */
    readonly spec?: any;
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecTemplatesVolumeClaimTemplates' to JSON representation.
 */
export declare function toJson_ClickHouseInstallationSpecTemplatesVolumeClaimTemplates(obj: ClickHouseInstallationSpecTemplatesVolumeClaimTemplates | undefined): Record<string, any> | undefined;
/**
 * @schema ClickHouseInstallationSpecTemplatesServiceTemplates
 */
export interface ClickHouseInstallationSpecTemplatesServiceTemplates {
    /**
     * template name, could use to link inside
     * chi-level `chi.spec.defaults.templates.serviceTemplate`
     * cluster-level `chi.spec.configuration.clusters.templates.clusterServiceTemplate`
     * shard-level `chi.spec.configuration.clusters.layout.shards.temlates.shardServiceTemplate`
     * replica-level `chi.spec.configuration.clusters.layout.replicas.templates.replicaServiceTemplate` or `chi.spec.configuration.clusters.layout.shards.replicas.replicaServiceTemplate`
     *
     *
     * @schema ClickHouseInstallationSpecTemplatesServiceTemplates#name
     */
    readonly name?: string;
    /**
     * allows define format for generated `Service` name,
     * look to https://github.com/Altinity/clickhouse-operator/blob/master/docs/custom_resource_explained.md#spectemplatesservicetemplates
     * for details about available template variables"
     *
     *
     * @schema ClickHouseInstallationSpecTemplatesServiceTemplates#generateName
     */
    readonly generateName?: string;
    /**
     * allows pass standard object's metadata from template to Service
     * Could be use for define specificly for Cloud Provider metadata which impact to behavior of service
     * More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata
     *
     *
     * @schema ClickHouseInstallationSpecTemplatesServiceTemplates#metadata
     */
    readonly metadata?: any;
    /**
     * describe behavior of generated Service
     * More info: https://kubernetes.io/docs/concepts/services-networking/service/
     *
     *
     * @schema ClickHouseInstallationSpecTemplatesServiceTemplates#spec
     */
    readonly spec?: any;
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecTemplatesServiceTemplates' to JSON representation.
 */
export declare function toJson_ClickHouseInstallationSpecTemplatesServiceTemplates(obj: ClickHouseInstallationSpecTemplatesServiceTemplates | undefined): Record<string, any> | undefined;
/**
 * optional, current strategy is only merge, and current `chi` settings have more priority than merged template `chit`
 *
 * @schema ClickHouseInstallationSpecUseTemplatesUseType
 */
export declare enum ClickHouseInstallationSpecUseTemplatesUseType {
    /** merge */
    MERGE = "merge"
}
/**
 * Describes what clickhouse-operator should do with found Kubernetes resources which should be managed by clickhouse-operator,
 * but do not have `ownerReference` to any currently managed `ClickHouseInstallation` resource.
 * Default behavior is `Delete`"
 *
 *
 * @schema ClickHouseInstallationSpecReconcilingCleanupUnknownObjects
 */
export interface ClickHouseInstallationSpecReconcilingCleanupUnknownObjects {
    /**
     * Behavior policy for unknown StatefulSet, `Delete` by default
     *
     * @schema ClickHouseInstallationSpecReconcilingCleanupUnknownObjects#statefulSet
     */
    readonly statefulSet?: ClickHouseInstallationSpecReconcilingCleanupUnknownObjectsStatefulSet;
    /**
     * Behavior policy for unknown PVC, `Delete` by default
     *
     * @schema ClickHouseInstallationSpecReconcilingCleanupUnknownObjects#pvc
     */
    readonly pvc?: ClickHouseInstallationSpecReconcilingCleanupUnknownObjectsPvc;
    /**
     * Behavior policy for unknown ConfigMap, `Delete` by default
     *
     * @schema ClickHouseInstallationSpecReconcilingCleanupUnknownObjects#configMap
     */
    readonly configMap?: ClickHouseInstallationSpecReconcilingCleanupUnknownObjectsConfigMap;
    /**
     * Behavior policy for unknown Service, `Delete` by default
     *
     * @schema ClickHouseInstallationSpecReconcilingCleanupUnknownObjects#service
     */
    readonly service?: ClickHouseInstallationSpecReconcilingCleanupUnknownObjectsService;
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecReconcilingCleanupUnknownObjects' to JSON representation.
 */
export declare function toJson_ClickHouseInstallationSpecReconcilingCleanupUnknownObjects(obj: ClickHouseInstallationSpecReconcilingCleanupUnknownObjects | undefined): Record<string, any> | undefined;
/**
 * Describes what clickhouse-operator should do with Kubernetes resources which are failed during reconcile.
 * Default behavior is `Retain`"
 *
 *
 * @schema ClickHouseInstallationSpecReconcilingCleanupReconcileFailedObjects
 */
export interface ClickHouseInstallationSpecReconcilingCleanupReconcileFailedObjects {
    /**
     * Behavior policy for failed StatefulSet, `Retain` by default
     *
     * @schema ClickHouseInstallationSpecReconcilingCleanupReconcileFailedObjects#statefulSet
     */
    readonly statefulSet?: ClickHouseInstallationSpecReconcilingCleanupReconcileFailedObjectsStatefulSet;
    /**
     * Behavior policy for failed PVC, `Retain` by default
     *
     * @schema ClickHouseInstallationSpecReconcilingCleanupReconcileFailedObjects#pvc
     */
    readonly pvc?: ClickHouseInstallationSpecReconcilingCleanupReconcileFailedObjectsPvc;
    /**
     * Behavior policy for failed ConfigMap, `Retain` by default
     *
     * @schema ClickHouseInstallationSpecReconcilingCleanupReconcileFailedObjects#configMap
     */
    readonly configMap?: ClickHouseInstallationSpecReconcilingCleanupReconcileFailedObjectsConfigMap;
    /**
     * Behavior policy for failed Service, `Retain` by default
     *
     * @schema ClickHouseInstallationSpecReconcilingCleanupReconcileFailedObjects#service
     */
    readonly service?: ClickHouseInstallationSpecReconcilingCleanupReconcileFailedObjectsService;
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecReconcilingCleanupReconcileFailedObjects' to JSON representation.
 */
export declare function toJson_ClickHouseInstallationSpecReconcilingCleanupReconcileFailedObjects(obj: ClickHouseInstallationSpecReconcilingCleanupReconcileFailedObjects | undefined): Record<string, any> | undefined;
/**
 * sections behaviour for macros
 *
 * @schema ClickHouseInstallationSpecReconcilingMacrosSections
 */
export interface ClickHouseInstallationSpecReconcilingMacrosSections {
    /**
     * sections behaviour for macros on users
     *
     * @schema ClickHouseInstallationSpecReconcilingMacrosSections#users
     */
    readonly users?: ClickHouseInstallationSpecReconcilingMacrosSectionsUsers;
    /**
     * sections behaviour for macros on profiles
     *
     * @schema ClickHouseInstallationSpecReconcilingMacrosSections#profiles
     */
    readonly profiles?: ClickHouseInstallationSpecReconcilingMacrosSectionsProfiles;
    /**
     * sections behaviour for macros on quotas
     *
     * @schema ClickHouseInstallationSpecReconcilingMacrosSections#quotas
     */
    readonly quotas?: ClickHouseInstallationSpecReconcilingMacrosSectionsQuotas;
    /**
     * sections behaviour for macros on settings
     *
     * @schema ClickHouseInstallationSpecReconcilingMacrosSections#settings
     */
    readonly settings?: ClickHouseInstallationSpecReconcilingMacrosSectionsSettings;
    /**
     * sections behaviour for macros on files
     *
     * @schema ClickHouseInstallationSpecReconcilingMacrosSections#files
     */
    readonly files?: ClickHouseInstallationSpecReconcilingMacrosSectionsFiles;
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecReconcilingMacrosSections' to JSON representation.
 */
export declare function toJson_ClickHouseInstallationSpecReconcilingMacrosSections(obj: ClickHouseInstallationSpecReconcilingMacrosSections | undefined): Record<string, any> | undefined;
/**
 * @schema ClickHouseInstallationSpecReconcilingHostWait
 */
export interface ClickHouseInstallationSpecReconcilingHostWait {
    /**
     * Allows to stop all ClickHouse clusters defined in a CHI.
     * Works as the following:
     * - When `stop` is `1` operator sets `Replicas: 0` in each StatefulSet. Thie leads to having all `Pods` and `Service` deleted. All PVCs are kept intact.
     * - When `stop` is `0` operator sets `Replicas: 1` and `Pod`s and `Service`s will created again and all retained PVCs will be attached to `Pod`s.
     *
     *
     * @schema ClickHouseInstallationSpecReconcilingHostWait#exclude
     */
    readonly exclude?: ClickHouseInstallationSpecReconcilingHostWaitExclude;
    /**
     * Whether the operator during reconcile procedure should wait for a ClickHouse host to complete all running queries
     *
     * @schema ClickHouseInstallationSpecReconcilingHostWait#queries
     */
    readonly queries?: ClickHouseInstallationSpecReconcilingHostWaitQueries;
    /**
     * Whether the operator during reconcile procedure should wait for a ClickHouse host to be included into a ClickHouse cluster
     *
     * @schema ClickHouseInstallationSpecReconcilingHostWait#include
     */
    readonly include?: ClickHouseInstallationSpecReconcilingHostWaitInclude;
    /**
     * Whether the operator during reconcile procedure should wait for replicas to catch-up
     *
     * @schema ClickHouseInstallationSpecReconcilingHostWait#replicas
     */
    readonly replicas?: ClickHouseInstallationSpecReconcilingHostWaitReplicas;
    /**
     * What probes the operator should wait during host launch procedure
     *
     * @schema ClickHouseInstallationSpecReconcilingHostWait#probes
     */
    readonly probes?: ClickHouseInstallationSpecReconcilingHostWaitProbes;
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecReconcilingHostWait' to JSON representation.
 */
export declare function toJson_ClickHouseInstallationSpecReconcilingHostWait(obj: ClickHouseInstallationSpecReconcilingHostWait | undefined): Record<string, any> | undefined;
/**
 * @schema ClickHouseInstallationSpecReconcilingHostDrop
 */
export interface ClickHouseInstallationSpecReconcilingHostDrop {
    /**
     * Whether the operator during reconcile procedure should drop replicas when replica is deleted or recreated
     *
     *
     * @schema ClickHouseInstallationSpecReconcilingHostDrop#replicas
     */
    readonly replicas?: ClickHouseInstallationSpecReconcilingHostDropReplicas;
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecReconcilingHostDrop' to JSON representation.
 */
export declare function toJson_ClickHouseInstallationSpecReconcilingHostDrop(obj: ClickHouseInstallationSpecReconcilingHostDrop | undefined): Record<string, any> | undefined;
/**
 * Describes what clickhouse-operator should do with found Kubernetes resources which should be managed by clickhouse-operator,
 * but do not have `ownerReference` to any currently managed `ClickHouseInstallation` resource.
 * Default behavior is `Delete`"
 *
 *
 * @schema ClickHouseInstallationSpecReconcileCleanupUnknownObjects
 */
export interface ClickHouseInstallationSpecReconcileCleanupUnknownObjects {
    /**
     * Behavior policy for unknown StatefulSet, `Delete` by default
     *
     * @schema ClickHouseInstallationSpecReconcileCleanupUnknownObjects#statefulSet
     */
    readonly statefulSet?: ClickHouseInstallationSpecReconcileCleanupUnknownObjectsStatefulSet;
    /**
     * Behavior policy for unknown PVC, `Delete` by default
     *
     * @schema ClickHouseInstallationSpecReconcileCleanupUnknownObjects#pvc
     */
    readonly pvc?: ClickHouseInstallationSpecReconcileCleanupUnknownObjectsPvc;
    /**
     * Behavior policy for unknown ConfigMap, `Delete` by default
     *
     * @schema ClickHouseInstallationSpecReconcileCleanupUnknownObjects#configMap
     */
    readonly configMap?: ClickHouseInstallationSpecReconcileCleanupUnknownObjectsConfigMap;
    /**
     * Behavior policy for unknown Service, `Delete` by default
     *
     * @schema ClickHouseInstallationSpecReconcileCleanupUnknownObjects#service
     */
    readonly service?: ClickHouseInstallationSpecReconcileCleanupUnknownObjectsService;
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecReconcileCleanupUnknownObjects' to JSON representation.
 */
export declare function toJson_ClickHouseInstallationSpecReconcileCleanupUnknownObjects(obj: ClickHouseInstallationSpecReconcileCleanupUnknownObjects | undefined): Record<string, any> | undefined;
/**
 * Describes what clickhouse-operator should do with Kubernetes resources which are failed during reconcile.
 * Default behavior is `Retain`"
 *
 *
 * @schema ClickHouseInstallationSpecReconcileCleanupReconcileFailedObjects
 */
export interface ClickHouseInstallationSpecReconcileCleanupReconcileFailedObjects {
    /**
     * Behavior policy for failed StatefulSet, `Retain` by default
     *
     * @schema ClickHouseInstallationSpecReconcileCleanupReconcileFailedObjects#statefulSet
     */
    readonly statefulSet?: ClickHouseInstallationSpecReconcileCleanupReconcileFailedObjectsStatefulSet;
    /**
     * Behavior policy for failed PVC, `Retain` by default
     *
     * @schema ClickHouseInstallationSpecReconcileCleanupReconcileFailedObjects#pvc
     */
    readonly pvc?: ClickHouseInstallationSpecReconcileCleanupReconcileFailedObjectsPvc;
    /**
     * Behavior policy for failed ConfigMap, `Retain` by default
     *
     * @schema ClickHouseInstallationSpecReconcileCleanupReconcileFailedObjects#configMap
     */
    readonly configMap?: ClickHouseInstallationSpecReconcileCleanupReconcileFailedObjectsConfigMap;
    /**
     * Behavior policy for failed Service, `Retain` by default
     *
     * @schema ClickHouseInstallationSpecReconcileCleanupReconcileFailedObjects#service
     */
    readonly service?: ClickHouseInstallationSpecReconcileCleanupReconcileFailedObjectsService;
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecReconcileCleanupReconcileFailedObjects' to JSON representation.
 */
export declare function toJson_ClickHouseInstallationSpecReconcileCleanupReconcileFailedObjects(obj: ClickHouseInstallationSpecReconcileCleanupReconcileFailedObjects | undefined): Record<string, any> | undefined;
/**
 * sections behaviour for macros
 *
 * @schema ClickHouseInstallationSpecReconcileMacrosSections
 */
export interface ClickHouseInstallationSpecReconcileMacrosSections {
    /**
     * sections behaviour for macros on users
     *
     * @schema ClickHouseInstallationSpecReconcileMacrosSections#users
     */
    readonly users?: ClickHouseInstallationSpecReconcileMacrosSectionsUsers;
    /**
     * sections behaviour for macros on profiles
     *
     * @schema ClickHouseInstallationSpecReconcileMacrosSections#profiles
     */
    readonly profiles?: ClickHouseInstallationSpecReconcileMacrosSectionsProfiles;
    /**
     * sections behaviour for macros on quotas
     *
     * @schema ClickHouseInstallationSpecReconcileMacrosSections#quotas
     */
    readonly quotas?: ClickHouseInstallationSpecReconcileMacrosSectionsQuotas;
    /**
     * sections behaviour for macros on settings
     *
     * @schema ClickHouseInstallationSpecReconcileMacrosSections#settings
     */
    readonly settings?: ClickHouseInstallationSpecReconcileMacrosSectionsSettings;
    /**
     * sections behaviour for macros on files
     *
     * @schema ClickHouseInstallationSpecReconcileMacrosSections#files
     */
    readonly files?: ClickHouseInstallationSpecReconcileMacrosSectionsFiles;
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecReconcileMacrosSections' to JSON representation.
 */
export declare function toJson_ClickHouseInstallationSpecReconcileMacrosSections(obj: ClickHouseInstallationSpecReconcileMacrosSections | undefined): Record<string, any> | undefined;
/**
 * @schema ClickHouseInstallationSpecReconcileHostWait
 */
export interface ClickHouseInstallationSpecReconcileHostWait {
    /**
     * Allows to stop all ClickHouse clusters defined in a CHI.
     * Works as the following:
     * - When `stop` is `1` operator sets `Replicas: 0` in each StatefulSet. Thie leads to having all `Pods` and `Service` deleted. All PVCs are kept intact.
     * - When `stop` is `0` operator sets `Replicas: 1` and `Pod`s and `Service`s will created again and all retained PVCs will be attached to `Pod`s.
     *
     *
     * @schema ClickHouseInstallationSpecReconcileHostWait#exclude
     */
    readonly exclude?: ClickHouseInstallationSpecReconcileHostWaitExclude;
    /**
     * Whether the operator during reconcile procedure should wait for a ClickHouse host to complete all running queries
     *
     * @schema ClickHouseInstallationSpecReconcileHostWait#queries
     */
    readonly queries?: ClickHouseInstallationSpecReconcileHostWaitQueries;
    /**
     * Whether the operator during reconcile procedure should wait for a ClickHouse host to be included into a ClickHouse cluster
     *
     * @schema ClickHouseInstallationSpecReconcileHostWait#include
     */
    readonly include?: ClickHouseInstallationSpecReconcileHostWaitInclude;
    /**
     * Whether the operator during reconcile procedure should wait for replicas to catch-up
     *
     * @schema ClickHouseInstallationSpecReconcileHostWait#replicas
     */
    readonly replicas?: ClickHouseInstallationSpecReconcileHostWaitReplicas;
    /**
     * What probes the operator should wait during host launch procedure
     *
     * @schema ClickHouseInstallationSpecReconcileHostWait#probes
     */
    readonly probes?: ClickHouseInstallationSpecReconcileHostWaitProbes;
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecReconcileHostWait' to JSON representation.
 */
export declare function toJson_ClickHouseInstallationSpecReconcileHostWait(obj: ClickHouseInstallationSpecReconcileHostWait | undefined): Record<string, any> | undefined;
/**
 * @schema ClickHouseInstallationSpecReconcileHostDrop
 */
export interface ClickHouseInstallationSpecReconcileHostDrop {
    /**
     * Whether the operator during reconcile procedure should drop replicas when replica is deleted or recreated
     *
     *
     * @schema ClickHouseInstallationSpecReconcileHostDrop#replicas
     */
    readonly replicas?: ClickHouseInstallationSpecReconcileHostDropReplicas;
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecReconcileHostDrop' to JSON representation.
 */
export declare function toJson_ClickHouseInstallationSpecReconcileHostDrop(obj: ClickHouseInstallationSpecReconcileHostDrop | undefined): Record<string, any> | undefined;
/**
 * defines `PVC` provisioner - be it StatefulSet or the Operator
 *
 * @schema ClickHouseInstallationSpecDefaultsStorageManagementProvisioner
 */
export declare enum ClickHouseInstallationSpecDefaultsStorageManagementProvisioner {
    /** StatefulSet */
    STATEFUL_SET = "StatefulSet",
    /** Operator */
    OPERATOR = "Operator"
}
/**
 * defines behavior of `PVC` deletion.
 * `Delete` by default, if `Retain` specified then `PVC` will be kept when deleting StatefulSet
 *
 *
 * @schema ClickHouseInstallationSpecDefaultsStorageManagementReclaimPolicy
 */
export declare enum ClickHouseInstallationSpecDefaultsStorageManagementReclaimPolicy {
    /** Retain */
    RETAIN = "Retain",
    /** Delete */
    DELETE = "Delete"
}
/**
 * @schema ClickHouseInstallationSpecConfigurationZookeeperNodes
 */
export interface ClickHouseInstallationSpecConfigurationZookeeperNodes {
    /**
     * dns name or ip address for Zookeeper node
     *
     * @schema ClickHouseInstallationSpecConfigurationZookeeperNodes#host
     */
    readonly host?: string;
    /**
     * TCP port which used to connect to Zookeeper node
     *
     * @schema ClickHouseInstallationSpecConfigurationZookeeperNodes#port
     */
    readonly port?: number;
    /**
     * if a secure connection to Zookeeper is required
     *
     * @schema ClickHouseInstallationSpecConfigurationZookeeperNodes#secure
     */
    readonly secure?: ClickHouseInstallationSpecConfigurationZookeeperNodesSecure;
    /**
     * availability zone for Zookeeper node
     *
     * @schema ClickHouseInstallationSpecConfigurationZookeeperNodes#availabilityZone
     */
    readonly availabilityZone?: string;
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecConfigurationZookeeperNodes' to JSON representation.
 */
export declare function toJson_ClickHouseInstallationSpecConfigurationZookeeperNodes(obj: ClickHouseInstallationSpecConfigurationZookeeperNodes | undefined): Record<string, any> | undefined;
/**
 * Enables compression in Keeper protocol if set to true
 *
 * @schema ClickHouseInstallationSpecConfigurationZookeeperUseCompression
 */
export declare enum ClickHouseInstallationSpecConfigurationZookeeperUseCompression {
    /** 0 */
    VALUE_0 = "0",
    /** 1 */
    VALUE_1 = "1",
    /** False */
    FALSE = "False",
    /** True */
    TRUE = "True",
    /** No */
    NO = "No",
    /** Yes */
    YES = "Yes",
    /** Off */
    OFF = "Off",
    /** On */
    ON = "On",
    /** Disable */
    DISABLE = "Disable",
    /** Enable */
    ENABLE = "Enable",
    /** Disabled */
    DISABLED = "Disabled",
    /** Enabled */
    ENABLED = "Enabled"
}
/**
 * optional, allows configure <yandex><zookeeper>..</zookeeper></yandex> section in each `Pod` only in current ClickHouse cluster, during generate `ConfigMap` which will mounted in `/etc/clickhouse-server/config.d/`
 * override top-level `chi.spec.configuration.zookeeper` settings
 *
 *
 * @schema ClickHouseInstallationSpecConfigurationClustersZookeeper
 */
export interface ClickHouseInstallationSpecConfigurationClustersZookeeper {
    /**
     * describe every available zookeeper cluster node for interaction
     *
     * @schema ClickHouseInstallationSpecConfigurationClustersZookeeper#nodes
     */
    readonly nodes?: ClickHouseInstallationSpecConfigurationClustersZookeeperNodes[];
    /**
     * session timeout during connect to Zookeeper
     *
     * @schema ClickHouseInstallationSpecConfigurationClustersZookeeper#session_timeout_ms
     */
    readonly sessionTimeoutMs?: number;
    /**
     * one operation timeout during Zookeeper transactions
     *
     * @schema ClickHouseInstallationSpecConfigurationClustersZookeeper#operation_timeout_ms
     */
    readonly operationTimeoutMs?: number;
    /**
     * optional root znode path inside zookeeper to store ClickHouse related data (replication queue or distributed DDL)
     *
     * @schema ClickHouseInstallationSpecConfigurationClustersZookeeper#root
     */
    readonly root?: string;
    /**
     * optional access credentials string with `user:password` format used when use digest authorization in Zookeeper
     *
     * @schema ClickHouseInstallationSpecConfigurationClustersZookeeper#identity
     */
    readonly identity?: string;
    /**
     * Enables compression in Keeper protocol if set to true
     *
     * @schema ClickHouseInstallationSpecConfigurationClustersZookeeper#use_compression
     */
    readonly useCompression?: ClickHouseInstallationSpecConfigurationClustersZookeeperUseCompression;
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecConfigurationClustersZookeeper' to JSON representation.
 */
export declare function toJson_ClickHouseInstallationSpecConfigurationClustersZookeeper(obj: ClickHouseInstallationSpecConfigurationClustersZookeeper | undefined): Record<string, any> | undefined;
/**
 * optional, configuration of the templates names which will use for generate Kubernetes resources according to selected cluster
 * override top-level `chi.spec.configuration.templates`
 *
 *
 * @schema ClickHouseInstallationSpecConfigurationClustersTemplates
 */
export interface ClickHouseInstallationSpecConfigurationClustersTemplates {
    /**
     * optional, template name from chi.spec.templates.hostTemplates, which will apply to configure every `clickhouse-server` instance during render ConfigMap resources which will mount into `Pod`
     *
     * @schema ClickHouseInstallationSpecConfigurationClustersTemplates#hostTemplate
     */
    readonly hostTemplate?: string;
    /**
     * optional, template name from chi.spec.templates.podTemplates, allows customization each `Pod` resource during render and reconcile each StatefulSet.spec resource described in `chi.spec.configuration.clusters`
     *
     * @schema ClickHouseInstallationSpecConfigurationClustersTemplates#podTemplate
     */
    readonly podTemplate?: string;
    /**
     * optional, template name from chi.spec.templates.volumeClaimTemplates, allows customization each `PVC` which will mount for clickhouse data directory in each `Pod` during render and reconcile every StatefulSet.spec resource described in `chi.spec.configuration.clusters`
     *
     * @schema ClickHouseInstallationSpecConfigurationClustersTemplates#dataVolumeClaimTemplate
     */
    readonly dataVolumeClaimTemplate?: string;
    /**
     * optional, template name from chi.spec.templates.volumeClaimTemplates, allows customization each `PVC` which will mount for clickhouse log directory in each `Pod` during render and reconcile every StatefulSet.spec resource described in `chi.spec.configuration.clusters`
     *
     * @schema ClickHouseInstallationSpecConfigurationClustersTemplates#logVolumeClaimTemplate
     */
    readonly logVolumeClaimTemplate?: string;
    /**
     * optional, template name from chi.spec.templates.serviceTemplates. used for customization of the `Service` resource, created by `clickhouse-operator` to cover all clusters in whole `chi` resource
     *
     * @schema ClickHouseInstallationSpecConfigurationClustersTemplates#serviceTemplate
     */
    readonly serviceTemplate?: string;
    /**
     * optional, template names from chi.spec.templates.serviceTemplates. used for customization of the `Service` resources, created by `clickhouse-operator` to cover all clusters in whole `chi` resource
     *
     * @schema ClickHouseInstallationSpecConfigurationClustersTemplates#serviceTemplates
     */
    readonly serviceTemplates?: string[];
    /**
     * optional, template name from chi.spec.templates.serviceTemplates, allows customization for each `Service` resource which will created by `clickhouse-operator` which cover each clickhouse cluster described in `chi.spec.configuration.clusters`
     *
     * @schema ClickHouseInstallationSpecConfigurationClustersTemplates#clusterServiceTemplate
     */
    readonly clusterServiceTemplate?: string;
    /**
     * optional, template name from chi.spec.templates.serviceTemplates, allows customization for each `Service` resource which will created by `clickhouse-operator` which cover each shard inside clickhouse cluster described in `chi.spec.configuration.clusters`
     *
     * @schema ClickHouseInstallationSpecConfigurationClustersTemplates#shardServiceTemplate
     */
    readonly shardServiceTemplate?: string;
    /**
     * optional, template name from chi.spec.templates.serviceTemplates, allows customization for each `Service` resource which will created by `clickhouse-operator` which cover each replica inside each shard inside each clickhouse cluster described in `chi.spec.configuration.clusters`
     *
     * @schema ClickHouseInstallationSpecConfigurationClustersTemplates#replicaServiceTemplate
     */
    readonly replicaServiceTemplate?: string;
    /**
     * optional, alias for dataVolumeClaimTemplate, template name from chi.spec.templates.volumeClaimTemplates, allows customization each `PVC` which will mount for clickhouse data directory in each `Pod` during render and reconcile every StatefulSet.spec resource described in `chi.spec.configuration.clusters`
     *
     * @schema ClickHouseInstallationSpecConfigurationClustersTemplates#volumeClaimTemplate
     */
    readonly volumeClaimTemplate?: string;
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecConfigurationClustersTemplates' to JSON representation.
 */
export declare function toJson_ClickHouseInstallationSpecConfigurationClustersTemplates(obj: ClickHouseInstallationSpecConfigurationClustersTemplates | undefined): Record<string, any> | undefined;
/**
 * describes how schema is propagated within replicas and shards
 *
 *
 * @schema ClickHouseInstallationSpecConfigurationClustersSchemaPolicy
 */
export interface ClickHouseInstallationSpecConfigurationClustersSchemaPolicy {
    /**
     * how schema is propagated within a replica
     *
     * @schema ClickHouseInstallationSpecConfigurationClustersSchemaPolicy#replica
     */
    readonly replica?: ClickHouseInstallationSpecConfigurationClustersSchemaPolicyReplica;
    /**
     * how schema is propagated between shards
     *
     * @schema ClickHouseInstallationSpecConfigurationClustersSchemaPolicy#shard
     */
    readonly shard?: ClickHouseInstallationSpecConfigurationClustersSchemaPolicyShard;
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecConfigurationClustersSchemaPolicy' to JSON representation.
 */
export declare function toJson_ClickHouseInstallationSpecConfigurationClustersSchemaPolicy(obj: ClickHouseInstallationSpecConfigurationClustersSchemaPolicy | undefined): Record<string, any> | undefined;
/**
 * optional, open insecure ports for cluster, defaults to "yes"
 *
 * @schema ClickHouseInstallationSpecConfigurationClustersInsecure
 */
export declare enum ClickHouseInstallationSpecConfigurationClustersInsecure {
    /** 0 */
    VALUE_0 = "0",
    /** 1 */
    VALUE_1 = "1",
    /** False */
    FALSE = "False",
    /** True */
    TRUE = "True",
    /** No */
    NO = "No",
    /** Yes */
    YES = "Yes",
    /** Off */
    OFF = "Off",
    /** On */
    ON = "On",
    /** Disable */
    DISABLE = "Disable",
    /** Enable */
    ENABLE = "Enable",
    /** Disabled */
    DISABLED = "Disabled",
    /** Enabled */
    ENABLED = "Enabled"
}
/**
 * optional, open secure ports for cluster
 *
 * @schema ClickHouseInstallationSpecConfigurationClustersSecure
 */
export declare enum ClickHouseInstallationSpecConfigurationClustersSecure {
    /** 0 */
    VALUE_0 = "0",
    /** 1 */
    VALUE_1 = "1",
    /** False */
    FALSE = "False",
    /** True */
    TRUE = "True",
    /** No */
    NO = "No",
    /** Yes */
    YES = "Yes",
    /** Off */
    OFF = "Off",
    /** On */
    ON = "On",
    /** Disable */
    DISABLE = "Disable",
    /** Enable */
    ENABLE = "Enable",
    /** Disabled */
    DISABLED = "Disabled",
    /** Enabled */
    ENABLED = "Enabled"
}
/**
 * optional, shared secret value to secure cluster communications
 *
 * @schema ClickHouseInstallationSpecConfigurationClustersSecret
 */
export interface ClickHouseInstallationSpecConfigurationClustersSecret {
    /**
     * Auto-generate shared secret value to secure cluster communications
     *
     * @schema ClickHouseInstallationSpecConfigurationClustersSecret#auto
     */
    readonly auto?: ClickHouseInstallationSpecConfigurationClustersSecretAuto;
    /**
     * Cluster shared secret value in plain text
     *
     * @schema ClickHouseInstallationSpecConfigurationClustersSecret#value
     */
    readonly value?: string;
    /**
     * Cluster shared secret source
     *
     * @schema ClickHouseInstallationSpecConfigurationClustersSecret#valueFrom
     */
    readonly valueFrom?: ClickHouseInstallationSpecConfigurationClustersSecretValueFrom;
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecConfigurationClustersSecret' to JSON representation.
 */
export declare function toJson_ClickHouseInstallationSpecConfigurationClustersSecret(obj: ClickHouseInstallationSpecConfigurationClustersSecret | undefined): Record<string, any> | undefined;
/**
 * Specifies whether the Pod Disruption Budget (PDB) should be managed.
 * During the next installation, if PDB management is enabled, the operator will
 * attempt to retrieve any existing PDB. If none is found, it will create a new one
 * and initiate a reconciliation loop. If PDB management is disabled, the existing PDB
 * will remain intact, and the reconciliation loop will not be executed. By default,
 * PDB management is enabled.
 *
 *
 * @schema ClickHouseInstallationSpecConfigurationClustersPdbManaged
 */
export declare enum ClickHouseInstallationSpecConfigurationClustersPdbManaged {
    /** 0 */
    VALUE_0 = "0",
    /** 1 */
    VALUE_1 = "1",
    /** False */
    FALSE = "False",
    /** True */
    TRUE = "True",
    /** No */
    NO = "No",
    /** Yes */
    YES = "Yes",
    /** Off */
    OFF = "Off",
    /** On */
    ON = "On",
    /** Disable */
    DISABLE = "Disable",
    /** Enable */
    ENABLE = "Enable",
    /** Disabled */
    DISABLED = "Disabled",
    /** Enabled */
    ENABLED = "Enabled"
}
/**
 * allow tuning reconciling process
 *
 * @schema ClickHouseInstallationSpecConfigurationClustersReconcile
 */
export interface ClickHouseInstallationSpecConfigurationClustersReconcile {
    /**
     * runtime parameters for clickhouse-operator process which are used during reconcile cycle
     *
     * @schema ClickHouseInstallationSpecConfigurationClustersReconcile#runtime
     */
    readonly runtime?: ClickHouseInstallationSpecConfigurationClustersReconcileRuntime;
    /**
     * Whether the operator during reconcile procedure should wait for a ClickHouse host:
     * - to be excluded from a ClickHouse cluster
     * - to complete all running queries
     * - to be included into a ClickHouse cluster
     * respectfully before moving forward
     *
     *
     * @schema ClickHouseInstallationSpecConfigurationClustersReconcile#host
     */
    readonly host?: ClickHouseInstallationSpecConfigurationClustersReconcileHost;
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecConfigurationClustersReconcile' to JSON representation.
 */
export declare function toJson_ClickHouseInstallationSpecConfigurationClustersReconcile(obj: ClickHouseInstallationSpecConfigurationClustersReconcile | undefined): Record<string, any> | undefined;
/**
 * describe current cluster layout, how much shards in cluster, how much replica in shard
 * allows override settings on each shard and replica separatelly
 *
 *
 * @schema ClickHouseInstallationSpecConfigurationClustersLayout
 */
export interface ClickHouseInstallationSpecConfigurationClustersLayout {
    /**
     * how much shards for current ClickHouse cluster will run in Kubernetes,
     * each shard contains shared-nothing part of data and contains set of replicas,
     * cluster contains 1 shard by default"
     *
     *
     * @schema ClickHouseInstallationSpecConfigurationClustersLayout#shardsCount
     */
    readonly shardsCount?: number;
    /**
     * how much replicas in each shards for current cluster will run in Kubernetes,
     * each replica is a separate `StatefulSet` which contains only one `Pod` with `clickhouse-server` instance,
     * every shard contains 1 replica by default"
     *
     *
     * @schema ClickHouseInstallationSpecConfigurationClustersLayout#replicasCount
     */
    readonly replicasCount?: number;
    /**
     * optional, allows override top-level `chi.spec.configuration`, cluster-level
     * `chi.spec.configuration.clusters` settings for each shard separately,
     * use it only if you fully understand what you do"
     *
     *
     * @schema ClickHouseInstallationSpecConfigurationClustersLayout#shards
     */
    readonly shards?: ClickHouseInstallationSpecConfigurationClustersLayoutShards[];
    /**
     * optional, allows override top-level `chi.spec.configuration` and cluster-level `chi.spec.configuration.clusters` configuration for each replica and each shard relates to selected replica, use it only if you fully understand what you do
     *
     * @schema ClickHouseInstallationSpecConfigurationClustersLayout#replicas
     */
    readonly replicas?: ClickHouseInstallationSpecConfigurationClustersLayoutReplicas[];
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecConfigurationClustersLayout' to JSON representation.
 */
export declare function toJson_ClickHouseInstallationSpecConfigurationClustersLayout(obj: ClickHouseInstallationSpecConfigurationClustersLayout | undefined): Record<string, any> | undefined;
/**
 * @schema ClickHouseInstallationSpecTemplatesHostTemplatesPortDistribution
 */
export interface ClickHouseInstallationSpecTemplatesHostTemplatesPortDistribution {
    /**
     * type of distribution, when `Unspecified` (default value) then all listen ports on clickhouse-server configuration in all Pods will have the same value, when `ClusterScopeIndex` then ports will increment to offset from base value depends on shard and replica index inside cluster with combination of `chi.spec.templates.podTemlates.spec.HostNetwork` it allows setup ClickHouse cluster inside Kubernetes and provide access via external network bypass Kubernetes internal network
     *
     * @schema ClickHouseInstallationSpecTemplatesHostTemplatesPortDistribution#type
     */
    readonly type?: ClickHouseInstallationSpecTemplatesHostTemplatesPortDistributionType;
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecTemplatesHostTemplatesPortDistribution' to JSON representation.
 */
export declare function toJson_ClickHouseInstallationSpecTemplatesHostTemplatesPortDistribution(obj: ClickHouseInstallationSpecTemplatesHostTemplatesPortDistribution | undefined): Record<string, any> | undefined;
/**
 * @schema ClickHouseInstallationSpecTemplatesHostTemplatesSpec
 */
export interface ClickHouseInstallationSpecTemplatesHostTemplatesSpec {
    /**
     * by default, hostname will generate, but this allows define custom name for each `clickhouse-server`
     *
     * @schema ClickHouseInstallationSpecTemplatesHostTemplatesSpec#name
     */
    readonly name?: string;
    /**
     * optional, open insecure ports for cluster, defaults to "yes"
     *
     *
     * @schema ClickHouseInstallationSpecTemplatesHostTemplatesSpec#insecure
     */
    readonly insecure?: ClickHouseInstallationSpecTemplatesHostTemplatesSpecInsecure;
    /**
     * optional, open secure ports
     *
     *
     * @schema ClickHouseInstallationSpecTemplatesHostTemplatesSpec#secure
     */
    readonly secure?: ClickHouseInstallationSpecTemplatesHostTemplatesSpecSecure;
    /**
     * optional, setup `tcp_port` inside `clickhouse-server` settings for each Pod where current template will apply
     * if specified, should have equal value with `chi.spec.templates.podTemplates.spec.containers.ports[name=tcp]`
     * More info: https://clickhouse.tech/docs/en/interfaces/tcp/
     *
     *
     * @schema ClickHouseInstallationSpecTemplatesHostTemplatesSpec#tcpPort
     */
    readonly tcpPort?: number;
    /**
     * @schema ClickHouseInstallationSpecTemplatesHostTemplatesSpec#tlsPort
     */
    readonly tlsPort?: number;
    /**
     * optional, setup `http_port` inside `clickhouse-server` settings for each Pod where current template will apply
     * if specified, should have equal value with `chi.spec.templates.podTemplates.spec.containers.ports[name=http]`
     * More info: https://clickhouse.tech/docs/en/interfaces/http/
     *
     *
     * @schema ClickHouseInstallationSpecTemplatesHostTemplatesSpec#httpPort
     */
    readonly httpPort?: number;
    /**
     * @schema ClickHouseInstallationSpecTemplatesHostTemplatesSpec#httpsPort
     */
    readonly httpsPort?: number;
    /**
     * optional, setup `interserver_http_port` inside `clickhouse-server` settings for each Pod where current template will apply
     * if specified, should have equal value with `chi.spec.templates.podTemplates.spec.containers.ports[name=interserver]`
     * More info: https://clickhouse.tech/docs/en/operations/server-configuration-parameters/settings/#interserver-http-port
     *
     *
     * @schema ClickHouseInstallationSpecTemplatesHostTemplatesSpec#interserverHTTPPort
     */
    readonly interserverHttpPort?: number;
    /**
     * optional, allows configure `clickhouse-server` settings inside <yandex>...</yandex> tag in each `Pod` where this template will apply during generate `ConfigMap` which will mount in `/etc/clickhouse-server/conf.d/`
     * More details: https://clickhouse.tech/docs/en/operations/settings/settings/
     *
     *
     * @schema ClickHouseInstallationSpecTemplatesHostTemplatesSpec#settings
     */
    readonly settings?: any;
    /**
     * optional, allows define content of any setting file inside each `Pod` where this template will apply during generate `ConfigMap` which will mount in `/etc/clickhouse-server/config.d/` or `/etc/clickhouse-server/conf.d/` or `/etc/clickhouse-server/users.d/`
     *
     *
     * @schema ClickHouseInstallationSpecTemplatesHostTemplatesSpec#files
     */
    readonly files?: any;
    /**
     * be careful, this part of CRD allows override template inside template, don't use it if you don't understand what you do
     *
     * @schema ClickHouseInstallationSpecTemplatesHostTemplatesSpec#templates
     */
    readonly templates?: ClickHouseInstallationSpecTemplatesHostTemplatesSpecTemplates;
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecTemplatesHostTemplatesSpec' to JSON representation.
 */
export declare function toJson_ClickHouseInstallationSpecTemplatesHostTemplatesSpec(obj: ClickHouseInstallationSpecTemplatesHostTemplatesSpec | undefined): Record<string, any> | undefined;
/**
 * allows define custom zone name and will separate ClickHouse `Pods` between nodes, shortcut for `chi.spec.templates.podTemplates.spec.affinity.podAntiAffinity`
 *
 * @schema ClickHouseInstallationSpecTemplatesPodTemplatesZone
 */
export interface ClickHouseInstallationSpecTemplatesPodTemplatesZone {
    /**
     * optional, if defined, allows select kubernetes nodes by label with `name` equal `key`
     *
     * @schema ClickHouseInstallationSpecTemplatesPodTemplatesZone#key
     */
    readonly key?: string;
    /**
     * optional, if defined, allows select kubernetes nodes by label with `value` in `values`
     *
     * @schema ClickHouseInstallationSpecTemplatesPodTemplatesZone#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecTemplatesPodTemplatesZone' to JSON representation.
 */
export declare function toJson_ClickHouseInstallationSpecTemplatesPodTemplatesZone(obj: ClickHouseInstallationSpecTemplatesPodTemplatesZone | undefined): Record<string, any> | undefined;
/**
 * DEPRECATED, shortcut for `chi.spec.templates.podTemplates.spec.affinity.podAntiAffinity`
 *
 * @schema ClickHouseInstallationSpecTemplatesPodTemplatesDistribution
 */
export declare enum ClickHouseInstallationSpecTemplatesPodTemplatesDistribution {
    /** Unspecified */
    UNSPECIFIED = "Unspecified",
    /** OnePerHost */
    ONE_PER_HOST = "OnePerHost"
}
/**
 * @schema ClickHouseInstallationSpecTemplatesPodTemplatesPodDistribution
 */
export interface ClickHouseInstallationSpecTemplatesPodTemplatesPodDistribution {
    /**
     * you can define multiple affinity policy types
     *
     * @schema ClickHouseInstallationSpecTemplatesPodTemplatesPodDistribution#type
     */
    readonly type?: ClickHouseInstallationSpecTemplatesPodTemplatesPodDistributionType;
    /**
     * scope for apply each podDistribution
     *
     * @schema ClickHouseInstallationSpecTemplatesPodTemplatesPodDistribution#scope
     */
    readonly scope?: ClickHouseInstallationSpecTemplatesPodTemplatesPodDistributionScope;
    /**
     * define, how much ClickHouse Pods could be inside selected scope with selected distribution type
     *
     * @schema ClickHouseInstallationSpecTemplatesPodTemplatesPodDistribution#number
     */
    readonly number?: number;
    /**
     * use for inter-pod affinity look to `pod.spec.affinity.podAntiAffinity.preferredDuringSchedulingIgnoredDuringExecution.podAffinityTerm.topologyKey`,
     * more info: https://kubernetes.io/docs/concepts/scheduling-eviction/assign-pod-node/#inter-pod-affinity-and-anti-affinity"
     *
     *
     * @schema ClickHouseInstallationSpecTemplatesPodTemplatesPodDistribution#topologyKey
     */
    readonly topologyKey?: string;
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecTemplatesPodTemplatesPodDistribution' to JSON representation.
 */
export declare function toJson_ClickHouseInstallationSpecTemplatesPodTemplatesPodDistribution(obj: ClickHouseInstallationSpecTemplatesPodTemplatesPodDistribution | undefined): Record<string, any> | undefined;
/**
 * defines `PVC` provisioner - be it StatefulSet or the Operator
 *
 * @schema ClickHouseInstallationSpecTemplatesVolumeClaimTemplatesProvisioner
 */
export declare enum ClickHouseInstallationSpecTemplatesVolumeClaimTemplatesProvisioner {
    /** StatefulSet */
    STATEFUL_SET = "StatefulSet",
    /** Operator */
    OPERATOR = "Operator"
}
/**
 * defines behavior of `PVC` deletion.
 * `Delete` by default, if `Retain` specified then `PVC` will be kept when deleting StatefulSet
 *
 *
 * @schema ClickHouseInstallationSpecTemplatesVolumeClaimTemplatesReclaimPolicy
 */
export declare enum ClickHouseInstallationSpecTemplatesVolumeClaimTemplatesReclaimPolicy {
    /** Retain */
    RETAIN = "Retain",
    /** Delete */
    DELETE = "Delete"
}
/**
 * Behavior policy for unknown StatefulSet, `Delete` by default
 *
 * @schema ClickHouseInstallationSpecReconcilingCleanupUnknownObjectsStatefulSet
 */
export declare enum ClickHouseInstallationSpecReconcilingCleanupUnknownObjectsStatefulSet {
    /** Retain */
    RETAIN = "Retain",
    /** Delete */
    DELETE = "Delete"
}
/**
 * Behavior policy for unknown PVC, `Delete` by default
 *
 * @schema ClickHouseInstallationSpecReconcilingCleanupUnknownObjectsPvc
 */
export declare enum ClickHouseInstallationSpecReconcilingCleanupUnknownObjectsPvc {
    /** Retain */
    RETAIN = "Retain",
    /** Delete */
    DELETE = "Delete"
}
/**
 * Behavior policy for unknown ConfigMap, `Delete` by default
 *
 * @schema ClickHouseInstallationSpecReconcilingCleanupUnknownObjectsConfigMap
 */
export declare enum ClickHouseInstallationSpecReconcilingCleanupUnknownObjectsConfigMap {
    /** Retain */
    RETAIN = "Retain",
    /** Delete */
    DELETE = "Delete"
}
/**
 * Behavior policy for unknown Service, `Delete` by default
 *
 * @schema ClickHouseInstallationSpecReconcilingCleanupUnknownObjectsService
 */
export declare enum ClickHouseInstallationSpecReconcilingCleanupUnknownObjectsService {
    /** Retain */
    RETAIN = "Retain",
    /** Delete */
    DELETE = "Delete"
}
/**
 * Behavior policy for failed StatefulSet, `Retain` by default
 *
 * @schema ClickHouseInstallationSpecReconcilingCleanupReconcileFailedObjectsStatefulSet
 */
export declare enum ClickHouseInstallationSpecReconcilingCleanupReconcileFailedObjectsStatefulSet {
    /** Retain */
    RETAIN = "Retain",
    /** Delete */
    DELETE = "Delete"
}
/**
 * Behavior policy for failed PVC, `Retain` by default
 *
 * @schema ClickHouseInstallationSpecReconcilingCleanupReconcileFailedObjectsPvc
 */
export declare enum ClickHouseInstallationSpecReconcilingCleanupReconcileFailedObjectsPvc {
    /** Retain */
    RETAIN = "Retain",
    /** Delete */
    DELETE = "Delete"
}
/**
 * Behavior policy for failed ConfigMap, `Retain` by default
 *
 * @schema ClickHouseInstallationSpecReconcilingCleanupReconcileFailedObjectsConfigMap
 */
export declare enum ClickHouseInstallationSpecReconcilingCleanupReconcileFailedObjectsConfigMap {
    /** Retain */
    RETAIN = "Retain",
    /** Delete */
    DELETE = "Delete"
}
/**
 * Behavior policy for failed Service, `Retain` by default
 *
 * @schema ClickHouseInstallationSpecReconcilingCleanupReconcileFailedObjectsService
 */
export declare enum ClickHouseInstallationSpecReconcilingCleanupReconcileFailedObjectsService {
    /** Retain */
    RETAIN = "Retain",
    /** Delete */
    DELETE = "Delete"
}
/**
 * sections behaviour for macros on users
 *
 * @schema ClickHouseInstallationSpecReconcilingMacrosSectionsUsers
 */
export interface ClickHouseInstallationSpecReconcilingMacrosSectionsUsers {
    /**
     * enabled or not
     *
     * @schema ClickHouseInstallationSpecReconcilingMacrosSectionsUsers#enabled
     */
    readonly enabled?: ClickHouseInstallationSpecReconcilingMacrosSectionsUsersEnabled;
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecReconcilingMacrosSectionsUsers' to JSON representation.
 */
export declare function toJson_ClickHouseInstallationSpecReconcilingMacrosSectionsUsers(obj: ClickHouseInstallationSpecReconcilingMacrosSectionsUsers | undefined): Record<string, any> | undefined;
/**
 * sections behaviour for macros on profiles
 *
 * @schema ClickHouseInstallationSpecReconcilingMacrosSectionsProfiles
 */
export interface ClickHouseInstallationSpecReconcilingMacrosSectionsProfiles {
    /**
     * enabled or not
     *
     * @schema ClickHouseInstallationSpecReconcilingMacrosSectionsProfiles#enabled
     */
    readonly enabled?: ClickHouseInstallationSpecReconcilingMacrosSectionsProfilesEnabled;
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecReconcilingMacrosSectionsProfiles' to JSON representation.
 */
export declare function toJson_ClickHouseInstallationSpecReconcilingMacrosSectionsProfiles(obj: ClickHouseInstallationSpecReconcilingMacrosSectionsProfiles | undefined): Record<string, any> | undefined;
/**
 * sections behaviour for macros on quotas
 *
 * @schema ClickHouseInstallationSpecReconcilingMacrosSectionsQuotas
 */
export interface ClickHouseInstallationSpecReconcilingMacrosSectionsQuotas {
    /**
     * enabled or not
     *
     * @schema ClickHouseInstallationSpecReconcilingMacrosSectionsQuotas#enabled
     */
    readonly enabled?: ClickHouseInstallationSpecReconcilingMacrosSectionsQuotasEnabled;
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecReconcilingMacrosSectionsQuotas' to JSON representation.
 */
export declare function toJson_ClickHouseInstallationSpecReconcilingMacrosSectionsQuotas(obj: ClickHouseInstallationSpecReconcilingMacrosSectionsQuotas | undefined): Record<string, any> | undefined;
/**
 * sections behaviour for macros on settings
 *
 * @schema ClickHouseInstallationSpecReconcilingMacrosSectionsSettings
 */
export interface ClickHouseInstallationSpecReconcilingMacrosSectionsSettings {
    /**
     * enabled or not
     *
     * @schema ClickHouseInstallationSpecReconcilingMacrosSectionsSettings#enabled
     */
    readonly enabled?: ClickHouseInstallationSpecReconcilingMacrosSectionsSettingsEnabled;
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecReconcilingMacrosSectionsSettings' to JSON representation.
 */
export declare function toJson_ClickHouseInstallationSpecReconcilingMacrosSectionsSettings(obj: ClickHouseInstallationSpecReconcilingMacrosSectionsSettings | undefined): Record<string, any> | undefined;
/**
 * sections behaviour for macros on files
 *
 * @schema ClickHouseInstallationSpecReconcilingMacrosSectionsFiles
 */
export interface ClickHouseInstallationSpecReconcilingMacrosSectionsFiles {
    /**
     * enabled or not
     *
     * @schema ClickHouseInstallationSpecReconcilingMacrosSectionsFiles#enabled
     */
    readonly enabled?: ClickHouseInstallationSpecReconcilingMacrosSectionsFilesEnabled;
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecReconcilingMacrosSectionsFiles' to JSON representation.
 */
export declare function toJson_ClickHouseInstallationSpecReconcilingMacrosSectionsFiles(obj: ClickHouseInstallationSpecReconcilingMacrosSectionsFiles | undefined): Record<string, any> | undefined;
/**
 * Allows to stop all ClickHouse clusters defined in a CHI.
 * Works as the following:
 * - When `stop` is `1` operator sets `Replicas: 0` in each StatefulSet. Thie leads to having all `Pods` and `Service` deleted. All PVCs are kept intact.
 * - When `stop` is `0` operator sets `Replicas: 1` and `Pod`s and `Service`s will created again and all retained PVCs will be attached to `Pod`s.
 *
 *
 * @schema ClickHouseInstallationSpecReconcilingHostWaitExclude
 */
export declare enum ClickHouseInstallationSpecReconcilingHostWaitExclude {
    /** 0 */
    VALUE_0 = "0",
    /** 1 */
    VALUE_1 = "1",
    /** False */
    FALSE = "False",
    /** True */
    TRUE = "True",
    /** No */
    NO = "No",
    /** Yes */
    YES = "Yes",
    /** Off */
    OFF = "Off",
    /** On */
    ON = "On",
    /** Disable */
    DISABLE = "Disable",
    /** Enable */
    ENABLE = "Enable",
    /** Disabled */
    DISABLED = "Disabled",
    /** Enabled */
    ENABLED = "Enabled"
}
/**
 * Whether the operator during reconcile procedure should wait for a ClickHouse host to complete all running queries
 *
 * @schema ClickHouseInstallationSpecReconcilingHostWaitQueries
 */
export declare enum ClickHouseInstallationSpecReconcilingHostWaitQueries {
    /** 0 */
    VALUE_0 = "0",
    /** 1 */
    VALUE_1 = "1",
    /** False */
    FALSE = "False",
    /** True */
    TRUE = "True",
    /** No */
    NO = "No",
    /** Yes */
    YES = "Yes",
    /** Off */
    OFF = "Off",
    /** On */
    ON = "On",
    /** Disable */
    DISABLE = "Disable",
    /** Enable */
    ENABLE = "Enable",
    /** Disabled */
    DISABLED = "Disabled",
    /** Enabled */
    ENABLED = "Enabled"
}
/**
 * Whether the operator during reconcile procedure should wait for a ClickHouse host to be included into a ClickHouse cluster
 *
 * @schema ClickHouseInstallationSpecReconcilingHostWaitInclude
 */
export declare enum ClickHouseInstallationSpecReconcilingHostWaitInclude {
    /** 0 */
    VALUE_0 = "0",
    /** 1 */
    VALUE_1 = "1",
    /** False */
    FALSE = "False",
    /** True */
    TRUE = "True",
    /** No */
    NO = "No",
    /** Yes */
    YES = "Yes",
    /** Off */
    OFF = "Off",
    /** On */
    ON = "On",
    /** Disable */
    DISABLE = "Disable",
    /** Enable */
    ENABLE = "Enable",
    /** Disabled */
    DISABLED = "Disabled",
    /** Enabled */
    ENABLED = "Enabled"
}
/**
 * Whether the operator during reconcile procedure should wait for replicas to catch-up
 *
 * @schema ClickHouseInstallationSpecReconcilingHostWaitReplicas
 */
export interface ClickHouseInstallationSpecReconcilingHostWaitReplicas {
    /**
     * Whether the operator during reconcile procedure should wait for all replicas to catch-up
     *
     * @schema ClickHouseInstallationSpecReconcilingHostWaitReplicas#all
     */
    readonly all?: ClickHouseInstallationSpecReconcilingHostWaitReplicasAll;
    /**
     * Whether the operator during reconcile procedure should wait for new replicas to catch-up
     *
     * @schema ClickHouseInstallationSpecReconcilingHostWaitReplicas#new
     */
    readonly new?: ClickHouseInstallationSpecReconcilingHostWaitReplicasNew;
    /**
     * replication max absolute delay to consider replica is not delayed
     *
     * @schema ClickHouseInstallationSpecReconcilingHostWaitReplicas#delay
     */
    readonly delay?: number;
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecReconcilingHostWaitReplicas' to JSON representation.
 */
export declare function toJson_ClickHouseInstallationSpecReconcilingHostWaitReplicas(obj: ClickHouseInstallationSpecReconcilingHostWaitReplicas | undefined): Record<string, any> | undefined;
/**
 * What probes the operator should wait during host launch procedure
 *
 * @schema ClickHouseInstallationSpecReconcilingHostWaitProbes
 */
export interface ClickHouseInstallationSpecReconcilingHostWaitProbes {
    /**
     * Whether the operator during host launch procedure should wait for startup probe to succeed.
     * In case probe is unspecified wait is assumed to be completed successfully.
     * Default option value is to do not wait.
     *
     *
     * @schema ClickHouseInstallationSpecReconcilingHostWaitProbes#startup
     */
    readonly startup?: ClickHouseInstallationSpecReconcilingHostWaitProbesStartup;
    /**
     * Whether the operator during host launch procedure should wait for ready probe to succeed.
     * In case probe is unspecified wait is assumed to be completed successfully.
     * Default option value is to wait.
     *
     *
     * @schema ClickHouseInstallationSpecReconcilingHostWaitProbes#readiness
     */
    readonly readiness?: ClickHouseInstallationSpecReconcilingHostWaitProbesReadiness;
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecReconcilingHostWaitProbes' to JSON representation.
 */
export declare function toJson_ClickHouseInstallationSpecReconcilingHostWaitProbes(obj: ClickHouseInstallationSpecReconcilingHostWaitProbes | undefined): Record<string, any> | undefined;
/**
 * Whether the operator during reconcile procedure should drop replicas when replica is deleted or recreated
 *
 *
 * @schema ClickHouseInstallationSpecReconcilingHostDropReplicas
 */
export interface ClickHouseInstallationSpecReconcilingHostDropReplicas {
    /**
     * Whether the operator during reconcile procedure should drop replicas when replica is deleted
     *
     *
     * @schema ClickHouseInstallationSpecReconcilingHostDropReplicas#onDelete
     */
    readonly onDelete?: ClickHouseInstallationSpecReconcilingHostDropReplicasOnDelete;
    /**
     * Whether the operator during reconcile procedure should drop replicas when replica volume is lost
     *
     *
     * @schema ClickHouseInstallationSpecReconcilingHostDropReplicas#onLostVolume
     */
    readonly onLostVolume?: ClickHouseInstallationSpecReconcilingHostDropReplicasOnLostVolume;
    /**
     * Whether the operator during reconcile procedure should drop active replicas when replica is deleted or recreated
     *
     *
     * @schema ClickHouseInstallationSpecReconcilingHostDropReplicas#active
     */
    readonly active?: ClickHouseInstallationSpecReconcilingHostDropReplicasActive;
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecReconcilingHostDropReplicas' to JSON representation.
 */
export declare function toJson_ClickHouseInstallationSpecReconcilingHostDropReplicas(obj: ClickHouseInstallationSpecReconcilingHostDropReplicas | undefined): Record<string, any> | undefined;
/**
 * Behavior policy for unknown StatefulSet, `Delete` by default
 *
 * @schema ClickHouseInstallationSpecReconcileCleanupUnknownObjectsStatefulSet
 */
export declare enum ClickHouseInstallationSpecReconcileCleanupUnknownObjectsStatefulSet {
    /** Retain */
    RETAIN = "Retain",
    /** Delete */
    DELETE = "Delete"
}
/**
 * Behavior policy for unknown PVC, `Delete` by default
 *
 * @schema ClickHouseInstallationSpecReconcileCleanupUnknownObjectsPvc
 */
export declare enum ClickHouseInstallationSpecReconcileCleanupUnknownObjectsPvc {
    /** Retain */
    RETAIN = "Retain",
    /** Delete */
    DELETE = "Delete"
}
/**
 * Behavior policy for unknown ConfigMap, `Delete` by default
 *
 * @schema ClickHouseInstallationSpecReconcileCleanupUnknownObjectsConfigMap
 */
export declare enum ClickHouseInstallationSpecReconcileCleanupUnknownObjectsConfigMap {
    /** Retain */
    RETAIN = "Retain",
    /** Delete */
    DELETE = "Delete"
}
/**
 * Behavior policy for unknown Service, `Delete` by default
 *
 * @schema ClickHouseInstallationSpecReconcileCleanupUnknownObjectsService
 */
export declare enum ClickHouseInstallationSpecReconcileCleanupUnknownObjectsService {
    /** Retain */
    RETAIN = "Retain",
    /** Delete */
    DELETE = "Delete"
}
/**
 * Behavior policy for failed StatefulSet, `Retain` by default
 *
 * @schema ClickHouseInstallationSpecReconcileCleanupReconcileFailedObjectsStatefulSet
 */
export declare enum ClickHouseInstallationSpecReconcileCleanupReconcileFailedObjectsStatefulSet {
    /** Retain */
    RETAIN = "Retain",
    /** Delete */
    DELETE = "Delete"
}
/**
 * Behavior policy for failed PVC, `Retain` by default
 *
 * @schema ClickHouseInstallationSpecReconcileCleanupReconcileFailedObjectsPvc
 */
export declare enum ClickHouseInstallationSpecReconcileCleanupReconcileFailedObjectsPvc {
    /** Retain */
    RETAIN = "Retain",
    /** Delete */
    DELETE = "Delete"
}
/**
 * Behavior policy for failed ConfigMap, `Retain` by default
 *
 * @schema ClickHouseInstallationSpecReconcileCleanupReconcileFailedObjectsConfigMap
 */
export declare enum ClickHouseInstallationSpecReconcileCleanupReconcileFailedObjectsConfigMap {
    /** Retain */
    RETAIN = "Retain",
    /** Delete */
    DELETE = "Delete"
}
/**
 * Behavior policy for failed Service, `Retain` by default
 *
 * @schema ClickHouseInstallationSpecReconcileCleanupReconcileFailedObjectsService
 */
export declare enum ClickHouseInstallationSpecReconcileCleanupReconcileFailedObjectsService {
    /** Retain */
    RETAIN = "Retain",
    /** Delete */
    DELETE = "Delete"
}
/**
 * sections behaviour for macros on users
 *
 * @schema ClickHouseInstallationSpecReconcileMacrosSectionsUsers
 */
export interface ClickHouseInstallationSpecReconcileMacrosSectionsUsers {
    /**
     * enabled or not
     *
     * @schema ClickHouseInstallationSpecReconcileMacrosSectionsUsers#enabled
     */
    readonly enabled?: ClickHouseInstallationSpecReconcileMacrosSectionsUsersEnabled;
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecReconcileMacrosSectionsUsers' to JSON representation.
 */
export declare function toJson_ClickHouseInstallationSpecReconcileMacrosSectionsUsers(obj: ClickHouseInstallationSpecReconcileMacrosSectionsUsers | undefined): Record<string, any> | undefined;
/**
 * sections behaviour for macros on profiles
 *
 * @schema ClickHouseInstallationSpecReconcileMacrosSectionsProfiles
 */
export interface ClickHouseInstallationSpecReconcileMacrosSectionsProfiles {
    /**
     * enabled or not
     *
     * @schema ClickHouseInstallationSpecReconcileMacrosSectionsProfiles#enabled
     */
    readonly enabled?: ClickHouseInstallationSpecReconcileMacrosSectionsProfilesEnabled;
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecReconcileMacrosSectionsProfiles' to JSON representation.
 */
export declare function toJson_ClickHouseInstallationSpecReconcileMacrosSectionsProfiles(obj: ClickHouseInstallationSpecReconcileMacrosSectionsProfiles | undefined): Record<string, any> | undefined;
/**
 * sections behaviour for macros on quotas
 *
 * @schema ClickHouseInstallationSpecReconcileMacrosSectionsQuotas
 */
export interface ClickHouseInstallationSpecReconcileMacrosSectionsQuotas {
    /**
     * enabled or not
     *
     * @schema ClickHouseInstallationSpecReconcileMacrosSectionsQuotas#enabled
     */
    readonly enabled?: ClickHouseInstallationSpecReconcileMacrosSectionsQuotasEnabled;
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecReconcileMacrosSectionsQuotas' to JSON representation.
 */
export declare function toJson_ClickHouseInstallationSpecReconcileMacrosSectionsQuotas(obj: ClickHouseInstallationSpecReconcileMacrosSectionsQuotas | undefined): Record<string, any> | undefined;
/**
 * sections behaviour for macros on settings
 *
 * @schema ClickHouseInstallationSpecReconcileMacrosSectionsSettings
 */
export interface ClickHouseInstallationSpecReconcileMacrosSectionsSettings {
    /**
     * enabled or not
     *
     * @schema ClickHouseInstallationSpecReconcileMacrosSectionsSettings#enabled
     */
    readonly enabled?: ClickHouseInstallationSpecReconcileMacrosSectionsSettingsEnabled;
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecReconcileMacrosSectionsSettings' to JSON representation.
 */
export declare function toJson_ClickHouseInstallationSpecReconcileMacrosSectionsSettings(obj: ClickHouseInstallationSpecReconcileMacrosSectionsSettings | undefined): Record<string, any> | undefined;
/**
 * sections behaviour for macros on files
 *
 * @schema ClickHouseInstallationSpecReconcileMacrosSectionsFiles
 */
export interface ClickHouseInstallationSpecReconcileMacrosSectionsFiles {
    /**
     * enabled or not
     *
     * @schema ClickHouseInstallationSpecReconcileMacrosSectionsFiles#enabled
     */
    readonly enabled?: ClickHouseInstallationSpecReconcileMacrosSectionsFilesEnabled;
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecReconcileMacrosSectionsFiles' to JSON representation.
 */
export declare function toJson_ClickHouseInstallationSpecReconcileMacrosSectionsFiles(obj: ClickHouseInstallationSpecReconcileMacrosSectionsFiles | undefined): Record<string, any> | undefined;
/**
 * Allows to stop all ClickHouse clusters defined in a CHI.
 * Works as the following:
 * - When `stop` is `1` operator sets `Replicas: 0` in each StatefulSet. Thie leads to having all `Pods` and `Service` deleted. All PVCs are kept intact.
 * - When `stop` is `0` operator sets `Replicas: 1` and `Pod`s and `Service`s will created again and all retained PVCs will be attached to `Pod`s.
 *
 *
 * @schema ClickHouseInstallationSpecReconcileHostWaitExclude
 */
export declare enum ClickHouseInstallationSpecReconcileHostWaitExclude {
    /** 0 */
    VALUE_0 = "0",
    /** 1 */
    VALUE_1 = "1",
    /** False */
    FALSE = "False",
    /** True */
    TRUE = "True",
    /** No */
    NO = "No",
    /** Yes */
    YES = "Yes",
    /** Off */
    OFF = "Off",
    /** On */
    ON = "On",
    /** Disable */
    DISABLE = "Disable",
    /** Enable */
    ENABLE = "Enable",
    /** Disabled */
    DISABLED = "Disabled",
    /** Enabled */
    ENABLED = "Enabled"
}
/**
 * Whether the operator during reconcile procedure should wait for a ClickHouse host to complete all running queries
 *
 * @schema ClickHouseInstallationSpecReconcileHostWaitQueries
 */
export declare enum ClickHouseInstallationSpecReconcileHostWaitQueries {
    /** 0 */
    VALUE_0 = "0",
    /** 1 */
    VALUE_1 = "1",
    /** False */
    FALSE = "False",
    /** True */
    TRUE = "True",
    /** No */
    NO = "No",
    /** Yes */
    YES = "Yes",
    /** Off */
    OFF = "Off",
    /** On */
    ON = "On",
    /** Disable */
    DISABLE = "Disable",
    /** Enable */
    ENABLE = "Enable",
    /** Disabled */
    DISABLED = "Disabled",
    /** Enabled */
    ENABLED = "Enabled"
}
/**
 * Whether the operator during reconcile procedure should wait for a ClickHouse host to be included into a ClickHouse cluster
 *
 * @schema ClickHouseInstallationSpecReconcileHostWaitInclude
 */
export declare enum ClickHouseInstallationSpecReconcileHostWaitInclude {
    /** 0 */
    VALUE_0 = "0",
    /** 1 */
    VALUE_1 = "1",
    /** False */
    FALSE = "False",
    /** True */
    TRUE = "True",
    /** No */
    NO = "No",
    /** Yes */
    YES = "Yes",
    /** Off */
    OFF = "Off",
    /** On */
    ON = "On",
    /** Disable */
    DISABLE = "Disable",
    /** Enable */
    ENABLE = "Enable",
    /** Disabled */
    DISABLED = "Disabled",
    /** Enabled */
    ENABLED = "Enabled"
}
/**
 * Whether the operator during reconcile procedure should wait for replicas to catch-up
 *
 * @schema ClickHouseInstallationSpecReconcileHostWaitReplicas
 */
export interface ClickHouseInstallationSpecReconcileHostWaitReplicas {
    /**
     * Whether the operator during reconcile procedure should wait for all replicas to catch-up
     *
     * @schema ClickHouseInstallationSpecReconcileHostWaitReplicas#all
     */
    readonly all?: ClickHouseInstallationSpecReconcileHostWaitReplicasAll;
    /**
     * Whether the operator during reconcile procedure should wait for new replicas to catch-up
     *
     * @schema ClickHouseInstallationSpecReconcileHostWaitReplicas#new
     */
    readonly new?: ClickHouseInstallationSpecReconcileHostWaitReplicasNew;
    /**
     * replication max absolute delay to consider replica is not delayed
     *
     * @schema ClickHouseInstallationSpecReconcileHostWaitReplicas#delay
     */
    readonly delay?: number;
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecReconcileHostWaitReplicas' to JSON representation.
 */
export declare function toJson_ClickHouseInstallationSpecReconcileHostWaitReplicas(obj: ClickHouseInstallationSpecReconcileHostWaitReplicas | undefined): Record<string, any> | undefined;
/**
 * What probes the operator should wait during host launch procedure
 *
 * @schema ClickHouseInstallationSpecReconcileHostWaitProbes
 */
export interface ClickHouseInstallationSpecReconcileHostWaitProbes {
    /**
     * Whether the operator during host launch procedure should wait for startup probe to succeed.
     * In case probe is unspecified wait is assumed to be completed successfully.
     * Default option value is to do not wait.
     *
     *
     * @schema ClickHouseInstallationSpecReconcileHostWaitProbes#startup
     */
    readonly startup?: ClickHouseInstallationSpecReconcileHostWaitProbesStartup;
    /**
     * Whether the operator during host launch procedure should wait for ready probe to succeed.
     * In case probe is unspecified wait is assumed to be completed successfully.
     * Default option value is to wait.
     *
     *
     * @schema ClickHouseInstallationSpecReconcileHostWaitProbes#readiness
     */
    readonly readiness?: ClickHouseInstallationSpecReconcileHostWaitProbesReadiness;
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecReconcileHostWaitProbes' to JSON representation.
 */
export declare function toJson_ClickHouseInstallationSpecReconcileHostWaitProbes(obj: ClickHouseInstallationSpecReconcileHostWaitProbes | undefined): Record<string, any> | undefined;
/**
 * Whether the operator during reconcile procedure should drop replicas when replica is deleted or recreated
 *
 *
 * @schema ClickHouseInstallationSpecReconcileHostDropReplicas
 */
export interface ClickHouseInstallationSpecReconcileHostDropReplicas {
    /**
     * Whether the operator during reconcile procedure should drop replicas when replica is deleted
     *
     *
     * @schema ClickHouseInstallationSpecReconcileHostDropReplicas#onDelete
     */
    readonly onDelete?: ClickHouseInstallationSpecReconcileHostDropReplicasOnDelete;
    /**
     * Whether the operator during reconcile procedure should drop replicas when replica volume is lost
     *
     *
     * @schema ClickHouseInstallationSpecReconcileHostDropReplicas#onLostVolume
     */
    readonly onLostVolume?: ClickHouseInstallationSpecReconcileHostDropReplicasOnLostVolume;
    /**
     * Whether the operator during reconcile procedure should drop active replicas when replica is deleted or recreated
     *
     *
     * @schema ClickHouseInstallationSpecReconcileHostDropReplicas#active
     */
    readonly active?: ClickHouseInstallationSpecReconcileHostDropReplicasActive;
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecReconcileHostDropReplicas' to JSON representation.
 */
export declare function toJson_ClickHouseInstallationSpecReconcileHostDropReplicas(obj: ClickHouseInstallationSpecReconcileHostDropReplicas | undefined): Record<string, any> | undefined;
/**
 * if a secure connection to Zookeeper is required
 *
 * @schema ClickHouseInstallationSpecConfigurationZookeeperNodesSecure
 */
export declare enum ClickHouseInstallationSpecConfigurationZookeeperNodesSecure {
    /** 0 */
    VALUE_0 = "0",
    /** 1 */
    VALUE_1 = "1",
    /** False */
    FALSE = "False",
    /** True */
    TRUE = "True",
    /** No */
    NO = "No",
    /** Yes */
    YES = "Yes",
    /** Off */
    OFF = "Off",
    /** On */
    ON = "On",
    /** Disable */
    DISABLE = "Disable",
    /** Enable */
    ENABLE = "Enable",
    /** Disabled */
    DISABLED = "Disabled",
    /** Enabled */
    ENABLED = "Enabled"
}
/**
 * @schema ClickHouseInstallationSpecConfigurationClustersZookeeperNodes
 */
export interface ClickHouseInstallationSpecConfigurationClustersZookeeperNodes {
    /**
     * dns name or ip address for Zookeeper node
     *
     * @schema ClickHouseInstallationSpecConfigurationClustersZookeeperNodes#host
     */
    readonly host?: string;
    /**
     * TCP port which used to connect to Zookeeper node
     *
     * @schema ClickHouseInstallationSpecConfigurationClustersZookeeperNodes#port
     */
    readonly port?: number;
    /**
     * if a secure connection to Zookeeper is required
     *
     * @schema ClickHouseInstallationSpecConfigurationClustersZookeeperNodes#secure
     */
    readonly secure?: ClickHouseInstallationSpecConfigurationClustersZookeeperNodesSecure;
    /**
     * availability zone for Zookeeper node
     *
     * @schema ClickHouseInstallationSpecConfigurationClustersZookeeperNodes#availabilityZone
     */
    readonly availabilityZone?: string;
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecConfigurationClustersZookeeperNodes' to JSON representation.
 */
export declare function toJson_ClickHouseInstallationSpecConfigurationClustersZookeeperNodes(obj: ClickHouseInstallationSpecConfigurationClustersZookeeperNodes | undefined): Record<string, any> | undefined;
/**
 * Enables compression in Keeper protocol if set to true
 *
 * @schema ClickHouseInstallationSpecConfigurationClustersZookeeperUseCompression
 */
export declare enum ClickHouseInstallationSpecConfigurationClustersZookeeperUseCompression {
    /** 0 */
    VALUE_0 = "0",
    /** 1 */
    VALUE_1 = "1",
    /** False */
    FALSE = "False",
    /** True */
    TRUE = "True",
    /** No */
    NO = "No",
    /** Yes */
    YES = "Yes",
    /** Off */
    OFF = "Off",
    /** On */
    ON = "On",
    /** Disable */
    DISABLE = "Disable",
    /** Enable */
    ENABLE = "Enable",
    /** Disabled */
    DISABLED = "Disabled",
    /** Enabled */
    ENABLED = "Enabled"
}
/**
 * how schema is propagated within a replica
 *
 * @schema ClickHouseInstallationSpecConfigurationClustersSchemaPolicyReplica
 */
export declare enum ClickHouseInstallationSpecConfigurationClustersSchemaPolicyReplica {
    /** None */
    NONE = "None",
    /** All */
    ALL = "All"
}
/**
 * how schema is propagated between shards
 *
 * @schema ClickHouseInstallationSpecConfigurationClustersSchemaPolicyShard
 */
export declare enum ClickHouseInstallationSpecConfigurationClustersSchemaPolicyShard {
    /** None */
    NONE = "None",
    /** All */
    ALL = "All",
    /** DistributedTablesOnly */
    DISTRIBUTED_TABLES_ONLY = "DistributedTablesOnly"
}
/**
 * Auto-generate shared secret value to secure cluster communications
 *
 * @schema ClickHouseInstallationSpecConfigurationClustersSecretAuto
 */
export declare enum ClickHouseInstallationSpecConfigurationClustersSecretAuto {
    /** 0 */
    VALUE_0 = "0",
    /** 1 */
    VALUE_1 = "1",
    /** False */
    FALSE = "False",
    /** True */
    TRUE = "True",
    /** No */
    NO = "No",
    /** Yes */
    YES = "Yes",
    /** Off */
    OFF = "Off",
    /** On */
    ON = "On",
    /** Disable */
    DISABLE = "Disable",
    /** Enable */
    ENABLE = "Enable",
    /** Disabled */
    DISABLED = "Disabled",
    /** Enabled */
    ENABLED = "Enabled"
}
/**
 * Cluster shared secret source
 *
 * @schema ClickHouseInstallationSpecConfigurationClustersSecretValueFrom
 */
export interface ClickHouseInstallationSpecConfigurationClustersSecretValueFrom {
    /**
     * Selects a key of a secret in the clickhouse installation namespace.
     * Should not be used if value is not empty.
     *
     *
     * @schema ClickHouseInstallationSpecConfigurationClustersSecretValueFrom#secretKeyRef
     */
    readonly secretKeyRef?: ClickHouseInstallationSpecConfigurationClustersSecretValueFromSecretKeyRef;
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecConfigurationClustersSecretValueFrom' to JSON representation.
 */
export declare function toJson_ClickHouseInstallationSpecConfigurationClustersSecretValueFrom(obj: ClickHouseInstallationSpecConfigurationClustersSecretValueFrom | undefined): Record<string, any> | undefined;
/**
 * runtime parameters for clickhouse-operator process which are used during reconcile cycle
 *
 * @schema ClickHouseInstallationSpecConfigurationClustersReconcileRuntime
 */
export interface ClickHouseInstallationSpecConfigurationClustersReconcileRuntime {
    /**
     * The maximum number of cluster shards that may be reconciled in parallel, 1 by default
     *
     * @schema ClickHouseInstallationSpecConfigurationClustersReconcileRuntime#reconcileShardsThreadsNumber
     */
    readonly reconcileShardsThreadsNumber?: number;
    /**
     * The maximum percentage of cluster shards that may be reconciled in parallel, 50 percent by default.
     *
     * @schema ClickHouseInstallationSpecConfigurationClustersReconcileRuntime#reconcileShardsMaxConcurrencyPercent
     */
    readonly reconcileShardsMaxConcurrencyPercent?: number;
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecConfigurationClustersReconcileRuntime' to JSON representation.
 */
export declare function toJson_ClickHouseInstallationSpecConfigurationClustersReconcileRuntime(obj: ClickHouseInstallationSpecConfigurationClustersReconcileRuntime | undefined): Record<string, any> | undefined;
/**
 * Whether the operator during reconcile procedure should wait for a ClickHouse host:
 * - to be excluded from a ClickHouse cluster
 * - to complete all running queries
 * - to be included into a ClickHouse cluster
 * respectfully before moving forward
 *
 *
 * @schema ClickHouseInstallationSpecConfigurationClustersReconcileHost
 */
export interface ClickHouseInstallationSpecConfigurationClustersReconcileHost {
    /**
     * @schema ClickHouseInstallationSpecConfigurationClustersReconcileHost#wait
     */
    readonly wait?: ClickHouseInstallationSpecConfigurationClustersReconcileHostWait;
    /**
     * @schema ClickHouseInstallationSpecConfigurationClustersReconcileHost#drop
     */
    readonly drop?: ClickHouseInstallationSpecConfigurationClustersReconcileHostDrop;
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecConfigurationClustersReconcileHost' to JSON representation.
 */
export declare function toJson_ClickHouseInstallationSpecConfigurationClustersReconcileHost(obj: ClickHouseInstallationSpecConfigurationClustersReconcileHost | undefined): Record<string, any> | undefined;
/**
 * @schema ClickHouseInstallationSpecConfigurationClustersLayoutShards
 */
export interface ClickHouseInstallationSpecConfigurationClustersLayoutShards {
    /**
     * optional, by default shard name is generated, but you can override it and setup custom name
     *
     * @schema ClickHouseInstallationSpecConfigurationClustersLayoutShards#name
     */
    readonly name?: string;
    /**
     * DEPRECATED - to be removed soon
     *
     * @schema ClickHouseInstallationSpecConfigurationClustersLayoutShards#definitionType
     */
    readonly definitionType?: string;
    /**
     * optional, 1 by default, allows setup shard <weight> setting which will use during insert into tables with `Distributed` engine,
     * will apply in <remote_servers> inside ConfigMap which will mount in /etc/clickhouse-server/config.d/chop-generated-remote_servers.xml
     * More details: https://clickhouse.tech/docs/en/engines/table-engines/special/distributed/
     *
     *
     * @schema ClickHouseInstallationSpecConfigurationClustersLayoutShards#weight
     */
    readonly weight?: number;
    /**
     * optional, `true` by default when `chi.spec.configuration.clusters[].layout.ReplicaCount` > 1 and 0 otherwise
     * allows setup <internal_replication> setting which will use during insert into tables with `Distributed` engine for insert only in one live replica and other replicas will download inserted data during replication,
     * will apply in <remote_servers> inside ConfigMap which will mount in /etc/clickhouse-server/config.d/chop-generated-remote_servers.xml
     * More details: https://clickhouse.tech/docs/en/engines/table-engines/special/distributed/
     *
     *
     * @schema ClickHouseInstallationSpecConfigurationClustersLayoutShards#internalReplication
     */
    readonly internalReplication?: ClickHouseInstallationSpecConfigurationClustersLayoutShardsInternalReplication;
    /**
     * optional, allows configure `clickhouse-server` settings inside <yandex>...</yandex> tag in each `Pod` only in one shard during generate `ConfigMap` which will mount in `/etc/clickhouse-server/config.d/`
     * override top-level `chi.spec.configuration.settings` and cluster-level `chi.spec.configuration.clusters.settings`
     * More details: https://clickhouse.tech/docs/en/operations/settings/settings/
     *
     *
     * @schema ClickHouseInstallationSpecConfigurationClustersLayoutShards#settings
     */
    readonly settings?: any;
    /**
     * optional, allows define content of any setting file inside each `Pod` only in one shard during generate `ConfigMap` which will mount in `/etc/clickhouse-server/config.d/` or `/etc/clickhouse-server/conf.d/` or `/etc/clickhouse-server/users.d/`
     * override top-level `chi.spec.configuration.files` and cluster-level `chi.spec.configuration.clusters.files`
     *
     *
     * @schema ClickHouseInstallationSpecConfigurationClustersLayoutShards#files
     */
    readonly files?: any;
    /**
     * optional, configuration of the templates names which will use for generate Kubernetes resources according to selected shard
     * override top-level `chi.spec.configuration.templates` and cluster-level `chi.spec.configuration.clusters.templates`
     *
     *
     * @schema ClickHouseInstallationSpecConfigurationClustersLayoutShards#templates
     */
    readonly templates?: ClickHouseInstallationSpecConfigurationClustersLayoutShardsTemplates;
    /**
     * optional, how much replicas in selected shard for selected ClickHouse cluster will run in Kubernetes, each replica is a separate `StatefulSet` which contains only one `Pod` with `clickhouse-server` instance,
     * shard contains 1 replica by default
     * override cluster-level `chi.spec.configuration.clusters.layout.replicasCount`
     *
     *
     * @schema ClickHouseInstallationSpecConfigurationClustersLayoutShards#replicasCount
     */
    readonly replicasCount?: number;
    /**
     * optional, allows override behavior for selected replicas from cluster-level `chi.spec.configuration.clusters` and shard-level `chi.spec.configuration.clusters.layout.shards`
     *
     *
     * @schema ClickHouseInstallationSpecConfigurationClustersLayoutShards#replicas
     */
    readonly replicas?: ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicas[];
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecConfigurationClustersLayoutShards' to JSON representation.
 */
export declare function toJson_ClickHouseInstallationSpecConfigurationClustersLayoutShards(obj: ClickHouseInstallationSpecConfigurationClustersLayoutShards | undefined): Record<string, any> | undefined;
/**
 * @schema ClickHouseInstallationSpecConfigurationClustersLayoutReplicas
 */
export interface ClickHouseInstallationSpecConfigurationClustersLayoutReplicas {
    /**
     * optional, by default replica name is generated, but you can override it and setup custom name
     *
     * @schema ClickHouseInstallationSpecConfigurationClustersLayoutReplicas#name
     */
    readonly name?: string;
    /**
     * optional, allows configure `clickhouse-server` settings inside <yandex>...</yandex> tag in `Pod` only in one replica during generate `ConfigMap` which will mount in `/etc/clickhouse-server/conf.d/`
     * override top-level `chi.spec.configuration.settings`, cluster-level `chi.spec.configuration.clusters.settings` and will ignore if shard-level `chi.spec.configuration.clusters.layout.shards` present
     * More details: https://clickhouse.tech/docs/en/operations/settings/settings/
     *
     *
     * @schema ClickHouseInstallationSpecConfigurationClustersLayoutReplicas#settings
     */
    readonly settings?: any;
    /**
     * optional, allows define content of any setting file inside each `Pod` only in one replica during generate `ConfigMap` which will mount in `/etc/clickhouse-server/config.d/` or `/etc/clickhouse-server/conf.d/` or `/etc/clickhouse-server/users.d/`
     * override top-level `chi.spec.configuration.files` and cluster-level `chi.spec.configuration.clusters.files`, will ignore if `chi.spec.configuration.clusters.layout.shards` presents
     *
     *
     * @schema ClickHouseInstallationSpecConfigurationClustersLayoutReplicas#files
     */
    readonly files?: any;
    /**
     * optional, configuration of the templates names which will use for generate Kubernetes resources according to selected replica
     * override top-level `chi.spec.configuration.templates`, cluster-level `chi.spec.configuration.clusters.templates`
     *
     *
     * @schema ClickHouseInstallationSpecConfigurationClustersLayoutReplicas#templates
     */
    readonly templates?: ClickHouseInstallationSpecConfigurationClustersLayoutReplicasTemplates;
    /**
     * optional, count of shards related to current replica, you can override each shard behavior on low-level `chi.spec.configuration.clusters.layout.replicas.shards`
     *
     * @schema ClickHouseInstallationSpecConfigurationClustersLayoutReplicas#shardsCount
     */
    readonly shardsCount?: number;
    /**
     * optional, list of shards related to current replica, will ignore if `chi.spec.configuration.clusters.layout.shards` presents
     *
     * @schema ClickHouseInstallationSpecConfigurationClustersLayoutReplicas#shards
     */
    readonly shards?: ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShards[];
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecConfigurationClustersLayoutReplicas' to JSON representation.
 */
export declare function toJson_ClickHouseInstallationSpecConfigurationClustersLayoutReplicas(obj: ClickHouseInstallationSpecConfigurationClustersLayoutReplicas | undefined): Record<string, any> | undefined;
/**
 * type of distribution, when `Unspecified` (default value) then all listen ports on clickhouse-server configuration in all Pods will have the same value, when `ClusterScopeIndex` then ports will increment to offset from base value depends on shard and replica index inside cluster with combination of `chi.spec.templates.podTemlates.spec.HostNetwork` it allows setup ClickHouse cluster inside Kubernetes and provide access via external network bypass Kubernetes internal network
 *
 * @schema ClickHouseInstallationSpecTemplatesHostTemplatesPortDistributionType
 */
export declare enum ClickHouseInstallationSpecTemplatesHostTemplatesPortDistributionType {
    /** Unspecified */
    UNSPECIFIED = "Unspecified",
    /** ClusterScopeIndex */
    CLUSTER_SCOPE_INDEX = "ClusterScopeIndex"
}
/**
 * optional, open insecure ports for cluster, defaults to "yes"
 *
 *
 * @schema ClickHouseInstallationSpecTemplatesHostTemplatesSpecInsecure
 */
export declare enum ClickHouseInstallationSpecTemplatesHostTemplatesSpecInsecure {
    /** 0 */
    VALUE_0 = "0",
    /** 1 */
    VALUE_1 = "1",
    /** False */
    FALSE = "False",
    /** True */
    TRUE = "True",
    /** No */
    NO = "No",
    /** Yes */
    YES = "Yes",
    /** Off */
    OFF = "Off",
    /** On */
    ON = "On",
    /** Disable */
    DISABLE = "Disable",
    /** Enable */
    ENABLE = "Enable",
    /** Disabled */
    DISABLED = "Disabled",
    /** Enabled */
    ENABLED = "Enabled"
}
/**
 * optional, open secure ports
 *
 *
 * @schema ClickHouseInstallationSpecTemplatesHostTemplatesSpecSecure
 */
export declare enum ClickHouseInstallationSpecTemplatesHostTemplatesSpecSecure {
    /** 0 */
    VALUE_0 = "0",
    /** 1 */
    VALUE_1 = "1",
    /** False */
    FALSE = "False",
    /** True */
    TRUE = "True",
    /** No */
    NO = "No",
    /** Yes */
    YES = "Yes",
    /** Off */
    OFF = "Off",
    /** On */
    ON = "On",
    /** Disable */
    DISABLE = "Disable",
    /** Enable */
    ENABLE = "Enable",
    /** Disabled */
    DISABLED = "Disabled",
    /** Enabled */
    ENABLED = "Enabled"
}
/**
 * be careful, this part of CRD allows override template inside template, don't use it if you don't understand what you do
 *
 * @schema ClickHouseInstallationSpecTemplatesHostTemplatesSpecTemplates
 */
export interface ClickHouseInstallationSpecTemplatesHostTemplatesSpecTemplates {
    /**
     * optional, template name from chi.spec.templates.hostTemplates, which will apply to configure every `clickhouse-server` instance during render ConfigMap resources which will mount into `Pod`
     *
     * @schema ClickHouseInstallationSpecTemplatesHostTemplatesSpecTemplates#hostTemplate
     */
    readonly hostTemplate?: string;
    /**
     * optional, template name from chi.spec.templates.podTemplates, allows customization each `Pod` resource during render and reconcile each StatefulSet.spec resource described in `chi.spec.configuration.clusters`
     *
     * @schema ClickHouseInstallationSpecTemplatesHostTemplatesSpecTemplates#podTemplate
     */
    readonly podTemplate?: string;
    /**
     * optional, template name from chi.spec.templates.volumeClaimTemplates, allows customization each `PVC` which will mount for clickhouse data directory in each `Pod` during render and reconcile every StatefulSet.spec resource described in `chi.spec.configuration.clusters`
     *
     * @schema ClickHouseInstallationSpecTemplatesHostTemplatesSpecTemplates#dataVolumeClaimTemplate
     */
    readonly dataVolumeClaimTemplate?: string;
    /**
     * optional, template name from chi.spec.templates.volumeClaimTemplates, allows customization each `PVC` which will mount for clickhouse log directory in each `Pod` during render and reconcile every StatefulSet.spec resource described in `chi.spec.configuration.clusters`
     *
     * @schema ClickHouseInstallationSpecTemplatesHostTemplatesSpecTemplates#logVolumeClaimTemplate
     */
    readonly logVolumeClaimTemplate?: string;
    /**
     * optional, template name from chi.spec.templates.serviceTemplates. used for customization of the `Service` resource, created by `clickhouse-operator` to cover all clusters in whole `chi` resource
     *
     * @schema ClickHouseInstallationSpecTemplatesHostTemplatesSpecTemplates#serviceTemplate
     */
    readonly serviceTemplate?: string;
    /**
     * optional, template names from chi.spec.templates.serviceTemplates. used for customization of the `Service` resources, created by `clickhouse-operator` to cover all clusters in whole `chi` resource
     *
     * @schema ClickHouseInstallationSpecTemplatesHostTemplatesSpecTemplates#serviceTemplates
     */
    readonly serviceTemplates?: string[];
    /**
     * optional, template name from chi.spec.templates.serviceTemplates, allows customization for each `Service` resource which will created by `clickhouse-operator` which cover each clickhouse cluster described in `chi.spec.configuration.clusters`
     *
     * @schema ClickHouseInstallationSpecTemplatesHostTemplatesSpecTemplates#clusterServiceTemplate
     */
    readonly clusterServiceTemplate?: string;
    /**
     * optional, template name from chi.spec.templates.serviceTemplates, allows customization for each `Service` resource which will created by `clickhouse-operator` which cover each shard inside clickhouse cluster described in `chi.spec.configuration.clusters`
     *
     * @schema ClickHouseInstallationSpecTemplatesHostTemplatesSpecTemplates#shardServiceTemplate
     */
    readonly shardServiceTemplate?: string;
    /**
     * optional, template name from chi.spec.templates.serviceTemplates, allows customization for each `Service` resource which will created by `clickhouse-operator` which cover each replica inside each shard inside each clickhouse cluster described in `chi.spec.configuration.clusters`
     *
     * @schema ClickHouseInstallationSpecTemplatesHostTemplatesSpecTemplates#replicaServiceTemplate
     */
    readonly replicaServiceTemplate?: string;
    /**
     * optional, alias for dataVolumeClaimTemplate, template name from chi.spec.templates.volumeClaimTemplates, allows customization each `PVC` which will mount for clickhouse data directory in each `Pod` during render and reconcile every StatefulSet.spec resource described in `chi.spec.configuration.clusters`
     *
     * @schema ClickHouseInstallationSpecTemplatesHostTemplatesSpecTemplates#volumeClaimTemplate
     */
    readonly volumeClaimTemplate?: string;
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecTemplatesHostTemplatesSpecTemplates' to JSON representation.
 */
export declare function toJson_ClickHouseInstallationSpecTemplatesHostTemplatesSpecTemplates(obj: ClickHouseInstallationSpecTemplatesHostTemplatesSpecTemplates | undefined): Record<string, any> | undefined;
/**
 * you can define multiple affinity policy types
 *
 * @schema ClickHouseInstallationSpecTemplatesPodTemplatesPodDistributionType
 */
export declare enum ClickHouseInstallationSpecTemplatesPodTemplatesPodDistributionType {
    /** Unspecified */
    UNSPECIFIED = "Unspecified",
    /** ClickHouseAntiAffinity */
    CLICK_HOUSE_ANTI_AFFINITY = "ClickHouseAntiAffinity",
    /** ShardAntiAffinity */
    SHARD_ANTI_AFFINITY = "ShardAntiAffinity",
    /** ReplicaAntiAffinity */
    REPLICA_ANTI_AFFINITY = "ReplicaAntiAffinity",
    /** AnotherNamespaceAntiAffinity */
    ANOTHER_NAMESPACE_ANTI_AFFINITY = "AnotherNamespaceAntiAffinity",
    /** AnotherClickHouseInstallationAntiAffinity */
    ANOTHER_CLICK_HOUSE_INSTALLATION_ANTI_AFFINITY = "AnotherClickHouseInstallationAntiAffinity",
    /** AnotherClusterAntiAffinity */
    ANOTHER_CLUSTER_ANTI_AFFINITY = "AnotherClusterAntiAffinity",
    /** MaxNumberPerNode */
    MAX_NUMBER_PER_NODE = "MaxNumberPerNode",
    /** NamespaceAffinity */
    NAMESPACE_AFFINITY = "NamespaceAffinity",
    /** ClickHouseInstallationAffinity */
    CLICK_HOUSE_INSTALLATION_AFFINITY = "ClickHouseInstallationAffinity",
    /** ClusterAffinity */
    CLUSTER_AFFINITY = "ClusterAffinity",
    /** ShardAffinity */
    SHARD_AFFINITY = "ShardAffinity",
    /** ReplicaAffinity */
    REPLICA_AFFINITY = "ReplicaAffinity",
    /** PreviousTailAffinity */
    PREVIOUS_TAIL_AFFINITY = "PreviousTailAffinity",
    /** CircularReplication */
    CIRCULAR_REPLICATION = "CircularReplication"
}
/**
 * scope for apply each podDistribution
 *
 * @schema ClickHouseInstallationSpecTemplatesPodTemplatesPodDistributionScope
 */
export declare enum ClickHouseInstallationSpecTemplatesPodTemplatesPodDistributionScope {
    /** Unspecified */
    UNSPECIFIED = "Unspecified",
    /** Shard */
    SHARD = "Shard",
    /** Replica */
    REPLICA = "Replica",
    /** Cluster */
    CLUSTER = "Cluster",
    /** ClickHouseInstallation */
    CLICK_HOUSE_INSTALLATION = "ClickHouseInstallation",
    /** Namespace */
    NAMESPACE = "Namespace"
}
/**
 * enabled or not
 *
 * @schema ClickHouseInstallationSpecReconcilingMacrosSectionsUsersEnabled
 */
export declare enum ClickHouseInstallationSpecReconcilingMacrosSectionsUsersEnabled {
    /** 0 */
    VALUE_0 = "0",
    /** 1 */
    VALUE_1 = "1",
    /** False */
    FALSE = "False",
    /** True */
    TRUE = "True",
    /** No */
    NO = "No",
    /** Yes */
    YES = "Yes",
    /** Off */
    OFF = "Off",
    /** On */
    ON = "On",
    /** Disable */
    DISABLE = "Disable",
    /** Enable */
    ENABLE = "Enable",
    /** Disabled */
    DISABLED = "Disabled",
    /** Enabled */
    ENABLED = "Enabled"
}
/**
 * enabled or not
 *
 * @schema ClickHouseInstallationSpecReconcilingMacrosSectionsProfilesEnabled
 */
export declare enum ClickHouseInstallationSpecReconcilingMacrosSectionsProfilesEnabled {
    /** 0 */
    VALUE_0 = "0",
    /** 1 */
    VALUE_1 = "1",
    /** False */
    FALSE = "False",
    /** True */
    TRUE = "True",
    /** No */
    NO = "No",
    /** Yes */
    YES = "Yes",
    /** Off */
    OFF = "Off",
    /** On */
    ON = "On",
    /** Disable */
    DISABLE = "Disable",
    /** Enable */
    ENABLE = "Enable",
    /** Disabled */
    DISABLED = "Disabled",
    /** Enabled */
    ENABLED = "Enabled"
}
/**
 * enabled or not
 *
 * @schema ClickHouseInstallationSpecReconcilingMacrosSectionsQuotasEnabled
 */
export declare enum ClickHouseInstallationSpecReconcilingMacrosSectionsQuotasEnabled {
    /** 0 */
    VALUE_0 = "0",
    /** 1 */
    VALUE_1 = "1",
    /** False */
    FALSE = "False",
    /** True */
    TRUE = "True",
    /** No */
    NO = "No",
    /** Yes */
    YES = "Yes",
    /** Off */
    OFF = "Off",
    /** On */
    ON = "On",
    /** Disable */
    DISABLE = "Disable",
    /** Enable */
    ENABLE = "Enable",
    /** Disabled */
    DISABLED = "Disabled",
    /** Enabled */
    ENABLED = "Enabled"
}
/**
 * enabled or not
 *
 * @schema ClickHouseInstallationSpecReconcilingMacrosSectionsSettingsEnabled
 */
export declare enum ClickHouseInstallationSpecReconcilingMacrosSectionsSettingsEnabled {
    /** 0 */
    VALUE_0 = "0",
    /** 1 */
    VALUE_1 = "1",
    /** False */
    FALSE = "False",
    /** True */
    TRUE = "True",
    /** No */
    NO = "No",
    /** Yes */
    YES = "Yes",
    /** Off */
    OFF = "Off",
    /** On */
    ON = "On",
    /** Disable */
    DISABLE = "Disable",
    /** Enable */
    ENABLE = "Enable",
    /** Disabled */
    DISABLED = "Disabled",
    /** Enabled */
    ENABLED = "Enabled"
}
/**
 * enabled or not
 *
 * @schema ClickHouseInstallationSpecReconcilingMacrosSectionsFilesEnabled
 */
export declare enum ClickHouseInstallationSpecReconcilingMacrosSectionsFilesEnabled {
    /** 0 */
    VALUE_0 = "0",
    /** 1 */
    VALUE_1 = "1",
    /** False */
    FALSE = "False",
    /** True */
    TRUE = "True",
    /** No */
    NO = "No",
    /** Yes */
    YES = "Yes",
    /** Off */
    OFF = "Off",
    /** On */
    ON = "On",
    /** Disable */
    DISABLE = "Disable",
    /** Enable */
    ENABLE = "Enable",
    /** Disabled */
    DISABLED = "Disabled",
    /** Enabled */
    ENABLED = "Enabled"
}
/**
 * Whether the operator during reconcile procedure should wait for all replicas to catch-up
 *
 * @schema ClickHouseInstallationSpecReconcilingHostWaitReplicasAll
 */
export declare enum ClickHouseInstallationSpecReconcilingHostWaitReplicasAll {
    /** 0 */
    VALUE_0 = "0",
    /** 1 */
    VALUE_1 = "1",
    /** False */
    FALSE = "False",
    /** True */
    TRUE = "True",
    /** No */
    NO = "No",
    /** Yes */
    YES = "Yes",
    /** Off */
    OFF = "Off",
    /** On */
    ON = "On",
    /** Disable */
    DISABLE = "Disable",
    /** Enable */
    ENABLE = "Enable",
    /** Disabled */
    DISABLED = "Disabled",
    /** Enabled */
    ENABLED = "Enabled"
}
/**
 * Whether the operator during reconcile procedure should wait for new replicas to catch-up
 *
 * @schema ClickHouseInstallationSpecReconcilingHostWaitReplicasNew
 */
export declare enum ClickHouseInstallationSpecReconcilingHostWaitReplicasNew {
    /** 0 */
    VALUE_0 = "0",
    /** 1 */
    VALUE_1 = "1",
    /** False */
    FALSE = "False",
    /** True */
    TRUE = "True",
    /** No */
    NO = "No",
    /** Yes */
    YES = "Yes",
    /** Off */
    OFF = "Off",
    /** On */
    ON = "On",
    /** Disable */
    DISABLE = "Disable",
    /** Enable */
    ENABLE = "Enable",
    /** Disabled */
    DISABLED = "Disabled",
    /** Enabled */
    ENABLED = "Enabled"
}
/**
 * Whether the operator during host launch procedure should wait for startup probe to succeed.
 * In case probe is unspecified wait is assumed to be completed successfully.
 * Default option value is to do not wait.
 *
 *
 * @schema ClickHouseInstallationSpecReconcilingHostWaitProbesStartup
 */
export declare enum ClickHouseInstallationSpecReconcilingHostWaitProbesStartup {
    /** 0 */
    VALUE_0 = "0",
    /** 1 */
    VALUE_1 = "1",
    /** False */
    FALSE = "False",
    /** True */
    TRUE = "True",
    /** No */
    NO = "No",
    /** Yes */
    YES = "Yes",
    /** Off */
    OFF = "Off",
    /** On */
    ON = "On",
    /** Disable */
    DISABLE = "Disable",
    /** Enable */
    ENABLE = "Enable",
    /** Disabled */
    DISABLED = "Disabled",
    /** Enabled */
    ENABLED = "Enabled"
}
/**
 * Whether the operator during host launch procedure should wait for ready probe to succeed.
 * In case probe is unspecified wait is assumed to be completed successfully.
 * Default option value is to wait.
 *
 *
 * @schema ClickHouseInstallationSpecReconcilingHostWaitProbesReadiness
 */
export declare enum ClickHouseInstallationSpecReconcilingHostWaitProbesReadiness {
    /** 0 */
    VALUE_0 = "0",
    /** 1 */
    VALUE_1 = "1",
    /** False */
    FALSE = "False",
    /** True */
    TRUE = "True",
    /** No */
    NO = "No",
    /** Yes */
    YES = "Yes",
    /** Off */
    OFF = "Off",
    /** On */
    ON = "On",
    /** Disable */
    DISABLE = "Disable",
    /** Enable */
    ENABLE = "Enable",
    /** Disabled */
    DISABLED = "Disabled",
    /** Enabled */
    ENABLED = "Enabled"
}
/**
 * Whether the operator during reconcile procedure should drop replicas when replica is deleted
 *
 *
 * @schema ClickHouseInstallationSpecReconcilingHostDropReplicasOnDelete
 */
export declare enum ClickHouseInstallationSpecReconcilingHostDropReplicasOnDelete {
    /** 0 */
    VALUE_0 = "0",
    /** 1 */
    VALUE_1 = "1",
    /** False */
    FALSE = "False",
    /** True */
    TRUE = "True",
    /** No */
    NO = "No",
    /** Yes */
    YES = "Yes",
    /** Off */
    OFF = "Off",
    /** On */
    ON = "On",
    /** Disable */
    DISABLE = "Disable",
    /** Enable */
    ENABLE = "Enable",
    /** Disabled */
    DISABLED = "Disabled",
    /** Enabled */
    ENABLED = "Enabled"
}
/**
 * Whether the operator during reconcile procedure should drop replicas when replica volume is lost
 *
 *
 * @schema ClickHouseInstallationSpecReconcilingHostDropReplicasOnLostVolume
 */
export declare enum ClickHouseInstallationSpecReconcilingHostDropReplicasOnLostVolume {
    /** 0 */
    VALUE_0 = "0",
    /** 1 */
    VALUE_1 = "1",
    /** False */
    FALSE = "False",
    /** True */
    TRUE = "True",
    /** No */
    NO = "No",
    /** Yes */
    YES = "Yes",
    /** Off */
    OFF = "Off",
    /** On */
    ON = "On",
    /** Disable */
    DISABLE = "Disable",
    /** Enable */
    ENABLE = "Enable",
    /** Disabled */
    DISABLED = "Disabled",
    /** Enabled */
    ENABLED = "Enabled"
}
/**
 * Whether the operator during reconcile procedure should drop active replicas when replica is deleted or recreated
 *
 *
 * @schema ClickHouseInstallationSpecReconcilingHostDropReplicasActive
 */
export declare enum ClickHouseInstallationSpecReconcilingHostDropReplicasActive {
    /** 0 */
    VALUE_0 = "0",
    /** 1 */
    VALUE_1 = "1",
    /** False */
    FALSE = "False",
    /** True */
    TRUE = "True",
    /** No */
    NO = "No",
    /** Yes */
    YES = "Yes",
    /** Off */
    OFF = "Off",
    /** On */
    ON = "On",
    /** Disable */
    DISABLE = "Disable",
    /** Enable */
    ENABLE = "Enable",
    /** Disabled */
    DISABLED = "Disabled",
    /** Enabled */
    ENABLED = "Enabled"
}
/**
 * enabled or not
 *
 * @schema ClickHouseInstallationSpecReconcileMacrosSectionsUsersEnabled
 */
export declare enum ClickHouseInstallationSpecReconcileMacrosSectionsUsersEnabled {
    /** 0 */
    VALUE_0 = "0",
    /** 1 */
    VALUE_1 = "1",
    /** False */
    FALSE = "False",
    /** True */
    TRUE = "True",
    /** No */
    NO = "No",
    /** Yes */
    YES = "Yes",
    /** Off */
    OFF = "Off",
    /** On */
    ON = "On",
    /** Disable */
    DISABLE = "Disable",
    /** Enable */
    ENABLE = "Enable",
    /** Disabled */
    DISABLED = "Disabled",
    /** Enabled */
    ENABLED = "Enabled"
}
/**
 * enabled or not
 *
 * @schema ClickHouseInstallationSpecReconcileMacrosSectionsProfilesEnabled
 */
export declare enum ClickHouseInstallationSpecReconcileMacrosSectionsProfilesEnabled {
    /** 0 */
    VALUE_0 = "0",
    /** 1 */
    VALUE_1 = "1",
    /** False */
    FALSE = "False",
    /** True */
    TRUE = "True",
    /** No */
    NO = "No",
    /** Yes */
    YES = "Yes",
    /** Off */
    OFF = "Off",
    /** On */
    ON = "On",
    /** Disable */
    DISABLE = "Disable",
    /** Enable */
    ENABLE = "Enable",
    /** Disabled */
    DISABLED = "Disabled",
    /** Enabled */
    ENABLED = "Enabled"
}
/**
 * enabled or not
 *
 * @schema ClickHouseInstallationSpecReconcileMacrosSectionsQuotasEnabled
 */
export declare enum ClickHouseInstallationSpecReconcileMacrosSectionsQuotasEnabled {
    /** 0 */
    VALUE_0 = "0",
    /** 1 */
    VALUE_1 = "1",
    /** False */
    FALSE = "False",
    /** True */
    TRUE = "True",
    /** No */
    NO = "No",
    /** Yes */
    YES = "Yes",
    /** Off */
    OFF = "Off",
    /** On */
    ON = "On",
    /** Disable */
    DISABLE = "Disable",
    /** Enable */
    ENABLE = "Enable",
    /** Disabled */
    DISABLED = "Disabled",
    /** Enabled */
    ENABLED = "Enabled"
}
/**
 * enabled or not
 *
 * @schema ClickHouseInstallationSpecReconcileMacrosSectionsSettingsEnabled
 */
export declare enum ClickHouseInstallationSpecReconcileMacrosSectionsSettingsEnabled {
    /** 0 */
    VALUE_0 = "0",
    /** 1 */
    VALUE_1 = "1",
    /** False */
    FALSE = "False",
    /** True */
    TRUE = "True",
    /** No */
    NO = "No",
    /** Yes */
    YES = "Yes",
    /** Off */
    OFF = "Off",
    /** On */
    ON = "On",
    /** Disable */
    DISABLE = "Disable",
    /** Enable */
    ENABLE = "Enable",
    /** Disabled */
    DISABLED = "Disabled",
    /** Enabled */
    ENABLED = "Enabled"
}
/**
 * enabled or not
 *
 * @schema ClickHouseInstallationSpecReconcileMacrosSectionsFilesEnabled
 */
export declare enum ClickHouseInstallationSpecReconcileMacrosSectionsFilesEnabled {
    /** 0 */
    VALUE_0 = "0",
    /** 1 */
    VALUE_1 = "1",
    /** False */
    FALSE = "False",
    /** True */
    TRUE = "True",
    /** No */
    NO = "No",
    /** Yes */
    YES = "Yes",
    /** Off */
    OFF = "Off",
    /** On */
    ON = "On",
    /** Disable */
    DISABLE = "Disable",
    /** Enable */
    ENABLE = "Enable",
    /** Disabled */
    DISABLED = "Disabled",
    /** Enabled */
    ENABLED = "Enabled"
}
/**
 * Whether the operator during reconcile procedure should wait for all replicas to catch-up
 *
 * @schema ClickHouseInstallationSpecReconcileHostWaitReplicasAll
 */
export declare enum ClickHouseInstallationSpecReconcileHostWaitReplicasAll {
    /** 0 */
    VALUE_0 = "0",
    /** 1 */
    VALUE_1 = "1",
    /** False */
    FALSE = "False",
    /** True */
    TRUE = "True",
    /** No */
    NO = "No",
    /** Yes */
    YES = "Yes",
    /** Off */
    OFF = "Off",
    /** On */
    ON = "On",
    /** Disable */
    DISABLE = "Disable",
    /** Enable */
    ENABLE = "Enable",
    /** Disabled */
    DISABLED = "Disabled",
    /** Enabled */
    ENABLED = "Enabled"
}
/**
 * Whether the operator during reconcile procedure should wait for new replicas to catch-up
 *
 * @schema ClickHouseInstallationSpecReconcileHostWaitReplicasNew
 */
export declare enum ClickHouseInstallationSpecReconcileHostWaitReplicasNew {
    /** 0 */
    VALUE_0 = "0",
    /** 1 */
    VALUE_1 = "1",
    /** False */
    FALSE = "False",
    /** True */
    TRUE = "True",
    /** No */
    NO = "No",
    /** Yes */
    YES = "Yes",
    /** Off */
    OFF = "Off",
    /** On */
    ON = "On",
    /** Disable */
    DISABLE = "Disable",
    /** Enable */
    ENABLE = "Enable",
    /** Disabled */
    DISABLED = "Disabled",
    /** Enabled */
    ENABLED = "Enabled"
}
/**
 * Whether the operator during host launch procedure should wait for startup probe to succeed.
 * In case probe is unspecified wait is assumed to be completed successfully.
 * Default option value is to do not wait.
 *
 *
 * @schema ClickHouseInstallationSpecReconcileHostWaitProbesStartup
 */
export declare enum ClickHouseInstallationSpecReconcileHostWaitProbesStartup {
    /** 0 */
    VALUE_0 = "0",
    /** 1 */
    VALUE_1 = "1",
    /** False */
    FALSE = "False",
    /** True */
    TRUE = "True",
    /** No */
    NO = "No",
    /** Yes */
    YES = "Yes",
    /** Off */
    OFF = "Off",
    /** On */
    ON = "On",
    /** Disable */
    DISABLE = "Disable",
    /** Enable */
    ENABLE = "Enable",
    /** Disabled */
    DISABLED = "Disabled",
    /** Enabled */
    ENABLED = "Enabled"
}
/**
 * Whether the operator during host launch procedure should wait for ready probe to succeed.
 * In case probe is unspecified wait is assumed to be completed successfully.
 * Default option value is to wait.
 *
 *
 * @schema ClickHouseInstallationSpecReconcileHostWaitProbesReadiness
 */
export declare enum ClickHouseInstallationSpecReconcileHostWaitProbesReadiness {
    /** 0 */
    VALUE_0 = "0",
    /** 1 */
    VALUE_1 = "1",
    /** False */
    FALSE = "False",
    /** True */
    TRUE = "True",
    /** No */
    NO = "No",
    /** Yes */
    YES = "Yes",
    /** Off */
    OFF = "Off",
    /** On */
    ON = "On",
    /** Disable */
    DISABLE = "Disable",
    /** Enable */
    ENABLE = "Enable",
    /** Disabled */
    DISABLED = "Disabled",
    /** Enabled */
    ENABLED = "Enabled"
}
/**
 * Whether the operator during reconcile procedure should drop replicas when replica is deleted
 *
 *
 * @schema ClickHouseInstallationSpecReconcileHostDropReplicasOnDelete
 */
export declare enum ClickHouseInstallationSpecReconcileHostDropReplicasOnDelete {
    /** 0 */
    VALUE_0 = "0",
    /** 1 */
    VALUE_1 = "1",
    /** False */
    FALSE = "False",
    /** True */
    TRUE = "True",
    /** No */
    NO = "No",
    /** Yes */
    YES = "Yes",
    /** Off */
    OFF = "Off",
    /** On */
    ON = "On",
    /** Disable */
    DISABLE = "Disable",
    /** Enable */
    ENABLE = "Enable",
    /** Disabled */
    DISABLED = "Disabled",
    /** Enabled */
    ENABLED = "Enabled"
}
/**
 * Whether the operator during reconcile procedure should drop replicas when replica volume is lost
 *
 *
 * @schema ClickHouseInstallationSpecReconcileHostDropReplicasOnLostVolume
 */
export declare enum ClickHouseInstallationSpecReconcileHostDropReplicasOnLostVolume {
    /** 0 */
    VALUE_0 = "0",
    /** 1 */
    VALUE_1 = "1",
    /** False */
    FALSE = "False",
    /** True */
    TRUE = "True",
    /** No */
    NO = "No",
    /** Yes */
    YES = "Yes",
    /** Off */
    OFF = "Off",
    /** On */
    ON = "On",
    /** Disable */
    DISABLE = "Disable",
    /** Enable */
    ENABLE = "Enable",
    /** Disabled */
    DISABLED = "Disabled",
    /** Enabled */
    ENABLED = "Enabled"
}
/**
 * Whether the operator during reconcile procedure should drop active replicas when replica is deleted or recreated
 *
 *
 * @schema ClickHouseInstallationSpecReconcileHostDropReplicasActive
 */
export declare enum ClickHouseInstallationSpecReconcileHostDropReplicasActive {
    /** 0 */
    VALUE_0 = "0",
    /** 1 */
    VALUE_1 = "1",
    /** False */
    FALSE = "False",
    /** True */
    TRUE = "True",
    /** No */
    NO = "No",
    /** Yes */
    YES = "Yes",
    /** Off */
    OFF = "Off",
    /** On */
    ON = "On",
    /** Disable */
    DISABLE = "Disable",
    /** Enable */
    ENABLE = "Enable",
    /** Disabled */
    DISABLED = "Disabled",
    /** Enabled */
    ENABLED = "Enabled"
}
/**
 * if a secure connection to Zookeeper is required
 *
 * @schema ClickHouseInstallationSpecConfigurationClustersZookeeperNodesSecure
 */
export declare enum ClickHouseInstallationSpecConfigurationClustersZookeeperNodesSecure {
    /** 0 */
    VALUE_0 = "0",
    /** 1 */
    VALUE_1 = "1",
    /** False */
    FALSE = "False",
    /** True */
    TRUE = "True",
    /** No */
    NO = "No",
    /** Yes */
    YES = "Yes",
    /** Off */
    OFF = "Off",
    /** On */
    ON = "On",
    /** Disable */
    DISABLE = "Disable",
    /** Enable */
    ENABLE = "Enable",
    /** Disabled */
    DISABLED = "Disabled",
    /** Enabled */
    ENABLED = "Enabled"
}
/**
 * Selects a key of a secret in the clickhouse installation namespace.
 * Should not be used if value is not empty.
 *
 *
 * @schema ClickHouseInstallationSpecConfigurationClustersSecretValueFromSecretKeyRef
 */
export interface ClickHouseInstallationSpecConfigurationClustersSecretValueFromSecretKeyRef {
    /**
     * Name of the referent. More info:
     * https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     *
     * @schema ClickHouseInstallationSpecConfigurationClustersSecretValueFromSecretKeyRef#name
     */
    readonly name: string;
    /**
     * The key of the secret to select from. Must be a valid secret key.
     *
     * @schema ClickHouseInstallationSpecConfigurationClustersSecretValueFromSecretKeyRef#key
     */
    readonly key: string;
    /**
     * Specify whether the Secret or its key must be defined
     *
     * @schema ClickHouseInstallationSpecConfigurationClustersSecretValueFromSecretKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecConfigurationClustersSecretValueFromSecretKeyRef' to JSON representation.
 */
export declare function toJson_ClickHouseInstallationSpecConfigurationClustersSecretValueFromSecretKeyRef(obj: ClickHouseInstallationSpecConfigurationClustersSecretValueFromSecretKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema ClickHouseInstallationSpecConfigurationClustersReconcileHostWait
 */
export interface ClickHouseInstallationSpecConfigurationClustersReconcileHostWait {
    /**
     * Allows to stop all ClickHouse clusters defined in a CHI.
     * Works as the following:
     * - When `stop` is `1` operator sets `Replicas: 0` in each StatefulSet. Thie leads to having all `Pods` and `Service` deleted. All PVCs are kept intact.
     * - When `stop` is `0` operator sets `Replicas: 1` and `Pod`s and `Service`s will created again and all retained PVCs will be attached to `Pod`s.
     *
     *
     * @schema ClickHouseInstallationSpecConfigurationClustersReconcileHostWait#exclude
     */
    readonly exclude?: ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitExclude;
    /**
     * Whether the operator during reconcile procedure should wait for a ClickHouse host to complete all running queries
     *
     * @schema ClickHouseInstallationSpecConfigurationClustersReconcileHostWait#queries
     */
    readonly queries?: ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitQueries;
    /**
     * Whether the operator during reconcile procedure should wait for a ClickHouse host to be included into a ClickHouse cluster
     *
     * @schema ClickHouseInstallationSpecConfigurationClustersReconcileHostWait#include
     */
    readonly include?: ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitInclude;
    /**
     * Whether the operator during reconcile procedure should wait for replicas to catch-up
     *
     * @schema ClickHouseInstallationSpecConfigurationClustersReconcileHostWait#replicas
     */
    readonly replicas?: ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitReplicas;
    /**
     * What probes the operator should wait during host launch procedure
     *
     * @schema ClickHouseInstallationSpecConfigurationClustersReconcileHostWait#probes
     */
    readonly probes?: ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitProbes;
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecConfigurationClustersReconcileHostWait' to JSON representation.
 */
export declare function toJson_ClickHouseInstallationSpecConfigurationClustersReconcileHostWait(obj: ClickHouseInstallationSpecConfigurationClustersReconcileHostWait | undefined): Record<string, any> | undefined;
/**
 * @schema ClickHouseInstallationSpecConfigurationClustersReconcileHostDrop
 */
export interface ClickHouseInstallationSpecConfigurationClustersReconcileHostDrop {
    /**
     * Whether the operator during reconcile procedure should drop replicas when replica is deleted or recreated
     *
     *
     * @schema ClickHouseInstallationSpecConfigurationClustersReconcileHostDrop#replicas
     */
    readonly replicas?: ClickHouseInstallationSpecConfigurationClustersReconcileHostDropReplicas;
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecConfigurationClustersReconcileHostDrop' to JSON representation.
 */
export declare function toJson_ClickHouseInstallationSpecConfigurationClustersReconcileHostDrop(obj: ClickHouseInstallationSpecConfigurationClustersReconcileHostDrop | undefined): Record<string, any> | undefined;
/**
 * optional, `true` by default when `chi.spec.configuration.clusters[].layout.ReplicaCount` > 1 and 0 otherwise
 * allows setup <internal_replication> setting which will use during insert into tables with `Distributed` engine for insert only in one live replica and other replicas will download inserted data during replication,
 * will apply in <remote_servers> inside ConfigMap which will mount in /etc/clickhouse-server/config.d/chop-generated-remote_servers.xml
 * More details: https://clickhouse.tech/docs/en/engines/table-engines/special/distributed/
 *
 *
 * @schema ClickHouseInstallationSpecConfigurationClustersLayoutShardsInternalReplication
 */
export declare enum ClickHouseInstallationSpecConfigurationClustersLayoutShardsInternalReplication {
    /** 0 */
    VALUE_0 = "0",
    /** 1 */
    VALUE_1 = "1",
    /** False */
    FALSE = "False",
    /** True */
    TRUE = "True",
    /** No */
    NO = "No",
    /** Yes */
    YES = "Yes",
    /** Off */
    OFF = "Off",
    /** On */
    ON = "On",
    /** Disable */
    DISABLE = "Disable",
    /** Enable */
    ENABLE = "Enable",
    /** Disabled */
    DISABLED = "Disabled",
    /** Enabled */
    ENABLED = "Enabled"
}
/**
 * optional, configuration of the templates names which will use for generate Kubernetes resources according to selected shard
 * override top-level `chi.spec.configuration.templates` and cluster-level `chi.spec.configuration.clusters.templates`
 *
 *
 * @schema ClickHouseInstallationSpecConfigurationClustersLayoutShardsTemplates
 */
export interface ClickHouseInstallationSpecConfigurationClustersLayoutShardsTemplates {
    /**
     * optional, template name from chi.spec.templates.hostTemplates, which will apply to configure every `clickhouse-server` instance during render ConfigMap resources which will mount into `Pod`
     *
     * @schema ClickHouseInstallationSpecConfigurationClustersLayoutShardsTemplates#hostTemplate
     */
    readonly hostTemplate?: string;
    /**
     * optional, template name from chi.spec.templates.podTemplates, allows customization each `Pod` resource during render and reconcile each StatefulSet.spec resource described in `chi.spec.configuration.clusters`
     *
     * @schema ClickHouseInstallationSpecConfigurationClustersLayoutShardsTemplates#podTemplate
     */
    readonly podTemplate?: string;
    /**
     * optional, template name from chi.spec.templates.volumeClaimTemplates, allows customization each `PVC` which will mount for clickhouse data directory in each `Pod` during render and reconcile every StatefulSet.spec resource described in `chi.spec.configuration.clusters`
     *
     * @schema ClickHouseInstallationSpecConfigurationClustersLayoutShardsTemplates#dataVolumeClaimTemplate
     */
    readonly dataVolumeClaimTemplate?: string;
    /**
     * optional, template name from chi.spec.templates.volumeClaimTemplates, allows customization each `PVC` which will mount for clickhouse log directory in each `Pod` during render and reconcile every StatefulSet.spec resource described in `chi.spec.configuration.clusters`
     *
     * @schema ClickHouseInstallationSpecConfigurationClustersLayoutShardsTemplates#logVolumeClaimTemplate
     */
    readonly logVolumeClaimTemplate?: string;
    /**
     * optional, template name from chi.spec.templates.serviceTemplates. used for customization of the `Service` resource, created by `clickhouse-operator` to cover all clusters in whole `chi` resource
     *
     * @schema ClickHouseInstallationSpecConfigurationClustersLayoutShardsTemplates#serviceTemplate
     */
    readonly serviceTemplate?: string;
    /**
     * optional, template names from chi.spec.templates.serviceTemplates. used for customization of the `Service` resources, created by `clickhouse-operator` to cover all clusters in whole `chi` resource
     *
     * @schema ClickHouseInstallationSpecConfigurationClustersLayoutShardsTemplates#serviceTemplates
     */
    readonly serviceTemplates?: string[];
    /**
     * optional, template name from chi.spec.templates.serviceTemplates, allows customization for each `Service` resource which will created by `clickhouse-operator` which cover each clickhouse cluster described in `chi.spec.configuration.clusters`
     *
     * @schema ClickHouseInstallationSpecConfigurationClustersLayoutShardsTemplates#clusterServiceTemplate
     */
    readonly clusterServiceTemplate?: string;
    /**
     * optional, template name from chi.spec.templates.serviceTemplates, allows customization for each `Service` resource which will created by `clickhouse-operator` which cover each shard inside clickhouse cluster described in `chi.spec.configuration.clusters`
     *
     * @schema ClickHouseInstallationSpecConfigurationClustersLayoutShardsTemplates#shardServiceTemplate
     */
    readonly shardServiceTemplate?: string;
    /**
     * optional, template name from chi.spec.templates.serviceTemplates, allows customization for each `Service` resource which will created by `clickhouse-operator` which cover each replica inside each shard inside each clickhouse cluster described in `chi.spec.configuration.clusters`
     *
     * @schema ClickHouseInstallationSpecConfigurationClustersLayoutShardsTemplates#replicaServiceTemplate
     */
    readonly replicaServiceTemplate?: string;
    /**
     * optional, alias for dataVolumeClaimTemplate, template name from chi.spec.templates.volumeClaimTemplates, allows customization each `PVC` which will mount for clickhouse data directory in each `Pod` during render and reconcile every StatefulSet.spec resource described in `chi.spec.configuration.clusters`
     *
     * @schema ClickHouseInstallationSpecConfigurationClustersLayoutShardsTemplates#volumeClaimTemplate
     */
    readonly volumeClaimTemplate?: string;
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecConfigurationClustersLayoutShardsTemplates' to JSON representation.
 */
export declare function toJson_ClickHouseInstallationSpecConfigurationClustersLayoutShardsTemplates(obj: ClickHouseInstallationSpecConfigurationClustersLayoutShardsTemplates | undefined): Record<string, any> | undefined;
/**
 * @schema ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicas
 */
export interface ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicas {
    /**
     * optional, by default replica name is generated, but you can override it and setup custom name
     *
     * @schema ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicas#name
     */
    readonly name?: string;
    /**
     * optional, open insecure ports for cluster, defaults to "yes"
     *
     *
     * @schema ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicas#insecure
     */
    readonly insecure?: ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicasInsecure;
    /**
     * optional, open secure ports
     *
     *
     * @schema ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicas#secure
     */
    readonly secure?: ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicasSecure;
    /**
     * optional, setup `Pod.spec.containers.ports` with name `tcp` for selected replica, override `chi.spec.templates.hostTemplates.spec.tcpPort`
     * allows connect to `clickhouse-server` via TCP Native protocol via kubernetes `Service`
     *
     *
     * @schema ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicas#tcpPort
     */
    readonly tcpPort?: number;
    /**
     * @schema ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicas#tlsPort
     */
    readonly tlsPort?: number;
    /**
     * optional, setup `Pod.spec.containers.ports` with name `http` for selected replica, override `chi.spec.templates.hostTemplates.spec.httpPort`
     * allows connect to `clickhouse-server` via HTTP protocol via kubernetes `Service`
     *
     *
     * @schema ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicas#httpPort
     */
    readonly httpPort?: number;
    /**
     * @schema ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicas#httpsPort
     */
    readonly httpsPort?: number;
    /**
     * optional, setup `Pod.spec.containers.ports` with name `interserver` for selected replica, override `chi.spec.templates.hostTemplates.spec.interserverHTTPPort`
     * allows connect between replicas inside same shard during fetch replicated data parts HTTP protocol
     *
     *
     * @schema ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicas#interserverHTTPPort
     */
    readonly interserverHttpPort?: number;
    /**
     * optional, allows configure `clickhouse-server` settings inside <yandex>...</yandex> tag in `Pod` only in one replica during generate `ConfigMap` which will mount in `/etc/clickhouse-server/conf.d/`
     * override top-level `chi.spec.configuration.settings`, cluster-level `chi.spec.configuration.clusters.settings` and shard-level `chi.spec.configuration.clusters.layout.shards.settings`
     * More details: https://clickhouse.tech/docs/en/operations/settings/settings/
     *
     *
     * @schema ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicas#settings
     */
    readonly settings?: any;
    /**
     * optional, allows define content of any setting file inside `Pod` only in one replica during generate `ConfigMap` which will mount in `/etc/clickhouse-server/config.d/` or `/etc/clickhouse-server/conf.d/` or `/etc/clickhouse-server/users.d/`
     * override top-level `chi.spec.configuration.files`, cluster-level `chi.spec.configuration.clusters.files` and shard-level `chi.spec.configuration.clusters.layout.shards.files`
     *
     *
     * @schema ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicas#files
     */
    readonly files?: any;
    /**
     * optional, configuration of the templates names which will use for generate Kubernetes resources according to selected replica
     * override top-level `chi.spec.configuration.templates`, cluster-level `chi.spec.configuration.clusters.templates` and shard-level `chi.spec.configuration.clusters.layout.shards.templates`
     *
     *
     * @schema ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicas#templates
     */
    readonly templates?: ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicasTemplates;
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicas' to JSON representation.
 */
export declare function toJson_ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicas(obj: ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicas | undefined): Record<string, any> | undefined;
/**
 * optional, configuration of the templates names which will use for generate Kubernetes resources according to selected replica
 * override top-level `chi.spec.configuration.templates`, cluster-level `chi.spec.configuration.clusters.templates`
 *
 *
 * @schema ClickHouseInstallationSpecConfigurationClustersLayoutReplicasTemplates
 */
export interface ClickHouseInstallationSpecConfigurationClustersLayoutReplicasTemplates {
    /**
     * optional, template name from chi.spec.templates.hostTemplates, which will apply to configure every `clickhouse-server` instance during render ConfigMap resources which will mount into `Pod`
     *
     * @schema ClickHouseInstallationSpecConfigurationClustersLayoutReplicasTemplates#hostTemplate
     */
    readonly hostTemplate?: string;
    /**
     * optional, template name from chi.spec.templates.podTemplates, allows customization each `Pod` resource during render and reconcile each StatefulSet.spec resource described in `chi.spec.configuration.clusters`
     *
     * @schema ClickHouseInstallationSpecConfigurationClustersLayoutReplicasTemplates#podTemplate
     */
    readonly podTemplate?: string;
    /**
     * optional, template name from chi.spec.templates.volumeClaimTemplates, allows customization each `PVC` which will mount for clickhouse data directory in each `Pod` during render and reconcile every StatefulSet.spec resource described in `chi.spec.configuration.clusters`
     *
     * @schema ClickHouseInstallationSpecConfigurationClustersLayoutReplicasTemplates#dataVolumeClaimTemplate
     */
    readonly dataVolumeClaimTemplate?: string;
    /**
     * optional, template name from chi.spec.templates.volumeClaimTemplates, allows customization each `PVC` which will mount for clickhouse log directory in each `Pod` during render and reconcile every StatefulSet.spec resource described in `chi.spec.configuration.clusters`
     *
     * @schema ClickHouseInstallationSpecConfigurationClustersLayoutReplicasTemplates#logVolumeClaimTemplate
     */
    readonly logVolumeClaimTemplate?: string;
    /**
     * optional, template name from chi.spec.templates.serviceTemplates. used for customization of the `Service` resource, created by `clickhouse-operator` to cover all clusters in whole `chi` resource
     *
     * @schema ClickHouseInstallationSpecConfigurationClustersLayoutReplicasTemplates#serviceTemplate
     */
    readonly serviceTemplate?: string;
    /**
     * optional, template names from chi.spec.templates.serviceTemplates. used for customization of the `Service` resources, created by `clickhouse-operator` to cover all clusters in whole `chi` resource
     *
     * @schema ClickHouseInstallationSpecConfigurationClustersLayoutReplicasTemplates#serviceTemplates
     */
    readonly serviceTemplates?: string[];
    /**
     * optional, template name from chi.spec.templates.serviceTemplates, allows customization for each `Service` resource which will created by `clickhouse-operator` which cover each clickhouse cluster described in `chi.spec.configuration.clusters`
     *
     * @schema ClickHouseInstallationSpecConfigurationClustersLayoutReplicasTemplates#clusterServiceTemplate
     */
    readonly clusterServiceTemplate?: string;
    /**
     * optional, template name from chi.spec.templates.serviceTemplates, allows customization for each `Service` resource which will created by `clickhouse-operator` which cover each shard inside clickhouse cluster described in `chi.spec.configuration.clusters`
     *
     * @schema ClickHouseInstallationSpecConfigurationClustersLayoutReplicasTemplates#shardServiceTemplate
     */
    readonly shardServiceTemplate?: string;
    /**
     * optional, template name from chi.spec.templates.serviceTemplates, allows customization for each `Service` resource which will created by `clickhouse-operator` which cover each replica inside each shard inside each clickhouse cluster described in `chi.spec.configuration.clusters`
     *
     * @schema ClickHouseInstallationSpecConfigurationClustersLayoutReplicasTemplates#replicaServiceTemplate
     */
    readonly replicaServiceTemplate?: string;
    /**
     * optional, alias for dataVolumeClaimTemplate, template name from chi.spec.templates.volumeClaimTemplates, allows customization each `PVC` which will mount for clickhouse data directory in each `Pod` during render and reconcile every StatefulSet.spec resource described in `chi.spec.configuration.clusters`
     *
     * @schema ClickHouseInstallationSpecConfigurationClustersLayoutReplicasTemplates#volumeClaimTemplate
     */
    readonly volumeClaimTemplate?: string;
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecConfigurationClustersLayoutReplicasTemplates' to JSON representation.
 */
export declare function toJson_ClickHouseInstallationSpecConfigurationClustersLayoutReplicasTemplates(obj: ClickHouseInstallationSpecConfigurationClustersLayoutReplicasTemplates | undefined): Record<string, any> | undefined;
/**
 * @schema ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShards
 */
export interface ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShards {
    /**
     * optional, by default shard name is generated, but you can override it and setup custom name
     *
     * @schema ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShards#name
     */
    readonly name?: string;
    /**
     * optional, open insecure ports for cluster, defaults to "yes"
     *
     *
     * @schema ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShards#insecure
     */
    readonly insecure?: ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShardsInsecure;
    /**
     * optional, open secure ports
     *
     *
     * @schema ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShards#secure
     */
    readonly secure?: ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShardsSecure;
    /**
     * optional, setup `Pod.spec.containers.ports` with name `tcp` for selected shard, override `chi.spec.templates.hostTemplates.spec.tcpPort`
     * allows connect to `clickhouse-server` via TCP Native protocol via kubernetes `Service`
     *
     *
     * @schema ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShards#tcpPort
     */
    readonly tcpPort?: number;
    /**
     * @schema ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShards#tlsPort
     */
    readonly tlsPort?: number;
    /**
     * optional, setup `Pod.spec.containers.ports` with name `http` for selected shard, override `chi.spec.templates.hostTemplates.spec.httpPort`
     * allows connect to `clickhouse-server` via HTTP protocol via kubernetes `Service`
     *
     *
     * @schema ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShards#httpPort
     */
    readonly httpPort?: number;
    /**
     * @schema ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShards#httpsPort
     */
    readonly httpsPort?: number;
    /**
     * optional, setup `Pod.spec.containers.ports` with name `interserver` for selected shard, override `chi.spec.templates.hostTemplates.spec.interserverHTTPPort`
     * allows connect between replicas inside same shard during fetch replicated data parts HTTP protocol
     *
     *
     * @schema ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShards#interserverHTTPPort
     */
    readonly interserverHttpPort?: number;
    /**
     * optional, allows configure `clickhouse-server` settings inside <yandex>...</yandex> tag in `Pod` only in one shard related to current replica during generate `ConfigMap` which will mount in `/etc/clickhouse-server/conf.d/`
     * override top-level `chi.spec.configuration.settings`, cluster-level `chi.spec.configuration.clusters.settings` and replica-level `chi.spec.configuration.clusters.layout.replicas.settings`
     * More details: https://clickhouse.tech/docs/en/operations/settings/settings/
     *
     *
     * @schema ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShards#settings
     */
    readonly settings?: any;
    /**
     * optional, allows define content of any setting file inside each `Pod` only in one shard related to current replica during generate `ConfigMap` which will mount in `/etc/clickhouse-server/config.d/` or `/etc/clickhouse-server/conf.d/` or `/etc/clickhouse-server/users.d/`
     * override top-level `chi.spec.configuration.files` and cluster-level `chi.spec.configuration.clusters.files`, will ignore if `chi.spec.configuration.clusters.layout.shards` presents
     *
     *
     * @schema ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShards#files
     */
    readonly files?: any;
    /**
     * optional, configuration of the templates names which will use for generate Kubernetes resources according to selected replica
     * override top-level `chi.spec.configuration.templates`, cluster-level `chi.spec.configuration.clusters.templates`, replica-level `chi.spec.configuration.clusters.layout.replicas.templates`
     *
     *
     * @schema ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShards#templates
     */
    readonly templates?: ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShardsTemplates;
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShards' to JSON representation.
 */
export declare function toJson_ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShards(obj: ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShards | undefined): Record<string, any> | undefined;
/**
 * Allows to stop all ClickHouse clusters defined in a CHI.
 * Works as the following:
 * - When `stop` is `1` operator sets `Replicas: 0` in each StatefulSet. Thie leads to having all `Pods` and `Service` deleted. All PVCs are kept intact.
 * - When `stop` is `0` operator sets `Replicas: 1` and `Pod`s and `Service`s will created again and all retained PVCs will be attached to `Pod`s.
 *
 *
 * @schema ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitExclude
 */
export declare enum ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitExclude {
    /** 0 */
    VALUE_0 = "0",
    /** 1 */
    VALUE_1 = "1",
    /** False */
    FALSE = "False",
    /** True */
    TRUE = "True",
    /** No */
    NO = "No",
    /** Yes */
    YES = "Yes",
    /** Off */
    OFF = "Off",
    /** On */
    ON = "On",
    /** Disable */
    DISABLE = "Disable",
    /** Enable */
    ENABLE = "Enable",
    /** Disabled */
    DISABLED = "Disabled",
    /** Enabled */
    ENABLED = "Enabled"
}
/**
 * Whether the operator during reconcile procedure should wait for a ClickHouse host to complete all running queries
 *
 * @schema ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitQueries
 */
export declare enum ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitQueries {
    /** 0 */
    VALUE_0 = "0",
    /** 1 */
    VALUE_1 = "1",
    /** False */
    FALSE = "False",
    /** True */
    TRUE = "True",
    /** No */
    NO = "No",
    /** Yes */
    YES = "Yes",
    /** Off */
    OFF = "Off",
    /** On */
    ON = "On",
    /** Disable */
    DISABLE = "Disable",
    /** Enable */
    ENABLE = "Enable",
    /** Disabled */
    DISABLED = "Disabled",
    /** Enabled */
    ENABLED = "Enabled"
}
/**
 * Whether the operator during reconcile procedure should wait for a ClickHouse host to be included into a ClickHouse cluster
 *
 * @schema ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitInclude
 */
export declare enum ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitInclude {
    /** 0 */
    VALUE_0 = "0",
    /** 1 */
    VALUE_1 = "1",
    /** False */
    FALSE = "False",
    /** True */
    TRUE = "True",
    /** No */
    NO = "No",
    /** Yes */
    YES = "Yes",
    /** Off */
    OFF = "Off",
    /** On */
    ON = "On",
    /** Disable */
    DISABLE = "Disable",
    /** Enable */
    ENABLE = "Enable",
    /** Disabled */
    DISABLED = "Disabled",
    /** Enabled */
    ENABLED = "Enabled"
}
/**
 * Whether the operator during reconcile procedure should wait for replicas to catch-up
 *
 * @schema ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitReplicas
 */
export interface ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitReplicas {
    /**
     * Whether the operator during reconcile procedure should wait for all replicas to catch-up
     *
     * @schema ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitReplicas#all
     */
    readonly all?: ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitReplicasAll;
    /**
     * Whether the operator during reconcile procedure should wait for new replicas to catch-up
     *
     * @schema ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitReplicas#new
     */
    readonly new?: ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitReplicasNew;
    /**
     * replication max absolute delay to consider replica is not delayed
     *
     * @schema ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitReplicas#delay
     */
    readonly delay?: number;
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitReplicas' to JSON representation.
 */
export declare function toJson_ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitReplicas(obj: ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitReplicas | undefined): Record<string, any> | undefined;
/**
 * What probes the operator should wait during host launch procedure
 *
 * @schema ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitProbes
 */
export interface ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitProbes {
    /**
     * Whether the operator during host launch procedure should wait for startup probe to succeed.
     * In case probe is unspecified wait is assumed to be completed successfully.
     * Default option value is to do not wait.
     *
     *
     * @schema ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitProbes#startup
     */
    readonly startup?: ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitProbesStartup;
    /**
     * Whether the operator during host launch procedure should wait for ready probe to succeed.
     * In case probe is unspecified wait is assumed to be completed successfully.
     * Default option value is to wait.
     *
     *
     * @schema ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitProbes#readiness
     */
    readonly readiness?: ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitProbesReadiness;
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitProbes' to JSON representation.
 */
export declare function toJson_ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitProbes(obj: ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitProbes | undefined): Record<string, any> | undefined;
/**
 * Whether the operator during reconcile procedure should drop replicas when replica is deleted or recreated
 *
 *
 * @schema ClickHouseInstallationSpecConfigurationClustersReconcileHostDropReplicas
 */
export interface ClickHouseInstallationSpecConfigurationClustersReconcileHostDropReplicas {
    /**
     * Whether the operator during reconcile procedure should drop replicas when replica is deleted
     *
     *
     * @schema ClickHouseInstallationSpecConfigurationClustersReconcileHostDropReplicas#onDelete
     */
    readonly onDelete?: ClickHouseInstallationSpecConfigurationClustersReconcileHostDropReplicasOnDelete;
    /**
     * Whether the operator during reconcile procedure should drop replicas when replica volume is lost
     *
     *
     * @schema ClickHouseInstallationSpecConfigurationClustersReconcileHostDropReplicas#onLostVolume
     */
    readonly onLostVolume?: ClickHouseInstallationSpecConfigurationClustersReconcileHostDropReplicasOnLostVolume;
    /**
     * Whether the operator during reconcile procedure should drop active replicas when replica is deleted or recreated
     *
     *
     * @schema ClickHouseInstallationSpecConfigurationClustersReconcileHostDropReplicas#active
     */
    readonly active?: ClickHouseInstallationSpecConfigurationClustersReconcileHostDropReplicasActive;
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecConfigurationClustersReconcileHostDropReplicas' to JSON representation.
 */
export declare function toJson_ClickHouseInstallationSpecConfigurationClustersReconcileHostDropReplicas(obj: ClickHouseInstallationSpecConfigurationClustersReconcileHostDropReplicas | undefined): Record<string, any> | undefined;
/**
 * optional, open insecure ports for cluster, defaults to "yes"
 *
 *
 * @schema ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicasInsecure
 */
export declare enum ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicasInsecure {
    /** 0 */
    VALUE_0 = "0",
    /** 1 */
    VALUE_1 = "1",
    /** False */
    FALSE = "False",
    /** True */
    TRUE = "True",
    /** No */
    NO = "No",
    /** Yes */
    YES = "Yes",
    /** Off */
    OFF = "Off",
    /** On */
    ON = "On",
    /** Disable */
    DISABLE = "Disable",
    /** Enable */
    ENABLE = "Enable",
    /** Disabled */
    DISABLED = "Disabled",
    /** Enabled */
    ENABLED = "Enabled"
}
/**
 * optional, open secure ports
 *
 *
 * @schema ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicasSecure
 */
export declare enum ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicasSecure {
    /** 0 */
    VALUE_0 = "0",
    /** 1 */
    VALUE_1 = "1",
    /** False */
    FALSE = "False",
    /** True */
    TRUE = "True",
    /** No */
    NO = "No",
    /** Yes */
    YES = "Yes",
    /** Off */
    OFF = "Off",
    /** On */
    ON = "On",
    /** Disable */
    DISABLE = "Disable",
    /** Enable */
    ENABLE = "Enable",
    /** Disabled */
    DISABLED = "Disabled",
    /** Enabled */
    ENABLED = "Enabled"
}
/**
 * optional, configuration of the templates names which will use for generate Kubernetes resources according to selected replica
 * override top-level `chi.spec.configuration.templates`, cluster-level `chi.spec.configuration.clusters.templates` and shard-level `chi.spec.configuration.clusters.layout.shards.templates`
 *
 *
 * @schema ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicasTemplates
 */
export interface ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicasTemplates {
    /**
     * optional, template name from chi.spec.templates.hostTemplates, which will apply to configure every `clickhouse-server` instance during render ConfigMap resources which will mount into `Pod`
     *
     * @schema ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicasTemplates#hostTemplate
     */
    readonly hostTemplate?: string;
    /**
     * optional, template name from chi.spec.templates.podTemplates, allows customization each `Pod` resource during render and reconcile each StatefulSet.spec resource described in `chi.spec.configuration.clusters`
     *
     * @schema ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicasTemplates#podTemplate
     */
    readonly podTemplate?: string;
    /**
     * optional, template name from chi.spec.templates.volumeClaimTemplates, allows customization each `PVC` which will mount for clickhouse data directory in each `Pod` during render and reconcile every StatefulSet.spec resource described in `chi.spec.configuration.clusters`
     *
     * @schema ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicasTemplates#dataVolumeClaimTemplate
     */
    readonly dataVolumeClaimTemplate?: string;
    /**
     * optional, template name from chi.spec.templates.volumeClaimTemplates, allows customization each `PVC` which will mount for clickhouse log directory in each `Pod` during render and reconcile every StatefulSet.spec resource described in `chi.spec.configuration.clusters`
     *
     * @schema ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicasTemplates#logVolumeClaimTemplate
     */
    readonly logVolumeClaimTemplate?: string;
    /**
     * optional, template name from chi.spec.templates.serviceTemplates. used for customization of the `Service` resource, created by `clickhouse-operator` to cover all clusters in whole `chi` resource
     *
     * @schema ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicasTemplates#serviceTemplate
     */
    readonly serviceTemplate?: string;
    /**
     * optional, template names from chi.spec.templates.serviceTemplates. used for customization of the `Service` resources, created by `clickhouse-operator` to cover all clusters in whole `chi` resource
     *
     * @schema ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicasTemplates#serviceTemplates
     */
    readonly serviceTemplates?: string[];
    /**
     * optional, template name from chi.spec.templates.serviceTemplates, allows customization for each `Service` resource which will created by `clickhouse-operator` which cover each clickhouse cluster described in `chi.spec.configuration.clusters`
     *
     * @schema ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicasTemplates#clusterServiceTemplate
     */
    readonly clusterServiceTemplate?: string;
    /**
     * optional, template name from chi.spec.templates.serviceTemplates, allows customization for each `Service` resource which will created by `clickhouse-operator` which cover each shard inside clickhouse cluster described in `chi.spec.configuration.clusters`
     *
     * @schema ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicasTemplates#shardServiceTemplate
     */
    readonly shardServiceTemplate?: string;
    /**
     * optional, template name from chi.spec.templates.serviceTemplates, allows customization for each `Service` resource which will created by `clickhouse-operator` which cover each replica inside each shard inside each clickhouse cluster described in `chi.spec.configuration.clusters`
     *
     * @schema ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicasTemplates#replicaServiceTemplate
     */
    readonly replicaServiceTemplate?: string;
    /**
     * optional, alias for dataVolumeClaimTemplate, template name from chi.spec.templates.volumeClaimTemplates, allows customization each `PVC` which will mount for clickhouse data directory in each `Pod` during render and reconcile every StatefulSet.spec resource described in `chi.spec.configuration.clusters`
     *
     * @schema ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicasTemplates#volumeClaimTemplate
     */
    readonly volumeClaimTemplate?: string;
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicasTemplates' to JSON representation.
 */
export declare function toJson_ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicasTemplates(obj: ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicasTemplates | undefined): Record<string, any> | undefined;
/**
 * optional, open insecure ports for cluster, defaults to "yes"
 *
 *
 * @schema ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShardsInsecure
 */
export declare enum ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShardsInsecure {
    /** 0 */
    VALUE_0 = "0",
    /** 1 */
    VALUE_1 = "1",
    /** False */
    FALSE = "False",
    /** True */
    TRUE = "True",
    /** No */
    NO = "No",
    /** Yes */
    YES = "Yes",
    /** Off */
    OFF = "Off",
    /** On */
    ON = "On",
    /** Disable */
    DISABLE = "Disable",
    /** Enable */
    ENABLE = "Enable",
    /** Disabled */
    DISABLED = "Disabled",
    /** Enabled */
    ENABLED = "Enabled"
}
/**
 * optional, open secure ports
 *
 *
 * @schema ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShardsSecure
 */
export declare enum ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShardsSecure {
    /** 0 */
    VALUE_0 = "0",
    /** 1 */
    VALUE_1 = "1",
    /** False */
    FALSE = "False",
    /** True */
    TRUE = "True",
    /** No */
    NO = "No",
    /** Yes */
    YES = "Yes",
    /** Off */
    OFF = "Off",
    /** On */
    ON = "On",
    /** Disable */
    DISABLE = "Disable",
    /** Enable */
    ENABLE = "Enable",
    /** Disabled */
    DISABLED = "Disabled",
    /** Enabled */
    ENABLED = "Enabled"
}
/**
 * optional, configuration of the templates names which will use for generate Kubernetes resources according to selected replica
 * override top-level `chi.spec.configuration.templates`, cluster-level `chi.spec.configuration.clusters.templates`, replica-level `chi.spec.configuration.clusters.layout.replicas.templates`
 *
 *
 * @schema ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShardsTemplates
 */
export interface ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShardsTemplates {
    /**
     * optional, template name from chi.spec.templates.hostTemplates, which will apply to configure every `clickhouse-server` instance during render ConfigMap resources which will mount into `Pod`
     *
     * @schema ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShardsTemplates#hostTemplate
     */
    readonly hostTemplate?: string;
    /**
     * optional, template name from chi.spec.templates.podTemplates, allows customization each `Pod` resource during render and reconcile each StatefulSet.spec resource described in `chi.spec.configuration.clusters`
     *
     * @schema ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShardsTemplates#podTemplate
     */
    readonly podTemplate?: string;
    /**
     * optional, template name from chi.spec.templates.volumeClaimTemplates, allows customization each `PVC` which will mount for clickhouse data directory in each `Pod` during render and reconcile every StatefulSet.spec resource described in `chi.spec.configuration.clusters`
     *
     * @schema ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShardsTemplates#dataVolumeClaimTemplate
     */
    readonly dataVolumeClaimTemplate?: string;
    /**
     * optional, template name from chi.spec.templates.volumeClaimTemplates, allows customization each `PVC` which will mount for clickhouse log directory in each `Pod` during render and reconcile every StatefulSet.spec resource described in `chi.spec.configuration.clusters`
     *
     * @schema ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShardsTemplates#logVolumeClaimTemplate
     */
    readonly logVolumeClaimTemplate?: string;
    /**
     * optional, template name from chi.spec.templates.serviceTemplates. used for customization of the `Service` resource, created by `clickhouse-operator` to cover all clusters in whole `chi` resource
     *
     * @schema ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShardsTemplates#serviceTemplate
     */
    readonly serviceTemplate?: string;
    /**
     * optional, template names from chi.spec.templates.serviceTemplates. used for customization of the `Service` resources, created by `clickhouse-operator` to cover all clusters in whole `chi` resource
     *
     * @schema ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShardsTemplates#serviceTemplates
     */
    readonly serviceTemplates?: string[];
    /**
     * optional, template name from chi.spec.templates.serviceTemplates, allows customization for each `Service` resource which will created by `clickhouse-operator` which cover each clickhouse cluster described in `chi.spec.configuration.clusters`
     *
     * @schema ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShardsTemplates#clusterServiceTemplate
     */
    readonly clusterServiceTemplate?: string;
    /**
     * optional, template name from chi.spec.templates.serviceTemplates, allows customization for each `Service` resource which will created by `clickhouse-operator` which cover each shard inside clickhouse cluster described in `chi.spec.configuration.clusters`
     *
     * @schema ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShardsTemplates#shardServiceTemplate
     */
    readonly shardServiceTemplate?: string;
    /**
     * optional, template name from chi.spec.templates.serviceTemplates, allows customization for each `Service` resource which will created by `clickhouse-operator` which cover each replica inside each shard inside each clickhouse cluster described in `chi.spec.configuration.clusters`
     *
     * @schema ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShardsTemplates#replicaServiceTemplate
     */
    readonly replicaServiceTemplate?: string;
    /**
     * optional, alias for dataVolumeClaimTemplate, template name from chi.spec.templates.volumeClaimTemplates, allows customization each `PVC` which will mount for clickhouse data directory in each `Pod` during render and reconcile every StatefulSet.spec resource described in `chi.spec.configuration.clusters`
     *
     * @schema ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShardsTemplates#volumeClaimTemplate
     */
    readonly volumeClaimTemplate?: string;
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShardsTemplates' to JSON representation.
 */
export declare function toJson_ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShardsTemplates(obj: ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShardsTemplates | undefined): Record<string, any> | undefined;
/**
 * Whether the operator during reconcile procedure should wait for all replicas to catch-up
 *
 * @schema ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitReplicasAll
 */
export declare enum ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitReplicasAll {
    /** 0 */
    VALUE_0 = "0",
    /** 1 */
    VALUE_1 = "1",
    /** False */
    FALSE = "False",
    /** True */
    TRUE = "True",
    /** No */
    NO = "No",
    /** Yes */
    YES = "Yes",
    /** Off */
    OFF = "Off",
    /** On */
    ON = "On",
    /** Disable */
    DISABLE = "Disable",
    /** Enable */
    ENABLE = "Enable",
    /** Disabled */
    DISABLED = "Disabled",
    /** Enabled */
    ENABLED = "Enabled"
}
/**
 * Whether the operator during reconcile procedure should wait for new replicas to catch-up
 *
 * @schema ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitReplicasNew
 */
export declare enum ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitReplicasNew {
    /** 0 */
    VALUE_0 = "0",
    /** 1 */
    VALUE_1 = "1",
    /** False */
    FALSE = "False",
    /** True */
    TRUE = "True",
    /** No */
    NO = "No",
    /** Yes */
    YES = "Yes",
    /** Off */
    OFF = "Off",
    /** On */
    ON = "On",
    /** Disable */
    DISABLE = "Disable",
    /** Enable */
    ENABLE = "Enable",
    /** Disabled */
    DISABLED = "Disabled",
    /** Enabled */
    ENABLED = "Enabled"
}
/**
 * Whether the operator during host launch procedure should wait for startup probe to succeed.
 * In case probe is unspecified wait is assumed to be completed successfully.
 * Default option value is to do not wait.
 *
 *
 * @schema ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitProbesStartup
 */
export declare enum ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitProbesStartup {
    /** 0 */
    VALUE_0 = "0",
    /** 1 */
    VALUE_1 = "1",
    /** False */
    FALSE = "False",
    /** True */
    TRUE = "True",
    /** No */
    NO = "No",
    /** Yes */
    YES = "Yes",
    /** Off */
    OFF = "Off",
    /** On */
    ON = "On",
    /** Disable */
    DISABLE = "Disable",
    /** Enable */
    ENABLE = "Enable",
    /** Disabled */
    DISABLED = "Disabled",
    /** Enabled */
    ENABLED = "Enabled"
}
/**
 * Whether the operator during host launch procedure should wait for ready probe to succeed.
 * In case probe is unspecified wait is assumed to be completed successfully.
 * Default option value is to wait.
 *
 *
 * @schema ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitProbesReadiness
 */
export declare enum ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitProbesReadiness {
    /** 0 */
    VALUE_0 = "0",
    /** 1 */
    VALUE_1 = "1",
    /** False */
    FALSE = "False",
    /** True */
    TRUE = "True",
    /** No */
    NO = "No",
    /** Yes */
    YES = "Yes",
    /** Off */
    OFF = "Off",
    /** On */
    ON = "On",
    /** Disable */
    DISABLE = "Disable",
    /** Enable */
    ENABLE = "Enable",
    /** Disabled */
    DISABLED = "Disabled",
    /** Enabled */
    ENABLED = "Enabled"
}
/**
 * Whether the operator during reconcile procedure should drop replicas when replica is deleted
 *
 *
 * @schema ClickHouseInstallationSpecConfigurationClustersReconcileHostDropReplicasOnDelete
 */
export declare enum ClickHouseInstallationSpecConfigurationClustersReconcileHostDropReplicasOnDelete {
    /** 0 */
    VALUE_0 = "0",
    /** 1 */
    VALUE_1 = "1",
    /** False */
    FALSE = "False",
    /** True */
    TRUE = "True",
    /** No */
    NO = "No",
    /** Yes */
    YES = "Yes",
    /** Off */
    OFF = "Off",
    /** On */
    ON = "On",
    /** Disable */
    DISABLE = "Disable",
    /** Enable */
    ENABLE = "Enable",
    /** Disabled */
    DISABLED = "Disabled",
    /** Enabled */
    ENABLED = "Enabled"
}
/**
 * Whether the operator during reconcile procedure should drop replicas when replica volume is lost
 *
 *
 * @schema ClickHouseInstallationSpecConfigurationClustersReconcileHostDropReplicasOnLostVolume
 */
export declare enum ClickHouseInstallationSpecConfigurationClustersReconcileHostDropReplicasOnLostVolume {
    /** 0 */
    VALUE_0 = "0",
    /** 1 */
    VALUE_1 = "1",
    /** False */
    FALSE = "False",
    /** True */
    TRUE = "True",
    /** No */
    NO = "No",
    /** Yes */
    YES = "Yes",
    /** Off */
    OFF = "Off",
    /** On */
    ON = "On",
    /** Disable */
    DISABLE = "Disable",
    /** Enable */
    ENABLE = "Enable",
    /** Disabled */
    DISABLED = "Disabled",
    /** Enabled */
    ENABLED = "Enabled"
}
/**
 * Whether the operator during reconcile procedure should drop active replicas when replica is deleted or recreated
 *
 *
 * @schema ClickHouseInstallationSpecConfigurationClustersReconcileHostDropReplicasActive
 */
export declare enum ClickHouseInstallationSpecConfigurationClustersReconcileHostDropReplicasActive {
    /** 0 */
    VALUE_0 = "0",
    /** 1 */
    VALUE_1 = "1",
    /** False */
    FALSE = "False",
    /** True */
    TRUE = "True",
    /** No */
    NO = "No",
    /** Yes */
    YES = "Yes",
    /** Off */
    OFF = "Off",
    /** On */
    ON = "On",
    /** Disable */
    DISABLE = "Disable",
    /** Enable */
    ENABLE = "Enable",
    /** Disabled */
    DISABLED = "Disabled",
    /** Enabled */
    ENABLED = "Enabled"
}
