"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ClickHouseInstallationSpecTemplatesPodTemplatesPodDistributionType = exports.ClickHouseInstallationSpecTemplatesHostTemplatesSpecSecure = exports.ClickHouseInstallationSpecTemplatesHostTemplatesSpecInsecure = exports.ClickHouseInstallationSpecTemplatesHostTemplatesPortDistributionType = exports.ClickHouseInstallationSpecConfigurationClustersSecretAuto = exports.ClickHouseInstallationSpecConfigurationClustersSchemaPolicyShard = exports.ClickHouseInstallationSpecConfigurationClustersSchemaPolicyReplica = exports.ClickHouseInstallationSpecConfigurationClustersZookeeperUseCompression = exports.ClickHouseInstallationSpecConfigurationZookeeperNodesSecure = exports.ClickHouseInstallationSpecReconcileHostWaitInclude = exports.ClickHouseInstallationSpecReconcileHostWaitQueries = exports.ClickHouseInstallationSpecReconcileHostWaitExclude = exports.ClickHouseInstallationSpecReconcileCleanupReconcileFailedObjectsService = exports.ClickHouseInstallationSpecReconcileCleanupReconcileFailedObjectsConfigMap = exports.ClickHouseInstallationSpecReconcileCleanupReconcileFailedObjectsPvc = exports.ClickHouseInstallationSpecReconcileCleanupReconcileFailedObjectsStatefulSet = exports.ClickHouseInstallationSpecReconcileCleanupUnknownObjectsService = exports.ClickHouseInstallationSpecReconcileCleanupUnknownObjectsConfigMap = exports.ClickHouseInstallationSpecReconcileCleanupUnknownObjectsPvc = exports.ClickHouseInstallationSpecReconcileCleanupUnknownObjectsStatefulSet = exports.ClickHouseInstallationSpecReconcilingHostWaitInclude = exports.ClickHouseInstallationSpecReconcilingHostWaitQueries = exports.ClickHouseInstallationSpecReconcilingHostWaitExclude = exports.ClickHouseInstallationSpecReconcilingCleanupReconcileFailedObjectsService = exports.ClickHouseInstallationSpecReconcilingCleanupReconcileFailedObjectsConfigMap = exports.ClickHouseInstallationSpecReconcilingCleanupReconcileFailedObjectsPvc = exports.ClickHouseInstallationSpecReconcilingCleanupReconcileFailedObjectsStatefulSet = exports.ClickHouseInstallationSpecReconcilingCleanupUnknownObjectsService = exports.ClickHouseInstallationSpecReconcilingCleanupUnknownObjectsConfigMap = exports.ClickHouseInstallationSpecReconcilingCleanupUnknownObjectsPvc = exports.ClickHouseInstallationSpecReconcilingCleanupUnknownObjectsStatefulSet = exports.ClickHouseInstallationSpecTemplatesVolumeClaimTemplatesReclaimPolicy = exports.ClickHouseInstallationSpecTemplatesVolumeClaimTemplatesProvisioner = exports.ClickHouseInstallationSpecTemplatesPodTemplatesDistribution = exports.ClickHouseInstallationSpecConfigurationClustersPdbManaged = exports.ClickHouseInstallationSpecConfigurationClustersSecure = exports.ClickHouseInstallationSpecConfigurationClustersInsecure = exports.ClickHouseInstallationSpecConfigurationZookeeperUseCompression = exports.ClickHouseInstallationSpecDefaultsStorageManagementReclaimPolicy = exports.ClickHouseInstallationSpecDefaultsStorageManagementProvisioner = exports.ClickHouseInstallationSpecUseTemplatesUseType = exports.ClickHouseInstallationSpecDefaultsReplicasUseFqdn = exports.ClickHouseInstallationSpecReconcilePolicy = exports.ClickHouseInstallationSpecReconcilingPolicy = exports.ClickHouseInstallationSpecTemplatingPolicy = exports.ClickHouseInstallationSpecTroubleshoot = exports.ClickHouseInstallationSpecSuspend = exports.ClickHouseInstallationSpecRestart = exports.ClickHouseInstallationSpecStop = exports.ClickHouseInstallation = void 0;
exports.ClickHouseInstallationSpecConfigurationClustersReconcileHostDropReplicasActive = exports.ClickHouseInstallationSpecConfigurationClustersReconcileHostDropReplicasOnLostVolume = exports.ClickHouseInstallationSpecConfigurationClustersReconcileHostDropReplicasOnDelete = exports.ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitProbesReadiness = exports.ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitProbesStartup = exports.ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitReplicasNew = exports.ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitReplicasAll = exports.ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShardsSecure = exports.ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShardsInsecure = exports.ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicasSecure = exports.ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicasInsecure = exports.ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitInclude = exports.ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitQueries = exports.ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitExclude = exports.ClickHouseInstallationSpecConfigurationClustersLayoutShardsInternalReplication = exports.ClickHouseInstallationSpecConfigurationClustersZookeeperNodesSecure = exports.ClickHouseInstallationSpecReconcileHostDropReplicasActive = exports.ClickHouseInstallationSpecReconcileHostDropReplicasOnLostVolume = exports.ClickHouseInstallationSpecReconcileHostDropReplicasOnDelete = exports.ClickHouseInstallationSpecReconcileHostWaitProbesReadiness = exports.ClickHouseInstallationSpecReconcileHostWaitProbesStartup = exports.ClickHouseInstallationSpecReconcileHostWaitReplicasNew = exports.ClickHouseInstallationSpecReconcileHostWaitReplicasAll = exports.ClickHouseInstallationSpecReconcileMacrosSectionsFilesEnabled = exports.ClickHouseInstallationSpecReconcileMacrosSectionsSettingsEnabled = exports.ClickHouseInstallationSpecReconcileMacrosSectionsQuotasEnabled = exports.ClickHouseInstallationSpecReconcileMacrosSectionsProfilesEnabled = exports.ClickHouseInstallationSpecReconcileMacrosSectionsUsersEnabled = exports.ClickHouseInstallationSpecReconcilingHostDropReplicasActive = exports.ClickHouseInstallationSpecReconcilingHostDropReplicasOnLostVolume = exports.ClickHouseInstallationSpecReconcilingHostDropReplicasOnDelete = exports.ClickHouseInstallationSpecReconcilingHostWaitProbesReadiness = exports.ClickHouseInstallationSpecReconcilingHostWaitProbesStartup = exports.ClickHouseInstallationSpecReconcilingHostWaitReplicasNew = exports.ClickHouseInstallationSpecReconcilingHostWaitReplicasAll = exports.ClickHouseInstallationSpecReconcilingMacrosSectionsFilesEnabled = exports.ClickHouseInstallationSpecReconcilingMacrosSectionsSettingsEnabled = exports.ClickHouseInstallationSpecReconcilingMacrosSectionsQuotasEnabled = exports.ClickHouseInstallationSpecReconcilingMacrosSectionsProfilesEnabled = exports.ClickHouseInstallationSpecReconcilingMacrosSectionsUsersEnabled = exports.ClickHouseInstallationSpecTemplatesPodTemplatesPodDistributionScope = void 0;
exports.toJson_ClickHouseInstallationProps = toJson_ClickHouseInstallationProps;
exports.toJson_ClickHouseInstallationSpec = toJson_ClickHouseInstallationSpec;
exports.toJson_ClickHouseInstallationSpecTemplating = toJson_ClickHouseInstallationSpecTemplating;
exports.toJson_ClickHouseInstallationSpecReconciling = toJson_ClickHouseInstallationSpecReconciling;
exports.toJson_ClickHouseInstallationSpecReconcile = toJson_ClickHouseInstallationSpecReconcile;
exports.toJson_ClickHouseInstallationSpecDefaults = toJson_ClickHouseInstallationSpecDefaults;
exports.toJson_ClickHouseInstallationSpecConfiguration = toJson_ClickHouseInstallationSpecConfiguration;
exports.toJson_ClickHouseInstallationSpecTemplates = toJson_ClickHouseInstallationSpecTemplates;
exports.toJson_ClickHouseInstallationSpecUseTemplates = toJson_ClickHouseInstallationSpecUseTemplates;
exports.toJson_ClickHouseInstallationSpecReconcilingCleanup = toJson_ClickHouseInstallationSpecReconcilingCleanup;
exports.toJson_ClickHouseInstallationSpecReconcilingMacros = toJson_ClickHouseInstallationSpecReconcilingMacros;
exports.toJson_ClickHouseInstallationSpecReconcilingRuntime = toJson_ClickHouseInstallationSpecReconcilingRuntime;
exports.toJson_ClickHouseInstallationSpecReconcilingHost = toJson_ClickHouseInstallationSpecReconcilingHost;
exports.toJson_ClickHouseInstallationSpecReconcileCleanup = toJson_ClickHouseInstallationSpecReconcileCleanup;
exports.toJson_ClickHouseInstallationSpecReconcileMacros = toJson_ClickHouseInstallationSpecReconcileMacros;
exports.toJson_ClickHouseInstallationSpecReconcileRuntime = toJson_ClickHouseInstallationSpecReconcileRuntime;
exports.toJson_ClickHouseInstallationSpecReconcileHost = toJson_ClickHouseInstallationSpecReconcileHost;
exports.toJson_ClickHouseInstallationSpecDefaultsDistributedDdl = toJson_ClickHouseInstallationSpecDefaultsDistributedDdl;
exports.toJson_ClickHouseInstallationSpecDefaultsStorageManagement = toJson_ClickHouseInstallationSpecDefaultsStorageManagement;
exports.toJson_ClickHouseInstallationSpecDefaultsTemplates = toJson_ClickHouseInstallationSpecDefaultsTemplates;
exports.toJson_ClickHouseInstallationSpecConfigurationZookeeper = toJson_ClickHouseInstallationSpecConfigurationZookeeper;
exports.toJson_ClickHouseInstallationSpecConfigurationClusters = toJson_ClickHouseInstallationSpecConfigurationClusters;
exports.toJson_ClickHouseInstallationSpecTemplatesHostTemplates = toJson_ClickHouseInstallationSpecTemplatesHostTemplates;
exports.toJson_ClickHouseInstallationSpecTemplatesPodTemplates = toJson_ClickHouseInstallationSpecTemplatesPodTemplates;
exports.toJson_ClickHouseInstallationSpecTemplatesVolumeClaimTemplates = toJson_ClickHouseInstallationSpecTemplatesVolumeClaimTemplates;
exports.toJson_ClickHouseInstallationSpecTemplatesServiceTemplates = toJson_ClickHouseInstallationSpecTemplatesServiceTemplates;
exports.toJson_ClickHouseInstallationSpecReconcilingCleanupUnknownObjects = toJson_ClickHouseInstallationSpecReconcilingCleanupUnknownObjects;
exports.toJson_ClickHouseInstallationSpecReconcilingCleanupReconcileFailedObjects = toJson_ClickHouseInstallationSpecReconcilingCleanupReconcileFailedObjects;
exports.toJson_ClickHouseInstallationSpecReconcilingMacrosSections = toJson_ClickHouseInstallationSpecReconcilingMacrosSections;
exports.toJson_ClickHouseInstallationSpecReconcilingHostWait = toJson_ClickHouseInstallationSpecReconcilingHostWait;
exports.toJson_ClickHouseInstallationSpecReconcilingHostDrop = toJson_ClickHouseInstallationSpecReconcilingHostDrop;
exports.toJson_ClickHouseInstallationSpecReconcileCleanupUnknownObjects = toJson_ClickHouseInstallationSpecReconcileCleanupUnknownObjects;
exports.toJson_ClickHouseInstallationSpecReconcileCleanupReconcileFailedObjects = toJson_ClickHouseInstallationSpecReconcileCleanupReconcileFailedObjects;
exports.toJson_ClickHouseInstallationSpecReconcileMacrosSections = toJson_ClickHouseInstallationSpecReconcileMacrosSections;
exports.toJson_ClickHouseInstallationSpecReconcileHostWait = toJson_ClickHouseInstallationSpecReconcileHostWait;
exports.toJson_ClickHouseInstallationSpecReconcileHostDrop = toJson_ClickHouseInstallationSpecReconcileHostDrop;
exports.toJson_ClickHouseInstallationSpecConfigurationZookeeperNodes = toJson_ClickHouseInstallationSpecConfigurationZookeeperNodes;
exports.toJson_ClickHouseInstallationSpecConfigurationClustersZookeeper = toJson_ClickHouseInstallationSpecConfigurationClustersZookeeper;
exports.toJson_ClickHouseInstallationSpecConfigurationClustersTemplates = toJson_ClickHouseInstallationSpecConfigurationClustersTemplates;
exports.toJson_ClickHouseInstallationSpecConfigurationClustersSchemaPolicy = toJson_ClickHouseInstallationSpecConfigurationClustersSchemaPolicy;
exports.toJson_ClickHouseInstallationSpecConfigurationClustersSecret = toJson_ClickHouseInstallationSpecConfigurationClustersSecret;
exports.toJson_ClickHouseInstallationSpecConfigurationClustersReconcile = toJson_ClickHouseInstallationSpecConfigurationClustersReconcile;
exports.toJson_ClickHouseInstallationSpecConfigurationClustersLayout = toJson_ClickHouseInstallationSpecConfigurationClustersLayout;
exports.toJson_ClickHouseInstallationSpecTemplatesHostTemplatesPortDistribution = toJson_ClickHouseInstallationSpecTemplatesHostTemplatesPortDistribution;
exports.toJson_ClickHouseInstallationSpecTemplatesHostTemplatesSpec = toJson_ClickHouseInstallationSpecTemplatesHostTemplatesSpec;
exports.toJson_ClickHouseInstallationSpecTemplatesPodTemplatesZone = toJson_ClickHouseInstallationSpecTemplatesPodTemplatesZone;
exports.toJson_ClickHouseInstallationSpecTemplatesPodTemplatesPodDistribution = toJson_ClickHouseInstallationSpecTemplatesPodTemplatesPodDistribution;
exports.toJson_ClickHouseInstallationSpecReconcilingMacrosSectionsUsers = toJson_ClickHouseInstallationSpecReconcilingMacrosSectionsUsers;
exports.toJson_ClickHouseInstallationSpecReconcilingMacrosSectionsProfiles = toJson_ClickHouseInstallationSpecReconcilingMacrosSectionsProfiles;
exports.toJson_ClickHouseInstallationSpecReconcilingMacrosSectionsQuotas = toJson_ClickHouseInstallationSpecReconcilingMacrosSectionsQuotas;
exports.toJson_ClickHouseInstallationSpecReconcilingMacrosSectionsSettings = toJson_ClickHouseInstallationSpecReconcilingMacrosSectionsSettings;
exports.toJson_ClickHouseInstallationSpecReconcilingMacrosSectionsFiles = toJson_ClickHouseInstallationSpecReconcilingMacrosSectionsFiles;
exports.toJson_ClickHouseInstallationSpecReconcilingHostWaitReplicas = toJson_ClickHouseInstallationSpecReconcilingHostWaitReplicas;
exports.toJson_ClickHouseInstallationSpecReconcilingHostWaitProbes = toJson_ClickHouseInstallationSpecReconcilingHostWaitProbes;
exports.toJson_ClickHouseInstallationSpecReconcilingHostDropReplicas = toJson_ClickHouseInstallationSpecReconcilingHostDropReplicas;
exports.toJson_ClickHouseInstallationSpecReconcileMacrosSectionsUsers = toJson_ClickHouseInstallationSpecReconcileMacrosSectionsUsers;
exports.toJson_ClickHouseInstallationSpecReconcileMacrosSectionsProfiles = toJson_ClickHouseInstallationSpecReconcileMacrosSectionsProfiles;
exports.toJson_ClickHouseInstallationSpecReconcileMacrosSectionsQuotas = toJson_ClickHouseInstallationSpecReconcileMacrosSectionsQuotas;
exports.toJson_ClickHouseInstallationSpecReconcileMacrosSectionsSettings = toJson_ClickHouseInstallationSpecReconcileMacrosSectionsSettings;
exports.toJson_ClickHouseInstallationSpecReconcileMacrosSectionsFiles = toJson_ClickHouseInstallationSpecReconcileMacrosSectionsFiles;
exports.toJson_ClickHouseInstallationSpecReconcileHostWaitReplicas = toJson_ClickHouseInstallationSpecReconcileHostWaitReplicas;
exports.toJson_ClickHouseInstallationSpecReconcileHostWaitProbes = toJson_ClickHouseInstallationSpecReconcileHostWaitProbes;
exports.toJson_ClickHouseInstallationSpecReconcileHostDropReplicas = toJson_ClickHouseInstallationSpecReconcileHostDropReplicas;
exports.toJson_ClickHouseInstallationSpecConfigurationClustersZookeeperNodes = toJson_ClickHouseInstallationSpecConfigurationClustersZookeeperNodes;
exports.toJson_ClickHouseInstallationSpecConfigurationClustersSecretValueFrom = toJson_ClickHouseInstallationSpecConfigurationClustersSecretValueFrom;
exports.toJson_ClickHouseInstallationSpecConfigurationClustersReconcileRuntime = toJson_ClickHouseInstallationSpecConfigurationClustersReconcileRuntime;
exports.toJson_ClickHouseInstallationSpecConfigurationClustersReconcileHost = toJson_ClickHouseInstallationSpecConfigurationClustersReconcileHost;
exports.toJson_ClickHouseInstallationSpecConfigurationClustersLayoutShards = toJson_ClickHouseInstallationSpecConfigurationClustersLayoutShards;
exports.toJson_ClickHouseInstallationSpecConfigurationClustersLayoutReplicas = toJson_ClickHouseInstallationSpecConfigurationClustersLayoutReplicas;
exports.toJson_ClickHouseInstallationSpecTemplatesHostTemplatesSpecTemplates = toJson_ClickHouseInstallationSpecTemplatesHostTemplatesSpecTemplates;
exports.toJson_ClickHouseInstallationSpecConfigurationClustersSecretValueFromSecretKeyRef = toJson_ClickHouseInstallationSpecConfigurationClustersSecretValueFromSecretKeyRef;
exports.toJson_ClickHouseInstallationSpecConfigurationClustersReconcileHostWait = toJson_ClickHouseInstallationSpecConfigurationClustersReconcileHostWait;
exports.toJson_ClickHouseInstallationSpecConfigurationClustersReconcileHostDrop = toJson_ClickHouseInstallationSpecConfigurationClustersReconcileHostDrop;
exports.toJson_ClickHouseInstallationSpecConfigurationClustersLayoutShardsTemplates = toJson_ClickHouseInstallationSpecConfigurationClustersLayoutShardsTemplates;
exports.toJson_ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicas = toJson_ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicas;
exports.toJson_ClickHouseInstallationSpecConfigurationClustersLayoutReplicasTemplates = toJson_ClickHouseInstallationSpecConfigurationClustersLayoutReplicasTemplates;
exports.toJson_ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShards = toJson_ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShards;
exports.toJson_ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitReplicas = toJson_ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitReplicas;
exports.toJson_ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitProbes = toJson_ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitProbes;
exports.toJson_ClickHouseInstallationSpecConfigurationClustersReconcileHostDropReplicas = toJson_ClickHouseInstallationSpecConfigurationClustersReconcileHostDropReplicas;
exports.toJson_ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicasTemplates = toJson_ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicasTemplates;
exports.toJson_ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShardsTemplates = toJson_ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShardsTemplates;
// generated by cdk8s
const cdk8s_1 = require("cdk8s");
/**
 * define a set of Kubernetes resources (StatefulSet, PVC, Service, ConfigMap) which describe behavior one or more clusters
 *
 * @schema ClickHouseInstallation
 */
