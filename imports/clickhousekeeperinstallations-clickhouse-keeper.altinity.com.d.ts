import { ApiObject, ApiObjectMetadata, GroupVersionKind } from 'cdk8s';
import { Construct } from 'constructs';
/**
 * define a set of Kubernetes resources (StatefulSet, PVC, Service, ConfigMap) which describe behavior one or more clusters
 *
 * @schema ClickHouseKeeperInstallation
 */
export declare class ClickHouseKeeperInstallation extends ApiObject {
    /**
     * Returns the apiVersion and kind for "ClickHouseKeeperInstallation"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "ClickHouseKeeperInstallation".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props: ClickHouseKeeperInstallationProps): any;
    /**
     * Defines a "ClickHouseKeeperInstallation" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props: ClickHouseKeeperInstallationProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * define a set of Kubernetes resources (StatefulSet, PVC, Service, ConfigMap) which describe behavior one or more clusters
 *
 * @schema ClickHouseKeeperInstallation
 */
export interface ClickHouseKeeperInstallationProps {
    /**
     * @schema ClickHouseKeeperInstallation#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * Specification of the desired behavior of one or more ClickHouse clusters
     * More info: https://github.com/Altinity/clickhouse-operator/blob/master/docs/custom_resource_explained.md
     *
     *
     * @schema ClickHouseKeeperInstallation#spec
     */
    readonly spec: ClickHouseKeeperInstallationSpec;
}
/**
 * Converts an object of type 'ClickHouseKeeperInstallationProps' to JSON representation.
 */
export declare function toJson_ClickHouseKeeperInstallationProps(obj: ClickHouseKeeperInstallationProps | undefined): Record<string, any> | undefined;
/**
 * Specification of the desired behavior of one or more ClickHouse clusters
 * More info: https://github.com/Altinity/clickhouse-operator/blob/master/docs/custom_resource_explained.md
 *
 *
 * @schema ClickHouseKeeperInstallationSpec
 */
export interface ClickHouseKeeperInstallationSpec {
    /**
     * Allows to define custom taskID for CHI update and watch status of this update execution.
     * Displayed in all .status.taskID* fields.
     * By default (if not filled) every update of CHI manifest will generate random taskID
     *
     *
     * @schema ClickHouseKeeperInstallationSpec#taskID
     */
    readonly taskId?: string;
    /**
     * Allows to stop all ClickHouse clusters defined in a CHI.
     * Works as the following:
     * - When `stop` is `1` operator sets `Replicas: 0` in each StatefulSet. Thie leads to having all `Pods` and `Service` deleted. All PVCs are kept intact.
     * - When `stop` is `0` operator sets `Replicas: 1` and `Pod`s and `Service`s will created again and all retained PVCs will be attached to `Pod`s.
     *
     *
     * @schema ClickHouseKeeperInstallationSpec#stop
     */
    readonly stop?: ClickHouseKeeperInstallationSpecStop;
    /**
     * Suspend reconciliation of resources managed by a ClickHouse Keeper.
     * Works as the following:
     * - When `suspend` is `true` operator stops reconciling all resources.
     * - When `suspend` is `false` or not set, operator reconciles all resources.
     *
     *
     * @schema ClickHouseKeeperInstallationSpec#suspend
     */
    readonly suspend?: ClickHouseKeeperInstallationSpecSuspend;
    /**
     * Custom domain pattern which will be used for DNS names of `Service` or `Pod`.
     * Typical use scenario - custom cluster domain in Kubernetes cluster
     * Example: %s.svc.my.test
     *
     *
     * @schema ClickHouseKeeperInstallationSpec#namespaceDomainPattern
     */
    readonly namespaceDomainPattern?: string;
    /**
     * Optional, allows tuning reconciling cycle for ClickhouseInstallation from clickhouse-operator side
     *
     * @schema ClickHouseKeeperInstallationSpec#reconciling
     */
    readonly reconciling?: ClickHouseKeeperInstallationSpecReconciling;
    /**
     * define default behavior for whole ClickHouseInstallation, some behavior can be re-define on cluster, shard and replica level
     * More info: https://github.com/Altinity/clickhouse-operator/blob/master/docs/custom_resource_explained.md#specdefaults
     *
     *
     * @schema ClickHouseKeeperInstallationSpec#defaults
     */
    readonly defaults?: ClickHouseKeeperInstallationSpecDefaults;
    /**
     * allows configure multiple aspects and behavior for `clickhouse-server` instance and also allows describe multiple `clickhouse-server` clusters inside one `chi` resource
     *
     * @schema ClickHouseKeeperInstallationSpec#configuration
     */
    readonly configuration?: ClickHouseKeeperInstallationSpecConfiguration;
    /**
     * allows define templates which will use for render Kubernetes resources like StatefulSet, ConfigMap, Service, PVC, by default, clickhouse-operator have own templates, but you can override it
     *
     * @schema ClickHouseKeeperInstallationSpec#templates
     */
    readonly templates?: ClickHouseKeeperInstallationSpecTemplates;
}
/**
 * Converts an object of type 'ClickHouseKeeperInstallationSpec' to JSON representation.
 */
export declare function toJson_ClickHouseKeeperInstallationSpec(obj: ClickHouseKeeperInstallationSpec | undefined): Record<string, any> | undefined;
/**
 * Allows to stop all ClickHouse clusters defined in a CHI.
 * Works as the following:
 * - When `stop` is `1` operator sets `Replicas: 0` in each StatefulSet. Thie leads to having all `Pods` and `Service` deleted. All PVCs are kept intact.
 * - When `stop` is `0` operator sets `Replicas: 1` and `Pod`s and `Service`s will created again and all retained PVCs will be attached to `Pod`s.
 *
 *
 * @schema ClickHouseKeeperInstallationSpecStop
 */
export declare enum ClickHouseKeeperInstallationSpecStop {
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
 * Suspend reconciliation of resources managed by a ClickHouse Keeper.
 * Works as the following:
 * - When `suspend` is `true` operator stops reconciling all resources.
 * - When `suspend` is `false` or not set, operator reconciles all resources.
 *
 *
 * @schema ClickHouseKeeperInstallationSpecSuspend
 */
export declare enum ClickHouseKeeperInstallationSpecSuspend {
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
 * Optional, allows tuning reconciling cycle for ClickhouseInstallation from clickhouse-operator side
 *
 * @schema ClickHouseKeeperInstallationSpecReconciling
 */
export interface ClickHouseKeeperInstallationSpecReconciling {
    /**
     * DISCUSSED TO BE DEPRECATED
     * Syntax sugar
     * Overrides all three 'reconcile.host.wait.{exclude, queries, include}' values from the operator's config
     * Possible values:
     * - wait - should wait to exclude host, complete queries and include host back into the cluster
     * - nowait - should NOT wait to exclude host, complete queries and include host back into the cluster
     *
     *
     * @schema ClickHouseKeeperInstallationSpecReconciling#policy
     */
    readonly policy?: ClickHouseKeeperInstallationSpecReconcilingPolicy;
    /**
     * Timeout in seconds for `clickhouse-operator` to wait for modified `ConfigMap` to propagate into the `Pod`
     * More details: https://kubernetes.io/docs/concepts/configuration/configmap/#mounted-configmaps-are-updated-automatically
     *
     *
     * @schema ClickHouseKeeperInstallationSpecReconciling#configMapPropagationTimeout
     */
    readonly configMapPropagationTimeout?: number;
    /**
     * Optional, defines behavior for cleanup Kubernetes resources during reconcile cycle
     *
     * @schema ClickHouseKeeperInstallationSpecReconciling#cleanup
     */
    readonly cleanup?: ClickHouseKeeperInstallationSpecReconcilingCleanup;
}
/**
 * Converts an object of type 'ClickHouseKeeperInstallationSpecReconciling' to JSON representation.
 */
export declare function toJson_ClickHouseKeeperInstallationSpecReconciling(obj: ClickHouseKeeperInstallationSpecReconciling | undefined): Record<string, any> | undefined;
/**
 * define default behavior for whole ClickHouseInstallation, some behavior can be re-define on cluster, shard and replica level
 * More info: https://github.com/Altinity/clickhouse-operator/blob/master/docs/custom_resource_explained.md#specdefaults
 *
 *
 * @schema ClickHouseKeeperInstallationSpecDefaults
 */
export interface ClickHouseKeeperInstallationSpecDefaults {
    /**
     * define should replicas be specified by FQDN in `<host></host>`.
     * In case of "no" will use short hostname and clickhouse-server will use kubernetes default suffixes for DNS lookup
     * "no" by default
     *
     *
     * @schema ClickHouseKeeperInstallationSpecDefaults#replicasUseFQDN
     */
    readonly replicasUseFqdn?: ClickHouseKeeperInstallationSpecDefaultsReplicasUseFqdn;
    /**
     * allows change `<yandex><distributed_ddl></distributed_ddl></yandex>` settings
     * More info: https://clickhouse.tech/docs/en/operations/server-configuration-parameters/settings/#server-settings-distributed_ddl
     *
     *
     * @schema ClickHouseKeeperInstallationSpecDefaults#distributedDDL
     */
    readonly distributedDdl?: ClickHouseKeeperInstallationSpecDefaultsDistributedDdl;
    /**
     * default storage management options
     *
     * @schema ClickHouseKeeperInstallationSpecDefaults#storageManagement
     */
    readonly storageManagement?: ClickHouseKeeperInstallationSpecDefaultsStorageManagement;
    /**
     * optional, configuration of the templates names which will use for generate Kubernetes resources according to one or more ClickHouse clusters described in current ClickHouseInstallation (chi) resource
     *
     * @schema ClickHouseKeeperInstallationSpecDefaults#templates
     */
    readonly templates?: ClickHouseKeeperInstallationSpecDefaultsTemplates;
}
/**
 * Converts an object of type 'ClickHouseKeeperInstallationSpecDefaults' to JSON representation.
 */
export declare function toJson_ClickHouseKeeperInstallationSpecDefaults(obj: ClickHouseKeeperInstallationSpecDefaults | undefined): Record<string, any> | undefined;
/**
 * allows configure multiple aspects and behavior for `clickhouse-server` instance and also allows describe multiple `clickhouse-server` clusters inside one `chi` resource
 *
 * @schema ClickHouseKeeperInstallationSpecConfiguration
 */
export interface ClickHouseKeeperInstallationSpecConfiguration {
    /**
     * allows configure multiple aspects and behavior for `clickhouse-keeper` instance
     *
     *
     * @schema ClickHouseKeeperInstallationSpecConfiguration#settings
     */
    readonly settings?: any;
    /**
     * allows define content of any setting
     *
     *
     * @schema ClickHouseKeeperInstallationSpecConfiguration#files
     */
    readonly files?: any;
    /**
     * describes clusters layout and allows change settings on cluster-level and replica-level
     *
     *
     * @schema ClickHouseKeeperInstallationSpecConfiguration#clusters
     */
    readonly clusters?: ClickHouseKeeperInstallationSpecConfigurationClusters[];
}
/**
 * Converts an object of type 'ClickHouseKeeperInstallationSpecConfiguration' to JSON representation.
 */
export declare function toJson_ClickHouseKeeperInstallationSpecConfiguration(obj: ClickHouseKeeperInstallationSpecConfiguration | undefined): Record<string, any> | undefined;
/**
 * allows define templates which will use for render Kubernetes resources like StatefulSet, ConfigMap, Service, PVC, by default, clickhouse-operator have own templates, but you can override it
 *
 * @schema ClickHouseKeeperInstallationSpecTemplates
 */
export interface ClickHouseKeeperInstallationSpecTemplates {
    /**
     * hostTemplate will use during apply to generate `clickhose-server` config files
     *
     * @schema ClickHouseKeeperInstallationSpecTemplates#hostTemplates
     */
    readonly hostTemplates?: ClickHouseKeeperInstallationSpecTemplatesHostTemplates[];
    /**
     * podTemplate will use during render `Pod` inside `StatefulSet.spec` and allows define rendered `Pod.spec`, pod scheduling distribution and pod zone
     * More information: https://github.com/Altinity/clickhouse-operator/blob/master/docs/custom_resource_explained.md#spectemplatespodtemplates
     *
     *
     * @schema ClickHouseKeeperInstallationSpecTemplates#podTemplates
     */
    readonly podTemplates?: ClickHouseKeeperInstallationSpecTemplatesPodTemplates[];
    /**
     * allows define template for rendering `PVC` kubernetes resource, which would use inside `Pod` for mount clickhouse `data`, clickhouse `logs` or something else
     *
     *
     * @schema ClickHouseKeeperInstallationSpecTemplates#volumeClaimTemplates
     */
    readonly volumeClaimTemplates?: ClickHouseKeeperInstallationSpecTemplatesVolumeClaimTemplates[];
    /**
     * allows define template for rendering `Service` which would get endpoint from Pods which scoped chi-wide, cluster-wide, shard-wide, replica-wide level
     *
     *
     * @schema ClickHouseKeeperInstallationSpecTemplates#serviceTemplates
     */
    readonly serviceTemplates?: ClickHouseKeeperInstallationSpecTemplatesServiceTemplates[];
}
/**
 * Converts an object of type 'ClickHouseKeeperInstallationSpecTemplates' to JSON representation.
 */
export declare function toJson_ClickHouseKeeperInstallationSpecTemplates(obj: ClickHouseKeeperInstallationSpecTemplates | undefined): Record<string, any> | undefined;
/**
 * DISCUSSED TO BE DEPRECATED
 * Syntax sugar
 * Overrides all three 'reconcile.host.wait.{exclude, queries, include}' values from the operator's config
 * Possible values:
 * - wait - should wait to exclude host, complete queries and include host back into the cluster
 * - nowait - should NOT wait to exclude host, complete queries and include host back into the cluster
 *
 *
 * @schema ClickHouseKeeperInstallationSpecReconcilingPolicy
 */
export declare enum ClickHouseKeeperInstallationSpecReconcilingPolicy {
    /** wait */
    WAIT = "wait",
    /** nowait */
    NOWAIT = "nowait"
}
/**
 * Optional, defines behavior for cleanup Kubernetes resources during reconcile cycle
 *
 * @schema ClickHouseKeeperInstallationSpecReconcilingCleanup
 */
export interface ClickHouseKeeperInstallationSpecReconcilingCleanup {
    /**
     * Describes what clickhouse-operator should do with found Kubernetes resources which should be managed by clickhouse-operator,
     * but do not have `ownerReference` to any currently managed `ClickHouseInstallation` resource.
     * Default behavior is `Delete`"
     *
     *
     * @schema ClickHouseKeeperInstallationSpecReconcilingCleanup#unknownObjects
     */
    readonly unknownObjects?: ClickHouseKeeperInstallationSpecReconcilingCleanupUnknownObjects;
    /**
     * Describes what clickhouse-operator should do with Kubernetes resources which are failed during reconcile.
     * Default behavior is `Retain`"
     *
     *
     * @schema ClickHouseKeeperInstallationSpecReconcilingCleanup#reconcileFailedObjects
     */
    readonly reconcileFailedObjects?: ClickHouseKeeperInstallationSpecReconcilingCleanupReconcileFailedObjects;
}
/**
 * Converts an object of type 'ClickHouseKeeperInstallationSpecReconcilingCleanup' to JSON representation.
 */
export declare function toJson_ClickHouseKeeperInstallationSpecReconcilingCleanup(obj: ClickHouseKeeperInstallationSpecReconcilingCleanup | undefined): Record<string, any> | undefined;
/**
 * define should replicas be specified by FQDN in `<host></host>`.
 * In case of "no" will use short hostname and clickhouse-server will use kubernetes default suffixes for DNS lookup
 * "no" by default
 *
 *
 * @schema ClickHouseKeeperInstallationSpecDefaultsReplicasUseFqdn
 */
export declare enum ClickHouseKeeperInstallationSpecDefaultsReplicasUseFqdn {
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
 * @schema ClickHouseKeeperInstallationSpecDefaultsDistributedDdl
 */
export interface ClickHouseKeeperInstallationSpecDefaultsDistributedDdl {
    /**
     * Settings from this profile will be used to execute DDL queries
     *
     * @schema ClickHouseKeeperInstallationSpecDefaultsDistributedDdl#profile
     */
    readonly profile?: string;
}
/**
 * Converts an object of type 'ClickHouseKeeperInstallationSpecDefaultsDistributedDdl' to JSON representation.
 */
export declare function toJson_ClickHouseKeeperInstallationSpecDefaultsDistributedDdl(obj: ClickHouseKeeperInstallationSpecDefaultsDistributedDdl | undefined): Record<string, any> | undefined;
/**
 * default storage management options
 *
 * @schema ClickHouseKeeperInstallationSpecDefaultsStorageManagement
 */
export interface ClickHouseKeeperInstallationSpecDefaultsStorageManagement {
    /**
     * defines `PVC` provisioner - be it StatefulSet or the Operator
     *
     * @schema ClickHouseKeeperInstallationSpecDefaultsStorageManagement#provisioner
     */
    readonly provisioner?: ClickHouseKeeperInstallationSpecDefaultsStorageManagementProvisioner;
    /**
     * defines behavior of `PVC` deletion.
     * `Delete` by default, if `Retain` specified then `PVC` will be kept when deleting StatefulSet
     *
     *
     * @schema ClickHouseKeeperInstallationSpecDefaultsStorageManagement#reclaimPolicy
     */
    readonly reclaimPolicy?: ClickHouseKeeperInstallationSpecDefaultsStorageManagementReclaimPolicy;
}
/**
 * Converts an object of type 'ClickHouseKeeperInstallationSpecDefaultsStorageManagement' to JSON representation.
 */
export declare function toJson_ClickHouseKeeperInstallationSpecDefaultsStorageManagement(obj: ClickHouseKeeperInstallationSpecDefaultsStorageManagement | undefined): Record<string, any> | undefined;
/**
 * optional, configuration of the templates names which will use for generate Kubernetes resources according to one or more ClickHouse clusters described in current ClickHouseInstallation (chi) resource
 *
 * @schema ClickHouseKeeperInstallationSpecDefaultsTemplates
 */
export interface ClickHouseKeeperInstallationSpecDefaultsTemplates {
    /**
     * optional, template name from chi.spec.templates.hostTemplates, which will apply to configure every `clickhouse-server` instance during render ConfigMap resources which will mount into `Pod`
     *
     * @schema ClickHouseKeeperInstallationSpecDefaultsTemplates#hostTemplate
     */
    readonly hostTemplate?: string;
    /**
     * optional, template name from chi.spec.templates.podTemplates, allows customization each `Pod` resource during render and reconcile each StatefulSet.spec resource described in `chi.spec.configuration.clusters`
     *
     * @schema ClickHouseKeeperInstallationSpecDefaultsTemplates#podTemplate
     */
    readonly podTemplate?: string;
    /**
     * optional, template name from chi.spec.templates.volumeClaimTemplates, allows customization each `PVC` which will mount for clickhouse data directory in each `Pod` during render and reconcile every StatefulSet.spec resource described in `chi.spec.configuration.clusters`
     *
     * @schema ClickHouseKeeperInstallationSpecDefaultsTemplates#dataVolumeClaimTemplate
     */
    readonly dataVolumeClaimTemplate?: string;
    /**
     * optional, template name from chi.spec.templates.volumeClaimTemplates, allows customization each `PVC` which will mount for clickhouse log directory in each `Pod` during render and reconcile every StatefulSet.spec resource described in `chi.spec.configuration.clusters`
     *
     * @schema ClickHouseKeeperInstallationSpecDefaultsTemplates#logVolumeClaimTemplate
     */
    readonly logVolumeClaimTemplate?: string;
    /**
     * optional, template name from chi.spec.templates.serviceTemplates. used for customization of the `Service` resource, created by `clickhouse-operator` to cover all clusters in whole `chi` resource
     *
     * @schema ClickHouseKeeperInstallationSpecDefaultsTemplates#serviceTemplate
     */
    readonly serviceTemplate?: string;
    /**
     * optional, template names from chi.spec.templates.serviceTemplates. used for customization of the `Service` resources, created by `clickhouse-operator` to cover all clusters in whole `chi` resource
     *
     * @schema ClickHouseKeeperInstallationSpecDefaultsTemplates#serviceTemplates
     */
    readonly serviceTemplates?: string[];
    /**
     * optional, template name from chi.spec.templates.serviceTemplates, allows customization for each `Service` resource which will created by `clickhouse-operator` which cover each clickhouse cluster described in `chi.spec.configuration.clusters`
     *
     * @schema ClickHouseKeeperInstallationSpecDefaultsTemplates#clusterServiceTemplate
     */
    readonly clusterServiceTemplate?: string;
    /**
     * optional, template name from chi.spec.templates.serviceTemplates, allows customization for each `Service` resource which will created by `clickhouse-operator` which cover each shard inside clickhouse cluster described in `chi.spec.configuration.clusters`
     *
     * @schema ClickHouseKeeperInstallationSpecDefaultsTemplates#shardServiceTemplate
     */
    readonly shardServiceTemplate?: string;
    /**
     * optional, template name from chi.spec.templates.serviceTemplates, allows customization for each `Service` resource which will created by `clickhouse-operator` which cover each replica inside each shard inside each clickhouse cluster described in `chi.spec.configuration.clusters`
     *
     * @schema ClickHouseKeeperInstallationSpecDefaultsTemplates#replicaServiceTemplate
     */
    readonly replicaServiceTemplate?: string;
    /**
     * optional, alias for dataVolumeClaimTemplate, template name from chi.spec.templates.volumeClaimTemplates, allows customization each `PVC` which will mount for clickhouse data directory in each `Pod` during render and reconcile every StatefulSet.spec resource described in `chi.spec.configuration.clusters`
     *
     * @schema ClickHouseKeeperInstallationSpecDefaultsTemplates#volumeClaimTemplate
     */
    readonly volumeClaimTemplate?: string;
}
/**
 * Converts an object of type 'ClickHouseKeeperInstallationSpecDefaultsTemplates' to JSON representation.
 */
export declare function toJson_ClickHouseKeeperInstallationSpecDefaultsTemplates(obj: ClickHouseKeeperInstallationSpecDefaultsTemplates | undefined): Record<string, any> | undefined;
/**
 * @schema ClickHouseKeeperInstallationSpecConfigurationClusters
 */
export interface ClickHouseKeeperInstallationSpecConfigurationClusters {
    /**
     * cluster name, used to identify set of servers and wide used during generate names of related Kubernetes resources
     *
     * @schema ClickHouseKeeperInstallationSpecConfigurationClusters#name
     */
    readonly name?: string;
    /**
     * optional, allows configure `clickhouse-server` settings inside <yandex>...</yandex> tag in each `Pod` only in one cluster during generate `ConfigMap` which will mount in `/etc/clickhouse-server/config.d/`
     * override top-level `chi.spec.configuration.settings`
     * More details: https://clickhouse.tech/docs/en/operations/settings/settings/
     *
     *
     * @schema ClickHouseKeeperInstallationSpecConfigurationClusters#settings
     */
    readonly settings?: any;
    /**
     * optional, allows define content of any setting file inside each `Pod` on current cluster during generate `ConfigMap` which will mount in `/etc/clickhouse-server/config.d/` or `/etc/clickhouse-server/conf.d/` or `/etc/clickhouse-server/users.d/`
     * override top-level `chi.spec.configuration.files`
     *
     *
     * @schema ClickHouseKeeperInstallationSpecConfigurationClusters#files
     */
    readonly files?: any;
    /**
     * Specifies whether the Pod Disruption Budget (PDB) should be managed.
     * During the next installation, if PDB management is enabled, the operator will
     * attempt to retrieve any existing PDB. If none is found, it will create a new one
     * and initiate a reconciliation loop. If PDB management is disabled, the existing PDB
     * will remain intact, and the reconciliation loop will not be executed. By default,
     * PDB management is enabled.
     *
     *
     * @schema ClickHouseKeeperInstallationSpecConfigurationClusters#pdbManaged
     */
    readonly pdbManaged?: ClickHouseKeeperInstallationSpecConfigurationClustersPdbManaged;
    /**
     * Pod eviction is allowed if at most "pdbMaxUnavailable" pods are unavailable after the eviction,
     * i.e. even in absence of the evicted pod. For example, one can prevent all voluntary evictions
     * by specifying 0. This is a mutually exclusive setting with "minAvailable".
     *
     *
     * @schema ClickHouseKeeperInstallationSpecConfigurationClusters#pdbMaxUnavailable
     */
    readonly pdbMaxUnavailable?: number;
    /**
     * optional, configuration of the templates names which will use for generate Kubernetes resources according to selected cluster
     * override top-level `chi.spec.configuration.templates`
     *
     *
     * @schema ClickHouseKeeperInstallationSpecConfigurationClusters#templates
     */
    readonly templates?: ClickHouseKeeperInstallationSpecConfigurationClustersTemplates;
    /**
     * describe current cluster layout, how much shards in cluster, how much replica in shard
     * allows override settings on each shard and replica separatelly
     *
     *
     * @schema ClickHouseKeeperInstallationSpecConfigurationClusters#layout
     */
    readonly layout?: ClickHouseKeeperInstallationSpecConfigurationClustersLayout;
}
/**
 * Converts an object of type 'ClickHouseKeeperInstallationSpecConfigurationClusters' to JSON representation.
 */
export declare function toJson_ClickHouseKeeperInstallationSpecConfigurationClusters(obj: ClickHouseKeeperInstallationSpecConfigurationClusters | undefined): Record<string, any> | undefined;
/**
 * @schema ClickHouseKeeperInstallationSpecTemplatesHostTemplates
 */
export interface ClickHouseKeeperInstallationSpecTemplatesHostTemplates {
    /**
     * template name, could use to link inside top-level `chi.spec.defaults.templates.hostTemplate`, cluster-level `chi.spec.configuration.clusters.templates.hostTemplate`, shard-level `chi.spec.configuration.clusters.layout.shards.temlates.hostTemplate`, replica-level `chi.spec.configuration.clusters.layout.replicas.templates.hostTemplate`
     *
     * @schema ClickHouseKeeperInstallationSpecTemplatesHostTemplates#name
     */
    readonly name?: string;
    /**
     * define how will distribute numeric values of named ports in `Pod.spec.containers.ports` and clickhouse-server configs
     *
     * @schema ClickHouseKeeperInstallationSpecTemplatesHostTemplates#portDistribution
     */
    readonly portDistribution?: ClickHouseKeeperInstallationSpecTemplatesHostTemplatesPortDistribution[];
    /**
     * @schema ClickHouseKeeperInstallationSpecTemplatesHostTemplates#spec
     */
    readonly spec?: ClickHouseKeeperInstallationSpecTemplatesHostTemplatesSpec;
}
/**
 * Converts an object of type 'ClickHouseKeeperInstallationSpecTemplatesHostTemplates' to JSON representation.
 */
export declare function toJson_ClickHouseKeeperInstallationSpecTemplatesHostTemplates(obj: ClickHouseKeeperInstallationSpecTemplatesHostTemplates | undefined): Record<string, any> | undefined;
/**
 * @schema ClickHouseKeeperInstallationSpecTemplatesPodTemplates
 */
export interface ClickHouseKeeperInstallationSpecTemplatesPodTemplates {
    /**
     * template name, could use to link inside top-level `chi.spec.defaults.templates.podTemplate`, cluster-level `chi.spec.configuration.clusters.templates.podTemplate`, shard-level `chi.spec.configuration.clusters.layout.shards.temlates.podTemplate`, replica-level `chi.spec.configuration.clusters.layout.replicas.templates.podTemplate`
     *
     * @schema ClickHouseKeeperInstallationSpecTemplatesPodTemplates#name
     */
    readonly name?: string;
    /**
     * allows define format for generated `Pod` name, look to https://github.com/Altinity/clickhouse-operator/blob/master/docs/custom_resource_explained.md#spectemplatesservicetemplates for details about available template variables
     *
     * @schema ClickHouseKeeperInstallationSpecTemplatesPodTemplates#generateName
     */
    readonly generateName?: string;
    /**
     * allows define custom zone name and will separate ClickHouse `Pods` between nodes, shortcut for `chi.spec.templates.podTemplates.spec.affinity.podAntiAffinity`
     *
     * @schema ClickHouseKeeperInstallationSpecTemplatesPodTemplates#zone
     */
    readonly zone?: ClickHouseKeeperInstallationSpecTemplatesPodTemplatesZone;
    /**
     * DEPRECATED, shortcut for `chi.spec.templates.podTemplates.spec.affinity.podAntiAffinity`
     *
     * @schema ClickHouseKeeperInstallationSpecTemplatesPodTemplates#distribution
     */
    readonly distribution?: ClickHouseKeeperInstallationSpecTemplatesPodTemplatesDistribution;
    /**
     * define ClickHouse Pod distribution policy between Kubernetes Nodes inside Shard, Replica, Namespace, CHI, another ClickHouse cluster
     *
     * @schema ClickHouseKeeperInstallationSpecTemplatesPodTemplates#podDistribution
     */
    readonly podDistribution?: ClickHouseKeeperInstallationSpecTemplatesPodTemplatesPodDistribution[];
    /**
     * allows pass standard object's metadata from template to Pod
     * More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata
     *
     *
     * @schema ClickHouseKeeperInstallationSpecTemplatesPodTemplates#metadata
     */
    readonly metadata?: any;
    /**
     * allows define whole Pod.spec inside StaefulSet.spec, look to https://kubernetes.io/docs/concepts/workloads/pods/#pod-templates for details
     *
     * @schema ClickHouseKeeperInstallationSpecTemplatesPodTemplates#spec
     */
    readonly spec?: any;
}
/**
 * Converts an object of type 'ClickHouseKeeperInstallationSpecTemplatesPodTemplates' to JSON representation.
 */
export declare function toJson_ClickHouseKeeperInstallationSpecTemplatesPodTemplates(obj: ClickHouseKeeperInstallationSpecTemplatesPodTemplates | undefined): Record<string, any> | undefined;
/**
 * @schema ClickHouseKeeperInstallationSpecTemplatesVolumeClaimTemplates
 */
export interface ClickHouseKeeperInstallationSpecTemplatesVolumeClaimTemplates {
    /**
     * template name, could use to link inside
     * top-level `chi.spec.defaults.templates.dataVolumeClaimTemplate` or `chi.spec.defaults.templates.logVolumeClaimTemplate`,
     * cluster-level `chi.spec.configuration.clusters.templates.dataVolumeClaimTemplate` or `chi.spec.configuration.clusters.templates.logVolumeClaimTemplate`,
     * shard-level `chi.spec.configuration.clusters.layout.shards.temlates.dataVolumeClaimTemplate` or `chi.spec.configuration.clusters.layout.shards.temlates.logVolumeClaimTemplate`
     * replica-level `chi.spec.configuration.clusters.layout.replicas.templates.dataVolumeClaimTemplate` or `chi.spec.configuration.clusters.layout.replicas.templates.logVolumeClaimTemplate`
     *
     *
     * @schema ClickHouseKeeperInstallationSpecTemplatesVolumeClaimTemplates#name
     */
    readonly name?: string;
    /**
     * defines `PVC` provisioner - be it StatefulSet or the Operator
     *
     * @schema ClickHouseKeeperInstallationSpecTemplatesVolumeClaimTemplates#provisioner
     */
    readonly provisioner?: ClickHouseKeeperInstallationSpecTemplatesVolumeClaimTemplatesProvisioner;
    /**
     * defines behavior of `PVC` deletion.
     * `Delete` by default, if `Retain` specified then `PVC` will be kept when deleting StatefulSet
     *
     *
     * @schema ClickHouseKeeperInstallationSpecTemplatesVolumeClaimTemplates#reclaimPolicy
     */
    readonly reclaimPolicy?: ClickHouseKeeperInstallationSpecTemplatesVolumeClaimTemplatesReclaimPolicy;
    /**
     * allows to pass standard object's metadata from template to PVC
     * More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata
     *
     *
     * @schema ClickHouseKeeperInstallationSpecTemplatesVolumeClaimTemplates#metadata
     */
    readonly metadata?: any;
    /**
     * allows define all aspects of `PVC` resource
     * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes/#persistentvolumeclaims
     *
     *
     * @schema ClickHouseKeeperInstallationSpecTemplatesVolumeClaimTemplates#spec
     */
    readonly spec?: any;
}
/**
 * Converts an object of type 'ClickHouseKeeperInstallationSpecTemplatesVolumeClaimTemplates' to JSON representation.
 */
export declare function toJson_ClickHouseKeeperInstallationSpecTemplatesVolumeClaimTemplates(obj: ClickHouseKeeperInstallationSpecTemplatesVolumeClaimTemplates | undefined): Record<string, any> | undefined;
/**
 * @schema ClickHouseKeeperInstallationSpecTemplatesServiceTemplates
 */
export interface ClickHouseKeeperInstallationSpecTemplatesServiceTemplates {
    /**
     * template name, could use to link inside
     * chi-level `chi.spec.defaults.templates.serviceTemplate`
     * cluster-level `chi.spec.configuration.clusters.templates.clusterServiceTemplate`
     * shard-level `chi.spec.configuration.clusters.layout.shards.temlates.shardServiceTemplate`
     * replica-level `chi.spec.configuration.clusters.layout.replicas.templates.replicaServiceTemplate` or `chi.spec.configuration.clusters.layout.shards.replicas.replicaServiceTemplate`
     *
     *
     * @schema ClickHouseKeeperInstallationSpecTemplatesServiceTemplates#name
     */
    readonly name?: string;
    /**
     * allows define format for generated `Service` name,
     * look to https://github.com/Altinity/clickhouse-operator/blob/master/docs/custom_resource_explained.md#spectemplatesservicetemplates
     * for details about available template variables"
     *
     *
     * @schema ClickHouseKeeperInstallationSpecTemplatesServiceTemplates#generateName
     */
    readonly generateName?: string;
    /**
     * allows pass standard object's metadata from template to Service
     * Could be use for define specificly for Cloud Provider metadata which impact to behavior of service
     * More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata
     *
     *
     * @schema ClickHouseKeeperInstallationSpecTemplatesServiceTemplates#metadata
     */
    readonly metadata?: any;
    /**
     * describe behavior of generated Service
     * More info: https://kubernetes.io/docs/concepts/services-networking/service/
     *
     *
     * @schema ClickHouseKeeperInstallationSpecTemplatesServiceTemplates#spec
     */
    readonly spec?: any;
}
/**
 * Converts an object of type 'ClickHouseKeeperInstallationSpecTemplatesServiceTemplates' to JSON representation.
 */
export declare function toJson_ClickHouseKeeperInstallationSpecTemplatesServiceTemplates(obj: ClickHouseKeeperInstallationSpecTemplatesServiceTemplates | undefined): Record<string, any> | undefined;
/**
 * Describes what clickhouse-operator should do with found Kubernetes resources which should be managed by clickhouse-operator,
 * but do not have `ownerReference` to any currently managed `ClickHouseInstallation` resource.
 * Default behavior is `Delete`"
 *
 *
 * @schema ClickHouseKeeperInstallationSpecReconcilingCleanupUnknownObjects
 */
export interface ClickHouseKeeperInstallationSpecReconcilingCleanupUnknownObjects {
    /**
     * Behavior policy for unknown StatefulSet, `Delete` by default
     *
     * @schema ClickHouseKeeperInstallationSpecReconcilingCleanupUnknownObjects#statefulSet
     */
    readonly statefulSet?: ClickHouseKeeperInstallationSpecReconcilingCleanupUnknownObjectsStatefulSet;
    /**
     * Behavior policy for unknown PVC, `Delete` by default
     *
     * @schema ClickHouseKeeperInstallationSpecReconcilingCleanupUnknownObjects#pvc
     */
    readonly pvc?: ClickHouseKeeperInstallationSpecReconcilingCleanupUnknownObjectsPvc;
    /**
     * Behavior policy for unknown ConfigMap, `Delete` by default
     *
     * @schema ClickHouseKeeperInstallationSpecReconcilingCleanupUnknownObjects#configMap
     */
    readonly configMap?: ClickHouseKeeperInstallationSpecReconcilingCleanupUnknownObjectsConfigMap;
    /**
     * Behavior policy for unknown Service, `Delete` by default
     *
     * @schema ClickHouseKeeperInstallationSpecReconcilingCleanupUnknownObjects#service
     */
    readonly service?: ClickHouseKeeperInstallationSpecReconcilingCleanupUnknownObjectsService;
}
/**
 * Converts an object of type 'ClickHouseKeeperInstallationSpecReconcilingCleanupUnknownObjects' to JSON representation.
 */
export declare function toJson_ClickHouseKeeperInstallationSpecReconcilingCleanupUnknownObjects(obj: ClickHouseKeeperInstallationSpecReconcilingCleanupUnknownObjects | undefined): Record<string, any> | undefined;
/**
 * Describes what clickhouse-operator should do with Kubernetes resources which are failed during reconcile.
 * Default behavior is `Retain`"
 *
 *
 * @schema ClickHouseKeeperInstallationSpecReconcilingCleanupReconcileFailedObjects
 */
export interface ClickHouseKeeperInstallationSpecReconcilingCleanupReconcileFailedObjects {
    /**
     * Behavior policy for failed StatefulSet, `Retain` by default
     *
     * @schema ClickHouseKeeperInstallationSpecReconcilingCleanupReconcileFailedObjects#statefulSet
     */
    readonly statefulSet?: ClickHouseKeeperInstallationSpecReconcilingCleanupReconcileFailedObjectsStatefulSet;
    /**
     * Behavior policy for failed PVC, `Retain` by default
     *
     * @schema ClickHouseKeeperInstallationSpecReconcilingCleanupReconcileFailedObjects#pvc
     */
    readonly pvc?: ClickHouseKeeperInstallationSpecReconcilingCleanupReconcileFailedObjectsPvc;
    /**
     * Behavior policy for failed ConfigMap, `Retain` by default
     *
     * @schema ClickHouseKeeperInstallationSpecReconcilingCleanupReconcileFailedObjects#configMap
     */
    readonly configMap?: ClickHouseKeeperInstallationSpecReconcilingCleanupReconcileFailedObjectsConfigMap;
    /**
     * Behavior policy for failed Service, `Retain` by default
     *
     * @schema ClickHouseKeeperInstallationSpecReconcilingCleanupReconcileFailedObjects#service
     */
    readonly service?: ClickHouseKeeperInstallationSpecReconcilingCleanupReconcileFailedObjectsService;
}
/**
 * Converts an object of type 'ClickHouseKeeperInstallationSpecReconcilingCleanupReconcileFailedObjects' to JSON representation.
 */
export declare function toJson_ClickHouseKeeperInstallationSpecReconcilingCleanupReconcileFailedObjects(obj: ClickHouseKeeperInstallationSpecReconcilingCleanupReconcileFailedObjects | undefined): Record<string, any> | undefined;
/**
 * defines `PVC` provisioner - be it StatefulSet or the Operator
 *
 * @schema ClickHouseKeeperInstallationSpecDefaultsStorageManagementProvisioner
 */
export declare enum ClickHouseKeeperInstallationSpecDefaultsStorageManagementProvisioner {
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
 * @schema ClickHouseKeeperInstallationSpecDefaultsStorageManagementReclaimPolicy
 */
export declare enum ClickHouseKeeperInstallationSpecDefaultsStorageManagementReclaimPolicy {
    /** Retain */
    RETAIN = "Retain",
    /** Delete */
    DELETE = "Delete"
}
/**
 * Specifies whether the Pod Disruption Budget (PDB) should be managed.
 * During the next installation, if PDB management is enabled, the operator will
 * attempt to retrieve any existing PDB. If none is found, it will create a new one
 * and initiate a reconciliation loop. If PDB management is disabled, the existing PDB
 * will remain intact, and the reconciliation loop will not be executed. By default,
 * PDB management is enabled.
 *
 *
 * @schema ClickHouseKeeperInstallationSpecConfigurationClustersPdbManaged
 */
export declare enum ClickHouseKeeperInstallationSpecConfigurationClustersPdbManaged {
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
 * optional, configuration of the templates names which will use for generate Kubernetes resources according to selected cluster
 * override top-level `chi.spec.configuration.templates`
 *
 *
 * @schema ClickHouseKeeperInstallationSpecConfigurationClustersTemplates
 */
export interface ClickHouseKeeperInstallationSpecConfigurationClustersTemplates {
    /**
     * optional, template name from chi.spec.templates.hostTemplates, which will apply to configure every `clickhouse-server` instance during render ConfigMap resources which will mount into `Pod`
     *
     * @schema ClickHouseKeeperInstallationSpecConfigurationClustersTemplates#hostTemplate
     */
    readonly hostTemplate?: string;
    /**
     * optional, template name from chi.spec.templates.podTemplates, allows customization each `Pod` resource during render and reconcile each StatefulSet.spec resource described in `chi.spec.configuration.clusters`
     *
     * @schema ClickHouseKeeperInstallationSpecConfigurationClustersTemplates#podTemplate
     */
    readonly podTemplate?: string;
    /**
     * optional, template name from chi.spec.templates.volumeClaimTemplates, allows customization each `PVC` which will mount for clickhouse data directory in each `Pod` during render and reconcile every StatefulSet.spec resource described in `chi.spec.configuration.clusters`
     *
     * @schema ClickHouseKeeperInstallationSpecConfigurationClustersTemplates#dataVolumeClaimTemplate
     */
    readonly dataVolumeClaimTemplate?: string;
    /**
     * optional, template name from chi.spec.templates.volumeClaimTemplates, allows customization each `PVC` which will mount for clickhouse log directory in each `Pod` during render and reconcile every StatefulSet.spec resource described in `chi.spec.configuration.clusters`
     *
     * @schema ClickHouseKeeperInstallationSpecConfigurationClustersTemplates#logVolumeClaimTemplate
     */
    readonly logVolumeClaimTemplate?: string;
    /**
     * optional, template name from chi.spec.templates.serviceTemplates. used for customization of the `Service` resource, created by `clickhouse-operator` to cover all clusters in whole `chi` resource
     *
     * @schema ClickHouseKeeperInstallationSpecConfigurationClustersTemplates#serviceTemplate
     */
    readonly serviceTemplate?: string;
    /**
     * optional, template names from chi.spec.templates.serviceTemplates. used for customization of the `Service` resources, created by `clickhouse-operator` to cover all clusters in whole `chi` resource
     *
     * @schema ClickHouseKeeperInstallationSpecConfigurationClustersTemplates#serviceTemplates
     */
    readonly serviceTemplates?: string[];
    /**
     * optional, template name from chi.spec.templates.serviceTemplates, allows customization for each `Service` resource which will created by `clickhouse-operator` which cover each clickhouse cluster described in `chi.spec.configuration.clusters`
     *
     * @schema ClickHouseKeeperInstallationSpecConfigurationClustersTemplates#clusterServiceTemplate
     */
    readonly clusterServiceTemplate?: string;
    /**
     * optional, template name from chi.spec.templates.serviceTemplates, allows customization for each `Service` resource which will created by `clickhouse-operator` which cover each shard inside clickhouse cluster described in `chi.spec.configuration.clusters`
     *
     * @schema ClickHouseKeeperInstallationSpecConfigurationClustersTemplates#shardServiceTemplate
     */
    readonly shardServiceTemplate?: string;
    /**
     * optional, template name from chi.spec.templates.serviceTemplates, allows customization for each `Service` resource which will created by `clickhouse-operator` which cover each replica inside each shard inside each clickhouse cluster described in `chi.spec.configuration.clusters`
     *
     * @schema ClickHouseKeeperInstallationSpecConfigurationClustersTemplates#replicaServiceTemplate
     */
    readonly replicaServiceTemplate?: string;
    /**
     * optional, alias for dataVolumeClaimTemplate, template name from chi.spec.templates.volumeClaimTemplates, allows customization each `PVC` which will mount for clickhouse data directory in each `Pod` during render and reconcile every StatefulSet.spec resource described in `chi.spec.configuration.clusters`
     *
     * @schema ClickHouseKeeperInstallationSpecConfigurationClustersTemplates#volumeClaimTemplate
     */
    readonly volumeClaimTemplate?: string;
}
/**
 * Converts an object of type 'ClickHouseKeeperInstallationSpecConfigurationClustersTemplates' to JSON representation.
 */
export declare function toJson_ClickHouseKeeperInstallationSpecConfigurationClustersTemplates(obj: ClickHouseKeeperInstallationSpecConfigurationClustersTemplates | undefined): Record<string, any> | undefined;
/**
 * describe current cluster layout, how much shards in cluster, how much replica in shard
 * allows override settings on each shard and replica separatelly
 *
 *
 * @schema ClickHouseKeeperInstallationSpecConfigurationClustersLayout
 */
export interface ClickHouseKeeperInstallationSpecConfigurationClustersLayout {
    /**
     * how much replicas in each shards for current cluster will run in Kubernetes,
     * each replica is a separate `StatefulSet` which contains only one `Pod` with `clickhouse-server` instance,
     * every shard contains 1 replica by default"
     *
     *
     * @schema ClickHouseKeeperInstallationSpecConfigurationClustersLayout#replicasCount
     */
    readonly replicasCount?: number;
    /**
     * optional, allows override top-level `chi.spec.configuration` and cluster-level `chi.spec.configuration.clusters` configuration for each replica and each shard relates to selected replica, use it only if you fully understand what you do
     *
     * @schema ClickHouseKeeperInstallationSpecConfigurationClustersLayout#replicas
     */
    readonly replicas?: ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicas[];
}
/**
 * Converts an object of type 'ClickHouseKeeperInstallationSpecConfigurationClustersLayout' to JSON representation.
 */
export declare function toJson_ClickHouseKeeperInstallationSpecConfigurationClustersLayout(obj: ClickHouseKeeperInstallationSpecConfigurationClustersLayout | undefined): Record<string, any> | undefined;
/**
 * @schema ClickHouseKeeperInstallationSpecTemplatesHostTemplatesPortDistribution
 */
export interface ClickHouseKeeperInstallationSpecTemplatesHostTemplatesPortDistribution {
    /**
     * type of distribution, when `Unspecified` (default value) then all listen ports on clickhouse-server configuration in all Pods will have the same value, when `ClusterScopeIndex` then ports will increment to offset from base value depends on shard and replica index inside cluster with combination of `chi.spec.templates.podTemlates.spec.HostNetwork` it allows setup ClickHouse cluster inside Kubernetes and provide access via external network bypass Kubernetes internal network
     *
     * @schema ClickHouseKeeperInstallationSpecTemplatesHostTemplatesPortDistribution#type
     */
    readonly type?: ClickHouseKeeperInstallationSpecTemplatesHostTemplatesPortDistributionType;
}
/**
 * Converts an object of type 'ClickHouseKeeperInstallationSpecTemplatesHostTemplatesPortDistribution' to JSON representation.
 */
export declare function toJson_ClickHouseKeeperInstallationSpecTemplatesHostTemplatesPortDistribution(obj: ClickHouseKeeperInstallationSpecTemplatesHostTemplatesPortDistribution | undefined): Record<string, any> | undefined;
/**
 * @schema ClickHouseKeeperInstallationSpecTemplatesHostTemplatesSpec
 */
export interface ClickHouseKeeperInstallationSpecTemplatesHostTemplatesSpec {
    /**
     * by default, hostname will generate, but this allows define custom name for each `clickhouse-server`
     *
     * @schema ClickHouseKeeperInstallationSpecTemplatesHostTemplatesSpec#name
     */
    readonly name?: string;
    /**
     * @schema ClickHouseKeeperInstallationSpecTemplatesHostTemplatesSpec#zkPort
     */
    readonly zkPort?: number;
    /**
     * @schema ClickHouseKeeperInstallationSpecTemplatesHostTemplatesSpec#raftPort
     */
    readonly raftPort?: number;
    /**
     * optional, allows configure `clickhouse-server` settings inside <yandex>...</yandex> tag in each `Pod` where this template will apply during generate `ConfigMap` which will mount in `/etc/clickhouse-server/conf.d/`
     * More details: https://clickhouse.tech/docs/en/operations/settings/settings/
     *
     *
     * @schema ClickHouseKeeperInstallationSpecTemplatesHostTemplatesSpec#settings
     */
    readonly settings?: any;
    /**
     * optional, allows define content of any setting file inside each `Pod` where this template will apply during generate `ConfigMap` which will mount in `/etc/clickhouse-server/config.d/` or `/etc/clickhouse-server/conf.d/` or `/etc/clickhouse-server/users.d/`
     *
     *
     * @schema ClickHouseKeeperInstallationSpecTemplatesHostTemplatesSpec#files
     */
    readonly files?: any;
    /**
     * be careful, this part of CRD allows override template inside template, don't use it if you don't understand what you do
     *
     * @schema ClickHouseKeeperInstallationSpecTemplatesHostTemplatesSpec#templates
     */
    readonly templates?: ClickHouseKeeperInstallationSpecTemplatesHostTemplatesSpecTemplates;
}
/**
 * Converts an object of type 'ClickHouseKeeperInstallationSpecTemplatesHostTemplatesSpec' to JSON representation.
 */
export declare function toJson_ClickHouseKeeperInstallationSpecTemplatesHostTemplatesSpec(obj: ClickHouseKeeperInstallationSpecTemplatesHostTemplatesSpec | undefined): Record<string, any> | undefined;
/**
 * allows define custom zone name and will separate ClickHouse `Pods` between nodes, shortcut for `chi.spec.templates.podTemplates.spec.affinity.podAntiAffinity`
 *
 * @schema ClickHouseKeeperInstallationSpecTemplatesPodTemplatesZone
 */
export interface ClickHouseKeeperInstallationSpecTemplatesPodTemplatesZone {
    /**
     * optional, if defined, allows select kubernetes nodes by label with `name` equal `key`
     *
     * @schema ClickHouseKeeperInstallationSpecTemplatesPodTemplatesZone#key
     */
    readonly key?: string;
    /**
     * optional, if defined, allows select kubernetes nodes by label with `value` in `values`
     *
     * @schema ClickHouseKeeperInstallationSpecTemplatesPodTemplatesZone#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'ClickHouseKeeperInstallationSpecTemplatesPodTemplatesZone' to JSON representation.
 */
export declare function toJson_ClickHouseKeeperInstallationSpecTemplatesPodTemplatesZone(obj: ClickHouseKeeperInstallationSpecTemplatesPodTemplatesZone | undefined): Record<string, any> | undefined;
/**
 * DEPRECATED, shortcut for `chi.spec.templates.podTemplates.spec.affinity.podAntiAffinity`
 *
 * @schema ClickHouseKeeperInstallationSpecTemplatesPodTemplatesDistribution
 */
export declare enum ClickHouseKeeperInstallationSpecTemplatesPodTemplatesDistribution {
    /** Unspecified */
    UNSPECIFIED = "Unspecified",
    /** OnePerHost */
    ONE_PER_HOST = "OnePerHost"
}
/**
 * @schema ClickHouseKeeperInstallationSpecTemplatesPodTemplatesPodDistribution
 */
export interface ClickHouseKeeperInstallationSpecTemplatesPodTemplatesPodDistribution {
    /**
     * you can define multiple affinity policy types
     *
     * @schema ClickHouseKeeperInstallationSpecTemplatesPodTemplatesPodDistribution#type
     */
    readonly type?: ClickHouseKeeperInstallationSpecTemplatesPodTemplatesPodDistributionType;
    /**
     * scope for apply each podDistribution
     *
     * @schema ClickHouseKeeperInstallationSpecTemplatesPodTemplatesPodDistribution#scope
     */
    readonly scope?: ClickHouseKeeperInstallationSpecTemplatesPodTemplatesPodDistributionScope;
    /**
     * define, how much ClickHouse Pods could be inside selected scope with selected distribution type
     *
     * @schema ClickHouseKeeperInstallationSpecTemplatesPodTemplatesPodDistribution#number
     */
    readonly number?: number;
    /**
     * use for inter-pod affinity look to `pod.spec.affinity.podAntiAffinity.preferredDuringSchedulingIgnoredDuringExecution.podAffinityTerm.topologyKey`,
     * more info: https://kubernetes.io/docs/concepts/scheduling-eviction/assign-pod-node/#inter-pod-affinity-and-anti-affinity"
     *
     *
     * @schema ClickHouseKeeperInstallationSpecTemplatesPodTemplatesPodDistribution#topologyKey
     */
    readonly topologyKey?: string;
}
/**
 * Converts an object of type 'ClickHouseKeeperInstallationSpecTemplatesPodTemplatesPodDistribution' to JSON representation.
 */
export declare function toJson_ClickHouseKeeperInstallationSpecTemplatesPodTemplatesPodDistribution(obj: ClickHouseKeeperInstallationSpecTemplatesPodTemplatesPodDistribution | undefined): Record<string, any> | undefined;
/**
 * defines `PVC` provisioner - be it StatefulSet or the Operator
 *
 * @schema ClickHouseKeeperInstallationSpecTemplatesVolumeClaimTemplatesProvisioner
 */
export declare enum ClickHouseKeeperInstallationSpecTemplatesVolumeClaimTemplatesProvisioner {
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
 * @schema ClickHouseKeeperInstallationSpecTemplatesVolumeClaimTemplatesReclaimPolicy
 */
export declare enum ClickHouseKeeperInstallationSpecTemplatesVolumeClaimTemplatesReclaimPolicy {
    /** Retain */
    RETAIN = "Retain",
    /** Delete */
    DELETE = "Delete"
}
/**
 * Behavior policy for unknown StatefulSet, `Delete` by default
 *
 * @schema ClickHouseKeeperInstallationSpecReconcilingCleanupUnknownObjectsStatefulSet
 */
export declare enum ClickHouseKeeperInstallationSpecReconcilingCleanupUnknownObjectsStatefulSet {
    /** Retain */
    RETAIN = "Retain",
    /** Delete */
    DELETE = "Delete"
}
/**
 * Behavior policy for unknown PVC, `Delete` by default
 *
 * @schema ClickHouseKeeperInstallationSpecReconcilingCleanupUnknownObjectsPvc
 */
export declare enum ClickHouseKeeperInstallationSpecReconcilingCleanupUnknownObjectsPvc {
    /** Retain */
    RETAIN = "Retain",
    /** Delete */
    DELETE = "Delete"
}
/**
 * Behavior policy for unknown ConfigMap, `Delete` by default
 *
 * @schema ClickHouseKeeperInstallationSpecReconcilingCleanupUnknownObjectsConfigMap
 */
export declare enum ClickHouseKeeperInstallationSpecReconcilingCleanupUnknownObjectsConfigMap {
    /** Retain */
    RETAIN = "Retain",
    /** Delete */
    DELETE = "Delete"
}
/**
 * Behavior policy for unknown Service, `Delete` by default
 *
 * @schema ClickHouseKeeperInstallationSpecReconcilingCleanupUnknownObjectsService
 */
export declare enum ClickHouseKeeperInstallationSpecReconcilingCleanupUnknownObjectsService {
    /** Retain */
    RETAIN = "Retain",
    /** Delete */
    DELETE = "Delete"
}
/**
 * Behavior policy for failed StatefulSet, `Retain` by default
 *
 * @schema ClickHouseKeeperInstallationSpecReconcilingCleanupReconcileFailedObjectsStatefulSet
 */
export declare enum ClickHouseKeeperInstallationSpecReconcilingCleanupReconcileFailedObjectsStatefulSet {
    /** Retain */
    RETAIN = "Retain",
    /** Delete */
    DELETE = "Delete"
}
/**
 * Behavior policy for failed PVC, `Retain` by default
 *
 * @schema ClickHouseKeeperInstallationSpecReconcilingCleanupReconcileFailedObjectsPvc
 */
export declare enum ClickHouseKeeperInstallationSpecReconcilingCleanupReconcileFailedObjectsPvc {
    /** Retain */
    RETAIN = "Retain",
    /** Delete */
    DELETE = "Delete"
}
/**
 * Behavior policy for failed ConfigMap, `Retain` by default
 *
 * @schema ClickHouseKeeperInstallationSpecReconcilingCleanupReconcileFailedObjectsConfigMap
 */
export declare enum ClickHouseKeeperInstallationSpecReconcilingCleanupReconcileFailedObjectsConfigMap {
    /** Retain */
    RETAIN = "Retain",
    /** Delete */
    DELETE = "Delete"
}
/**
 * Behavior policy for failed Service, `Retain` by default
 *
 * @schema ClickHouseKeeperInstallationSpecReconcilingCleanupReconcileFailedObjectsService
 */
export declare enum ClickHouseKeeperInstallationSpecReconcilingCleanupReconcileFailedObjectsService {
    /** Retain */
    RETAIN = "Retain",
    /** Delete */
    DELETE = "Delete"
}
/**
 * @schema ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicas
 */
export interface ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicas {
    /**
     * optional, by default replica name is generated, but you can override it and setup custom name
     *
     * @schema ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicas#name
     */
    readonly name?: string;
    /**
     * optional, allows configure `clickhouse-server` settings inside <yandex>...</yandex> tag in `Pod` only in one replica during generate `ConfigMap` which will mount in `/etc/clickhouse-server/conf.d/`
     * override top-level `chi.spec.configuration.settings`, cluster-level `chi.spec.configuration.clusters.settings` and will ignore if shard-level `chi.spec.configuration.clusters.layout.shards` present
     * More details: https://clickhouse.tech/docs/en/operations/settings/settings/
     *
     *
     * @schema ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicas#settings
     */
    readonly settings?: any;
    /**
     * optional, allows define content of any setting file inside each `Pod` only in one replica during generate `ConfigMap` which will mount in `/etc/clickhouse-server/config.d/` or `/etc/clickhouse-server/conf.d/` or `/etc/clickhouse-server/users.d/`
     * override top-level `chi.spec.configuration.files` and cluster-level `chi.spec.configuration.clusters.files`, will ignore if `chi.spec.configuration.clusters.layout.shards` presents
     *
     *
     * @schema ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicas#files
     */
    readonly files?: any;
    /**
     * optional, configuration of the templates names which will use for generate Kubernetes resources according to selected replica
     * override top-level `chi.spec.configuration.templates`, cluster-level `chi.spec.configuration.clusters.templates`
     *
     *
     * @schema ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicas#templates
     */
    readonly templates?: ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicasTemplates;
    /**
     * optional, count of shards related to current replica, you can override each shard behavior on low-level `chi.spec.configuration.clusters.layout.replicas.shards`
     *
     * @schema ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicas#shardsCount
     */
    readonly shardsCount?: number;
    /**
     * optional, list of shards related to current replica, will ignore if `chi.spec.configuration.clusters.layout.shards` presents
     *
     * @schema ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicas#shards
     */
    readonly shards?: ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicasShards[];
}
/**
 * Converts an object of type 'ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicas' to JSON representation.
 */
export declare function toJson_ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicas(obj: ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicas | undefined): Record<string, any> | undefined;
/**
 * type of distribution, when `Unspecified` (default value) then all listen ports on clickhouse-server configuration in all Pods will have the same value, when `ClusterScopeIndex` then ports will increment to offset from base value depends on shard and replica index inside cluster with combination of `chi.spec.templates.podTemlates.spec.HostNetwork` it allows setup ClickHouse cluster inside Kubernetes and provide access via external network bypass Kubernetes internal network
 *
 * @schema ClickHouseKeeperInstallationSpecTemplatesHostTemplatesPortDistributionType
 */
export declare enum ClickHouseKeeperInstallationSpecTemplatesHostTemplatesPortDistributionType {
    /** Unspecified */
    UNSPECIFIED = "Unspecified",
    /** ClusterScopeIndex */
    CLUSTER_SCOPE_INDEX = "ClusterScopeIndex"
}
/**
 * be careful, this part of CRD allows override template inside template, don't use it if you don't understand what you do
 *
 * @schema ClickHouseKeeperInstallationSpecTemplatesHostTemplatesSpecTemplates
 */
export interface ClickHouseKeeperInstallationSpecTemplatesHostTemplatesSpecTemplates {
    /**
     * optional, template name from chi.spec.templates.hostTemplates, which will apply to configure every `clickhouse-server` instance during render ConfigMap resources which will mount into `Pod`
     *
     * @schema ClickHouseKeeperInstallationSpecTemplatesHostTemplatesSpecTemplates#hostTemplate
     */
    readonly hostTemplate?: string;
    /**
     * optional, template name from chi.spec.templates.podTemplates, allows customization each `Pod` resource during render and reconcile each StatefulSet.spec resource described in `chi.spec.configuration.clusters`
     *
     * @schema ClickHouseKeeperInstallationSpecTemplatesHostTemplatesSpecTemplates#podTemplate
     */
    readonly podTemplate?: string;
    /**
     * optional, template name from chi.spec.templates.volumeClaimTemplates, allows customization each `PVC` which will mount for clickhouse data directory in each `Pod` during render and reconcile every StatefulSet.spec resource described in `chi.spec.configuration.clusters`
     *
     * @schema ClickHouseKeeperInstallationSpecTemplatesHostTemplatesSpecTemplates#dataVolumeClaimTemplate
     */
    readonly dataVolumeClaimTemplate?: string;
    /**
     * optional, template name from chi.spec.templates.volumeClaimTemplates, allows customization each `PVC` which will mount for clickhouse log directory in each `Pod` during render and reconcile every StatefulSet.spec resource described in `chi.spec.configuration.clusters`
     *
     * @schema ClickHouseKeeperInstallationSpecTemplatesHostTemplatesSpecTemplates#logVolumeClaimTemplate
     */
    readonly logVolumeClaimTemplate?: string;
    /**
     * optional, template name from chi.spec.templates.serviceTemplates. used for customization of the `Service` resource, created by `clickhouse-operator` to cover all clusters in whole `chi` resource
     *
     * @schema ClickHouseKeeperInstallationSpecTemplatesHostTemplatesSpecTemplates#serviceTemplate
     */
    readonly serviceTemplate?: string;
    /**
     * optional, template names from chi.spec.templates.serviceTemplates. used for customization of the `Service` resources, created by `clickhouse-operator` to cover all clusters in whole `chi` resource
     *
     * @schema ClickHouseKeeperInstallationSpecTemplatesHostTemplatesSpecTemplates#serviceTemplates
     */
    readonly serviceTemplates?: string[];
    /**
     * optional, template name from chi.spec.templates.serviceTemplates, allows customization for each `Service` resource which will created by `clickhouse-operator` which cover each clickhouse cluster described in `chi.spec.configuration.clusters`
     *
     * @schema ClickHouseKeeperInstallationSpecTemplatesHostTemplatesSpecTemplates#clusterServiceTemplate
     */
    readonly clusterServiceTemplate?: string;
    /**
     * optional, template name from chi.spec.templates.serviceTemplates, allows customization for each `Service` resource which will created by `clickhouse-operator` which cover each shard inside clickhouse cluster described in `chi.spec.configuration.clusters`
     *
     * @schema ClickHouseKeeperInstallationSpecTemplatesHostTemplatesSpecTemplates#shardServiceTemplate
     */
    readonly shardServiceTemplate?: string;
    /**
     * optional, template name from chi.spec.templates.serviceTemplates, allows customization for each `Service` resource which will created by `clickhouse-operator` which cover each replica inside each shard inside each clickhouse cluster described in `chi.spec.configuration.clusters`
     *
     * @schema ClickHouseKeeperInstallationSpecTemplatesHostTemplatesSpecTemplates#replicaServiceTemplate
     */
    readonly replicaServiceTemplate?: string;
    /**
     * optional, alias for dataVolumeClaimTemplate, template name from chi.spec.templates.volumeClaimTemplates, allows customization each `PVC` which will mount for clickhouse data directory in each `Pod` during render and reconcile every StatefulSet.spec resource described in `chi.spec.configuration.clusters`
     *
     * @schema ClickHouseKeeperInstallationSpecTemplatesHostTemplatesSpecTemplates#volumeClaimTemplate
     */
    readonly volumeClaimTemplate?: string;
}
/**
 * Converts an object of type 'ClickHouseKeeperInstallationSpecTemplatesHostTemplatesSpecTemplates' to JSON representation.
 */
export declare function toJson_ClickHouseKeeperInstallationSpecTemplatesHostTemplatesSpecTemplates(obj: ClickHouseKeeperInstallationSpecTemplatesHostTemplatesSpecTemplates | undefined): Record<string, any> | undefined;
/**
 * you can define multiple affinity policy types
 *
 * @schema ClickHouseKeeperInstallationSpecTemplatesPodTemplatesPodDistributionType
 */
export declare enum ClickHouseKeeperInstallationSpecTemplatesPodTemplatesPodDistributionType {
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
 * @schema ClickHouseKeeperInstallationSpecTemplatesPodTemplatesPodDistributionScope
 */
export declare enum ClickHouseKeeperInstallationSpecTemplatesPodTemplatesPodDistributionScope {
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
 * optional, configuration of the templates names which will use for generate Kubernetes resources according to selected replica
 * override top-level `chi.spec.configuration.templates`, cluster-level `chi.spec.configuration.clusters.templates`
 *
 *
 * @schema ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicasTemplates
 */
export interface ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicasTemplates {
    /**
     * optional, template name from chi.spec.templates.hostTemplates, which will apply to configure every `clickhouse-server` instance during render ConfigMap resources which will mount into `Pod`
     *
     * @schema ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicasTemplates#hostTemplate
     */
    readonly hostTemplate?: string;
    /**
     * optional, template name from chi.spec.templates.podTemplates, allows customization each `Pod` resource during render and reconcile each StatefulSet.spec resource described in `chi.spec.configuration.clusters`
     *
     * @schema ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicasTemplates#podTemplate
     */
    readonly podTemplate?: string;
    /**
     * optional, template name from chi.spec.templates.volumeClaimTemplates, allows customization each `PVC` which will mount for clickhouse data directory in each `Pod` during render and reconcile every StatefulSet.spec resource described in `chi.spec.configuration.clusters`
     *
     * @schema ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicasTemplates#dataVolumeClaimTemplate
     */
    readonly dataVolumeClaimTemplate?: string;
    /**
     * optional, template name from chi.spec.templates.volumeClaimTemplates, allows customization each `PVC` which will mount for clickhouse log directory in each `Pod` during render and reconcile every StatefulSet.spec resource described in `chi.spec.configuration.clusters`
     *
     * @schema ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicasTemplates#logVolumeClaimTemplate
     */
    readonly logVolumeClaimTemplate?: string;
    /**
     * optional, template name from chi.spec.templates.serviceTemplates. used for customization of the `Service` resource, created by `clickhouse-operator` to cover all clusters in whole `chi` resource
     *
     * @schema ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicasTemplates#serviceTemplate
     */
    readonly serviceTemplate?: string;
    /**
     * optional, template names from chi.spec.templates.serviceTemplates. used for customization of the `Service` resources, created by `clickhouse-operator` to cover all clusters in whole `chi` resource
     *
     * @schema ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicasTemplates#serviceTemplates
     */
    readonly serviceTemplates?: string[];
    /**
     * optional, template name from chi.spec.templates.serviceTemplates, allows customization for each `Service` resource which will created by `clickhouse-operator` which cover each clickhouse cluster described in `chi.spec.configuration.clusters`
     *
     * @schema ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicasTemplates#clusterServiceTemplate
     */
    readonly clusterServiceTemplate?: string;
    /**
     * optional, template name from chi.spec.templates.serviceTemplates, allows customization for each `Service` resource which will created by `clickhouse-operator` which cover each shard inside clickhouse cluster described in `chi.spec.configuration.clusters`
     *
     * @schema ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicasTemplates#shardServiceTemplate
     */
    readonly shardServiceTemplate?: string;
    /**
     * optional, template name from chi.spec.templates.serviceTemplates, allows customization for each `Service` resource which will created by `clickhouse-operator` which cover each replica inside each shard inside each clickhouse cluster described in `chi.spec.configuration.clusters`
     *
     * @schema ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicasTemplates#replicaServiceTemplate
     */
    readonly replicaServiceTemplate?: string;
    /**
     * optional, alias for dataVolumeClaimTemplate, template name from chi.spec.templates.volumeClaimTemplates, allows customization each `PVC` which will mount for clickhouse data directory in each `Pod` during render and reconcile every StatefulSet.spec resource described in `chi.spec.configuration.clusters`
     *
     * @schema ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicasTemplates#volumeClaimTemplate
     */
    readonly volumeClaimTemplate?: string;
}
/**
 * Converts an object of type 'ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicasTemplates' to JSON representation.
 */
export declare function toJson_ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicasTemplates(obj: ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicasTemplates | undefined): Record<string, any> | undefined;
/**
 * @schema ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicasShards
 */
export interface ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicasShards {
    /**
     * optional, by default shard name is generated, but you can override it and setup custom name
     *
     * @schema ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicasShards#name
     */
    readonly name?: string;
    /**
     * @schema ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicasShards#zkPort
     */
    readonly zkPort?: number;
    /**
     * @schema ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicasShards#raftPort
     */
    readonly raftPort?: number;
    /**
     * optional, allows configure `clickhouse-server` settings inside <yandex>...</yandex> tag in `Pod` only in one shard related to current replica during generate `ConfigMap` which will mount in `/etc/clickhouse-server/conf.d/`
     * override top-level `chi.spec.configuration.settings`, cluster-level `chi.spec.configuration.clusters.settings` and replica-level `chi.spec.configuration.clusters.layout.replicas.settings`
     * More details: https://clickhouse.tech/docs/en/operations/settings/settings/
     *
     *
     * @schema ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicasShards#settings
     */
    readonly settings?: any;
    /**
     * optional, allows define content of any setting file inside each `Pod` only in one shard related to current replica during generate `ConfigMap` which will mount in `/etc/clickhouse-server/config.d/` or `/etc/clickhouse-server/conf.d/` or `/etc/clickhouse-server/users.d/`
     * override top-level `chi.spec.configuration.files` and cluster-level `chi.spec.configuration.clusters.files`, will ignore if `chi.spec.configuration.clusters.layout.shards` presents
     *
     *
     * @schema ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicasShards#files
     */
    readonly files?: any;
    /**
     * optional, configuration of the templates names which will use for generate Kubernetes resources according to selected replica
     * override top-level `chi.spec.configuration.templates`, cluster-level `chi.spec.configuration.clusters.templates`, replica-level `chi.spec.configuration.clusters.layout.replicas.templates`
     *
     *
     * @schema ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicasShards#templates
     */
    readonly templates?: ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicasShardsTemplates;
}
/**
 * Converts an object of type 'ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicasShards' to JSON representation.
 */
export declare function toJson_ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicasShards(obj: ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicasShards | undefined): Record<string, any> | undefined;
/**
 * optional, configuration of the templates names which will use for generate Kubernetes resources according to selected replica
 * override top-level `chi.spec.configuration.templates`, cluster-level `chi.spec.configuration.clusters.templates`, replica-level `chi.spec.configuration.clusters.layout.replicas.templates`
 *
 *
 * @schema ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicasShardsTemplates
 */
export interface ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicasShardsTemplates {
    /**
     * optional, template name from chi.spec.templates.hostTemplates, which will apply to configure every `clickhouse-server` instance during render ConfigMap resources which will mount into `Pod`
     *
     * @schema ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicasShardsTemplates#hostTemplate
     */
    readonly hostTemplate?: string;
    /**
     * optional, template name from chi.spec.templates.podTemplates, allows customization each `Pod` resource during render and reconcile each StatefulSet.spec resource described in `chi.spec.configuration.clusters`
     *
     * @schema ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicasShardsTemplates#podTemplate
     */
    readonly podTemplate?: string;
    /**
     * optional, template name from chi.spec.templates.volumeClaimTemplates, allows customization each `PVC` which will mount for clickhouse data directory in each `Pod` during render and reconcile every StatefulSet.spec resource described in `chi.spec.configuration.clusters`
     *
     * @schema ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicasShardsTemplates#dataVolumeClaimTemplate
     */
    readonly dataVolumeClaimTemplate?: string;
    /**
     * optional, template name from chi.spec.templates.volumeClaimTemplates, allows customization each `PVC` which will mount for clickhouse log directory in each `Pod` during render and reconcile every StatefulSet.spec resource described in `chi.spec.configuration.clusters`
     *
     * @schema ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicasShardsTemplates#logVolumeClaimTemplate
     */
    readonly logVolumeClaimTemplate?: string;
    /**
     * optional, template name from chi.spec.templates.serviceTemplates. used for customization of the `Service` resource, created by `clickhouse-operator` to cover all clusters in whole `chi` resource
     *
     * @schema ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicasShardsTemplates#serviceTemplate
     */
    readonly serviceTemplate?: string;
    /**
     * optional, template names from chi.spec.templates.serviceTemplates. used for customization of the `Service` resources, created by `clickhouse-operator` to cover all clusters in whole `chi` resource
     *
     * @schema ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicasShardsTemplates#serviceTemplates
     */
    readonly serviceTemplates?: string[];
    /**
     * optional, template name from chi.spec.templates.serviceTemplates, allows customization for each `Service` resource which will created by `clickhouse-operator` which cover each clickhouse cluster described in `chi.spec.configuration.clusters`
     *
     * @schema ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicasShardsTemplates#clusterServiceTemplate
     */
    readonly clusterServiceTemplate?: string;
    /**
     * optional, template name from chi.spec.templates.serviceTemplates, allows customization for each `Service` resource which will created by `clickhouse-operator` which cover each shard inside clickhouse cluster described in `chi.spec.configuration.clusters`
     *
     * @schema ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicasShardsTemplates#shardServiceTemplate
     */
    readonly shardServiceTemplate?: string;
    /**
     * optional, template name from chi.spec.templates.serviceTemplates, allows customization for each `Service` resource which will created by `clickhouse-operator` which cover each replica inside each shard inside each clickhouse cluster described in `chi.spec.configuration.clusters`
     *
     * @schema ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicasShardsTemplates#replicaServiceTemplate
     */
    readonly replicaServiceTemplate?: string;
    /**
     * optional, alias for dataVolumeClaimTemplate, template name from chi.spec.templates.volumeClaimTemplates, allows customization each `PVC` which will mount for clickhouse data directory in each `Pod` during render and reconcile every StatefulSet.spec resource described in `chi.spec.configuration.clusters`
     *
     * @schema ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicasShardsTemplates#volumeClaimTemplate
     */
    readonly volumeClaimTemplate?: string;
}
/**
 * Converts an object of type 'ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicasShardsTemplates' to JSON representation.
 */
export declare function toJson_ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicasShardsTemplates(obj: ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicasShardsTemplates | undefined): Record<string, any> | undefined;