class ClickHouseInstallation extends cdk8s_1.ApiObject {
    /**
     * Returns the apiVersion and kind for "ClickHouseInstallation"
     */
    static GVK = {
        apiVersion: 'clickhouse.altinity.com/v1',
        kind: 'ClickHouseInstallation',
    };
    /**
     * Renders a Kubernetes manifest for "ClickHouseInstallation".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props) {
        return {
            ...ClickHouseInstallation.GVK,
            ...toJson_ClickHouseInstallationProps(props),
        };
    }
    /**
     * Defines a "ClickHouseInstallation" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope, id, props) {
        super(scope, id, {
            ...ClickHouseInstallation.GVK,
            ...props,
        });
    }
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson() {
        const resolved = super.toJson();
        return {
            ...ClickHouseInstallation.GVK,
            ...toJson_ClickHouseInstallationProps(resolved),
        };
    }
}
exports.ClickHouseInstallation = ClickHouseInstallation;
/**
 * Converts an object of type 'ClickHouseInstallationProps' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClickHouseInstallationProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': obj.metadata,
        'spec': toJson_ClickHouseInstallationSpec(obj.spec),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClickHouseInstallationSpec' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClickHouseInstallationSpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'taskID': obj.taskId,
        'stop': obj.stop,
        'restart': obj.restart,
        'suspend': obj.suspend,
        'troubleshoot': obj.troubleshoot,
        'namespaceDomainPattern': obj.namespaceDomainPattern,
        'templating': toJson_ClickHouseInstallationSpecTemplating(obj.templating),
        'reconciling': toJson_ClickHouseInstallationSpecReconciling(obj.reconciling),
        'reconcile': toJson_ClickHouseInstallationSpecReconcile(obj.reconcile),
        'defaults': toJson_ClickHouseInstallationSpecDefaults(obj.defaults),
        'configuration': toJson_ClickHouseInstallationSpecConfiguration(obj.configuration),
        'templates': toJson_ClickHouseInstallationSpecTemplates(obj.templates),
        'useTemplates': obj.useTemplates?.map(y => toJson_ClickHouseInstallationSpecUseTemplates(y)),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * Allows to stop all ClickHouse clusters defined in a CHI.
 * Works as the following:
 * - When `stop` is `1` operator sets `Replicas: 0` in each StatefulSet. Thie leads to having all `Pods` and `Service` deleted. All PVCs are kept intact.
 * - When `stop` is `0` operator sets `Replicas: 1` and `Pod`s and `Service`s will created again and all retained PVCs will be attached to `Pod`s.
 *
 *
 * @schema ClickHouseInstallationSpecStop
 */
var ClickHouseInstallationSpecStop;
(function (ClickHouseInstallationSpecStop) {
    /** 0 */
    ClickHouseInstallationSpecStop["VALUE_0"] = "0";
    /** 1 */
    ClickHouseInstallationSpecStop["VALUE_1"] = "1";
    /** False */
    ClickHouseInstallationSpecStop["FALSE"] = "False";
    /** True */
    ClickHouseInstallationSpecStop["TRUE"] = "True";
    /** No */
    ClickHouseInstallationSpecStop["NO"] = "No";
    /** Yes */
    ClickHouseInstallationSpecStop["YES"] = "Yes";
    /** Off */
    ClickHouseInstallationSpecStop["OFF"] = "Off";
    /** On */
    ClickHouseInstallationSpecStop["ON"] = "On";
    /** Disable */
    ClickHouseInstallationSpecStop["DISABLE"] = "Disable";
    /** Enable */
    ClickHouseInstallationSpecStop["ENABLE"] = "Enable";
    /** Disabled */
    ClickHouseInstallationSpecStop["DISABLED"] = "Disabled";
    /** Enabled */
    ClickHouseInstallationSpecStop["ENABLED"] = "Enabled";
})(ClickHouseInstallationSpecStop || (exports.ClickHouseInstallationSpecStop = ClickHouseInstallationSpecStop = {}));
/**
 * In case 'RollingUpdate' specified, the operator will always restart ClickHouse pods during reconcile.
 * This options is used in rare cases when force restart is required and is typically removed after the use in order to avoid unneeded restarts.
 *
 *
 * @schema ClickHouseInstallationSpecRestart
 */
var ClickHouseInstallationSpecRestart;
(function (ClickHouseInstallationSpecRestart) {
    /** RollingUpdate */
    ClickHouseInstallationSpecRestart["ROLLING_UPDATE"] = "RollingUpdate";
})(ClickHouseInstallationSpecRestart || (exports.ClickHouseInstallationSpecRestart = ClickHouseInstallationSpecRestart = {}));
/**
 * Suspend reconciliation of resources managed by a ClickHouse Installation.
 * Works as the following:
 * - When `suspend` is `true` operator stops reconciling all resources.
 * - When `suspend` is `false` or not set, operator reconciles all resources.
 *
 *
 * @schema ClickHouseInstallationSpecSuspend
 */
var ClickHouseInstallationSpecSuspend;
(function (ClickHouseInstallationSpecSuspend) {
    /** 0 */
    ClickHouseInstallationSpecSuspend["VALUE_0"] = "0";
    /** 1 */
    ClickHouseInstallationSpecSuspend["VALUE_1"] = "1";
    /** False */
    ClickHouseInstallationSpecSuspend["FALSE"] = "False";
    /** True */
    ClickHouseInstallationSpecSuspend["TRUE"] = "True";
    /** No */
    ClickHouseInstallationSpecSuspend["NO"] = "No";
    /** Yes */
    ClickHouseInstallationSpecSuspend["YES"] = "Yes";
    /** Off */
    ClickHouseInstallationSpecSuspend["OFF"] = "Off";
    /** On */
    ClickHouseInstallationSpecSuspend["ON"] = "On";
    /** Disable */
    ClickHouseInstallationSpecSuspend["DISABLE"] = "Disable";
    /** Enable */
    ClickHouseInstallationSpecSuspend["ENABLE"] = "Enable";
    /** Disabled */
    ClickHouseInstallationSpecSuspend["DISABLED"] = "Disabled";
    /** Enabled */
    ClickHouseInstallationSpecSuspend["ENABLED"] = "Enabled";
})(ClickHouseInstallationSpecSuspend || (exports.ClickHouseInstallationSpecSuspend = ClickHouseInstallationSpecSuspend = {}));
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
var ClickHouseInstallationSpecTroubleshoot;
(function (ClickHouseInstallationSpecTroubleshoot) {
    /** 0 */
    ClickHouseInstallationSpecTroubleshoot["VALUE_0"] = "0";
    /** 1 */
    ClickHouseInstallationSpecTroubleshoot["VALUE_1"] = "1";
    /** False */
    ClickHouseInstallationSpecTroubleshoot["FALSE"] = "False";
    /** True */
    ClickHouseInstallationSpecTroubleshoot["TRUE"] = "True";
    /** No */
    ClickHouseInstallationSpecTroubleshoot["NO"] = "No";
    /** Yes */
    ClickHouseInstallationSpecTroubleshoot["YES"] = "Yes";
    /** Off */
    ClickHouseInstallationSpecTroubleshoot["OFF"] = "Off";
    /** On */
    ClickHouseInstallationSpecTroubleshoot["ON"] = "On";
    /** Disable */
    ClickHouseInstallationSpecTroubleshoot["DISABLE"] = "Disable";
    /** Enable */
    ClickHouseInstallationSpecTroubleshoot["ENABLE"] = "Enable";
    /** Disabled */
    ClickHouseInstallationSpecTroubleshoot["DISABLED"] = "Disabled";
    /** Enabled */
    ClickHouseInstallationSpecTroubleshoot["ENABLED"] = "Enabled";
})(ClickHouseInstallationSpecTroubleshoot || (exports.ClickHouseInstallationSpecTroubleshoot = ClickHouseInstallationSpecTroubleshoot = {}));
/**
 * Converts an object of type 'ClickHouseInstallationSpecTemplating' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClickHouseInstallationSpecTemplating(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'policy': obj.policy,
        'chiSelector': obj.chiSelector,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecReconciling' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClickHouseInstallationSpecReconciling(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'policy': obj.policy,
        'configMapPropagationTimeout': obj.configMapPropagationTimeout,
        'cleanup': toJson_ClickHouseInstallationSpecReconcilingCleanup(obj.cleanup),
        'macros': toJson_ClickHouseInstallationSpecReconcilingMacros(obj.macros),
        'runtime': toJson_ClickHouseInstallationSpecReconcilingRuntime(obj.runtime),
        'host': toJson_ClickHouseInstallationSpecReconcilingHost(obj.host),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecReconcile' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClickHouseInstallationSpecReconcile(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'policy': obj.policy,
        'configMapPropagationTimeout': obj.configMapPropagationTimeout,
        'cleanup': toJson_ClickHouseInstallationSpecReconcileCleanup(obj.cleanup),
        'macros': toJson_ClickHouseInstallationSpecReconcileMacros(obj.macros),
        'runtime': toJson_ClickHouseInstallationSpecReconcileRuntime(obj.runtime),
        'host': toJson_ClickHouseInstallationSpecReconcileHost(obj.host),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecDefaults' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClickHouseInstallationSpecDefaults(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'replicasUseFQDN': obj.replicasUseFqdn,
        'distributedDDL': toJson_ClickHouseInstallationSpecDefaultsDistributedDdl(obj.distributedDdl),
        'storageManagement': toJson_ClickHouseInstallationSpecDefaultsStorageManagement(obj.storageManagement),
        'templates': toJson_ClickHouseInstallationSpecDefaultsTemplates(obj.templates),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecConfiguration' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClickHouseInstallationSpecConfiguration(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'zookeeper': toJson_ClickHouseInstallationSpecConfigurationZookeeper(obj.zookeeper),
        'users': obj.users,
        'profiles': obj.profiles,
        'quotas': obj.quotas,
        'settings': obj.settings,
        'files': obj.files,
        'clusters': obj.clusters?.map(y => toJson_ClickHouseInstallationSpecConfigurationClusters(y)),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecTemplates' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClickHouseInstallationSpecTemplates(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'hostTemplates': obj.hostTemplates?.map(y => toJson_ClickHouseInstallationSpecTemplatesHostTemplates(y)),
        'podTemplates': obj.podTemplates?.map(y => toJson_ClickHouseInstallationSpecTemplatesPodTemplates(y)),
        'volumeClaimTemplates': obj.volumeClaimTemplates?.map(y => toJson_ClickHouseInstallationSpecTemplatesVolumeClaimTemplates(y)),
        'serviceTemplates': obj.serviceTemplates?.map(y => toJson_ClickHouseInstallationSpecTemplatesServiceTemplates(y)),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecUseTemplates' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClickHouseInstallationSpecUseTemplates(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'namespace': obj.namespace,
        'useType': obj.useType,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * When defined as `auto` inside ClickhouseInstallationTemplate, this ClickhouseInstallationTemplate
 * will be auto-added into ClickHouseInstallation, selectable by `chiSelector`.
 * Default value is `manual`, meaning ClickHouseInstallation should request this ClickhouseInstallationTemplate explicitly.
 *
 *
 * @schema ClickHouseInstallationSpecTemplatingPolicy
 */
var ClickHouseInstallationSpecTemplatingPolicy;
(function (ClickHouseInstallationSpecTemplatingPolicy) {
    /** auto */
    ClickHouseInstallationSpecTemplatingPolicy["AUTO"] = "auto";
    /** manual */
    ClickHouseInstallationSpecTemplatingPolicy["MANUAL"] = "manual";
})(ClickHouseInstallationSpecTemplatingPolicy || (exports.ClickHouseInstallationSpecTemplatingPolicy = ClickHouseInstallationSpecTemplatingPolicy = {}));
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
var ClickHouseInstallationSpecReconcilingPolicy;
(function (ClickHouseInstallationSpecReconcilingPolicy) {
    /** wait */
    ClickHouseInstallationSpecReconcilingPolicy["WAIT"] = "wait";
    /** nowait */
    ClickHouseInstallationSpecReconcilingPolicy["NOWAIT"] = "nowait";
})(ClickHouseInstallationSpecReconcilingPolicy || (exports.ClickHouseInstallationSpecReconcilingPolicy = ClickHouseInstallationSpecReconcilingPolicy = {}));
/**
 * Converts an object of type 'ClickHouseInstallationSpecReconcilingCleanup' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClickHouseInstallationSpecReconcilingCleanup(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'unknownObjects': toJson_ClickHouseInstallationSpecReconcilingCleanupUnknownObjects(obj.unknownObjects),
        'reconcileFailedObjects': toJson_ClickHouseInstallationSpecReconcilingCleanupReconcileFailedObjects(obj.reconcileFailedObjects),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecReconcilingMacros' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClickHouseInstallationSpecReconcilingMacros(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'sections': toJson_ClickHouseInstallationSpecReconcilingMacrosSections(obj.sections),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecReconcilingRuntime' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClickHouseInstallationSpecReconcilingRuntime(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'reconcileShardsThreadsNumber': obj.reconcileShardsThreadsNumber,
        'reconcileShardsMaxConcurrencyPercent': obj.reconcileShardsMaxConcurrencyPercent,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecReconcilingHost' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClickHouseInstallationSpecReconcilingHost(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'wait': toJson_ClickHouseInstallationSpecReconcilingHostWait(obj.wait),
        'drop': toJson_ClickHouseInstallationSpecReconcilingHostDrop(obj.drop),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
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
var ClickHouseInstallationSpecReconcilePolicy;
(function (ClickHouseInstallationSpecReconcilePolicy) {
    /** wait */
    ClickHouseInstallationSpecReconcilePolicy["WAIT"] = "wait";
    /** nowait */
    ClickHouseInstallationSpecReconcilePolicy["NOWAIT"] = "nowait";
})(ClickHouseInstallationSpecReconcilePolicy || (exports.ClickHouseInstallationSpecReconcilePolicy = ClickHouseInstallationSpecReconcilePolicy = {}));
/**
 * Converts an object of type 'ClickHouseInstallationSpecReconcileCleanup' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClickHouseInstallationSpecReconcileCleanup(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'unknownObjects': toJson_ClickHouseInstallationSpecReconcileCleanupUnknownObjects(obj.unknownObjects),
        'reconcileFailedObjects': toJson_ClickHouseInstallationSpecReconcileCleanupReconcileFailedObjects(obj.reconcileFailedObjects),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecReconcileMacros' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClickHouseInstallationSpecReconcileMacros(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'sections': toJson_ClickHouseInstallationSpecReconcileMacrosSections(obj.sections),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecReconcileRuntime' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClickHouseInstallationSpecReconcileRuntime(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'reconcileShardsThreadsNumber': obj.reconcileShardsThreadsNumber,
        'reconcileShardsMaxConcurrencyPercent': obj.reconcileShardsMaxConcurrencyPercent,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecReconcileHost' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClickHouseInstallationSpecReconcileHost(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'wait': toJson_ClickHouseInstallationSpecReconcileHostWait(obj.wait),
        'drop': toJson_ClickHouseInstallationSpecReconcileHostDrop(obj.drop),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * define should replicas be specified by FQDN in `<host></host>`.
 * In case of "no" will use short hostname and clickhouse-server will use kubernetes default suffixes for DNS lookup
 * "no" by default
 *
 *
 * @schema ClickHouseInstallationSpecDefaultsReplicasUseFqdn
 */
var ClickHouseInstallationSpecDefaultsReplicasUseFqdn;
(function (ClickHouseInstallationSpecDefaultsReplicasUseFqdn) {
    /** 0 */
    ClickHouseInstallationSpecDefaultsReplicasUseFqdn["VALUE_0"] = "0";
    /** 1 */
    ClickHouseInstallationSpecDefaultsReplicasUseFqdn["VALUE_1"] = "1";
    /** False */
    ClickHouseInstallationSpecDefaultsReplicasUseFqdn["FALSE"] = "False";
    /** True */
    ClickHouseInstallationSpecDefaultsReplicasUseFqdn["TRUE"] = "True";
    /** No */
    ClickHouseInstallationSpecDefaultsReplicasUseFqdn["NO"] = "No";
    /** Yes */
    ClickHouseInstallationSpecDefaultsReplicasUseFqdn["YES"] = "Yes";
    /** Off */
    ClickHouseInstallationSpecDefaultsReplicasUseFqdn["OFF"] = "Off";
    /** On */
    ClickHouseInstallationSpecDefaultsReplicasUseFqdn["ON"] = "On";
    /** Disable */
    ClickHouseInstallationSpecDefaultsReplicasUseFqdn["DISABLE"] = "Disable";
    /** Enable */
    ClickHouseInstallationSpecDefaultsReplicasUseFqdn["ENABLE"] = "Enable";
    /** Disabled */
    ClickHouseInstallationSpecDefaultsReplicasUseFqdn["DISABLED"] = "Disabled";
    /** Enabled */
    ClickHouseInstallationSpecDefaultsReplicasUseFqdn["ENABLED"] = "Enabled";
})(ClickHouseInstallationSpecDefaultsReplicasUseFqdn || (exports.ClickHouseInstallationSpecDefaultsReplicasUseFqdn = ClickHouseInstallationSpecDefaultsReplicasUseFqdn = {}));
/**
 * Converts an object of type 'ClickHouseInstallationSpecDefaultsDistributedDdl' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClickHouseInstallationSpecDefaultsDistributedDdl(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'profile': obj.profile,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecDefaultsStorageManagement' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClickHouseInstallationSpecDefaultsStorageManagement(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'provisioner': obj.provisioner,
        'reclaimPolicy': obj.reclaimPolicy,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecDefaultsTemplates' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClickHouseInstallationSpecDefaultsTemplates(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'hostTemplate': obj.hostTemplate,
        'podTemplate': obj.podTemplate,
        'dataVolumeClaimTemplate': obj.dataVolumeClaimTemplate,
        'logVolumeClaimTemplate': obj.logVolumeClaimTemplate,
        'serviceTemplate': obj.serviceTemplate,
        'serviceTemplates': obj.serviceTemplates?.map(y => y),
        'clusterServiceTemplate': obj.clusterServiceTemplate,
        'shardServiceTemplate': obj.shardServiceTemplate,
        'replicaServiceTemplate': obj.replicaServiceTemplate,
        'volumeClaimTemplate': obj.volumeClaimTemplate,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecConfigurationZookeeper' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClickHouseInstallationSpecConfigurationZookeeper(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'nodes': obj.nodes?.map(y => toJson_ClickHouseInstallationSpecConfigurationZookeeperNodes(y)),
        'session_timeout_ms': obj.sessionTimeoutMs,
        'operation_timeout_ms': obj.operationTimeoutMs,
        'root': obj.root,
        'identity': obj.identity,
        'use_compression': obj.useCompression,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecConfigurationClusters' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClickHouseInstallationSpecConfigurationClusters(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'zookeeper': toJson_ClickHouseInstallationSpecConfigurationClustersZookeeper(obj.zookeeper),
        'settings': obj.settings,
        'files': obj.files,
        'templates': toJson_ClickHouseInstallationSpecConfigurationClustersTemplates(obj.templates),
        'schemaPolicy': toJson_ClickHouseInstallationSpecConfigurationClustersSchemaPolicy(obj.schemaPolicy),
        'insecure': obj.insecure,
        'secure': obj.secure,
        'secret': toJson_ClickHouseInstallationSpecConfigurationClustersSecret(obj.secret),
        'pdbManaged': obj.pdbManaged,
        'pdbMaxUnavailable': obj.pdbMaxUnavailable,
        'reconcile': toJson_ClickHouseInstallationSpecConfigurationClustersReconcile(obj.reconcile),
        'layout': toJson_ClickHouseInstallationSpecConfigurationClustersLayout(obj.layout),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecTemplatesHostTemplates' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClickHouseInstallationSpecTemplatesHostTemplates(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'portDistribution': obj.portDistribution?.map(y => toJson_ClickHouseInstallationSpecTemplatesHostTemplatesPortDistribution(y)),
        'spec': toJson_ClickHouseInstallationSpecTemplatesHostTemplatesSpec(obj.spec),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecTemplatesPodTemplates' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClickHouseInstallationSpecTemplatesPodTemplates(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'generateName': obj.generateName,
        'zone': toJson_ClickHouseInstallationSpecTemplatesPodTemplatesZone(obj.zone),
        'distribution': obj.distribution,
        'podDistribution': obj.podDistribution?.map(y => toJson_ClickHouseInstallationSpecTemplatesPodTemplatesPodDistribution(y)),
        'metadata': obj.metadata,
        'spec': obj.spec,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecTemplatesVolumeClaimTemplates' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClickHouseInstallationSpecTemplatesVolumeClaimTemplates(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'provisioner': obj.provisioner,
        'reclaimPolicy': obj.reclaimPolicy,
        'metadata': obj.metadata,
        'spec': obj.spec,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecTemplatesServiceTemplates' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClickHouseInstallationSpecTemplatesServiceTemplates(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'generateName': obj.generateName,
        'metadata': obj.metadata,
        'spec': obj.spec,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * optional, current strategy is only merge, and current `chi` settings have more priority than merged template `chit`
 *
 * @schema ClickHouseInstallationSpecUseTemplatesUseType
 */
var ClickHouseInstallationSpecUseTemplatesUseType;
(function (ClickHouseInstallationSpecUseTemplatesUseType) {
    /** merge */
    ClickHouseInstallationSpecUseTemplatesUseType["MERGE"] = "merge";
})(ClickHouseInstallationSpecUseTemplatesUseType || (exports.ClickHouseInstallationSpecUseTemplatesUseType = ClickHouseInstallationSpecUseTemplatesUseType = {}));
/**
 * Converts an object of type 'ClickHouseInstallationSpecReconcilingCleanupUnknownObjects' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClickHouseInstallationSpecReconcilingCleanupUnknownObjects(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'statefulSet': obj.statefulSet,
        'pvc': obj.pvc,
        'configMap': obj.configMap,
        'service': obj.service,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecReconcilingCleanupReconcileFailedObjects' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClickHouseInstallationSpecReconcilingCleanupReconcileFailedObjects(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'statefulSet': obj.statefulSet,
        'pvc': obj.pvc,
        'configMap': obj.configMap,
        'service': obj.service,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecReconcilingMacrosSections' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClickHouseInstallationSpecReconcilingMacrosSections(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'users': toJson_ClickHouseInstallationSpecReconcilingMacrosSectionsUsers(obj.users),
        'profiles': toJson_ClickHouseInstallationSpecReconcilingMacrosSectionsProfiles(obj.profiles),
        'quotas': toJson_ClickHouseInstallationSpecReconcilingMacrosSectionsQuotas(obj.quotas),
        'settings': toJson_ClickHouseInstallationSpecReconcilingMacrosSectionsSettings(obj.settings),
        'files': toJson_ClickHouseInstallationSpecReconcilingMacrosSectionsFiles(obj.files),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecReconcilingHostWait' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClickHouseInstallationSpecReconcilingHostWait(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'exclude': obj.exclude,
        'queries': obj.queries,
        'include': obj.include,
        'replicas': toJson_ClickHouseInstallationSpecReconcilingHostWaitReplicas(obj.replicas),
        'probes': toJson_ClickHouseInstallationSpecReconcilingHostWaitProbes(obj.probes),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecReconcilingHostDrop' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClickHouseInstallationSpecReconcilingHostDrop(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'replicas': toJson_ClickHouseInstallationSpecReconcilingHostDropReplicas(obj.replicas),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecReconcileCleanupUnknownObjects' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClickHouseInstallationSpecReconcileCleanupUnknownObjects(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'statefulSet': obj.statefulSet,
        'pvc': obj.pvc,
        'configMap': obj.configMap,
        'service': obj.service,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecReconcileCleanupReconcileFailedObjects' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClickHouseInstallationSpecReconcileCleanupReconcileFailedObjects(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'statefulSet': obj.statefulSet,
        'pvc': obj.pvc,
        'configMap': obj.configMap,
        'service': obj.service,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecReconcileMacrosSections' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClickHouseInstallationSpecReconcileMacrosSections(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'users': toJson_ClickHouseInstallationSpecReconcileMacrosSectionsUsers(obj.users),
        'profiles': toJson_ClickHouseInstallationSpecReconcileMacrosSectionsProfiles(obj.profiles),
        'quotas': toJson_ClickHouseInstallationSpecReconcileMacrosSectionsQuotas(obj.quotas),
        'settings': toJson_ClickHouseInstallationSpecReconcileMacrosSectionsSettings(obj.settings),
        'files': toJson_ClickHouseInstallationSpecReconcileMacrosSectionsFiles(obj.files),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecReconcileHostWait' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClickHouseInstallationSpecReconcileHostWait(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'exclude': obj.exclude,
        'queries': obj.queries,
        'include': obj.include,
        'replicas': toJson_ClickHouseInstallationSpecReconcileHostWaitReplicas(obj.replicas),
        'probes': toJson_ClickHouseInstallationSpecReconcileHostWaitProbes(obj.probes),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecReconcileHostDrop' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClickHouseInstallationSpecReconcileHostDrop(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'replicas': toJson_ClickHouseInstallationSpecReconcileHostDropReplicas(obj.replicas),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * defines `PVC` provisioner - be it StatefulSet or the Operator
 *
 * @schema ClickHouseInstallationSpecDefaultsStorageManagementProvisioner
 */
var ClickHouseInstallationSpecDefaultsStorageManagementProvisioner;
(function (ClickHouseInstallationSpecDefaultsStorageManagementProvisioner) {
    /** StatefulSet */
    ClickHouseInstallationSpecDefaultsStorageManagementProvisioner["STATEFUL_SET"] = "StatefulSet";
    /** Operator */
    ClickHouseInstallationSpecDefaultsStorageManagementProvisioner["OPERATOR"] = "Operator";
})(ClickHouseInstallationSpecDefaultsStorageManagementProvisioner || (exports.ClickHouseInstallationSpecDefaultsStorageManagementProvisioner = ClickHouseInstallationSpecDefaultsStorageManagementProvisioner = {}));
/**
 * defines behavior of `PVC` deletion.
 * `Delete` by default, if `Retain` specified then `PVC` will be kept when deleting StatefulSet
 *
 *
 * @schema ClickHouseInstallationSpecDefaultsStorageManagementReclaimPolicy
 */
var ClickHouseInstallationSpecDefaultsStorageManagementReclaimPolicy;
(function (ClickHouseInstallationSpecDefaultsStorageManagementReclaimPolicy) {
    /** Retain */
    ClickHouseInstallationSpecDefaultsStorageManagementReclaimPolicy["RETAIN"] = "Retain";
    /** Delete */
    ClickHouseInstallationSpecDefaultsStorageManagementReclaimPolicy["DELETE"] = "Delete";
})(ClickHouseInstallationSpecDefaultsStorageManagementReclaimPolicy || (exports.ClickHouseInstallationSpecDefaultsStorageManagementReclaimPolicy = ClickHouseInstallationSpecDefaultsStorageManagementReclaimPolicy = {}));
/**
 * Converts an object of type 'ClickHouseInstallationSpecConfigurationZookeeperNodes' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClickHouseInstallationSpecConfigurationZookeeperNodes(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'host': obj.host,
        'port': obj.port,
        'secure': obj.secure,
        'availabilityZone': obj.availabilityZone,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * Enables compression in Keeper protocol if set to true
 *
 * @schema ClickHouseInstallationSpecConfigurationZookeeperUseCompression
 */
var ClickHouseInstallationSpecConfigurationZookeeperUseCompression;
(function (ClickHouseInstallationSpecConfigurationZookeeperUseCompression) {
    /** 0 */
    ClickHouseInstallationSpecConfigurationZookeeperUseCompression["VALUE_0"] = "0";
    /** 1 */
    ClickHouseInstallationSpecConfigurationZookeeperUseCompression["VALUE_1"] = "1";
    /** False */
    ClickHouseInstallationSpecConfigurationZookeeperUseCompression["FALSE"] = "False";
    /** True */
    ClickHouseInstallationSpecConfigurationZookeeperUseCompression["TRUE"] = "True";
    /** No */
    ClickHouseInstallationSpecConfigurationZookeeperUseCompression["NO"] = "No";
    /** Yes */
    ClickHouseInstallationSpecConfigurationZookeeperUseCompression["YES"] = "Yes";
    /** Off */
    ClickHouseInstallationSpecConfigurationZookeeperUseCompression["OFF"] = "Off";
    /** On */
    ClickHouseInstallationSpecConfigurationZookeeperUseCompression["ON"] = "On";
    /** Disable */
    ClickHouseInstallationSpecConfigurationZookeeperUseCompression["DISABLE"] = "Disable";
    /** Enable */
    ClickHouseInstallationSpecConfigurationZookeeperUseCompression["ENABLE"] = "Enable";
    /** Disabled */
    ClickHouseInstallationSpecConfigurationZookeeperUseCompression["DISABLED"] = "Disabled";
    /** Enabled */
    ClickHouseInstallationSpecConfigurationZookeeperUseCompression["ENABLED"] = "Enabled";
})(ClickHouseInstallationSpecConfigurationZookeeperUseCompression || (exports.ClickHouseInstallationSpecConfigurationZookeeperUseCompression = ClickHouseInstallationSpecConfigurationZookeeperUseCompression = {}));
/**
 * Converts an object of type 'ClickHouseInstallationSpecConfigurationClustersZookeeper' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClickHouseInstallationSpecConfigurationClustersZookeeper(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'nodes': obj.nodes?.map(y => toJson_ClickHouseInstallationSpecConfigurationClustersZookeeperNodes(y)),
        'session_timeout_ms': obj.sessionTimeoutMs,
        'operation_timeout_ms': obj.operationTimeoutMs,
        'root': obj.root,
        'identity': obj.identity,
        'use_compression': obj.useCompression,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecConfigurationClustersTemplates' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClickHouseInstallationSpecConfigurationClustersTemplates(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'hostTemplate': obj.hostTemplate,
        'podTemplate': obj.podTemplate,
        'dataVolumeClaimTemplate': obj.dataVolumeClaimTemplate,
        'logVolumeClaimTemplate': obj.logVolumeClaimTemplate,
        'serviceTemplate': obj.serviceTemplate,
        'serviceTemplates': obj.serviceTemplates?.map(y => y),
        'clusterServiceTemplate': obj.clusterServiceTemplate,
        'shardServiceTemplate': obj.shardServiceTemplate,
        'replicaServiceTemplate': obj.replicaServiceTemplate,
        'volumeClaimTemplate': obj.volumeClaimTemplate,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecConfigurationClustersSchemaPolicy' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClickHouseInstallationSpecConfigurationClustersSchemaPolicy(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'replica': obj.replica,
        'shard': obj.shard,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * optional, open insecure ports for cluster, defaults to "yes"
 *
 * @schema ClickHouseInstallationSpecConfigurationClustersInsecure
 */
var ClickHouseInstallationSpecConfigurationClustersInsecure;
(function (ClickHouseInstallationSpecConfigurationClustersInsecure) {
    /** 0 */
    ClickHouseInstallationSpecConfigurationClustersInsecure["VALUE_0"] = "0";
    /** 1 */
    ClickHouseInstallationSpecConfigurationClustersInsecure["VALUE_1"] = "1";
    /** False */
    ClickHouseInstallationSpecConfigurationClustersInsecure["FALSE"] = "False";
    /** True */
    ClickHouseInstallationSpecConfigurationClustersInsecure["TRUE"] = "True";
    /** No */
    ClickHouseInstallationSpecConfigurationClustersInsecure["NO"] = "No";
    /** Yes */
    ClickHouseInstallationSpecConfigurationClustersInsecure["YES"] = "Yes";
    /** Off */
    ClickHouseInstallationSpecConfigurationClustersInsecure["OFF"] = "Off";
    /** On */
    ClickHouseInstallationSpecConfigurationClustersInsecure["ON"] = "On";
    /** Disable */
    ClickHouseInstallationSpecConfigurationClustersInsecure["DISABLE"] = "Disable";
    /** Enable */
    ClickHouseInstallationSpecConfigurationClustersInsecure["ENABLE"] = "Enable";
    /** Disabled */
    ClickHouseInstallationSpecConfigurationClustersInsecure["DISABLED"] = "Disabled";
    /** Enabled */
    ClickHouseInstallationSpecConfigurationClustersInsecure["ENABLED"] = "Enabled";
})(ClickHouseInstallationSpecConfigurationClustersInsecure || (exports.ClickHouseInstallationSpecConfigurationClustersInsecure = ClickHouseInstallationSpecConfigurationClustersInsecure = {}));
/**
 * optional, open secure ports for cluster
 *
 * @schema ClickHouseInstallationSpecConfigurationClustersSecure
 */
var ClickHouseInstallationSpecConfigurationClustersSecure;
(function (ClickHouseInstallationSpecConfigurationClustersSecure) {
    /** 0 */
    ClickHouseInstallationSpecConfigurationClustersSecure["VALUE_0"] = "0";
    /** 1 */
    ClickHouseInstallationSpecConfigurationClustersSecure["VALUE_1"] = "1";
    /** False */
    ClickHouseInstallationSpecConfigurationClustersSecure["FALSE"] = "False";
    /** True */
    ClickHouseInstallationSpecConfigurationClustersSecure["TRUE"] = "True";
    /** No */
    ClickHouseInstallationSpecConfigurationClustersSecure["NO"] = "No";
    /** Yes */
    ClickHouseInstallationSpecConfigurationClustersSecure["YES"] = "Yes";
    /** Off */
    ClickHouseInstallationSpecConfigurationClustersSecure["OFF"] = "Off";
    /** On */
    ClickHouseInstallationSpecConfigurationClustersSecure["ON"] = "On";
    /** Disable */
    ClickHouseInstallationSpecConfigurationClustersSecure["DISABLE"] = "Disable";
    /** Enable */
    ClickHouseInstallationSpecConfigurationClustersSecure["ENABLE"] = "Enable";
    /** Disabled */
    ClickHouseInstallationSpecConfigurationClustersSecure["DISABLED"] = "Disabled";
    /** Enabled */
    ClickHouseInstallationSpecConfigurationClustersSecure["ENABLED"] = "Enabled";
})(ClickHouseInstallationSpecConfigurationClustersSecure || (exports.ClickHouseInstallationSpecConfigurationClustersSecure = ClickHouseInstallationSpecConfigurationClustersSecure = {}));
/**
 * Converts an object of type 'ClickHouseInstallationSpecConfigurationClustersSecret' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClickHouseInstallationSpecConfigurationClustersSecret(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'auto': obj.auto,
        'value': obj.value,
        'valueFrom': toJson_ClickHouseInstallationSpecConfigurationClustersSecretValueFrom(obj.valueFrom),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
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
var ClickHouseInstallationSpecConfigurationClustersPdbManaged;
(function (ClickHouseInstallationSpecConfigurationClustersPdbManaged) {
    /** 0 */
    ClickHouseInstallationSpecConfigurationClustersPdbManaged["VALUE_0"] = "0";
    /** 1 */
    ClickHouseInstallationSpecConfigurationClustersPdbManaged["VALUE_1"] = "1";
    /** False */
    ClickHouseInstallationSpecConfigurationClustersPdbManaged["FALSE"] = "False";
    /** True */
    ClickHouseInstallationSpecConfigurationClustersPdbManaged["TRUE"] = "True";
    /** No */
    ClickHouseInstallationSpecConfigurationClustersPdbManaged["NO"] = "No";
    /** Yes */
    ClickHouseInstallationSpecConfigurationClustersPdbManaged["YES"] = "Yes";
    /** Off */
    ClickHouseInstallationSpecConfigurationClustersPdbManaged["OFF"] = "Off";
    /** On */
    ClickHouseInstallationSpecConfigurationClustersPdbManaged["ON"] = "On";
    /** Disable */
    ClickHouseInstallationSpecConfigurationClustersPdbManaged["DISABLE"] = "Disable";
    /** Enable */
    ClickHouseInstallationSpecConfigurationClustersPdbManaged["ENABLE"] = "Enable";
    /** Disabled */
    ClickHouseInstallationSpecConfigurationClustersPdbManaged["DISABLED"] = "Disabled";
    /** Enabled */
    ClickHouseInstallationSpecConfigurationClustersPdbManaged["ENABLED"] = "Enabled";
})(ClickHouseInstallationSpecConfigurationClustersPdbManaged || (exports.ClickHouseInstallationSpecConfigurationClustersPdbManaged = ClickHouseInstallationSpecConfigurationClustersPdbManaged = {}));
/**
 * Converts an object of type 'ClickHouseInstallationSpecConfigurationClustersReconcile' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClickHouseInstallationSpecConfigurationClustersReconcile(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'runtime': toJson_ClickHouseInstallationSpecConfigurationClustersReconcileRuntime(obj.runtime),
        'host': toJson_ClickHouseInstallationSpecConfigurationClustersReconcileHost(obj.host),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecConfigurationClustersLayout' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClickHouseInstallationSpecConfigurationClustersLayout(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'shardsCount': obj.shardsCount,
        'replicasCount': obj.replicasCount,
        'shards': obj.shards?.map(y => toJson_ClickHouseInstallationSpecConfigurationClustersLayoutShards(y)),
        'replicas': obj.replicas?.map(y => toJson_ClickHouseInstallationSpecConfigurationClustersLayoutReplicas(y)),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecTemplatesHostTemplatesPortDistribution' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClickHouseInstallationSpecTemplatesHostTemplatesPortDistribution(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'type': obj.type,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecTemplatesHostTemplatesSpec' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClickHouseInstallationSpecTemplatesHostTemplatesSpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'insecure': obj.insecure,
        'secure': obj.secure,
        'tcpPort': obj.tcpPort,
        'tlsPort': obj.tlsPort,
        'httpPort': obj.httpPort,
        'httpsPort': obj.httpsPort,
        'interserverHTTPPort': obj.interserverHttpPort,
        'settings': obj.settings,
        'files': obj.files,
        'templates': toJson_ClickHouseInstallationSpecTemplatesHostTemplatesSpecTemplates(obj.templates),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecTemplatesPodTemplatesZone' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClickHouseInstallationSpecTemplatesPodTemplatesZone(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'values': obj.values?.map(y => y),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * DEPRECATED, shortcut for `chi.spec.templates.podTemplates.spec.affinity.podAntiAffinity`
 *
 * @schema ClickHouseInstallationSpecTemplatesPodTemplatesDistribution
 */
var ClickHouseInstallationSpecTemplatesPodTemplatesDistribution;
(function (ClickHouseInstallationSpecTemplatesPodTemplatesDistribution) {
    /** Unspecified */
    ClickHouseInstallationSpecTemplatesPodTemplatesDistribution["UNSPECIFIED"] = "Unspecified";
    /** OnePerHost */
    ClickHouseInstallationSpecTemplatesPodTemplatesDistribution["ONE_PER_HOST"] = "OnePerHost";
})(ClickHouseInstallationSpecTemplatesPodTemplatesDistribution || (exports.ClickHouseInstallationSpecTemplatesPodTemplatesDistribution = ClickHouseInstallationSpecTemplatesPodTemplatesDistribution = {}));
/**
 * Converts an object of type 'ClickHouseInstallationSpecTemplatesPodTemplatesPodDistribution' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClickHouseInstallationSpecTemplatesPodTemplatesPodDistribution(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'type': obj.type,
        'scope': obj.scope,
        'number': obj.number,
        'topologyKey': obj.topologyKey,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * defines `PVC` provisioner - be it StatefulSet or the Operator
 *
 * @schema ClickHouseInstallationSpecTemplatesVolumeClaimTemplatesProvisioner
 */
var ClickHouseInstallationSpecTemplatesVolumeClaimTemplatesProvisioner;
(function (ClickHouseInstallationSpecTemplatesVolumeClaimTemplatesProvisioner) {
    /** StatefulSet */
    ClickHouseInstallationSpecTemplatesVolumeClaimTemplatesProvisioner["STATEFUL_SET"] = "StatefulSet";
    /** Operator */
    ClickHouseInstallationSpecTemplatesVolumeClaimTemplatesProvisioner["OPERATOR"] = "Operator";
})(ClickHouseInstallationSpecTemplatesVolumeClaimTemplatesProvisioner || (exports.ClickHouseInstallationSpecTemplatesVolumeClaimTemplatesProvisioner = ClickHouseInstallationSpecTemplatesVolumeClaimTemplatesProvisioner = {}));
/**
 * defines behavior of `PVC` deletion.
 * `Delete` by default, if `Retain` specified then `PVC` will be kept when deleting StatefulSet
 *
 *
 * @schema ClickHouseInstallationSpecTemplatesVolumeClaimTemplatesReclaimPolicy
 */
var ClickHouseInstallationSpecTemplatesVolumeClaimTemplatesReclaimPolicy;
(function (ClickHouseInstallationSpecTemplatesVolumeClaimTemplatesReclaimPolicy) {
    /** Retain */
    ClickHouseInstallationSpecTemplatesVolumeClaimTemplatesReclaimPolicy["RETAIN"] = "Retain";
    /** Delete */
    ClickHouseInstallationSpecTemplatesVolumeClaimTemplatesReclaimPolicy["DELETE"] = "Delete";
})(ClickHouseInstallationSpecTemplatesVolumeClaimTemplatesReclaimPolicy || (exports.ClickHouseInstallationSpecTemplatesVolumeClaimTemplatesReclaimPolicy = ClickHouseInstallationSpecTemplatesVolumeClaimTemplatesReclaimPolicy = {}));
/**
 * Behavior policy for unknown StatefulSet, `Delete` by default
 *
 * @schema ClickHouseInstallationSpecReconcilingCleanupUnknownObjectsStatefulSet
 */
var ClickHouseInstallationSpecReconcilingCleanupUnknownObjectsStatefulSet;
(function (ClickHouseInstallationSpecReconcilingCleanupUnknownObjectsStatefulSet) {
    /** Retain */
    ClickHouseInstallationSpecReconcilingCleanupUnknownObjectsStatefulSet["RETAIN"] = "Retain";
    /** Delete */
    ClickHouseInstallationSpecReconcilingCleanupUnknownObjectsStatefulSet["DELETE"] = "Delete";
})(ClickHouseInstallationSpecReconcilingCleanupUnknownObjectsStatefulSet || (exports.ClickHouseInstallationSpecReconcilingCleanupUnknownObjectsStatefulSet = ClickHouseInstallationSpecReconcilingCleanupUnknownObjectsStatefulSet = {}));
/**
 * Behavior policy for unknown PVC, `Delete` by default
 *
 * @schema ClickHouseInstallationSpecReconcilingCleanupUnknownObjectsPvc
 */
var ClickHouseInstallationSpecReconcilingCleanupUnknownObjectsPvc;
(function (ClickHouseInstallationSpecReconcilingCleanupUnknownObjectsPvc) {
    /** Retain */
    ClickHouseInstallationSpecReconcilingCleanupUnknownObjectsPvc["RETAIN"] = "Retain";
    /** Delete */
    ClickHouseInstallationSpecReconcilingCleanupUnknownObjectsPvc["DELETE"] = "Delete";
})(ClickHouseInstallationSpecReconcilingCleanupUnknownObjectsPvc || (exports.ClickHouseInstallationSpecReconcilingCleanupUnknownObjectsPvc = ClickHouseInstallationSpecReconcilingCleanupUnknownObjectsPvc = {}));
/**
 * Behavior policy for unknown ConfigMap, `Delete` by default
 *
 * @schema ClickHouseInstallationSpecReconcilingCleanupUnknownObjectsConfigMap
 */
var ClickHouseInstallationSpecReconcilingCleanupUnknownObjectsConfigMap;
(function (ClickHouseInstallationSpecReconcilingCleanupUnknownObjectsConfigMap) {
    /** Retain */
    ClickHouseInstallationSpecReconcilingCleanupUnknownObjectsConfigMap["RETAIN"] = "Retain";
    /** Delete */
    ClickHouseInstallationSpecReconcilingCleanupUnknownObjectsConfigMap["DELETE"] = "Delete";
})(ClickHouseInstallationSpecReconcilingCleanupUnknownObjectsConfigMap || (exports.ClickHouseInstallationSpecReconcilingCleanupUnknownObjectsConfigMap = ClickHouseInstallationSpecReconcilingCleanupUnknownObjectsConfigMap = {}));
/**
 * Behavior policy for unknown Service, `Delete` by default
 *
 * @schema ClickHouseInstallationSpecReconcilingCleanupUnknownObjectsService
 */
var ClickHouseInstallationSpecReconcilingCleanupUnknownObjectsService;
(function (ClickHouseInstallationSpecReconcilingCleanupUnknownObjectsService) {
    /** Retain */
    ClickHouseInstallationSpecReconcilingCleanupUnknownObjectsService["RETAIN"] = "Retain";
    /** Delete */
    ClickHouseInstallationSpecReconcilingCleanupUnknownObjectsService["DELETE"] = "Delete";
})(ClickHouseInstallationSpecReconcilingCleanupUnknownObjectsService || (exports.ClickHouseInstallationSpecReconcilingCleanupUnknownObjectsService = ClickHouseInstallationSpecReconcilingCleanupUnknownObjectsService = {}));
/**
 * Behavior policy for failed StatefulSet, `Retain` by default
 *
 * @schema ClickHouseInstallationSpecReconcilingCleanupReconcileFailedObjectsStatefulSet
 */
var ClickHouseInstallationSpecReconcilingCleanupReconcileFailedObjectsStatefulSet;
(function (ClickHouseInstallationSpecReconcilingCleanupReconcileFailedObjectsStatefulSet) {
    /** Retain */
    ClickHouseInstallationSpecReconcilingCleanupReconcileFailedObjectsStatefulSet["RETAIN"] = "Retain";
    /** Delete */
    ClickHouseInstallationSpecReconcilingCleanupReconcileFailedObjectsStatefulSet["DELETE"] = "Delete";
})(ClickHouseInstallationSpecReconcilingCleanupReconcileFailedObjectsStatefulSet || (exports.ClickHouseInstallationSpecReconcilingCleanupReconcileFailedObjectsStatefulSet = ClickHouseInstallationSpecReconcilingCleanupReconcileFailedObjectsStatefulSet = {}));
/**
 * Behavior policy for failed PVC, `Retain` by default
 *
 * @schema ClickHouseInstallationSpecReconcilingCleanupReconcileFailedObjectsPvc
 */
var ClickHouseInstallationSpecReconcilingCleanupReconcileFailedObjectsPvc;
(function (ClickHouseInstallationSpecReconcilingCleanupReconcileFailedObjectsPvc) {
    /** Retain */
    ClickHouseInstallationSpecReconcilingCleanupReconcileFailedObjectsPvc["RETAIN"] = "Retain";
    /** Delete */
    ClickHouseInstallationSpecReconcilingCleanupReconcileFailedObjectsPvc["DELETE"] = "Delete";
})(ClickHouseInstallationSpecReconcilingCleanupReconcileFailedObjectsPvc || (exports.ClickHouseInstallationSpecReconcilingCleanupReconcileFailedObjectsPvc = ClickHouseInstallationSpecReconcilingCleanupReconcileFailedObjectsPvc = {}));
/**
 * Behavior policy for failed ConfigMap, `Retain` by default
 *
 * @schema ClickHouseInstallationSpecReconcilingCleanupReconcileFailedObjectsConfigMap
 */
var ClickHouseInstallationSpecReconcilingCleanupReconcileFailedObjectsConfigMap;
(function (ClickHouseInstallationSpecReconcilingCleanupReconcileFailedObjectsConfigMap) {
    /** Retain */
    ClickHouseInstallationSpecReconcilingCleanupReconcileFailedObjectsConfigMap["RETAIN"] = "Retain";
    /** Delete */
    ClickHouseInstallationSpecReconcilingCleanupReconcileFailedObjectsConfigMap["DELETE"] = "Delete";
})(ClickHouseInstallationSpecReconcilingCleanupReconcileFailedObjectsConfigMap || (exports.ClickHouseInstallationSpecReconcilingCleanupReconcileFailedObjectsConfigMap = ClickHouseInstallationSpecReconcilingCleanupReconcileFailedObjectsConfigMap = {}));
/**
 * Behavior policy for failed Service, `Retain` by default
 *
 * @schema ClickHouseInstallationSpecReconcilingCleanupReconcileFailedObjectsService
 */
var ClickHouseInstallationSpecReconcilingCleanupReconcileFailedObjectsService;
(function (ClickHouseInstallationSpecReconcilingCleanupReconcileFailedObjectsService) {
    /** Retain */
    ClickHouseInstallationSpecReconcilingCleanupReconcileFailedObjectsService["RETAIN"] = "Retain";
    /** Delete */
    ClickHouseInstallationSpecReconcilingCleanupReconcileFailedObjectsService["DELETE"] = "Delete";
})(ClickHouseInstallationSpecReconcilingCleanupReconcileFailedObjectsService || (exports.ClickHouseInstallationSpecReconcilingCleanupReconcileFailedObjectsService = ClickHouseInstallationSpecReconcilingCleanupReconcileFailedObjectsService = {}));
/**
 * Converts an object of type 'ClickHouseInstallationSpecReconcilingMacrosSectionsUsers' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClickHouseInstallationSpecReconcilingMacrosSectionsUsers(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'enabled': obj.enabled,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecReconcilingMacrosSectionsProfiles' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClickHouseInstallationSpecReconcilingMacrosSectionsProfiles(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'enabled': obj.enabled,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecReconcilingMacrosSectionsQuotas' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClickHouseInstallationSpecReconcilingMacrosSectionsQuotas(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'enabled': obj.enabled,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecReconcilingMacrosSectionsSettings' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClickHouseInstallationSpecReconcilingMacrosSectionsSettings(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'enabled': obj.enabled,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecReconcilingMacrosSectionsFiles' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClickHouseInstallationSpecReconcilingMacrosSectionsFiles(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'enabled': obj.enabled,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * Allows to stop all ClickHouse clusters defined in a CHI.
 * Works as the following:
 * - When `stop` is `1` operator sets `Replicas: 0` in each StatefulSet. Thie leads to having all `Pods` and `Service` deleted. All PVCs are kept intact.
 * - When `stop` is `0` operator sets `Replicas: 1` and `Pod`s and `Service`s will created again and all retained PVCs will be attached to `Pod`s.
 *
 *
 * @schema ClickHouseInstallationSpecReconcilingHostWaitExclude
 */
var ClickHouseInstallationSpecReconcilingHostWaitExclude;
(function (ClickHouseInstallationSpecReconcilingHostWaitExclude) {
    /** 0 */
    ClickHouseInstallationSpecReconcilingHostWaitExclude["VALUE_0"] = "0";
    /** 1 */
    ClickHouseInstallationSpecReconcilingHostWaitExclude["VALUE_1"] = "1";
    /** False */
    ClickHouseInstallationSpecReconcilingHostWaitExclude["FALSE"] = "False";
    /** True */
    ClickHouseInstallationSpecReconcilingHostWaitExclude["TRUE"] = "True";
    /** No */
    ClickHouseInstallationSpecReconcilingHostWaitExclude["NO"] = "No";
    /** Yes */
    ClickHouseInstallationSpecReconcilingHostWaitExclude["YES"] = "Yes";
    /** Off */
    ClickHouseInstallationSpecReconcilingHostWaitExclude["OFF"] = "Off";
    /** On */
    ClickHouseInstallationSpecReconcilingHostWaitExclude["ON"] = "On";
    /** Disable */
    ClickHouseInstallationSpecReconcilingHostWaitExclude["DISABLE"] = "Disable";
    /** Enable */
    ClickHouseInstallationSpecReconcilingHostWaitExclude["ENABLE"] = "Enable";
    /** Disabled */
    ClickHouseInstallationSpecReconcilingHostWaitExclude["DISABLED"] = "Disabled";
    /** Enabled */
    ClickHouseInstallationSpecReconcilingHostWaitExclude["ENABLED"] = "Enabled";
})(ClickHouseInstallationSpecReconcilingHostWaitExclude || (exports.ClickHouseInstallationSpecReconcilingHostWaitExclude = ClickHouseInstallationSpecReconcilingHostWaitExclude = {}));
/**
 * Whether the operator during reconcile procedure should wait for a ClickHouse host to complete all running queries
 *
 * @schema ClickHouseInstallationSpecReconcilingHostWaitQueries
 */
var ClickHouseInstallationSpecReconcilingHostWaitQueries;
(function (ClickHouseInstallationSpecReconcilingHostWaitQueries) {
    /** 0 */
    ClickHouseInstallationSpecReconcilingHostWaitQueries["VALUE_0"] = "0";
    /** 1 */
    ClickHouseInstallationSpecReconcilingHostWaitQueries["VALUE_1"] = "1";
    /** False */
    ClickHouseInstallationSpecReconcilingHostWaitQueries["FALSE"] = "False";
    /** True */
    ClickHouseInstallationSpecReconcilingHostWaitQueries["TRUE"] = "True";
    /** No */
    ClickHouseInstallationSpecReconcilingHostWaitQueries["NO"] = "No";
    /** Yes */
    ClickHouseInstallationSpecReconcilingHostWaitQueries["YES"] = "Yes";
    /** Off */
    ClickHouseInstallationSpecReconcilingHostWaitQueries["OFF"] = "Off";
    /** On */
    ClickHouseInstallationSpecReconcilingHostWaitQueries["ON"] = "On";
    /** Disable */
    ClickHouseInstallationSpecReconcilingHostWaitQueries["DISABLE"] = "Disable";
    /** Enable */
    ClickHouseInstallationSpecReconcilingHostWaitQueries["ENABLE"] = "Enable";
    /** Disabled */
    ClickHouseInstallationSpecReconcilingHostWaitQueries["DISABLED"] = "Disabled";
    /** Enabled */
    ClickHouseInstallationSpecReconcilingHostWaitQueries["ENABLED"] = "Enabled";
})(ClickHouseInstallationSpecReconcilingHostWaitQueries || (exports.ClickHouseInstallationSpecReconcilingHostWaitQueries = ClickHouseInstallationSpecReconcilingHostWaitQueries = {}));
/**
 * Whether the operator during reconcile procedure should wait for a ClickHouse host to be included into a ClickHouse cluster
 *
 * @schema ClickHouseInstallationSpecReconcilingHostWaitInclude
 */
var ClickHouseInstallationSpecReconcilingHostWaitInclude;
(function (ClickHouseInstallationSpecReconcilingHostWaitInclude) {
    /** 0 */
    ClickHouseInstallationSpecReconcilingHostWaitInclude["VALUE_0"] = "0";
    /** 1 */
    ClickHouseInstallationSpecReconcilingHostWaitInclude["VALUE_1"] = "1";
    /** False */
    ClickHouseInstallationSpecReconcilingHostWaitInclude["FALSE"] = "False";
    /** True */
    ClickHouseInstallationSpecReconcilingHostWaitInclude["TRUE"] = "True";
    /** No */
    ClickHouseInstallationSpecReconcilingHostWaitInclude["NO"] = "No";
    /** Yes */
    ClickHouseInstallationSpecReconcilingHostWaitInclude["YES"] = "Yes";
    /** Off */
    ClickHouseInstallationSpecReconcilingHostWaitInclude["OFF"] = "Off";
    /** On */
    ClickHouseInstallationSpecReconcilingHostWaitInclude["ON"] = "On";
    /** Disable */
    ClickHouseInstallationSpecReconcilingHostWaitInclude["DISABLE"] = "Disable";
    /** Enable */
    ClickHouseInstallationSpecReconcilingHostWaitInclude["ENABLE"] = "Enable";
    /** Disabled */
    ClickHouseInstallationSpecReconcilingHostWaitInclude["DISABLED"] = "Disabled";
    /** Enabled */
    ClickHouseInstallationSpecReconcilingHostWaitInclude["ENABLED"] = "Enabled";
})(ClickHouseInstallationSpecReconcilingHostWaitInclude || (exports.ClickHouseInstallationSpecReconcilingHostWaitInclude = ClickHouseInstallationSpecReconcilingHostWaitInclude = {}));
/**
 * Converts an object of type 'ClickHouseInstallationSpecReconcilingHostWaitReplicas' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClickHouseInstallationSpecReconcilingHostWaitReplicas(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'all': obj.all,
        'new': obj.new,
        'delay': obj.delay,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecReconcilingHostWaitProbes' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClickHouseInstallationSpecReconcilingHostWaitProbes(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'startup': obj.startup,
        'readiness': obj.readiness,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecReconcilingHostDropReplicas' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClickHouseInstallationSpecReconcilingHostDropReplicas(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'onDelete': obj.onDelete,
        'onLostVolume': obj.onLostVolume,
        'active': obj.active,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * Behavior policy for unknown StatefulSet, `Delete` by default
 *
 * @schema ClickHouseInstallationSpecReconcileCleanupUnknownObjectsStatefulSet
 */
var ClickHouseInstallationSpecReconcileCleanupUnknownObjectsStatefulSet;
(function (ClickHouseInstallationSpecReconcileCleanupUnknownObjectsStatefulSet) {
    /** Retain */
    ClickHouseInstallationSpecReconcileCleanupUnknownObjectsStatefulSet["RETAIN"] = "Retain";
    /** Delete */
    ClickHouseInstallationSpecReconcileCleanupUnknownObjectsStatefulSet["DELETE"] = "Delete";
})(ClickHouseInstallationSpecReconcileCleanupUnknownObjectsStatefulSet || (exports.ClickHouseInstallationSpecReconcileCleanupUnknownObjectsStatefulSet = ClickHouseInstallationSpecReconcileCleanupUnknownObjectsStatefulSet = {}));
/**
 * Behavior policy for unknown PVC, `Delete` by default
 *
 * @schema ClickHouseInstallationSpecReconcileCleanupUnknownObjectsPvc
 */
var ClickHouseInstallationSpecReconcileCleanupUnknownObjectsPvc;
(function (ClickHouseInstallationSpecReconcileCleanupUnknownObjectsPvc) {
    /** Retain */
    ClickHouseInstallationSpecReconcileCleanupUnknownObjectsPvc["RETAIN"] = "Retain";
    /** Delete */
    ClickHouseInstallationSpecReconcileCleanupUnknownObjectsPvc["DELETE"] = "Delete";
})(ClickHouseInstallationSpecReconcileCleanupUnknownObjectsPvc || (exports.ClickHouseInstallationSpecReconcileCleanupUnknownObjectsPvc = ClickHouseInstallationSpecReconcileCleanupUnknownObjectsPvc = {}));
/**
 * Behavior policy for unknown ConfigMap, `Delete` by default
 *
 * @schema ClickHouseInstallationSpecReconcileCleanupUnknownObjectsConfigMap
 */
var ClickHouseInstallationSpecReconcileCleanupUnknownObjectsConfigMap;
(function (ClickHouseInstallationSpecReconcileCleanupUnknownObjectsConfigMap) {
    /** Retain */
    ClickHouseInstallationSpecReconcileCleanupUnknownObjectsConfigMap["RETAIN"] = "Retain";
    /** Delete */
    ClickHouseInstallationSpecReconcileCleanupUnknownObjectsConfigMap["DELETE"] = "Delete";
})(ClickHouseInstallationSpecReconcileCleanupUnknownObjectsConfigMap || (exports.ClickHouseInstallationSpecReconcileCleanupUnknownObjectsConfigMap = ClickHouseInstallationSpecReconcileCleanupUnknownObjectsConfigMap = {}));
/**
 * Behavior policy for unknown Service, `Delete` by default
 *
 * @schema ClickHouseInstallationSpecReconcileCleanupUnknownObjectsService
 */
var ClickHouseInstallationSpecReconcileCleanupUnknownObjectsService;
(function (ClickHouseInstallationSpecReconcileCleanupUnknownObjectsService) {
    /** Retain */
    ClickHouseInstallationSpecReconcileCleanupUnknownObjectsService["RETAIN"] = "Retain";
    /** Delete */
    ClickHouseInstallationSpecReconcileCleanupUnknownObjectsService["DELETE"] = "Delete";
})(ClickHouseInstallationSpecReconcileCleanupUnknownObjectsService || (exports.ClickHouseInstallationSpecReconcileCleanupUnknownObjectsService = ClickHouseInstallationSpecReconcileCleanupUnknownObjectsService = {}));
/**
 * Behavior policy for failed StatefulSet, `Retain` by default
 *
 * @schema ClickHouseInstallationSpecReconcileCleanupReconcileFailedObjectsStatefulSet
 */
var ClickHouseInstallationSpecReconcileCleanupReconcileFailedObjectsStatefulSet;
(function (ClickHouseInstallationSpecReconcileCleanupReconcileFailedObjectsStatefulSet) {
    /** Retain */
    ClickHouseInstallationSpecReconcileCleanupReconcileFailedObjectsStatefulSet["RETAIN"] = "Retain";
    /** Delete */
    ClickHouseInstallationSpecReconcileCleanupReconcileFailedObjectsStatefulSet["DELETE"] = "Delete";
})(ClickHouseInstallationSpecReconcileCleanupReconcileFailedObjectsStatefulSet || (exports.ClickHouseInstallationSpecReconcileCleanupReconcileFailedObjectsStatefulSet = ClickHouseInstallationSpecReconcileCleanupReconcileFailedObjectsStatefulSet = {}));
/**
 * Behavior policy for failed PVC, `Retain` by default
 *
 * @schema ClickHouseInstallationSpecReconcileCleanupReconcileFailedObjectsPvc
 */
var ClickHouseInstallationSpecReconcileCleanupReconcileFailedObjectsPvc;
(function (ClickHouseInstallationSpecReconcileCleanupReconcileFailedObjectsPvc) {
    /** Retain */
    ClickHouseInstallationSpecReconcileCleanupReconcileFailedObjectsPvc["RETAIN"] = "Retain";
    /** Delete */
    ClickHouseInstallationSpecReconcileCleanupReconcileFailedObjectsPvc["DELETE"] = "Delete";
})(ClickHouseInstallationSpecReconcileCleanupReconcileFailedObjectsPvc || (exports.ClickHouseInstallationSpecReconcileCleanupReconcileFailedObjectsPvc = ClickHouseInstallationSpecReconcileCleanupReconcileFailedObjectsPvc = {}));
/**
 * Behavior policy for failed ConfigMap, `Retain` by default
 *
 * @schema ClickHouseInstallationSpecReconcileCleanupReconcileFailedObjectsConfigMap
 */
var ClickHouseInstallationSpecReconcileCleanupReconcileFailedObjectsConfigMap;
(function (ClickHouseInstallationSpecReconcileCleanupReconcileFailedObjectsConfigMap) {
    /** Retain */
    ClickHouseInstallationSpecReconcileCleanupReconcileFailedObjectsConfigMap["RETAIN"] = "Retain";
    /** Delete */
    ClickHouseInstallationSpecReconcileCleanupReconcileFailedObjectsConfigMap["DELETE"] = "Delete";
})(ClickHouseInstallationSpecReconcileCleanupReconcileFailedObjectsConfigMap || (exports.ClickHouseInstallationSpecReconcileCleanupReconcileFailedObjectsConfigMap = ClickHouseInstallationSpecReconcileCleanupReconcileFailedObjectsConfigMap = {}));
/**
 * Behavior policy for failed Service, `Retain` by default
 *
 * @schema ClickHouseInstallationSpecReconcileCleanupReconcileFailedObjectsService
 */
var ClickHouseInstallationSpecReconcileCleanupReconcileFailedObjectsService;
(function (ClickHouseInstallationSpecReconcileCleanupReconcileFailedObjectsService) {
    /** Retain */
    ClickHouseInstallationSpecReconcileCleanupReconcileFailedObjectsService["RETAIN"] = "Retain";
    /** Delete */
    ClickHouseInstallationSpecReconcileCleanupReconcileFailedObjectsService["DELETE"] = "Delete";
})(ClickHouseInstallationSpecReconcileCleanupReconcileFailedObjectsService || (exports.ClickHouseInstallationSpecReconcileCleanupReconcileFailedObjectsService = ClickHouseInstallationSpecReconcileCleanupReconcileFailedObjectsService = {}));
/**
 * Converts an object of type 'ClickHouseInstallationSpecReconcileMacrosSectionsUsers' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClickHouseInstallationSpecReconcileMacrosSectionsUsers(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'enabled': obj.enabled,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecReconcileMacrosSectionsProfiles' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClickHouseInstallationSpecReconcileMacrosSectionsProfiles(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'enabled': obj.enabled,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecReconcileMacrosSectionsQuotas' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClickHouseInstallationSpecReconcileMacrosSectionsQuotas(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'enabled': obj.enabled,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecReconcileMacrosSectionsSettings' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClickHouseInstallationSpecReconcileMacrosSectionsSettings(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'enabled': obj.enabled,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecReconcileMacrosSectionsFiles' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClickHouseInstallationSpecReconcileMacrosSectionsFiles(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'enabled': obj.enabled,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * Allows to stop all ClickHouse clusters defined in a CHI.
 * Works as the following:
 * - When `stop` is `1` operator sets `Replicas: 0` in each StatefulSet. Thie leads to having all `Pods` and `Service` deleted. All PVCs are kept intact.
 * - When `stop` is `0` operator sets `Replicas: 1` and `Pod`s and `Service`s will created again and all retained PVCs will be attached to `Pod`s.
 *
 *
 * @schema ClickHouseInstallationSpecReconcileHostWaitExclude
 */
var ClickHouseInstallationSpecReconcileHostWaitExclude;
(function (ClickHouseInstallationSpecReconcileHostWaitExclude) {
    /** 0 */
    ClickHouseInstallationSpecReconcileHostWaitExclude["VALUE_0"] = "0";
    /** 1 */
    ClickHouseInstallationSpecReconcileHostWaitExclude["VALUE_1"] = "1";
    /** False */
    ClickHouseInstallationSpecReconcileHostWaitExclude["FALSE"] = "False";
    /** True */
    ClickHouseInstallationSpecReconcileHostWaitExclude["TRUE"] = "True";
    /** No */
    ClickHouseInstallationSpecReconcileHostWaitExclude["NO"] = "No";
    /** Yes */
    ClickHouseInstallationSpecReconcileHostWaitExclude["YES"] = "Yes";
    /** Off */
    ClickHouseInstallationSpecReconcileHostWaitExclude["OFF"] = "Off";
    /** On */
    ClickHouseInstallationSpecReconcileHostWaitExclude["ON"] = "On";
    /** Disable */
    ClickHouseInstallationSpecReconcileHostWaitExclude["DISABLE"] = "Disable";
    /** Enable */
    ClickHouseInstallationSpecReconcileHostWaitExclude["ENABLE"] = "Enable";
    /** Disabled */
    ClickHouseInstallationSpecReconcileHostWaitExclude["DISABLED"] = "Disabled";
    /** Enabled */
    ClickHouseInstallationSpecReconcileHostWaitExclude["ENABLED"] = "Enabled";
})(ClickHouseInstallationSpecReconcileHostWaitExclude || (exports.ClickHouseInstallationSpecReconcileHostWaitExclude = ClickHouseInstallationSpecReconcileHostWaitExclude = {}));
/**
 * Whether the operator during reconcile procedure should wait for a ClickHouse host to complete all running queries
 *
 * @schema ClickHouseInstallationSpecReconcileHostWaitQueries
 */
var ClickHouseInstallationSpecReconcileHostWaitQueries;
(function (ClickHouseInstallationSpecReconcileHostWaitQueries) {
    /** 0 */
    ClickHouseInstallationSpecReconcileHostWaitQueries["VALUE_0"] = "0";
    /** 1 */
    ClickHouseInstallationSpecReconcileHostWaitQueries["VALUE_1"] = "1";
    /** False */
    ClickHouseInstallationSpecReconcileHostWaitQueries["FALSE"] = "False";
    /** True */
    ClickHouseInstallationSpecReconcileHostWaitQueries["TRUE"] = "True";
    /** No */
    ClickHouseInstallationSpecReconcileHostWaitQueries["NO"] = "No";
    /** Yes */
    ClickHouseInstallationSpecReconcileHostWaitQueries["YES"] = "Yes";
    /** Off */
    ClickHouseInstallationSpecReconcileHostWaitQueries["OFF"] = "Off";
    /** On */
    ClickHouseInstallationSpecReconcileHostWaitQueries["ON"] = "On";
    /** Disable */
    ClickHouseInstallationSpecReconcileHostWaitQueries["DISABLE"] = "Disable";
    /** Enable */
    ClickHouseInstallationSpecReconcileHostWaitQueries["ENABLE"] = "Enable";
    /** Disabled */
    ClickHouseInstallationSpecReconcileHostWaitQueries["DISABLED"] = "Disabled";
    /** Enabled */
    ClickHouseInstallationSpecReconcileHostWaitQueries["ENABLED"] = "Enabled";
})(ClickHouseInstallationSpecReconcileHostWaitQueries || (exports.ClickHouseInstallationSpecReconcileHostWaitQueries = ClickHouseInstallationSpecReconcileHostWaitQueries = {}));
/**
 * Whether the operator during reconcile procedure should wait for a ClickHouse host to be included into a ClickHouse cluster
 *
 * @schema ClickHouseInstallationSpecReconcileHostWaitInclude
 */
var ClickHouseInstallationSpecReconcileHostWaitInclude;
(function (ClickHouseInstallationSpecReconcileHostWaitInclude) {
    /** 0 */
    ClickHouseInstallationSpecReconcileHostWaitInclude["VALUE_0"] = "0";
    /** 1 */
    ClickHouseInstallationSpecReconcileHostWaitInclude["VALUE_1"] = "1";
    /** False */
    ClickHouseInstallationSpecReconcileHostWaitInclude["FALSE"] = "False";
    /** True */
    ClickHouseInstallationSpecReconcileHostWaitInclude["TRUE"] = "True";
    /** No */
    ClickHouseInstallationSpecReconcileHostWaitInclude["NO"] = "No";
    /** Yes */
    ClickHouseInstallationSpecReconcileHostWaitInclude["YES"] = "Yes";
    /** Off */
    ClickHouseInstallationSpecReconcileHostWaitInclude["OFF"] = "Off";
    /** On */
    ClickHouseInstallationSpecReconcileHostWaitInclude["ON"] = "On";
    /** Disable */
    ClickHouseInstallationSpecReconcileHostWaitInclude["DISABLE"] = "Disable";
    /** Enable */
    ClickHouseInstallationSpecReconcileHostWaitInclude["ENABLE"] = "Enable";
    /** Disabled */
    ClickHouseInstallationSpecReconcileHostWaitInclude["DISABLED"] = "Disabled";
    /** Enabled */
    ClickHouseInstallationSpecReconcileHostWaitInclude["ENABLED"] = "Enabled";
})(ClickHouseInstallationSpecReconcileHostWaitInclude || (exports.ClickHouseInstallationSpecReconcileHostWaitInclude = ClickHouseInstallationSpecReconcileHostWaitInclude = {}));
/**
 * Converts an object of type 'ClickHouseInstallationSpecReconcileHostWaitReplicas' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClickHouseInstallationSpecReconcileHostWaitReplicas(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'all': obj.all,
        'new': obj.new,
        'delay': obj.delay,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecReconcileHostWaitProbes' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClickHouseInstallationSpecReconcileHostWaitProbes(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'startup': obj.startup,
        'readiness': obj.readiness,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecReconcileHostDropReplicas' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClickHouseInstallationSpecReconcileHostDropReplicas(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'onDelete': obj.onDelete,
        'onLostVolume': obj.onLostVolume,
        'active': obj.active,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * if a secure connection to Zookeeper is required
 *
 * @schema ClickHouseInstallationSpecConfigurationZookeeperNodesSecure
 */
var ClickHouseInstallationSpecConfigurationZookeeperNodesSecure;
(function (ClickHouseInstallationSpecConfigurationZookeeperNodesSecure) {
    /** 0 */
    ClickHouseInstallationSpecConfigurationZookeeperNodesSecure["VALUE_0"] = "0";
    /** 1 */
    ClickHouseInstallationSpecConfigurationZookeeperNodesSecure["VALUE_1"] = "1";
    /** False */
    ClickHouseInstallationSpecConfigurationZookeeperNodesSecure["FALSE"] = "False";
    /** True */
    ClickHouseInstallationSpecConfigurationZookeeperNodesSecure["TRUE"] = "True";
    /** No */
    ClickHouseInstallationSpecConfigurationZookeeperNodesSecure["NO"] = "No";
    /** Yes */
    ClickHouseInstallationSpecConfigurationZookeeperNodesSecure["YES"] = "Yes";
    /** Off */
    ClickHouseInstallationSpecConfigurationZookeeperNodesSecure["OFF"] = "Off";
    /** On */
    ClickHouseInstallationSpecConfigurationZookeeperNodesSecure["ON"] = "On";
    /** Disable */
    ClickHouseInstallationSpecConfigurationZookeeperNodesSecure["DISABLE"] = "Disable";
    /** Enable */
    ClickHouseInstallationSpecConfigurationZookeeperNodesSecure["ENABLE"] = "Enable";
    /** Disabled */
    ClickHouseInstallationSpecConfigurationZookeeperNodesSecure["DISABLED"] = "Disabled";
    /** Enabled */
    ClickHouseInstallationSpecConfigurationZookeeperNodesSecure["ENABLED"] = "Enabled";
})(ClickHouseInstallationSpecConfigurationZookeeperNodesSecure || (exports.ClickHouseInstallationSpecConfigurationZookeeperNodesSecure = ClickHouseInstallationSpecConfigurationZookeeperNodesSecure = {}));
/**
 * Converts an object of type 'ClickHouseInstallationSpecConfigurationClustersZookeeperNodes' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClickHouseInstallationSpecConfigurationClustersZookeeperNodes(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'host': obj.host,
        'port': obj.port,
        'secure': obj.secure,
        'availabilityZone': obj.availabilityZone,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * Enables compression in Keeper protocol if set to true
 *
 * @schema ClickHouseInstallationSpecConfigurationClustersZookeeperUseCompression
 */
var ClickHouseInstallationSpecConfigurationClustersZookeeperUseCompression;
(function (ClickHouseInstallationSpecConfigurationClustersZookeeperUseCompression) {
    /** 0 */
    ClickHouseInstallationSpecConfigurationClustersZookeeperUseCompression["VALUE_0"] = "0";
    /** 1 */
    ClickHouseInstallationSpecConfigurationClustersZookeeperUseCompression["VALUE_1"] = "1";
    /** False */
    ClickHouseInstallationSpecConfigurationClustersZookeeperUseCompression["FALSE"] = "False";
    /** True */
    ClickHouseInstallationSpecConfigurationClustersZookeeperUseCompression["TRUE"] = "True";
    /** No */
    ClickHouseInstallationSpecConfigurationClustersZookeeperUseCompression["NO"] = "No";
    /** Yes */
    ClickHouseInstallationSpecConfigurationClustersZookeeperUseCompression["YES"] = "Yes";
    /** Off */
    ClickHouseInstallationSpecConfigurationClustersZookeeperUseCompression["OFF"] = "Off";
    /** On */
    ClickHouseInstallationSpecConfigurationClustersZookeeperUseCompression["ON"] = "On";
    /** Disable */
    ClickHouseInstallationSpecConfigurationClustersZookeeperUseCompression["DISABLE"] = "Disable";
    /** Enable */
    ClickHouseInstallationSpecConfigurationClustersZookeeperUseCompression["ENABLE"] = "Enable";
    /** Disabled */
    ClickHouseInstallationSpecConfigurationClustersZookeeperUseCompression["DISABLED"] = "Disabled";
    /** Enabled */
    ClickHouseInstallationSpecConfigurationClustersZookeeperUseCompression["ENABLED"] = "Enabled";
})(ClickHouseInstallationSpecConfigurationClustersZookeeperUseCompression || (exports.ClickHouseInstallationSpecConfigurationClustersZookeeperUseCompression = ClickHouseInstallationSpecConfigurationClustersZookeeperUseCompression = {}));
/**
 * how schema is propagated within a replica
 *
 * @schema ClickHouseInstallationSpecConfigurationClustersSchemaPolicyReplica
 */
var ClickHouseInstallationSpecConfigurationClustersSchemaPolicyReplica;
(function (ClickHouseInstallationSpecConfigurationClustersSchemaPolicyReplica) {
    /** None */
    ClickHouseInstallationSpecConfigurationClustersSchemaPolicyReplica["NONE"] = "None";
    /** All */
    ClickHouseInstallationSpecConfigurationClustersSchemaPolicyReplica["ALL"] = "All";
})(ClickHouseInstallationSpecConfigurationClustersSchemaPolicyReplica || (exports.ClickHouseInstallationSpecConfigurationClustersSchemaPolicyReplica = ClickHouseInstallationSpecConfigurationClustersSchemaPolicyReplica = {}));
/**
 * how schema is propagated between shards
 *
 * @schema ClickHouseInstallationSpecConfigurationClustersSchemaPolicyShard
 */
var ClickHouseInstallationSpecConfigurationClustersSchemaPolicyShard;
(function (ClickHouseInstallationSpecConfigurationClustersSchemaPolicyShard) {
    /** None */
    ClickHouseInstallationSpecConfigurationClustersSchemaPolicyShard["NONE"] = "None";
    /** All */
    ClickHouseInstallationSpecConfigurationClustersSchemaPolicyShard["ALL"] = "All";
    /** DistributedTablesOnly */
    ClickHouseInstallationSpecConfigurationClustersSchemaPolicyShard["DISTRIBUTED_TABLES_ONLY"] = "DistributedTablesOnly";
})(ClickHouseInstallationSpecConfigurationClustersSchemaPolicyShard || (exports.ClickHouseInstallationSpecConfigurationClustersSchemaPolicyShard = ClickHouseInstallationSpecConfigurationClustersSchemaPolicyShard = {}));
/**
 * Auto-generate shared secret value to secure cluster communications
 *
 * @schema ClickHouseInstallationSpecConfigurationClustersSecretAuto
 */
var ClickHouseInstallationSpecConfigurationClustersSecretAuto;
(function (ClickHouseInstallationSpecConfigurationClustersSecretAuto) {
    /** 0 */
    ClickHouseInstallationSpecConfigurationClustersSecretAuto["VALUE_0"] = "0";
    /** 1 */
    ClickHouseInstallationSpecConfigurationClustersSecretAuto["VALUE_1"] = "1";
    /** False */
    ClickHouseInstallationSpecConfigurationClustersSecretAuto["FALSE"] = "False";
    /** True */
    ClickHouseInstallationSpecConfigurationClustersSecretAuto["TRUE"] = "True";
    /** No */
    ClickHouseInstallationSpecConfigurationClustersSecretAuto["NO"] = "No";
    /** Yes */
    ClickHouseInstallationSpecConfigurationClustersSecretAuto["YES"] = "Yes";
    /** Off */
    ClickHouseInstallationSpecConfigurationClustersSecretAuto["OFF"] = "Off";
    /** On */
    ClickHouseInstallationSpecConfigurationClustersSecretAuto["ON"] = "On";
    /** Disable */
    ClickHouseInstallationSpecConfigurationClustersSecretAuto["DISABLE"] = "Disable";
    /** Enable */
    ClickHouseInstallationSpecConfigurationClustersSecretAuto["ENABLE"] = "Enable";
    /** Disabled */
    ClickHouseInstallationSpecConfigurationClustersSecretAuto["DISABLED"] = "Disabled";
    /** Enabled */
    ClickHouseInstallationSpecConfigurationClustersSecretAuto["ENABLED"] = "Enabled";
})(ClickHouseInstallationSpecConfigurationClustersSecretAuto || (exports.ClickHouseInstallationSpecConfigurationClustersSecretAuto = ClickHouseInstallationSpecConfigurationClustersSecretAuto = {}));
/**
 * Converts an object of type 'ClickHouseInstallationSpecConfigurationClustersSecretValueFrom' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClickHouseInstallationSpecConfigurationClustersSecretValueFrom(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretKeyRef': toJson_ClickHouseInstallationSpecConfigurationClustersSecretValueFromSecretKeyRef(obj.secretKeyRef),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecConfigurationClustersReconcileRuntime' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClickHouseInstallationSpecConfigurationClustersReconcileRuntime(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'reconcileShardsThreadsNumber': obj.reconcileShardsThreadsNumber,
        'reconcileShardsMaxConcurrencyPercent': obj.reconcileShardsMaxConcurrencyPercent,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecConfigurationClustersReconcileHost' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClickHouseInstallationSpecConfigurationClustersReconcileHost(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'wait': toJson_ClickHouseInstallationSpecConfigurationClustersReconcileHostWait(obj.wait),
        'drop': toJson_ClickHouseInstallationSpecConfigurationClustersReconcileHostDrop(obj.drop),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecConfigurationClustersLayoutShards' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClickHouseInstallationSpecConfigurationClustersLayoutShards(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'definitionType': obj.definitionType,
        'weight': obj.weight,
        'internalReplication': obj.internalReplication,
        'settings': obj.settings,
        'files': obj.files,
        'templates': toJson_ClickHouseInstallationSpecConfigurationClustersLayoutShardsTemplates(obj.templates),
        'replicasCount': obj.replicasCount,
        'replicas': obj.replicas?.map(y => toJson_ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicas(y)),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecConfigurationClustersLayoutReplicas' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClickHouseInstallationSpecConfigurationClustersLayoutReplicas(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'settings': obj.settings,
        'files': obj.files,
        'templates': toJson_ClickHouseInstallationSpecConfigurationClustersLayoutReplicasTemplates(obj.templates),
        'shardsCount': obj.shardsCount,
        'shards': obj.shards?.map(y => toJson_ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShards(y)),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * type of distribution, when `Unspecified` (default value) then all listen ports on clickhouse-server configuration in all Pods will have the same value, when `ClusterScopeIndex` then ports will increment to offset from base value depends on shard and replica index inside cluster with combination of `chi.spec.templates.podTemlates.spec.HostNetwork` it allows setup ClickHouse cluster inside Kubernetes and provide access via external network bypass Kubernetes internal network
 *
 * @schema ClickHouseInstallationSpecTemplatesHostTemplatesPortDistributionType
 */
var ClickHouseInstallationSpecTemplatesHostTemplatesPortDistributionType;
(function (ClickHouseInstallationSpecTemplatesHostTemplatesPortDistributionType) {
    /** Unspecified */
    ClickHouseInstallationSpecTemplatesHostTemplatesPortDistributionType["UNSPECIFIED"] = "Unspecified";
    /** ClusterScopeIndex */
    ClickHouseInstallationSpecTemplatesHostTemplatesPortDistributionType["CLUSTER_SCOPE_INDEX"] = "ClusterScopeIndex";
})(ClickHouseInstallationSpecTemplatesHostTemplatesPortDistributionType || (exports.ClickHouseInstallationSpecTemplatesHostTemplatesPortDistributionType = ClickHouseInstallationSpecTemplatesHostTemplatesPortDistributionType = {}));
/**
 * optional, open insecure ports for cluster, defaults to "yes"
 *
 *
 * @schema ClickHouseInstallationSpecTemplatesHostTemplatesSpecInsecure
 */
var ClickHouseInstallationSpecTemplatesHostTemplatesSpecInsecure;
(function (ClickHouseInstallationSpecTemplatesHostTemplatesSpecInsecure) {
    /** 0 */
    ClickHouseInstallationSpecTemplatesHostTemplatesSpecInsecure["VALUE_0"] = "0";
    /** 1 */
    ClickHouseInstallationSpecTemplatesHostTemplatesSpecInsecure["VALUE_1"] = "1";
    /** False */
    ClickHouseInstallationSpecTemplatesHostTemplatesSpecInsecure["FALSE"] = "False";
    /** True */
    ClickHouseInstallationSpecTemplatesHostTemplatesSpecInsecure["TRUE"] = "True";
    /** No */
    ClickHouseInstallationSpecTemplatesHostTemplatesSpecInsecure["NO"] = "No";
    /** Yes */
    ClickHouseInstallationSpecTemplatesHostTemplatesSpecInsecure["YES"] = "Yes";
    /** Off */
    ClickHouseInstallationSpecTemplatesHostTemplatesSpecInsecure["OFF"] = "Off";
    /** On */
    ClickHouseInstallationSpecTemplatesHostTemplatesSpecInsecure["ON"] = "On";
    /** Disable */
    ClickHouseInstallationSpecTemplatesHostTemplatesSpecInsecure["DISABLE"] = "Disable";
    /** Enable */
    ClickHouseInstallationSpecTemplatesHostTemplatesSpecInsecure["ENABLE"] = "Enable";
    /** Disabled */
    ClickHouseInstallationSpecTemplatesHostTemplatesSpecInsecure["DISABLED"] = "Disabled";
    /** Enabled */
    ClickHouseInstallationSpecTemplatesHostTemplatesSpecInsecure["ENABLED"] = "Enabled";
})(ClickHouseInstallationSpecTemplatesHostTemplatesSpecInsecure || (exports.ClickHouseInstallationSpecTemplatesHostTemplatesSpecInsecure = ClickHouseInstallationSpecTemplatesHostTemplatesSpecInsecure = {}));
/**
 * optional, open secure ports
 *
 *
 * @schema ClickHouseInstallationSpecTemplatesHostTemplatesSpecSecure
 */
var ClickHouseInstallationSpecTemplatesHostTemplatesSpecSecure;
(function (ClickHouseInstallationSpecTemplatesHostTemplatesSpecSecure) {
    /** 0 */
    ClickHouseInstallationSpecTemplatesHostTemplatesSpecSecure["VALUE_0"] = "0";
    /** 1 */
    ClickHouseInstallationSpecTemplatesHostTemplatesSpecSecure["VALUE_1"] = "1";
    /** False */
    ClickHouseInstallationSpecTemplatesHostTemplatesSpecSecure["FALSE"] = "False";
    /** True */
    ClickHouseInstallationSpecTemplatesHostTemplatesSpecSecure["TRUE"] = "True";
    /** No */
    ClickHouseInstallationSpecTemplatesHostTemplatesSpecSecure["NO"] = "No";
    /** Yes */
    ClickHouseInstallationSpecTemplatesHostTemplatesSpecSecure["YES"] = "Yes";
    /** Off */
    ClickHouseInstallationSpecTemplatesHostTemplatesSpecSecure["OFF"] = "Off";
    /** On */
    ClickHouseInstallationSpecTemplatesHostTemplatesSpecSecure["ON"] = "On";
    /** Disable */
    ClickHouseInstallationSpecTemplatesHostTemplatesSpecSecure["DISABLE"] = "Disable";
    /** Enable */
    ClickHouseInstallationSpecTemplatesHostTemplatesSpecSecure["ENABLE"] = "Enable";
    /** Disabled */
    ClickHouseInstallationSpecTemplatesHostTemplatesSpecSecure["DISABLED"] = "Disabled";
    /** Enabled */
    ClickHouseInstallationSpecTemplatesHostTemplatesSpecSecure["ENABLED"] = "Enabled";
})(ClickHouseInstallationSpecTemplatesHostTemplatesSpecSecure || (exports.ClickHouseInstallationSpecTemplatesHostTemplatesSpecSecure = ClickHouseInstallationSpecTemplatesHostTemplatesSpecSecure = {}));
/**
 * Converts an object of type 'ClickHouseInstallationSpecTemplatesHostTemplatesSpecTemplates' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClickHouseInstallationSpecTemplatesHostTemplatesSpecTemplates(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'hostTemplate': obj.hostTemplate,
        'podTemplate': obj.podTemplate,
        'dataVolumeClaimTemplate': obj.dataVolumeClaimTemplate,
        'logVolumeClaimTemplate': obj.logVolumeClaimTemplate,
        'serviceTemplate': obj.serviceTemplate,
        'serviceTemplates': obj.serviceTemplates?.map(y => y),
        'clusterServiceTemplate': obj.clusterServiceTemplate,
        'shardServiceTemplate': obj.shardServiceTemplate,
        'replicaServiceTemplate': obj.replicaServiceTemplate,
        'volumeClaimTemplate': obj.volumeClaimTemplate,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * you can define multiple affinity policy types
 *
 * @schema ClickHouseInstallationSpecTemplatesPodTemplatesPodDistributionType
 */
var ClickHouseInstallationSpecTemplatesPodTemplatesPodDistributionType;
(function (ClickHouseInstallationSpecTemplatesPodTemplatesPodDistributionType) {
    /** Unspecified */
    ClickHouseInstallationSpecTemplatesPodTemplatesPodDistributionType["UNSPECIFIED"] = "Unspecified";
    /** ClickHouseAntiAffinity */
    ClickHouseInstallationSpecTemplatesPodTemplatesPodDistributionType["CLICK_HOUSE_ANTI_AFFINITY"] = "ClickHouseAntiAffinity";
    /** ShardAntiAffinity */
    ClickHouseInstallationSpecTemplatesPodTemplatesPodDistributionType["SHARD_ANTI_AFFINITY"] = "ShardAntiAffinity";
    /** ReplicaAntiAffinity */
    ClickHouseInstallationSpecTemplatesPodTemplatesPodDistributionType["REPLICA_ANTI_AFFINITY"] = "ReplicaAntiAffinity";
    /** AnotherNamespaceAntiAffinity */
    ClickHouseInstallationSpecTemplatesPodTemplatesPodDistributionType["ANOTHER_NAMESPACE_ANTI_AFFINITY"] = "AnotherNamespaceAntiAffinity";
    /** AnotherClickHouseInstallationAntiAffinity */
    ClickHouseInstallationSpecTemplatesPodTemplatesPodDistributionType["ANOTHER_CLICK_HOUSE_INSTALLATION_ANTI_AFFINITY"] = "AnotherClickHouseInstallationAntiAffinity";
    /** AnotherClusterAntiAffinity */
    ClickHouseInstallationSpecTemplatesPodTemplatesPodDistributionType["ANOTHER_CLUSTER_ANTI_AFFINITY"] = "AnotherClusterAntiAffinity";
    /** MaxNumberPerNode */
    ClickHouseInstallationSpecTemplatesPodTemplatesPodDistributionType["MAX_NUMBER_PER_NODE"] = "MaxNumberPerNode";
    /** NamespaceAffinity */
    ClickHouseInstallationSpecTemplatesPodTemplatesPodDistributionType["NAMESPACE_AFFINITY"] = "NamespaceAffinity";
    /** ClickHouseInstallationAffinity */
    ClickHouseInstallationSpecTemplatesPodTemplatesPodDistributionType["CLICK_HOUSE_INSTALLATION_AFFINITY"] = "ClickHouseInstallationAffinity";
    /** ClusterAffinity */
    ClickHouseInstallationSpecTemplatesPodTemplatesPodDistributionType["CLUSTER_AFFINITY"] = "ClusterAffinity";
    /** ShardAffinity */
    ClickHouseInstallationSpecTemplatesPodTemplatesPodDistributionType["SHARD_AFFINITY"] = "ShardAffinity";
    /** ReplicaAffinity */
    ClickHouseInstallationSpecTemplatesPodTemplatesPodDistributionType["REPLICA_AFFINITY"] = "ReplicaAffinity";
    /** PreviousTailAffinity */
    ClickHouseInstallationSpecTemplatesPodTemplatesPodDistributionType["PREVIOUS_TAIL_AFFINITY"] = "PreviousTailAffinity";
    /** CircularReplication */
    ClickHouseInstallationSpecTemplatesPodTemplatesPodDistributionType["CIRCULAR_REPLICATION"] = "CircularReplication";
})(ClickHouseInstallationSpecTemplatesPodTemplatesPodDistributionType || (exports.ClickHouseInstallationSpecTemplatesPodTemplatesPodDistributionType = ClickHouseInstallationSpecTemplatesPodTemplatesPodDistributionType = {}));
/**
 * scope for apply each podDistribution
 *
 * @schema ClickHouseInstallationSpecTemplatesPodTemplatesPodDistributionScope
 */
var ClickHouseInstallationSpecTemplatesPodTemplatesPodDistributionScope;
(function (ClickHouseInstallationSpecTemplatesPodTemplatesPodDistributionScope) {
    /** Unspecified */
    ClickHouseInstallationSpecTemplatesPodTemplatesPodDistributionScope["UNSPECIFIED"] = "Unspecified";
    /** Shard */
    ClickHouseInstallationSpecTemplatesPodTemplatesPodDistributionScope["SHARD"] = "Shard";
    /** Replica */
    ClickHouseInstallationSpecTemplatesPodTemplatesPodDistributionScope["REPLICA"] = "Replica";
    /** Cluster */
    ClickHouseInstallationSpecTemplatesPodTemplatesPodDistributionScope["CLUSTER"] = "Cluster";
    /** ClickHouseInstallation */
    ClickHouseInstallationSpecTemplatesPodTemplatesPodDistributionScope["CLICK_HOUSE_INSTALLATION"] = "ClickHouseInstallation";
    /** Namespace */
    ClickHouseInstallationSpecTemplatesPodTemplatesPodDistributionScope["NAMESPACE"] = "Namespace";
})(ClickHouseInstallationSpecTemplatesPodTemplatesPodDistributionScope || (exports.ClickHouseInstallationSpecTemplatesPodTemplatesPodDistributionScope = ClickHouseInstallationSpecTemplatesPodTemplatesPodDistributionScope = {}));
/**
 * enabled or not
 *
 * @schema ClickHouseInstallationSpecReconcilingMacrosSectionsUsersEnabled
 */
var ClickHouseInstallationSpecReconcilingMacrosSectionsUsersEnabled;
(function (ClickHouseInstallationSpecReconcilingMacrosSectionsUsersEnabled) {
    /** 0 */
    ClickHouseInstallationSpecReconcilingMacrosSectionsUsersEnabled["VALUE_0"] = "0";
    /** 1 */
    ClickHouseInstallationSpecReconcilingMacrosSectionsUsersEnabled["VALUE_1"] = "1";
    /** False */
    ClickHouseInstallationSpecReconcilingMacrosSectionsUsersEnabled["FALSE"] = "False";
    /** True */
    ClickHouseInstallationSpecReconcilingMacrosSectionsUsersEnabled["TRUE"] = "True";
    /** No */
    ClickHouseInstallationSpecReconcilingMacrosSectionsUsersEnabled["NO"] = "No";
    /** Yes */
    ClickHouseInstallationSpecReconcilingMacrosSectionsUsersEnabled["YES"] = "Yes";
    /** Off */
    ClickHouseInstallationSpecReconcilingMacrosSectionsUsersEnabled["OFF"] = "Off";
    /** On */
    ClickHouseInstallationSpecReconcilingMacrosSectionsUsersEnabled["ON"] = "On";
    /** Disable */
    ClickHouseInstallationSpecReconcilingMacrosSectionsUsersEnabled["DISABLE"] = "Disable";
    /** Enable */
    ClickHouseInstallationSpecReconcilingMacrosSectionsUsersEnabled["ENABLE"] = "Enable";
    /** Disabled */
    ClickHouseInstallationSpecReconcilingMacrosSectionsUsersEnabled["DISABLED"] = "Disabled";
    /** Enabled */
    ClickHouseInstallationSpecReconcilingMacrosSectionsUsersEnabled["ENABLED"] = "Enabled";
})(ClickHouseInstallationSpecReconcilingMacrosSectionsUsersEnabled || (exports.ClickHouseInstallationSpecReconcilingMacrosSectionsUsersEnabled = ClickHouseInstallationSpecReconcilingMacrosSectionsUsersEnabled = {}));
/**
 * enabled or not
 *
 * @schema ClickHouseInstallationSpecReconcilingMacrosSectionsProfilesEnabled
 */
var ClickHouseInstallationSpecReconcilingMacrosSectionsProfilesEnabled;
(function (ClickHouseInstallationSpecReconcilingMacrosSectionsProfilesEnabled) {
    /** 0 */
    ClickHouseInstallationSpecReconcilingMacrosSectionsProfilesEnabled["VALUE_0"] = "0";
    /** 1 */
    ClickHouseInstallationSpecReconcilingMacrosSectionsProfilesEnabled["VALUE_1"] = "1";
    /** False */
    ClickHouseInstallationSpecReconcilingMacrosSectionsProfilesEnabled["FALSE"] = "False";
    /** True */
    ClickHouseInstallationSpecReconcilingMacrosSectionsProfilesEnabled["TRUE"] = "True";
    /** No */
    ClickHouseInstallationSpecReconcilingMacrosSectionsProfilesEnabled["NO"] = "No";
    /** Yes */
    ClickHouseInstallationSpecReconcilingMacrosSectionsProfilesEnabled["YES"] = "Yes";
    /** Off */
    ClickHouseInstallationSpecReconcilingMacrosSectionsProfilesEnabled["OFF"] = "Off";
    /** On */
    ClickHouseInstallationSpecReconcilingMacrosSectionsProfilesEnabled["ON"] = "On";
    /** Disable */
    ClickHouseInstallationSpecReconcilingMacrosSectionsProfilesEnabled["DISABLE"] = "Disable";
    /** Enable */
    ClickHouseInstallationSpecReconcilingMacrosSectionsProfilesEnabled["ENABLE"] = "Enable";
    /** Disabled */
    ClickHouseInstallationSpecReconcilingMacrosSectionsProfilesEnabled["DISABLED"] = "Disabled";
    /** Enabled */
    ClickHouseInstallationSpecReconcilingMacrosSectionsProfilesEnabled["ENABLED"] = "Enabled";
})(ClickHouseInstallationSpecReconcilingMacrosSectionsProfilesEnabled || (exports.ClickHouseInstallationSpecReconcilingMacrosSectionsProfilesEnabled = ClickHouseInstallationSpecReconcilingMacrosSectionsProfilesEnabled = {}));
/**
 * enabled or not
 *
 * @schema ClickHouseInstallationSpecReconcilingMacrosSectionsQuotasEnabled
 */
var ClickHouseInstallationSpecReconcilingMacrosSectionsQuotasEnabled;
(function (ClickHouseInstallationSpecReconcilingMacrosSectionsQuotasEnabled) {
    /** 0 */
    ClickHouseInstallationSpecReconcilingMacrosSectionsQuotasEnabled["VALUE_0"] = "0";
    /** 1 */
    ClickHouseInstallationSpecReconcilingMacrosSectionsQuotasEnabled["VALUE_1"] = "1";
    /** False */
    ClickHouseInstallationSpecReconcilingMacrosSectionsQuotasEnabled["FALSE"] = "False";
    /** True */
    ClickHouseInstallationSpecReconcilingMacrosSectionsQuotasEnabled["TRUE"] = "True";
    /** No */
    ClickHouseInstallationSpecReconcilingMacrosSectionsQuotasEnabled["NO"] = "No";
    /** Yes */
    ClickHouseInstallationSpecReconcilingMacrosSectionsQuotasEnabled["YES"] = "Yes";
    /** Off */
    ClickHouseInstallationSpecReconcilingMacrosSectionsQuotasEnabled["OFF"] = "Off";
    /** On */
    ClickHouseInstallationSpecReconcilingMacrosSectionsQuotasEnabled["ON"] = "On";
    /** Disable */
    ClickHouseInstallationSpecReconcilingMacrosSectionsQuotasEnabled["DISABLE"] = "Disable";
    /** Enable */
    ClickHouseInstallationSpecReconcilingMacrosSectionsQuotasEnabled["ENABLE"] = "Enable";
    /** Disabled */
    ClickHouseInstallationSpecReconcilingMacrosSectionsQuotasEnabled["DISABLED"] = "Disabled";
    /** Enabled */
    ClickHouseInstallationSpecReconcilingMacrosSectionsQuotasEnabled["ENABLED"] = "Enabled";
})(ClickHouseInstallationSpecReconcilingMacrosSectionsQuotasEnabled || (exports.ClickHouseInstallationSpecReconcilingMacrosSectionsQuotasEnabled = ClickHouseInstallationSpecReconcilingMacrosSectionsQuotasEnabled = {}));
/**
 * enabled or not
 *
 * @schema ClickHouseInstallationSpecReconcilingMacrosSectionsSettingsEnabled
 */
var ClickHouseInstallationSpecReconcilingMacrosSectionsSettingsEnabled;
(function (ClickHouseInstallationSpecReconcilingMacrosSectionsSettingsEnabled) {
    /** 0 */
    ClickHouseInstallationSpecReconcilingMacrosSectionsSettingsEnabled["VALUE_0"] = "0";
    /** 1 */
    ClickHouseInstallationSpecReconcilingMacrosSectionsSettingsEnabled["VALUE_1"] = "1";
    /** False */
    ClickHouseInstallationSpecReconcilingMacrosSectionsSettingsEnabled["FALSE"] = "False";
    /** True */
    ClickHouseInstallationSpecReconcilingMacrosSectionsSettingsEnabled["TRUE"] = "True";
    /** No */
    ClickHouseInstallationSpecReconcilingMacrosSectionsSettingsEnabled["NO"] = "No";
    /** Yes */
    ClickHouseInstallationSpecReconcilingMacrosSectionsSettingsEnabled["YES"] = "Yes";
    /** Off */
    ClickHouseInstallationSpecReconcilingMacrosSectionsSettingsEnabled["OFF"] = "Off";
    /** On */
    ClickHouseInstallationSpecReconcilingMacrosSectionsSettingsEnabled["ON"] = "On";
    /** Disable */
    ClickHouseInstallationSpecReconcilingMacrosSectionsSettingsEnabled["DISABLE"] = "Disable";
    /** Enable */
    ClickHouseInstallationSpecReconcilingMacrosSectionsSettingsEnabled["ENABLE"] = "Enable";
    /** Disabled */
    ClickHouseInstallationSpecReconcilingMacrosSectionsSettingsEnabled["DISABLED"] = "Disabled";
    /** Enabled */
    ClickHouseInstallationSpecReconcilingMacrosSectionsSettingsEnabled["ENABLED"] = "Enabled";
})(ClickHouseInstallationSpecReconcilingMacrosSectionsSettingsEnabled || (exports.ClickHouseInstallationSpecReconcilingMacrosSectionsSettingsEnabled = ClickHouseInstallationSpecReconcilingMacrosSectionsSettingsEnabled = {}));
/**
 * enabled or not
 *
 * @schema ClickHouseInstallationSpecReconcilingMacrosSectionsFilesEnabled
 */
var ClickHouseInstallationSpecReconcilingMacrosSectionsFilesEnabled;
(function (ClickHouseInstallationSpecReconcilingMacrosSectionsFilesEnabled) {
    /** 0 */
    ClickHouseInstallationSpecReconcilingMacrosSectionsFilesEnabled["VALUE_0"] = "0";
    /** 1 */
    ClickHouseInstallationSpecReconcilingMacrosSectionsFilesEnabled["VALUE_1"] = "1";
    /** False */
    ClickHouseInstallationSpecReconcilingMacrosSectionsFilesEnabled["FALSE"] = "False";
    /** True */
    ClickHouseInstallationSpecReconcilingMacrosSectionsFilesEnabled["TRUE"] = "True";
    /** No */
    ClickHouseInstallationSpecReconcilingMacrosSectionsFilesEnabled["NO"] = "No";
    /** Yes */
    ClickHouseInstallationSpecReconcilingMacrosSectionsFilesEnabled["YES"] = "Yes";
    /** Off */
    ClickHouseInstallationSpecReconcilingMacrosSectionsFilesEnabled["OFF"] = "Off";
    /** On */
    ClickHouseInstallationSpecReconcilingMacrosSectionsFilesEnabled["ON"] = "On";
    /** Disable */
    ClickHouseInstallationSpecReconcilingMacrosSectionsFilesEnabled["DISABLE"] = "Disable";
    /** Enable */
    ClickHouseInstallationSpecReconcilingMacrosSectionsFilesEnabled["ENABLE"] = "Enable";
    /** Disabled */
    ClickHouseInstallationSpecReconcilingMacrosSectionsFilesEnabled["DISABLED"] = "Disabled";
    /** Enabled */
    ClickHouseInstallationSpecReconcilingMacrosSectionsFilesEnabled["ENABLED"] = "Enabled";
})(ClickHouseInstallationSpecReconcilingMacrosSectionsFilesEnabled || (exports.ClickHouseInstallationSpecReconcilingMacrosSectionsFilesEnabled = ClickHouseInstallationSpecReconcilingMacrosSectionsFilesEnabled = {}));
/**
 * Whether the operator during reconcile procedure should wait for all replicas to catch-up
 *
 * @schema ClickHouseInstallationSpecReconcilingHostWaitReplicasAll
 */
var ClickHouseInstallationSpecReconcilingHostWaitReplicasAll;
(function (ClickHouseInstallationSpecReconcilingHostWaitReplicasAll) {
    /** 0 */
    ClickHouseInstallationSpecReconcilingHostWaitReplicasAll["VALUE_0"] = "0";
    /** 1 */
    ClickHouseInstallationSpecReconcilingHostWaitReplicasAll["VALUE_1"] = "1";
    /** False */
    ClickHouseInstallationSpecReconcilingHostWaitReplicasAll["FALSE"] = "False";
    /** True */
    ClickHouseInstallationSpecReconcilingHostWaitReplicasAll["TRUE"] = "True";
    /** No */
    ClickHouseInstallationSpecReconcilingHostWaitReplicasAll["NO"] = "No";
    /** Yes */
    ClickHouseInstallationSpecReconcilingHostWaitReplicasAll["YES"] = "Yes";
    /** Off */
    ClickHouseInstallationSpecReconcilingHostWaitReplicasAll["OFF"] = "Off";
    /** On */
    ClickHouseInstallationSpecReconcilingHostWaitReplicasAll["ON"] = "On";
    /** Disable */
    ClickHouseInstallationSpecReconcilingHostWaitReplicasAll["DISABLE"] = "Disable";
    /** Enable */
    ClickHouseInstallationSpecReconcilingHostWaitReplicasAll["ENABLE"] = "Enable";
    /** Disabled */
    ClickHouseInstallationSpecReconcilingHostWaitReplicasAll["DISABLED"] = "Disabled";
    /** Enabled */
    ClickHouseInstallationSpecReconcilingHostWaitReplicasAll["ENABLED"] = "Enabled";
})(ClickHouseInstallationSpecReconcilingHostWaitReplicasAll || (exports.ClickHouseInstallationSpecReconcilingHostWaitReplicasAll = ClickHouseInstallationSpecReconcilingHostWaitReplicasAll = {}));
/**
 * Whether the operator during reconcile procedure should wait for new replicas to catch-up
 *
 * @schema ClickHouseInstallationSpecReconcilingHostWaitReplicasNew
 */
var ClickHouseInstallationSpecReconcilingHostWaitReplicasNew;
(function (ClickHouseInstallationSpecReconcilingHostWaitReplicasNew) {
    /** 0 */
    ClickHouseInstallationSpecReconcilingHostWaitReplicasNew["VALUE_0"] = "0";
    /** 1 */
    ClickHouseInstallationSpecReconcilingHostWaitReplicasNew["VALUE_1"] = "1";
    /** False */
    ClickHouseInstallationSpecReconcilingHostWaitReplicasNew["FALSE"] = "False";
    /** True */
    ClickHouseInstallationSpecReconcilingHostWaitReplicasNew["TRUE"] = "True";
    /** No */
    ClickHouseInstallationSpecReconcilingHostWaitReplicasNew["NO"] = "No";
    /** Yes */
    ClickHouseInstallationSpecReconcilingHostWaitReplicasNew["YES"] = "Yes";
    /** Off */
    ClickHouseInstallationSpecReconcilingHostWaitReplicasNew["OFF"] = "Off";
    /** On */
    ClickHouseInstallationSpecReconcilingHostWaitReplicasNew["ON"] = "On";
    /** Disable */
    ClickHouseInstallationSpecReconcilingHostWaitReplicasNew["DISABLE"] = "Disable";
    /** Enable */
    ClickHouseInstallationSpecReconcilingHostWaitReplicasNew["ENABLE"] = "Enable";
    /** Disabled */
    ClickHouseInstallationSpecReconcilingHostWaitReplicasNew["DISABLED"] = "Disabled";
    /** Enabled */
    ClickHouseInstallationSpecReconcilingHostWaitReplicasNew["ENABLED"] = "Enabled";
})(ClickHouseInstallationSpecReconcilingHostWaitReplicasNew || (exports.ClickHouseInstallationSpecReconcilingHostWaitReplicasNew = ClickHouseInstallationSpecReconcilingHostWaitReplicasNew = {}));
/**
 * Whether the operator during host launch procedure should wait for startup probe to succeed.
 * In case probe is unspecified wait is assumed to be completed successfully.
 * Default option value is to do not wait.
 *
 *
 * @schema ClickHouseInstallationSpecReconcilingHostWaitProbesStartup
 */
var ClickHouseInstallationSpecReconcilingHostWaitProbesStartup;
(function (ClickHouseInstallationSpecReconcilingHostWaitProbesStartup) {
    /** 0 */
    ClickHouseInstallationSpecReconcilingHostWaitProbesStartup["VALUE_0"] = "0";
    /** 1 */
    ClickHouseInstallationSpecReconcilingHostWaitProbesStartup["VALUE_1"] = "1";
    /** False */
    ClickHouseInstallationSpecReconcilingHostWaitProbesStartup["FALSE"] = "False";
    /** True */
    ClickHouseInstallationSpecReconcilingHostWaitProbesStartup["TRUE"] = "True";
    /** No */
    ClickHouseInstallationSpecReconcilingHostWaitProbesStartup["NO"] = "No";
    /** Yes */
    ClickHouseInstallationSpecReconcilingHostWaitProbesStartup["YES"] = "Yes";
    /** Off */
    ClickHouseInstallationSpecReconcilingHostWaitProbesStartup["OFF"] = "Off";
    /** On */
    ClickHouseInstallationSpecReconcilingHostWaitProbesStartup["ON"] = "On";
    /** Disable */
    ClickHouseInstallationSpecReconcilingHostWaitProbesStartup["DISABLE"] = "Disable";
    /** Enable */
    ClickHouseInstallationSpecReconcilingHostWaitProbesStartup["ENABLE"] = "Enable";
    /** Disabled */
    ClickHouseInstallationSpecReconcilingHostWaitProbesStartup["DISABLED"] = "Disabled";
    /** Enabled */
    ClickHouseInstallationSpecReconcilingHostWaitProbesStartup["ENABLED"] = "Enabled";
})(ClickHouseInstallationSpecReconcilingHostWaitProbesStartup || (exports.ClickHouseInstallationSpecReconcilingHostWaitProbesStartup = ClickHouseInstallationSpecReconcilingHostWaitProbesStartup = {}));
/**
 * Whether the operator during host launch procedure should wait for ready probe to succeed.
 * In case probe is unspecified wait is assumed to be completed successfully.
 * Default option value is to wait.
 *
 *
 * @schema ClickHouseInstallationSpecReconcilingHostWaitProbesReadiness
 */
var ClickHouseInstallationSpecReconcilingHostWaitProbesReadiness;
(function (ClickHouseInstallationSpecReconcilingHostWaitProbesReadiness) {
    /** 0 */
    ClickHouseInstallationSpecReconcilingHostWaitProbesReadiness["VALUE_0"] = "0";
    /** 1 */
    ClickHouseInstallationSpecReconcilingHostWaitProbesReadiness["VALUE_1"] = "1";
    /** False */
    ClickHouseInstallationSpecReconcilingHostWaitProbesReadiness["FALSE"] = "False";
    /** True */
    ClickHouseInstallationSpecReconcilingHostWaitProbesReadiness["TRUE"] = "True";
    /** No */
    ClickHouseInstallationSpecReconcilingHostWaitProbesReadiness["NO"] = "No";
    /** Yes */
    ClickHouseInstallationSpecReconcilingHostWaitProbesReadiness["YES"] = "Yes";
    /** Off */
    ClickHouseInstallationSpecReconcilingHostWaitProbesReadiness["OFF"] = "Off";
    /** On */
    ClickHouseInstallationSpecReconcilingHostWaitProbesReadiness["ON"] = "On";
    /** Disable */
    ClickHouseInstallationSpecReconcilingHostWaitProbesReadiness["DISABLE"] = "Disable";
    /** Enable */
    ClickHouseInstallationSpecReconcilingHostWaitProbesReadiness["ENABLE"] = "Enable";
    /** Disabled */
    ClickHouseInstallationSpecReconcilingHostWaitProbesReadiness["DISABLED"] = "Disabled";
    /** Enabled */
    ClickHouseInstallationSpecReconcilingHostWaitProbesReadiness["ENABLED"] = "Enabled";
})(ClickHouseInstallationSpecReconcilingHostWaitProbesReadiness || (exports.ClickHouseInstallationSpecReconcilingHostWaitProbesReadiness = ClickHouseInstallationSpecReconcilingHostWaitProbesReadiness = {}));
/**
 * Whether the operator during reconcile procedure should drop replicas when replica is deleted
 *
 *
 * @schema ClickHouseInstallationSpecReconcilingHostDropReplicasOnDelete
 */
var ClickHouseInstallationSpecReconcilingHostDropReplicasOnDelete;
(function (ClickHouseInstallationSpecReconcilingHostDropReplicasOnDelete) {
    /** 0 */
    ClickHouseInstallationSpecReconcilingHostDropReplicasOnDelete["VALUE_0"] = "0";
    /** 1 */
    ClickHouseInstallationSpecReconcilingHostDropReplicasOnDelete["VALUE_1"] = "1";
    /** False */
    ClickHouseInstallationSpecReconcilingHostDropReplicasOnDelete["FALSE"] = "False";
    /** True */
    ClickHouseInstallationSpecReconcilingHostDropReplicasOnDelete["TRUE"] = "True";
    /** No */
    ClickHouseInstallationSpecReconcilingHostDropReplicasOnDelete["NO"] = "No";
    /** Yes */
    ClickHouseInstallationSpecReconcilingHostDropReplicasOnDelete["YES"] = "Yes";
    /** Off */
    ClickHouseInstallationSpecReconcilingHostDropReplicasOnDelete["OFF"] = "Off";
    /** On */
    ClickHouseInstallationSpecReconcilingHostDropReplicasOnDelete["ON"] = "On";
    /** Disable */
    ClickHouseInstallationSpecReconcilingHostDropReplicasOnDelete["DISABLE"] = "Disable";
    /** Enable */
    ClickHouseInstallationSpecReconcilingHostDropReplicasOnDelete["ENABLE"] = "Enable";
    /** Disabled */
    ClickHouseInstallationSpecReconcilingHostDropReplicasOnDelete["DISABLED"] = "Disabled";
    /** Enabled */
    ClickHouseInstallationSpecReconcilingHostDropReplicasOnDelete["ENABLED"] = "Enabled";
})(ClickHouseInstallationSpecReconcilingHostDropReplicasOnDelete || (exports.ClickHouseInstallationSpecReconcilingHostDropReplicasOnDelete = ClickHouseInstallationSpecReconcilingHostDropReplicasOnDelete = {}));
/**
 * Whether the operator during reconcile procedure should drop replicas when replica volume is lost
 *
 *
 * @schema ClickHouseInstallationSpecReconcilingHostDropReplicasOnLostVolume
 */
var ClickHouseInstallationSpecReconcilingHostDropReplicasOnLostVolume;
(function (ClickHouseInstallationSpecReconcilingHostDropReplicasOnLostVolume) {
    /** 0 */
    ClickHouseInstallationSpecReconcilingHostDropReplicasOnLostVolume["VALUE_0"] = "0";
    /** 1 */
    ClickHouseInstallationSpecReconcilingHostDropReplicasOnLostVolume["VALUE_1"] = "1";
    /** False */
    ClickHouseInstallationSpecReconcilingHostDropReplicasOnLostVolume["FALSE"] = "False";
    /** True */
    ClickHouseInstallationSpecReconcilingHostDropReplicasOnLostVolume["TRUE"] = "True";
    /** No */
    ClickHouseInstallationSpecReconcilingHostDropReplicasOnLostVolume["NO"] = "No";
    /** Yes */
    ClickHouseInstallationSpecReconcilingHostDropReplicasOnLostVolume["YES"] = "Yes";
    /** Off */
    ClickHouseInstallationSpecReconcilingHostDropReplicasOnLostVolume["OFF"] = "Off";
    /** On */
    ClickHouseInstallationSpecReconcilingHostDropReplicasOnLostVolume["ON"] = "On";
    /** Disable */
    ClickHouseInstallationSpecReconcilingHostDropReplicasOnLostVolume["DISABLE"] = "Disable";
    /** Enable */
    ClickHouseInstallationSpecReconcilingHostDropReplicasOnLostVolume["ENABLE"] = "Enable";
    /** Disabled */
    ClickHouseInstallationSpecReconcilingHostDropReplicasOnLostVolume["DISABLED"] = "Disabled";
    /** Enabled */
    ClickHouseInstallationSpecReconcilingHostDropReplicasOnLostVolume["ENABLED"] = "Enabled";
})(ClickHouseInstallationSpecReconcilingHostDropReplicasOnLostVolume || (exports.ClickHouseInstallationSpecReconcilingHostDropReplicasOnLostVolume = ClickHouseInstallationSpecReconcilingHostDropReplicasOnLostVolume = {}));
/**
 * Whether the operator during reconcile procedure should drop active replicas when replica is deleted or recreated
 *
 *
 * @schema ClickHouseInstallationSpecReconcilingHostDropReplicasActive
 */
var ClickHouseInstallationSpecReconcilingHostDropReplicasActive;
(function (ClickHouseInstallationSpecReconcilingHostDropReplicasActive) {
    /** 0 */
    ClickHouseInstallationSpecReconcilingHostDropReplicasActive["VALUE_0"] = "0";
    /** 1 */
    ClickHouseInstallationSpecReconcilingHostDropReplicasActive["VALUE_1"] = "1";
    /** False */
    ClickHouseInstallationSpecReconcilingHostDropReplicasActive["FALSE"] = "False";
    /** True */
    ClickHouseInstallationSpecReconcilingHostDropReplicasActive["TRUE"] = "True";
    /** No */
    ClickHouseInstallationSpecReconcilingHostDropReplicasActive["NO"] = "No";
    /** Yes */
    ClickHouseInstallationSpecReconcilingHostDropReplicasActive["YES"] = "Yes";
    /** Off */
    ClickHouseInstallationSpecReconcilingHostDropReplicasActive["OFF"] = "Off";
    /** On */
    ClickHouseInstallationSpecReconcilingHostDropReplicasActive["ON"] = "On";
    /** Disable */
    ClickHouseInstallationSpecReconcilingHostDropReplicasActive["DISABLE"] = "Disable";
    /** Enable */
    ClickHouseInstallationSpecReconcilingHostDropReplicasActive["ENABLE"] = "Enable";
    /** Disabled */
    ClickHouseInstallationSpecReconcilingHostDropReplicasActive["DISABLED"] = "Disabled";
    /** Enabled */
    ClickHouseInstallationSpecReconcilingHostDropReplicasActive["ENABLED"] = "Enabled";
})(ClickHouseInstallationSpecReconcilingHostDropReplicasActive || (exports.ClickHouseInstallationSpecReconcilingHostDropReplicasActive = ClickHouseInstallationSpecReconcilingHostDropReplicasActive = {}));
/**
 * enabled or not
 *
 * @schema ClickHouseInstallationSpecReconcileMacrosSectionsUsersEnabled
 */
var ClickHouseInstallationSpecReconcileMacrosSectionsUsersEnabled;
(function (ClickHouseInstallationSpecReconcileMacrosSectionsUsersEnabled) {
    /** 0 */
    ClickHouseInstallationSpecReconcileMacrosSectionsUsersEnabled["VALUE_0"] = "0";
    /** 1 */
    ClickHouseInstallationSpecReconcileMacrosSectionsUsersEnabled["VALUE_1"] = "1";
    /** False */
    ClickHouseInstallationSpecReconcileMacrosSectionsUsersEnabled["FALSE"] = "False";
    /** True */
    ClickHouseInstallationSpecReconcileMacrosSectionsUsersEnabled["TRUE"] = "True";
    /** No */
    ClickHouseInstallationSpecReconcileMacrosSectionsUsersEnabled["NO"] = "No";
    /** Yes */
    ClickHouseInstallationSpecReconcileMacrosSectionsUsersEnabled["YES"] = "Yes";
    /** Off */
    ClickHouseInstallationSpecReconcileMacrosSectionsUsersEnabled["OFF"] = "Off";
    /** On */
    ClickHouseInstallationSpecReconcileMacrosSectionsUsersEnabled["ON"] = "On";
    /** Disable */
    ClickHouseInstallationSpecReconcileMacrosSectionsUsersEnabled["DISABLE"] = "Disable";
    /** Enable */
    ClickHouseInstallationSpecReconcileMacrosSectionsUsersEnabled["ENABLE"] = "Enable";
    /** Disabled */
    ClickHouseInstallationSpecReconcileMacrosSectionsUsersEnabled["DISABLED"] = "Disabled";
    /** Enabled */
    ClickHouseInstallationSpecReconcileMacrosSectionsUsersEnabled["ENABLED"] = "Enabled";
})(ClickHouseInstallationSpecReconcileMacrosSectionsUsersEnabled || (exports.ClickHouseInstallationSpecReconcileMacrosSectionsUsersEnabled = ClickHouseInstallationSpecReconcileMacrosSectionsUsersEnabled = {}));
/**
 * enabled or not
 *
 * @schema ClickHouseInstallationSpecReconcileMacrosSectionsProfilesEnabled
 */
var ClickHouseInstallationSpecReconcileMacrosSectionsProfilesEnabled;
(function (ClickHouseInstallationSpecReconcileMacrosSectionsProfilesEnabled) {
    /** 0 */
    ClickHouseInstallationSpecReconcileMacrosSectionsProfilesEnabled["VALUE_0"] = "0";
    /** 1 */
    ClickHouseInstallationSpecReconcileMacrosSectionsProfilesEnabled["VALUE_1"] = "1";
    /** False */
    ClickHouseInstallationSpecReconcileMacrosSectionsProfilesEnabled["FALSE"] = "False";
    /** True */
    ClickHouseInstallationSpecReconcileMacrosSectionsProfilesEnabled["TRUE"] = "True";
    /** No */
    ClickHouseInstallationSpecReconcileMacrosSectionsProfilesEnabled["NO"] = "No";
    /** Yes */
    ClickHouseInstallationSpecReconcileMacrosSectionsProfilesEnabled["YES"] = "Yes";
    /** Off */
    ClickHouseInstallationSpecReconcileMacrosSectionsProfilesEnabled["OFF"] = "Off";
    /** On */
    ClickHouseInstallationSpecReconcileMacrosSectionsProfilesEnabled["ON"] = "On";
    /** Disable */
    ClickHouseInstallationSpecReconcileMacrosSectionsProfilesEnabled["DISABLE"] = "Disable";
    /** Enable */
    ClickHouseInstallationSpecReconcileMacrosSectionsProfilesEnabled["ENABLE"] = "Enable";
    /** Disabled */
    ClickHouseInstallationSpecReconcileMacrosSectionsProfilesEnabled["DISABLED"] = "Disabled";
    /** Enabled */
    ClickHouseInstallationSpecReconcileMacrosSectionsProfilesEnabled["ENABLED"] = "Enabled";
})(ClickHouseInstallationSpecReconcileMacrosSectionsProfilesEnabled || (exports.ClickHouseInstallationSpecReconcileMacrosSectionsProfilesEnabled = ClickHouseInstallationSpecReconcileMacrosSectionsProfilesEnabled = {}));
/**
 * enabled or not
 *
 * @schema ClickHouseInstallationSpecReconcileMacrosSectionsQuotasEnabled
 */
var ClickHouseInstallationSpecReconcileMacrosSectionsQuotasEnabled;
(function (ClickHouseInstallationSpecReconcileMacrosSectionsQuotasEnabled) {
    /** 0 */
    ClickHouseInstallationSpecReconcileMacrosSectionsQuotasEnabled["VALUE_0"] = "0";
    /** 1 */
    ClickHouseInstallationSpecReconcileMacrosSectionsQuotasEnabled["VALUE_1"] = "1";
    /** False */
    ClickHouseInstallationSpecReconcileMacrosSectionsQuotasEnabled["FALSE"] = "False";
    /** True */
    ClickHouseInstallationSpecReconcileMacrosSectionsQuotasEnabled["TRUE"] = "True";
    /** No */
    ClickHouseInstallationSpecReconcileMacrosSectionsQuotasEnabled["NO"] = "No";
    /** Yes */
    ClickHouseInstallationSpecReconcileMacrosSectionsQuotasEnabled["YES"] = "Yes";
    /** Off */
    ClickHouseInstallationSpecReconcileMacrosSectionsQuotasEnabled["OFF"] = "Off";
    /** On */
    ClickHouseInstallationSpecReconcileMacrosSectionsQuotasEnabled["ON"] = "On";
    /** Disable */
    ClickHouseInstallationSpecReconcileMacrosSectionsQuotasEnabled["DISABLE"] = "Disable";
    /** Enable */
    ClickHouseInstallationSpecReconcileMacrosSectionsQuotasEnabled["ENABLE"] = "Enable";
    /** Disabled */
    ClickHouseInstallationSpecReconcileMacrosSectionsQuotasEnabled["DISABLED"] = "Disabled";
    /** Enabled */
    ClickHouseInstallationSpecReconcileMacrosSectionsQuotasEnabled["ENABLED"] = "Enabled";
})(ClickHouseInstallationSpecReconcileMacrosSectionsQuotasEnabled || (exports.ClickHouseInstallationSpecReconcileMacrosSectionsQuotasEnabled = ClickHouseInstallationSpecReconcileMacrosSectionsQuotasEnabled = {}));
/**
 * enabled or not
 *
 * @schema ClickHouseInstallationSpecReconcileMacrosSectionsSettingsEnabled
 */
var ClickHouseInstallationSpecReconcileMacrosSectionsSettingsEnabled;
(function (ClickHouseInstallationSpecReconcileMacrosSectionsSettingsEnabled) {
    /** 0 */
    ClickHouseInstallationSpecReconcileMacrosSectionsSettingsEnabled["VALUE_0"] = "0";
    /** 1 */
    ClickHouseInstallationSpecReconcileMacrosSectionsSettingsEnabled["VALUE_1"] = "1";
    /** False */
    ClickHouseInstallationSpecReconcileMacrosSectionsSettingsEnabled["FALSE"] = "False";
    /** True */
    ClickHouseInstallationSpecReconcileMacrosSectionsSettingsEnabled["TRUE"] = "True";
    /** No */
    ClickHouseInstallationSpecReconcileMacrosSectionsSettingsEnabled["NO"] = "No";
    /** Yes */
    ClickHouseInstallationSpecReconcileMacrosSectionsSettingsEnabled["YES"] = "Yes";
    /** Off */
    ClickHouseInstallationSpecReconcileMacrosSectionsSettingsEnabled["OFF"] = "Off";
    /** On */
    ClickHouseInstallationSpecReconcileMacrosSectionsSettingsEnabled["ON"] = "On";
    /** Disable */
    ClickHouseInstallationSpecReconcileMacrosSectionsSettingsEnabled["DISABLE"] = "Disable";
    /** Enable */
    ClickHouseInstallationSpecReconcileMacrosSectionsSettingsEnabled["ENABLE"] = "Enable";
    /** Disabled */
    ClickHouseInstallationSpecReconcileMacrosSectionsSettingsEnabled["DISABLED"] = "Disabled";
    /** Enabled */
    ClickHouseInstallationSpecReconcileMacrosSectionsSettingsEnabled["ENABLED"] = "Enabled";
})(ClickHouseInstallationSpecReconcileMacrosSectionsSettingsEnabled || (exports.ClickHouseInstallationSpecReconcileMacrosSectionsSettingsEnabled = ClickHouseInstallationSpecReconcileMacrosSectionsSettingsEnabled = {}));
/**
 * enabled or not
 *
 * @schema ClickHouseInstallationSpecReconcileMacrosSectionsFilesEnabled
 */
var ClickHouseInstallationSpecReconcileMacrosSectionsFilesEnabled;
(function (ClickHouseInstallationSpecReconcileMacrosSectionsFilesEnabled) {
    /** 0 */
    ClickHouseInstallationSpecReconcileMacrosSectionsFilesEnabled["VALUE_0"] = "0";
    /** 1 */
    ClickHouseInstallationSpecReconcileMacrosSectionsFilesEnabled["VALUE_1"] = "1";
    /** False */
    ClickHouseInstallationSpecReconcileMacrosSectionsFilesEnabled["FALSE"] = "False";
    /** True */
    ClickHouseInstallationSpecReconcileMacrosSectionsFilesEnabled["TRUE"] = "True";
    /** No */
    ClickHouseInstallationSpecReconcileMacrosSectionsFilesEnabled["NO"] = "No";
    /** Yes */
    ClickHouseInstallationSpecReconcileMacrosSectionsFilesEnabled["YES"] = "Yes";
    /** Off */
    ClickHouseInstallationSpecReconcileMacrosSectionsFilesEnabled["OFF"] = "Off";
    /** On */
    ClickHouseInstallationSpecReconcileMacrosSectionsFilesEnabled["ON"] = "On";
    /** Disable */
    ClickHouseInstallationSpecReconcileMacrosSectionsFilesEnabled["DISABLE"] = "Disable";
    /** Enable */
    ClickHouseInstallationSpecReconcileMacrosSectionsFilesEnabled["ENABLE"] = "Enable";
    /** Disabled */
    ClickHouseInstallationSpecReconcileMacrosSectionsFilesEnabled["DISABLED"] = "Disabled";
    /** Enabled */
    ClickHouseInstallationSpecReconcileMacrosSectionsFilesEnabled["ENABLED"] = "Enabled";
})(ClickHouseInstallationSpecReconcileMacrosSectionsFilesEnabled || (exports.ClickHouseInstallationSpecReconcileMacrosSectionsFilesEnabled = ClickHouseInstallationSpecReconcileMacrosSectionsFilesEnabled = {}));
/**
 * Whether the operator during reconcile procedure should wait for all replicas to catch-up
 *
 * @schema ClickHouseInstallationSpecReconcileHostWaitReplicasAll
 */
var ClickHouseInstallationSpecReconcileHostWaitReplicasAll;
(function (ClickHouseInstallationSpecReconcileHostWaitReplicasAll) {
    /** 0 */
    ClickHouseInstallationSpecReconcileHostWaitReplicasAll["VALUE_0"] = "0";
    /** 1 */
    ClickHouseInstallationSpecReconcileHostWaitReplicasAll["VALUE_1"] = "1";
    /** False */
    ClickHouseInstallationSpecReconcileHostWaitReplicasAll["FALSE"] = "False";
    /** True */
    ClickHouseInstallationSpecReconcileHostWaitReplicasAll["TRUE"] = "True";
    /** No */
    ClickHouseInstallationSpecReconcileHostWaitReplicasAll["NO"] = "No";
    /** Yes */
    ClickHouseInstallationSpecReconcileHostWaitReplicasAll["YES"] = "Yes";
    /** Off */
    ClickHouseInstallationSpecReconcileHostWaitReplicasAll["OFF"] = "Off";
    /** On */
    ClickHouseInstallationSpecReconcileHostWaitReplicasAll["ON"] = "On";
    /** Disable */
    ClickHouseInstallationSpecReconcileHostWaitReplicasAll["DISABLE"] = "Disable";
    /** Enable */
    ClickHouseInstallationSpecReconcileHostWaitReplicasAll["ENABLE"] = "Enable";
    /** Disabled */
    ClickHouseInstallationSpecReconcileHostWaitReplicasAll["DISABLED"] = "Disabled";
    /** Enabled */
    ClickHouseInstallationSpecReconcileHostWaitReplicasAll["ENABLED"] = "Enabled";
})(ClickHouseInstallationSpecReconcileHostWaitReplicasAll || (exports.ClickHouseInstallationSpecReconcileHostWaitReplicasAll = ClickHouseInstallationSpecReconcileHostWaitReplicasAll = {}));
/**
 * Whether the operator during reconcile procedure should wait for new replicas to catch-up
 *
 * @schema ClickHouseInstallationSpecReconcileHostWaitReplicasNew
 */
var ClickHouseInstallationSpecReconcileHostWaitReplicasNew;
(function (ClickHouseInstallationSpecReconcileHostWaitReplicasNew) {
    /** 0 */
    ClickHouseInstallationSpecReconcileHostWaitReplicasNew["VALUE_0"] = "0";
    /** 1 */
    ClickHouseInstallationSpecReconcileHostWaitReplicasNew["VALUE_1"] = "1";
    /** False */
    ClickHouseInstallationSpecReconcileHostWaitReplicasNew["FALSE"] = "False";
    /** True */
    ClickHouseInstallationSpecReconcileHostWaitReplicasNew["TRUE"] = "True";
    /** No */
    ClickHouseInstallationSpecReconcileHostWaitReplicasNew["NO"] = "No";
    /** Yes */
    ClickHouseInstallationSpecReconcileHostWaitReplicasNew["YES"] = "Yes";
    /** Off */
    ClickHouseInstallationSpecReconcileHostWaitReplicasNew["OFF"] = "Off";
    /** On */
    ClickHouseInstallationSpecReconcileHostWaitReplicasNew["ON"] = "On";
    /** Disable */
    ClickHouseInstallationSpecReconcileHostWaitReplicasNew["DISABLE"] = "Disable";
    /** Enable */
    ClickHouseInstallationSpecReconcileHostWaitReplicasNew["ENABLE"] = "Enable";
    /** Disabled */
    ClickHouseInstallationSpecReconcileHostWaitReplicasNew["DISABLED"] = "Disabled";
    /** Enabled */
    ClickHouseInstallationSpecReconcileHostWaitReplicasNew["ENABLED"] = "Enabled";
})(ClickHouseInstallationSpecReconcileHostWaitReplicasNew || (exports.ClickHouseInstallationSpecReconcileHostWaitReplicasNew = ClickHouseInstallationSpecReconcileHostWaitReplicasNew = {}));
/**
 * Whether the operator during host launch procedure should wait for startup probe to succeed.
 * In case probe is unspecified wait is assumed to be completed successfully.
 * Default option value is to do not wait.
 *
 *
 * @schema ClickHouseInstallationSpecReconcileHostWaitProbesStartup
 */
var ClickHouseInstallationSpecReconcileHostWaitProbesStartup;
(function (ClickHouseInstallationSpecReconcileHostWaitProbesStartup) {
    /** 0 */
    ClickHouseInstallationSpecReconcileHostWaitProbesStartup["VALUE_0"] = "0";
    /** 1 */
    ClickHouseInstallationSpecReconcileHostWaitProbesStartup["VALUE_1"] = "1";
    /** False */
    ClickHouseInstallationSpecReconcileHostWaitProbesStartup["FALSE"] = "False";
    /** True */
    ClickHouseInstallationSpecReconcileHostWaitProbesStartup["TRUE"] = "True";
    /** No */
    ClickHouseInstallationSpecReconcileHostWaitProbesStartup["NO"] = "No";
    /** Yes */
    ClickHouseInstallationSpecReconcileHostWaitProbesStartup["YES"] = "Yes";
    /** Off */
    ClickHouseInstallationSpecReconcileHostWaitProbesStartup["OFF"] = "Off";
    /** On */
    ClickHouseInstallationSpecReconcileHostWaitProbesStartup["ON"] = "On";
    /** Disable */
    ClickHouseInstallationSpecReconcileHostWaitProbesStartup["DISABLE"] = "Disable";
    /** Enable */
    ClickHouseInstallationSpecReconcileHostWaitProbesStartup["ENABLE"] = "Enable";
    /** Disabled */
    ClickHouseInstallationSpecReconcileHostWaitProbesStartup["DISABLED"] = "Disabled";
    /** Enabled */
    ClickHouseInstallationSpecReconcileHostWaitProbesStartup["ENABLED"] = "Enabled";
})(ClickHouseInstallationSpecReconcileHostWaitProbesStartup || (exports.ClickHouseInstallationSpecReconcileHostWaitProbesStartup = ClickHouseInstallationSpecReconcileHostWaitProbesStartup = {}));
/**
 * Whether the operator during host launch procedure should wait for ready probe to succeed.
 * In case probe is unspecified wait is assumed to be completed successfully.
 * Default option value is to wait.
 *
 *
 * @schema ClickHouseInstallationSpecReconcileHostWaitProbesReadiness
 */
var ClickHouseInstallationSpecReconcileHostWaitProbesReadiness;
(function (ClickHouseInstallationSpecReconcileHostWaitProbesReadiness) {
    /** 0 */
    ClickHouseInstallationSpecReconcileHostWaitProbesReadiness["VALUE_0"] = "0";
    /** 1 */
    ClickHouseInstallationSpecReconcileHostWaitProbesReadiness["VALUE_1"] = "1";
    /** False */
    ClickHouseInstallationSpecReconcileHostWaitProbesReadiness["FALSE"] = "False";
    /** True */
    ClickHouseInstallationSpecReconcileHostWaitProbesReadiness["TRUE"] = "True";
    /** No */
    ClickHouseInstallationSpecReconcileHostWaitProbesReadiness["NO"] = "No";
    /** Yes */
    ClickHouseInstallationSpecReconcileHostWaitProbesReadiness["YES"] = "Yes";
    /** Off */
    ClickHouseInstallationSpecReconcileHostWaitProbesReadiness["OFF"] = "Off";
    /** On */
    ClickHouseInstallationSpecReconcileHostWaitProbesReadiness["ON"] = "On";
    /** Disable */
    ClickHouseInstallationSpecReconcileHostWaitProbesReadiness["DISABLE"] = "Disable";
    /** Enable */
    ClickHouseInstallationSpecReconcileHostWaitProbesReadiness["ENABLE"] = "Enable";
    /** Disabled */
    ClickHouseInstallationSpecReconcileHostWaitProbesReadiness["DISABLED"] = "Disabled";
    /** Enabled */
    ClickHouseInstallationSpecReconcileHostWaitProbesReadiness["ENABLED"] = "Enabled";
})(ClickHouseInstallationSpecReconcileHostWaitProbesReadiness || (exports.ClickHouseInstallationSpecReconcileHostWaitProbesReadiness = ClickHouseInstallationSpecReconcileHostWaitProbesReadiness = {}));
/**
 * Whether the operator during reconcile procedure should drop replicas when replica is deleted
 *
 *
 * @schema ClickHouseInstallationSpecReconcileHostDropReplicasOnDelete
 */
var ClickHouseInstallationSpecReconcileHostDropReplicasOnDelete;
(function (ClickHouseInstallationSpecReconcileHostDropReplicasOnDelete) {
    /** 0 */
    ClickHouseInstallationSpecReconcileHostDropReplicasOnDelete["VALUE_0"] = "0";
    /** 1 */
    ClickHouseInstallationSpecReconcileHostDropReplicasOnDelete["VALUE_1"] = "1";
    /** False */
    ClickHouseInstallationSpecReconcileHostDropReplicasOnDelete["FALSE"] = "False";
    /** True */
    ClickHouseInstallationSpecReconcileHostDropReplicasOnDelete["TRUE"] = "True";
    /** No */
    ClickHouseInstallationSpecReconcileHostDropReplicasOnDelete["NO"] = "No";
    /** Yes */
    ClickHouseInstallationSpecReconcileHostDropReplicasOnDelete["YES"] = "Yes";
    /** Off */
    ClickHouseInstallationSpecReconcileHostDropReplicasOnDelete["OFF"] = "Off";
    /** On */
    ClickHouseInstallationSpecReconcileHostDropReplicasOnDelete["ON"] = "On";
    /** Disable */
    ClickHouseInstallationSpecReconcileHostDropReplicasOnDelete["DISABLE"] = "Disable";
    /** Enable */
    ClickHouseInstallationSpecReconcileHostDropReplicasOnDelete["ENABLE"] = "Enable";
    /** Disabled */
    ClickHouseInstallationSpecReconcileHostDropReplicasOnDelete["DISABLED"] = "Disabled";
    /** Enabled */
    ClickHouseInstallationSpecReconcileHostDropReplicasOnDelete["ENABLED"] = "Enabled";
})(ClickHouseInstallationSpecReconcileHostDropReplicasOnDelete || (exports.ClickHouseInstallationSpecReconcileHostDropReplicasOnDelete = ClickHouseInstallationSpecReconcileHostDropReplicasOnDelete = {}));
/**
 * Whether the operator during reconcile procedure should drop replicas when replica volume is lost
 *
 *
 * @schema ClickHouseInstallationSpecReconcileHostDropReplicasOnLostVolume
 */
var ClickHouseInstallationSpecReconcileHostDropReplicasOnLostVolume;
(function (ClickHouseInstallationSpecReconcileHostDropReplicasOnLostVolume) {
    /** 0 */
    ClickHouseInstallationSpecReconcileHostDropReplicasOnLostVolume["VALUE_0"] = "0";
    /** 1 */
    ClickHouseInstallationSpecReconcileHostDropReplicasOnLostVolume["VALUE_1"] = "1";
    /** False */
    ClickHouseInstallationSpecReconcileHostDropReplicasOnLostVolume["FALSE"] = "False";
    /** True */
    ClickHouseInstallationSpecReconcileHostDropReplicasOnLostVolume["TRUE"] = "True";
    /** No */
    ClickHouseInstallationSpecReconcileHostDropReplicasOnLostVolume["NO"] = "No";
    /** Yes */
    ClickHouseInstallationSpecReconcileHostDropReplicasOnLostVolume["YES"] = "Yes";
    /** Off */
    ClickHouseInstallationSpecReconcileHostDropReplicasOnLostVolume["OFF"] = "Off";
    /** On */
    ClickHouseInstallationSpecReconcileHostDropReplicasOnLostVolume["ON"] = "On";
    /** Disable */
    ClickHouseInstallationSpecReconcileHostDropReplicasOnLostVolume["DISABLE"] = "Disable";
    /** Enable */
    ClickHouseInstallationSpecReconcileHostDropReplicasOnLostVolume["ENABLE"] = "Enable";
    /** Disabled */
    ClickHouseInstallationSpecReconcileHostDropReplicasOnLostVolume["DISABLED"] = "Disabled";
    /** Enabled */
    ClickHouseInstallationSpecReconcileHostDropReplicasOnLostVolume["ENABLED"] = "Enabled";
})(ClickHouseInstallationSpecReconcileHostDropReplicasOnLostVolume || (exports.ClickHouseInstallationSpecReconcileHostDropReplicasOnLostVolume = ClickHouseInstallationSpecReconcileHostDropReplicasOnLostVolume = {}));
/**
 * Whether the operator during reconcile procedure should drop active replicas when replica is deleted or recreated
 *
 *
 * @schema ClickHouseInstallationSpecReconcileHostDropReplicasActive
 */
var ClickHouseInstallationSpecReconcileHostDropReplicasActive;
(function (ClickHouseInstallationSpecReconcileHostDropReplicasActive) {
    /** 0 */
    ClickHouseInstallationSpecReconcileHostDropReplicasActive["VALUE_0"] = "0";
    /** 1 */
    ClickHouseInstallationSpecReconcileHostDropReplicasActive["VALUE_1"] = "1";
    /** False */
    ClickHouseInstallationSpecReconcileHostDropReplicasActive["FALSE"] = "False";
    /** True */
    ClickHouseInstallationSpecReconcileHostDropReplicasActive["TRUE"] = "True";
    /** No */
    ClickHouseInstallationSpecReconcileHostDropReplicasActive["NO"] = "No";
    /** Yes */
    ClickHouseInstallationSpecReconcileHostDropReplicasActive["YES"] = "Yes";
    /** Off */
    ClickHouseInstallationSpecReconcileHostDropReplicasActive["OFF"] = "Off";
    /** On */
    ClickHouseInstallationSpecReconcileHostDropReplicasActive["ON"] = "On";
    /** Disable */
    ClickHouseInstallationSpecReconcileHostDropReplicasActive["DISABLE"] = "Disable";
    /** Enable */
    ClickHouseInstallationSpecReconcileHostDropReplicasActive["ENABLE"] = "Enable";
    /** Disabled */
    ClickHouseInstallationSpecReconcileHostDropReplicasActive["DISABLED"] = "Disabled";
    /** Enabled */
    ClickHouseInstallationSpecReconcileHostDropReplicasActive["ENABLED"] = "Enabled";
})(ClickHouseInstallationSpecReconcileHostDropReplicasActive || (exports.ClickHouseInstallationSpecReconcileHostDropReplicasActive = ClickHouseInstallationSpecReconcileHostDropReplicasActive = {}));
/**
 * if a secure connection to Zookeeper is required
 *
 * @schema ClickHouseInstallationSpecConfigurationClustersZookeeperNodesSecure
 */
var ClickHouseInstallationSpecConfigurationClustersZookeeperNodesSecure;
(function (ClickHouseInstallationSpecConfigurationClustersZookeeperNodesSecure) {
    /** 0 */
    ClickHouseInstallationSpecConfigurationClustersZookeeperNodesSecure["VALUE_0"] = "0";
    /** 1 */
    ClickHouseInstallationSpecConfigurationClustersZookeeperNodesSecure["VALUE_1"] = "1";
    /** False */
    ClickHouseInstallationSpecConfigurationClustersZookeeperNodesSecure["FALSE"] = "False";
    /** True */
    ClickHouseInstallationSpecConfigurationClustersZookeeperNodesSecure["TRUE"] = "True";
    /** No */
    ClickHouseInstallationSpecConfigurationClustersZookeeperNodesSecure["NO"] = "No";
    /** Yes */
    ClickHouseInstallationSpecConfigurationClustersZookeeperNodesSecure["YES"] = "Yes";
    /** Off */
    ClickHouseInstallationSpecConfigurationClustersZookeeperNodesSecure["OFF"] = "Off";
    /** On */
    ClickHouseInstallationSpecConfigurationClustersZookeeperNodesSecure["ON"] = "On";
    /** Disable */
    ClickHouseInstallationSpecConfigurationClustersZookeeperNodesSecure["DISABLE"] = "Disable";
    /** Enable */
    ClickHouseInstallationSpecConfigurationClustersZookeeperNodesSecure["ENABLE"] = "Enable";
    /** Disabled */
    ClickHouseInstallationSpecConfigurationClustersZookeeperNodesSecure["DISABLED"] = "Disabled";
    /** Enabled */
    ClickHouseInstallationSpecConfigurationClustersZookeeperNodesSecure["ENABLED"] = "Enabled";
})(ClickHouseInstallationSpecConfigurationClustersZookeeperNodesSecure || (exports.ClickHouseInstallationSpecConfigurationClustersZookeeperNodesSecure = ClickHouseInstallationSpecConfigurationClustersZookeeperNodesSecure = {}));
/**
 * Converts an object of type 'ClickHouseInstallationSpecConfigurationClustersSecretValueFromSecretKeyRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClickHouseInstallationSpecConfigurationClustersSecretValueFromSecretKeyRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'key': obj.key,
        'optional': obj.optional,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecConfigurationClustersReconcileHostWait' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClickHouseInstallationSpecConfigurationClustersReconcileHostWait(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'exclude': obj.exclude,
        'queries': obj.queries,
        'include': obj.include,
        'replicas': toJson_ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitReplicas(obj.replicas),
        'probes': toJson_ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitProbes(obj.probes),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecConfigurationClustersReconcileHostDrop' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClickHouseInstallationSpecConfigurationClustersReconcileHostDrop(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'replicas': toJson_ClickHouseInstallationSpecConfigurationClustersReconcileHostDropReplicas(obj.replicas),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * optional, `true` by default when `chi.spec.configuration.clusters[].layout.ReplicaCount` > 1 and 0 otherwise
 * allows setup <internal_replication> setting which will use during insert into tables with `Distributed` engine for insert only in one live replica and other replicas will download inserted data during replication,
 * will apply in <remote_servers> inside ConfigMap which will mount in /etc/clickhouse-server/config.d/chop-generated-remote_servers.xml
 * More details: https://clickhouse.tech/docs/en/engines/table-engines/special/distributed/
 *
 *
 * @schema ClickHouseInstallationSpecConfigurationClustersLayoutShardsInternalReplication
 */
var ClickHouseInstallationSpecConfigurationClustersLayoutShardsInternalReplication;
(function (ClickHouseInstallationSpecConfigurationClustersLayoutShardsInternalReplication) {
    /** 0 */
    ClickHouseInstallationSpecConfigurationClustersLayoutShardsInternalReplication["VALUE_0"] = "0";
    /** 1 */
    ClickHouseInstallationSpecConfigurationClustersLayoutShardsInternalReplication["VALUE_1"] = "1";
    /** False */
    ClickHouseInstallationSpecConfigurationClustersLayoutShardsInternalReplication["FALSE"] = "False";
    /** True */
    ClickHouseInstallationSpecConfigurationClustersLayoutShardsInternalReplication["TRUE"] = "True";
    /** No */
    ClickHouseInstallationSpecConfigurationClustersLayoutShardsInternalReplication["NO"] = "No";
    /** Yes */
    ClickHouseInstallationSpecConfigurationClustersLayoutShardsInternalReplication["YES"] = "Yes";
    /** Off */
    ClickHouseInstallationSpecConfigurationClustersLayoutShardsInternalReplication["OFF"] = "Off";
    /** On */
    ClickHouseInstallationSpecConfigurationClustersLayoutShardsInternalReplication["ON"] = "On";
    /** Disable */
    ClickHouseInstallationSpecConfigurationClustersLayoutShardsInternalReplication["DISABLE"] = "Disable";
    /** Enable */
    ClickHouseInstallationSpecConfigurationClustersLayoutShardsInternalReplication["ENABLE"] = "Enable";
    /** Disabled */
    ClickHouseInstallationSpecConfigurationClustersLayoutShardsInternalReplication["DISABLED"] = "Disabled";
    /** Enabled */
    ClickHouseInstallationSpecConfigurationClustersLayoutShardsInternalReplication["ENABLED"] = "Enabled";
})(ClickHouseInstallationSpecConfigurationClustersLayoutShardsInternalReplication || (exports.ClickHouseInstallationSpecConfigurationClustersLayoutShardsInternalReplication = ClickHouseInstallationSpecConfigurationClustersLayoutShardsInternalReplication = {}));
/**
 * Converts an object of type 'ClickHouseInstallationSpecConfigurationClustersLayoutShardsTemplates' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClickHouseInstallationSpecConfigurationClustersLayoutShardsTemplates(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'hostTemplate': obj.hostTemplate,
        'podTemplate': obj.podTemplate,
        'dataVolumeClaimTemplate': obj.dataVolumeClaimTemplate,
        'logVolumeClaimTemplate': obj.logVolumeClaimTemplate,
        'serviceTemplate': obj.serviceTemplate,
        'serviceTemplates': obj.serviceTemplates?.map(y => y),
        'clusterServiceTemplate': obj.clusterServiceTemplate,
        'shardServiceTemplate': obj.shardServiceTemplate,
        'replicaServiceTemplate': obj.replicaServiceTemplate,
        'volumeClaimTemplate': obj.volumeClaimTemplate,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicas' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicas(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'insecure': obj.insecure,
        'secure': obj.secure,
        'tcpPort': obj.tcpPort,
        'tlsPort': obj.tlsPort,
        'httpPort': obj.httpPort,
        'httpsPort': obj.httpsPort,
        'interserverHTTPPort': obj.interserverHttpPort,
        'settings': obj.settings,
        'files': obj.files,
        'templates': toJson_ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicasTemplates(obj.templates),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecConfigurationClustersLayoutReplicasTemplates' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClickHouseInstallationSpecConfigurationClustersLayoutReplicasTemplates(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'hostTemplate': obj.hostTemplate,
        'podTemplate': obj.podTemplate,
        'dataVolumeClaimTemplate': obj.dataVolumeClaimTemplate,
        'logVolumeClaimTemplate': obj.logVolumeClaimTemplate,
        'serviceTemplate': obj.serviceTemplate,
        'serviceTemplates': obj.serviceTemplates?.map(y => y),
        'clusterServiceTemplate': obj.clusterServiceTemplate,
        'shardServiceTemplate': obj.shardServiceTemplate,
        'replicaServiceTemplate': obj.replicaServiceTemplate,
        'volumeClaimTemplate': obj.volumeClaimTemplate,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShards' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShards(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'insecure': obj.insecure,
        'secure': obj.secure,
        'tcpPort': obj.tcpPort,
        'tlsPort': obj.tlsPort,
        'httpPort': obj.httpPort,
        'httpsPort': obj.httpsPort,
        'interserverHTTPPort': obj.interserverHttpPort,
        'settings': obj.settings,
        'files': obj.files,
        'templates': toJson_ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShardsTemplates(obj.templates),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * Allows to stop all ClickHouse clusters defined in a CHI.
 * Works as the following:
 * - When `stop` is `1` operator sets `Replicas: 0` in each StatefulSet. Thie leads to having all `Pods` and `Service` deleted. All PVCs are kept intact.
 * - When `stop` is `0` operator sets `Replicas: 1` and `Pod`s and `Service`s will created again and all retained PVCs will be attached to `Pod`s.
 *
 *
 * @schema ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitExclude
 */
var ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitExclude;
(function (ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitExclude) {
    /** 0 */
    ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitExclude["VALUE_0"] = "0";
    /** 1 */
    ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitExclude["VALUE_1"] = "1";
    /** False */
    ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitExclude["FALSE"] = "False";
    /** True */
    ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitExclude["TRUE"] = "True";
    /** No */
    ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitExclude["NO"] = "No";
    /** Yes */
    ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitExclude["YES"] = "Yes";
    /** Off */
    ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitExclude["OFF"] = "Off";
    /** On */
    ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitExclude["ON"] = "On";
    /** Disable */
    ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitExclude["DISABLE"] = "Disable";
    /** Enable */
    ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitExclude["ENABLE"] = "Enable";
    /** Disabled */
    ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitExclude["DISABLED"] = "Disabled";
    /** Enabled */
    ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitExclude["ENABLED"] = "Enabled";
})(ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitExclude || (exports.ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitExclude = ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitExclude = {}));
/**
 * Whether the operator during reconcile procedure should wait for a ClickHouse host to complete all running queries
 *
 * @schema ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitQueries
 */
var ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitQueries;
(function (ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitQueries) {
    /** 0 */
    ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitQueries["VALUE_0"] = "0";
    /** 1 */
    ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitQueries["VALUE_1"] = "1";
    /** False */
    ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitQueries["FALSE"] = "False";
    /** True */
    ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitQueries["TRUE"] = "True";
    /** No */
    ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitQueries["NO"] = "No";
    /** Yes */
    ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitQueries["YES"] = "Yes";
    /** Off */
    ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitQueries["OFF"] = "Off";
    /** On */
    ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitQueries["ON"] = "On";
    /** Disable */
    ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitQueries["DISABLE"] = "Disable";
    /** Enable */
    ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitQueries["ENABLE"] = "Enable";
    /** Disabled */
    ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitQueries["DISABLED"] = "Disabled";
    /** Enabled */
    ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitQueries["ENABLED"] = "Enabled";
})(ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitQueries || (exports.ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitQueries = ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitQueries = {}));
/**
 * Whether the operator during reconcile procedure should wait for a ClickHouse host to be included into a ClickHouse cluster
 *
 * @schema ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitInclude
 */
var ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitInclude;
(function (ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitInclude) {
    /** 0 */
    ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitInclude["VALUE_0"] = "0";
    /** 1 */
    ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitInclude["VALUE_1"] = "1";
    /** False */
    ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitInclude["FALSE"] = "False";
    /** True */
    ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitInclude["TRUE"] = "True";
    /** No */
    ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitInclude["NO"] = "No";
    /** Yes */
    ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitInclude["YES"] = "Yes";
    /** Off */
    ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitInclude["OFF"] = "Off";
    /** On */
    ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitInclude["ON"] = "On";
    /** Disable */
    ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitInclude["DISABLE"] = "Disable";
    /** Enable */
    ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitInclude["ENABLE"] = "Enable";
    /** Disabled */
    ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitInclude["DISABLED"] = "Disabled";
    /** Enabled */
    ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitInclude["ENABLED"] = "Enabled";
})(ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitInclude || (exports.ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitInclude = ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitInclude = {}));
/**
 * Converts an object of type 'ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitReplicas' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitReplicas(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'all': obj.all,
        'new': obj.new,
        'delay': obj.delay,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitProbes' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitProbes(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'startup': obj.startup,
        'readiness': obj.readiness,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClickHouseInstallationSpecConfigurationClustersReconcileHostDropReplicas' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClickHouseInstallationSpecConfigurationClustersReconcileHostDropReplicas(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'onDelete': obj.onDelete,
        'onLostVolume': obj.onLostVolume,
        'active': obj.active,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * optional, open insecure ports for cluster, defaults to "yes"
 *
 *
 * @schema ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicasInsecure
 */
var ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicasInsecure;
(function (ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicasInsecure) {
    /** 0 */
    ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicasInsecure["VALUE_0"] = "0";
    /** 1 */
    ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicasInsecure["VALUE_1"] = "1";
    /** False */
    ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicasInsecure["FALSE"] = "False";
    /** True */
    ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicasInsecure["TRUE"] = "True";
    /** No */
    ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicasInsecure["NO"] = "No";
    /** Yes */
    ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicasInsecure["YES"] = "Yes";
    /** Off */
    ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicasInsecure["OFF"] = "Off";
    /** On */
    ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicasInsecure["ON"] = "On";
    /** Disable */
    ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicasInsecure["DISABLE"] = "Disable";
    /** Enable */
    ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicasInsecure["ENABLE"] = "Enable";
    /** Disabled */
    ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicasInsecure["DISABLED"] = "Disabled";
    /** Enabled */
    ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicasInsecure["ENABLED"] = "Enabled";
})(ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicasInsecure || (exports.ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicasInsecure = ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicasInsecure = {}));
/**
 * optional, open secure ports
 *
 *
 * @schema ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicasSecure
 */
var ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicasSecure;
(function (ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicasSecure) {
    /** 0 */
    ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicasSecure["VALUE_0"] = "0";
    /** 1 */
    ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicasSecure["VALUE_1"] = "1";
    /** False */
    ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicasSecure["FALSE"] = "False";
    /** True */
    ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicasSecure["TRUE"] = "True";
    /** No */
    ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicasSecure["NO"] = "No";
    /** Yes */
    ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicasSecure["YES"] = "Yes";
    /** Off */
    ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicasSecure["OFF"] = "Off";
    /** On */
    ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicasSecure["ON"] = "On";
    /** Disable */
    ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicasSecure["DISABLE"] = "Disable";
    /** Enable */
    ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicasSecure["ENABLE"] = "Enable";
    /** Disabled */
    ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicasSecure["DISABLED"] = "Disabled";
    /** Enabled */
    ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicasSecure["ENABLED"] = "Enabled";
})(ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicasSecure || (exports.ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicasSecure = ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicasSecure = {}));
/**
 * Converts an object of type 'ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicasTemplates' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicasTemplates(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'hostTemplate': obj.hostTemplate,
        'podTemplate': obj.podTemplate,
        'dataVolumeClaimTemplate': obj.dataVolumeClaimTemplate,
        'logVolumeClaimTemplate': obj.logVolumeClaimTemplate,
        'serviceTemplate': obj.serviceTemplate,
        'serviceTemplates': obj.serviceTemplates?.map(y => y),
        'clusterServiceTemplate': obj.clusterServiceTemplate,
        'shardServiceTemplate': obj.shardServiceTemplate,
        'replicaServiceTemplate': obj.replicaServiceTemplate,
        'volumeClaimTemplate': obj.volumeClaimTemplate,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * optional, open insecure ports for cluster, defaults to "yes"
 *
 *
 * @schema ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShardsInsecure
 */
var ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShardsInsecure;
(function (ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShardsInsecure) {
    /** 0 */
    ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShardsInsecure["VALUE_0"] = "0";
    /** 1 */
    ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShardsInsecure["VALUE_1"] = "1";
    /** False */
    ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShardsInsecure["FALSE"] = "False";
    /** True */
    ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShardsInsecure["TRUE"] = "True";
    /** No */
    ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShardsInsecure["NO"] = "No";
    /** Yes */
    ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShardsInsecure["YES"] = "Yes";
    /** Off */
    ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShardsInsecure["OFF"] = "Off";
    /** On */
    ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShardsInsecure["ON"] = "On";
    /** Disable */
    ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShardsInsecure["DISABLE"] = "Disable";
    /** Enable */
    ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShardsInsecure["ENABLE"] = "Enable";
    /** Disabled */
    ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShardsInsecure["DISABLED"] = "Disabled";
    /** Enabled */
    ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShardsInsecure["ENABLED"] = "Enabled";
})(ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShardsInsecure || (exports.ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShardsInsecure = ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShardsInsecure = {}));
/**
 * optional, open secure ports
 *
 *
 * @schema ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShardsSecure
 */
var ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShardsSecure;
(function (ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShardsSecure) {
    /** 0 */
    ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShardsSecure["VALUE_0"] = "0";
    /** 1 */
    ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShardsSecure["VALUE_1"] = "1";
    /** False */
    ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShardsSecure["FALSE"] = "False";
    /** True */
    ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShardsSecure["TRUE"] = "True";
    /** No */
    ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShardsSecure["NO"] = "No";
    /** Yes */
    ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShardsSecure["YES"] = "Yes";
    /** Off */
    ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShardsSecure["OFF"] = "Off";
    /** On */
    ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShardsSecure["ON"] = "On";
    /** Disable */
    ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShardsSecure["DISABLE"] = "Disable";
    /** Enable */
    ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShardsSecure["ENABLE"] = "Enable";
    /** Disabled */
    ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShardsSecure["DISABLED"] = "Disabled";
    /** Enabled */
    ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShardsSecure["ENABLED"] = "Enabled";
})(ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShardsSecure || (exports.ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShardsSecure = ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShardsSecure = {}));
/**
 * Converts an object of type 'ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShardsTemplates' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShardsTemplates(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'hostTemplate': obj.hostTemplate,
        'podTemplate': obj.podTemplate,
        'dataVolumeClaimTemplate': obj.dataVolumeClaimTemplate,
        'logVolumeClaimTemplate': obj.logVolumeClaimTemplate,
        'serviceTemplate': obj.serviceTemplate,
        'serviceTemplates': obj.serviceTemplates?.map(y => y),
        'clusterServiceTemplate': obj.clusterServiceTemplate,
        'shardServiceTemplate': obj.shardServiceTemplate,
        'replicaServiceTemplate': obj.replicaServiceTemplate,
        'volumeClaimTemplate': obj.volumeClaimTemplate,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * Whether the operator during reconcile procedure should wait for all replicas to catch-up
 *
 * @schema ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitReplicasAll
 */
var ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitReplicasAll;
(function (ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitReplicasAll) {
    /** 0 */
    ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitReplicasAll["VALUE_0"] = "0";
    /** 1 */
    ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitReplicasAll["VALUE_1"] = "1";
    /** False */
    ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitReplicasAll["FALSE"] = "False";
    /** True */
    ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitReplicasAll["TRUE"] = "True";
    /** No */
    ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitReplicasAll["NO"] = "No";
    /** Yes */
    ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitReplicasAll["YES"] = "Yes";
    /** Off */
    ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitReplicasAll["OFF"] = "Off";
    /** On */
    ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitReplicasAll["ON"] = "On";
    /** Disable */
    ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitReplicasAll["DISABLE"] = "Disable";
    /** Enable */
    ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitReplicasAll["ENABLE"] = "Enable";
    /** Disabled */
    ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitReplicasAll["DISABLED"] = "Disabled";
    /** Enabled */
    ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitReplicasAll["ENABLED"] = "Enabled";
})(ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitReplicasAll || (exports.ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitReplicasAll = ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitReplicasAll = {}));
/**
 * Whether the operator during reconcile procedure should wait for new replicas to catch-up
 *
 * @schema ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitReplicasNew
 */
var ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitReplicasNew;
(function (ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitReplicasNew) {
    /** 0 */
    ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitReplicasNew["VALUE_0"] = "0";
    /** 1 */
    ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitReplicasNew["VALUE_1"] = "1";
    /** False */
    ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitReplicasNew["FALSE"] = "False";
    /** True */
    ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitReplicasNew["TRUE"] = "True";
    /** No */
    ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitReplicasNew["NO"] = "No";
    /** Yes */
    ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitReplicasNew["YES"] = "Yes";
    /** Off */
    ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitReplicasNew["OFF"] = "Off";
    /** On */
    ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitReplicasNew["ON"] = "On";
    /** Disable */
    ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitReplicasNew["DISABLE"] = "Disable";
    /** Enable */
    ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitReplicasNew["ENABLE"] = "Enable";
    /** Disabled */
    ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitReplicasNew["DISABLED"] = "Disabled";
    /** Enabled */
    ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitReplicasNew["ENABLED"] = "Enabled";
})(ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitReplicasNew || (exports.ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitReplicasNew = ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitReplicasNew = {}));
/**
 * Whether the operator during host launch procedure should wait for startup probe to succeed.
 * In case probe is unspecified wait is assumed to be completed successfully.
 * Default option value is to do not wait.
 *
 *
 * @schema ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitProbesStartup
 */
var ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitProbesStartup;
(function (ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitProbesStartup) {
    /** 0 */
    ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitProbesStartup["VALUE_0"] = "0";
    /** 1 */
    ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitProbesStartup["VALUE_1"] = "1";
    /** False */
    ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitProbesStartup["FALSE"] = "False";
    /** True */
    ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitProbesStartup["TRUE"] = "True";
    /** No */
    ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitProbesStartup["NO"] = "No";
    /** Yes */
    ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitProbesStartup["YES"] = "Yes";
    /** Off */
    ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitProbesStartup["OFF"] = "Off";
    /** On */
    ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitProbesStartup["ON"] = "On";
    /** Disable */
    ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitProbesStartup["DISABLE"] = "Disable";
    /** Enable */
    ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitProbesStartup["ENABLE"] = "Enable";
    /** Disabled */
    ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitProbesStartup["DISABLED"] = "Disabled";
    /** Enabled */
    ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitProbesStartup["ENABLED"] = "Enabled";
})(ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitProbesStartup || (exports.ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitProbesStartup = ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitProbesStartup = {}));
/**
 * Whether the operator during host launch procedure should wait for ready probe to succeed.
 * In case probe is unspecified wait is assumed to be completed successfully.
 * Default option value is to wait.
 *
 *
 * @schema ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitProbesReadiness
 */
var ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitProbesReadiness;
(function (ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitProbesReadiness) {
    /** 0 */
    ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitProbesReadiness["VALUE_0"] = "0";
    /** 1 */
    ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitProbesReadiness["VALUE_1"] = "1";
    /** False */
    ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitProbesReadiness["FALSE"] = "False";
    /** True */
    ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitProbesReadiness["TRUE"] = "True";
    /** No */
    ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitProbesReadiness["NO"] = "No";
    /** Yes */
    ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitProbesReadiness["YES"] = "Yes";
    /** Off */
    ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitProbesReadiness["OFF"] = "Off";
    /** On */
    ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitProbesReadiness["ON"] = "On";
    /** Disable */
    ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitProbesReadiness["DISABLE"] = "Disable";
    /** Enable */
    ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitProbesReadiness["ENABLE"] = "Enable";
    /** Disabled */
    ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitProbesReadiness["DISABLED"] = "Disabled";
    /** Enabled */
    ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitProbesReadiness["ENABLED"] = "Enabled";
})(ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitProbesReadiness || (exports.ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitProbesReadiness = ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitProbesReadiness = {}));
/**
 * Whether the operator during reconcile procedure should drop replicas when replica is deleted
 *
 *
 * @schema ClickHouseInstallationSpecConfigurationClustersReconcileHostDropReplicasOnDelete
 */
var ClickHouseInstallationSpecConfigurationClustersReconcileHostDropReplicasOnDelete;
(function (ClickHouseInstallationSpecConfigurationClustersReconcileHostDropReplicasOnDelete) {
    /** 0 */
    ClickHouseInstallationSpecConfigurationClustersReconcileHostDropReplicasOnDelete["VALUE_0"] = "0";
    /** 1 */
    ClickHouseInstallationSpecConfigurationClustersReconcileHostDropReplicasOnDelete["VALUE_1"] = "1";
    /** False */
    ClickHouseInstallationSpecConfigurationClustersReconcileHostDropReplicasOnDelete["FALSE"] = "False";
    /** True */
    ClickHouseInstallationSpecConfigurationClustersReconcileHostDropReplicasOnDelete["TRUE"] = "True";
    /** No */
    ClickHouseInstallationSpecConfigurationClustersReconcileHostDropReplicasOnDelete["NO"] = "No";
    /** Yes */
    ClickHouseInstallationSpecConfigurationClustersReconcileHostDropReplicasOnDelete["YES"] = "Yes";
    /** Off */
    ClickHouseInstallationSpecConfigurationClustersReconcileHostDropReplicasOnDelete["OFF"] = "Off";
    /** On */
    ClickHouseInstallationSpecConfigurationClustersReconcileHostDropReplicasOnDelete["ON"] = "On";
    /** Disable */
    ClickHouseInstallationSpecConfigurationClustersReconcileHostDropReplicasOnDelete["DISABLE"] = "Disable";
    /** Enable */
    ClickHouseInstallationSpecConfigurationClustersReconcileHostDropReplicasOnDelete["ENABLE"] = "Enable";
    /** Disabled */
    ClickHouseInstallationSpecConfigurationClustersReconcileHostDropReplicasOnDelete["DISABLED"] = "Disabled";
    /** Enabled */
    ClickHouseInstallationSpecConfigurationClustersReconcileHostDropReplicasOnDelete["ENABLED"] = "Enabled";
})(ClickHouseInstallationSpecConfigurationClustersReconcileHostDropReplicasOnDelete || (exports.ClickHouseInstallationSpecConfigurationClustersReconcileHostDropReplicasOnDelete = ClickHouseInstallationSpecConfigurationClustersReconcileHostDropReplicasOnDelete = {}));
/**
 * Whether the operator during reconcile procedure should drop replicas when replica volume is lost
 *
 *
 * @schema ClickHouseInstallationSpecConfigurationClustersReconcileHostDropReplicasOnLostVolume
 */
var ClickHouseInstallationSpecConfigurationClustersReconcileHostDropReplicasOnLostVolume;
(function (ClickHouseInstallationSpecConfigurationClustersReconcileHostDropReplicasOnLostVolume) {
    /** 0 */
    ClickHouseInstallationSpecConfigurationClustersReconcileHostDropReplicasOnLostVolume["VALUE_0"] = "0";
    /** 1 */
    ClickHouseInstallationSpecConfigurationClustersReconcileHostDropReplicasOnLostVolume["VALUE_1"] = "1";
    /** False */
    ClickHouseInstallationSpecConfigurationClustersReconcileHostDropReplicasOnLostVolume["FALSE"] = "False";
    /** True */
    ClickHouseInstallationSpecConfigurationClustersReconcileHostDropReplicasOnLostVolume["TRUE"] = "True";
    /** No */
    ClickHouseInstallationSpecConfigurationClustersReconcileHostDropReplicasOnLostVolume["NO"] = "No";
    /** Yes */
    ClickHouseInstallationSpecConfigurationClustersReconcileHostDropReplicasOnLostVolume["YES"] = "Yes";
    /** Off */
    ClickHouseInstallationSpecConfigurationClustersReconcileHostDropReplicasOnLostVolume["OFF"] = "Off";
    /** On */
    ClickHouseInstallationSpecConfigurationClustersReconcileHostDropReplicasOnLostVolume["ON"] = "On";
    /** Disable */
    ClickHouseInstallationSpecConfigurationClustersReconcileHostDropReplicasOnLostVolume["DISABLE"] = "Disable";
    /** Enable */
    ClickHouseInstallationSpecConfigurationClustersReconcileHostDropReplicasOnLostVolume["ENABLE"] = "Enable";
    /** Disabled */
    ClickHouseInstallationSpecConfigurationClustersReconcileHostDropReplicasOnLostVolume["DISABLED"] = "Disabled";
    /** Enabled */
    ClickHouseInstallationSpecConfigurationClustersReconcileHostDropReplicasOnLostVolume["ENABLED"] = "Enabled";
})(ClickHouseInstallationSpecConfigurationClustersReconcileHostDropReplicasOnLostVolume || (exports.ClickHouseInstallationSpecConfigurationClustersReconcileHostDropReplicasOnLostVolume = ClickHouseInstallationSpecConfigurationClustersReconcileHostDropReplicasOnLostVolume = {}));
/**
 * Whether the operator during reconcile procedure should drop active replicas when replica is deleted or recreated
 *
 *
 * @schema ClickHouseInstallationSpecConfigurationClustersReconcileHostDropReplicasActive
 */
var ClickHouseInstallationSpecConfigurationClustersReconcileHostDropReplicasActive;
(function (ClickHouseInstallationSpecConfigurationClustersReconcileHostDropReplicasActive) {
    /** 0 */
    ClickHouseInstallationSpecConfigurationClustersReconcileHostDropReplicasActive["VALUE_0"] = "0";
    /** 1 */
    ClickHouseInstallationSpecConfigurationClustersReconcileHostDropReplicasActive["VALUE_1"] = "1";
    /** False */
    ClickHouseInstallationSpecConfigurationClustersReconcileHostDropReplicasActive["FALSE"] = "False";
    /** True */
    ClickHouseInstallationSpecConfigurationClustersReconcileHostDropReplicasActive["TRUE"] = "True";
    /** No */
    ClickHouseInstallationSpecConfigurationClustersReconcileHostDropReplicasActive["NO"] = "No";
    /** Yes */
    ClickHouseInstallationSpecConfigurationClustersReconcileHostDropReplicasActive["YES"] = "Yes";
    /** Off */
    ClickHouseInstallationSpecConfigurationClustersReconcileHostDropReplicasActive["OFF"] = "Off";
    /** On */
    ClickHouseInstallationSpecConfigurationClustersReconcileHostDropReplicasActive["ON"] = "On";
    /** Disable */
    ClickHouseInstallationSpecConfigurationClustersReconcileHostDropReplicasActive["DISABLE"] = "Disable";
    /** Enable */
    ClickHouseInstallationSpecConfigurationClustersReconcileHostDropReplicasActive["ENABLE"] = "Enable";
    /** Disabled */
    ClickHouseInstallationSpecConfigurationClustersReconcileHostDropReplicasActive["DISABLED"] = "Disabled";
    /** Enabled */
    ClickHouseInstallationSpecConfigurationClustersReconcileHostDropReplicasActive["ENABLED"] = "Enabled";
})(ClickHouseInstallationSpecConfigurationClustersReconcileHostDropReplicasActive || (exports.ClickHouseInstallationSpecConfigurationClustersReconcileHostDropReplicasActive = ClickHouseInstallationSpecConfigurationClustersReconcileHostDropReplicasActive = {}));
