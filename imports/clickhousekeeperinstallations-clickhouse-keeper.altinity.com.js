"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ClickHouseKeeperInstallationSpecTemplatesPodTemplatesPodDistributionScope = exports.ClickHouseKeeperInstallationSpecTemplatesPodTemplatesPodDistributionType = exports.ClickHouseKeeperInstallationSpecTemplatesHostTemplatesPortDistributionType = exports.ClickHouseKeeperInstallationSpecReconcilingCleanupReconcileFailedObjectsService = exports.ClickHouseKeeperInstallationSpecReconcilingCleanupReconcileFailedObjectsConfigMap = exports.ClickHouseKeeperInstallationSpecReconcilingCleanupReconcileFailedObjectsPvc = exports.ClickHouseKeeperInstallationSpecReconcilingCleanupReconcileFailedObjectsStatefulSet = exports.ClickHouseKeeperInstallationSpecReconcilingCleanupUnknownObjectsService = exports.ClickHouseKeeperInstallationSpecReconcilingCleanupUnknownObjectsConfigMap = exports.ClickHouseKeeperInstallationSpecReconcilingCleanupUnknownObjectsPvc = exports.ClickHouseKeeperInstallationSpecReconcilingCleanupUnknownObjectsStatefulSet = exports.ClickHouseKeeperInstallationSpecTemplatesVolumeClaimTemplatesReclaimPolicy = exports.ClickHouseKeeperInstallationSpecTemplatesVolumeClaimTemplatesProvisioner = exports.ClickHouseKeeperInstallationSpecTemplatesPodTemplatesDistribution = exports.ClickHouseKeeperInstallationSpecConfigurationClustersPdbManaged = exports.ClickHouseKeeperInstallationSpecDefaultsStorageManagementReclaimPolicy = exports.ClickHouseKeeperInstallationSpecDefaultsStorageManagementProvisioner = exports.ClickHouseKeeperInstallationSpecDefaultsReplicasUseFqdn = exports.ClickHouseKeeperInstallationSpecReconcilingPolicy = exports.ClickHouseKeeperInstallationSpecSuspend = exports.ClickHouseKeeperInstallationSpecStop = exports.ClickHouseKeeperInstallation = void 0;
exports.toJson_ClickHouseKeeperInstallationProps = toJson_ClickHouseKeeperInstallationProps;
exports.toJson_ClickHouseKeeperInstallationSpec = toJson_ClickHouseKeeperInstallationSpec;
exports.toJson_ClickHouseKeeperInstallationSpecReconciling = toJson_ClickHouseKeeperInstallationSpecReconciling;
exports.toJson_ClickHouseKeeperInstallationSpecDefaults = toJson_ClickHouseKeeperInstallationSpecDefaults;
exports.toJson_ClickHouseKeeperInstallationSpecConfiguration = toJson_ClickHouseKeeperInstallationSpecConfiguration;
exports.toJson_ClickHouseKeeperInstallationSpecTemplates = toJson_ClickHouseKeeperInstallationSpecTemplates;
exports.toJson_ClickHouseKeeperInstallationSpecReconcilingCleanup = toJson_ClickHouseKeeperInstallationSpecReconcilingCleanup;
exports.toJson_ClickHouseKeeperInstallationSpecDefaultsDistributedDdl = toJson_ClickHouseKeeperInstallationSpecDefaultsDistributedDdl;
exports.toJson_ClickHouseKeeperInstallationSpecDefaultsStorageManagement = toJson_ClickHouseKeeperInstallationSpecDefaultsStorageManagement;
exports.toJson_ClickHouseKeeperInstallationSpecDefaultsTemplates = toJson_ClickHouseKeeperInstallationSpecDefaultsTemplates;
exports.toJson_ClickHouseKeeperInstallationSpecConfigurationClusters = toJson_ClickHouseKeeperInstallationSpecConfigurationClusters;
exports.toJson_ClickHouseKeeperInstallationSpecTemplatesHostTemplates = toJson_ClickHouseKeeperInstallationSpecTemplatesHostTemplates;
exports.toJson_ClickHouseKeeperInstallationSpecTemplatesPodTemplates = toJson_ClickHouseKeeperInstallationSpecTemplatesPodTemplates;
exports.toJson_ClickHouseKeeperInstallationSpecTemplatesVolumeClaimTemplates = toJson_ClickHouseKeeperInstallationSpecTemplatesVolumeClaimTemplates;
exports.toJson_ClickHouseKeeperInstallationSpecTemplatesServiceTemplates = toJson_ClickHouseKeeperInstallationSpecTemplatesServiceTemplates;
exports.toJson_ClickHouseKeeperInstallationSpecReconcilingCleanupUnknownObjects = toJson_ClickHouseKeeperInstallationSpecReconcilingCleanupUnknownObjects;
exports.toJson_ClickHouseKeeperInstallationSpecReconcilingCleanupReconcileFailedObjects = toJson_ClickHouseKeeperInstallationSpecReconcilingCleanupReconcileFailedObjects;
exports.toJson_ClickHouseKeeperInstallationSpecConfigurationClustersTemplates = toJson_ClickHouseKeeperInstallationSpecConfigurationClustersTemplates;
exports.toJson_ClickHouseKeeperInstallationSpecConfigurationClustersLayout = toJson_ClickHouseKeeperInstallationSpecConfigurationClustersLayout;
exports.toJson_ClickHouseKeeperInstallationSpecTemplatesHostTemplatesPortDistribution = toJson_ClickHouseKeeperInstallationSpecTemplatesHostTemplatesPortDistribution;
exports.toJson_ClickHouseKeeperInstallationSpecTemplatesHostTemplatesSpec = toJson_ClickHouseKeeperInstallationSpecTemplatesHostTemplatesSpec;
exports.toJson_ClickHouseKeeperInstallationSpecTemplatesPodTemplatesZone = toJson_ClickHouseKeeperInstallationSpecTemplatesPodTemplatesZone;
exports.toJson_ClickHouseKeeperInstallationSpecTemplatesPodTemplatesPodDistribution = toJson_ClickHouseKeeperInstallationSpecTemplatesPodTemplatesPodDistribution;
exports.toJson_ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicas = toJson_ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicas;
exports.toJson_ClickHouseKeeperInstallationSpecTemplatesHostTemplatesSpecTemplates = toJson_ClickHouseKeeperInstallationSpecTemplatesHostTemplatesSpecTemplates;
exports.toJson_ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicasTemplates = toJson_ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicasTemplates;
exports.toJson_ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicasShards = toJson_ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicasShards;
exports.toJson_ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicasShardsTemplates = toJson_ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicasShardsTemplates;
// generated by cdk8s
const cdk8s_1 = require("cdk8s");
/**
 * define a set of Kubernetes resources (StatefulSet, PVC, Service, ConfigMap) which describe behavior one or more clusters
 *
 * @schema ClickHouseKeeperInstallation
 */
class ClickHouseKeeperInstallation extends cdk8s_1.ApiObject {
    /**
     * Returns the apiVersion and kind for "ClickHouseKeeperInstallation"
     */
    static GVK = {
        apiVersion: 'clickhouse-keeper.altinity.com/v1',
        kind: 'ClickHouseKeeperInstallation',
    };
    /**
     * Renders a Kubernetes manifest for "ClickHouseKeeperInstallation".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props) {
        return {
            ...ClickHouseKeeperInstallation.GVK,
            ...toJson_ClickHouseKeeperInstallationProps(props),
        };
    }
    /**
     * Defines a "ClickHouseKeeperInstallation" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope, id, props) {
        super(scope, id, {
            ...ClickHouseKeeperInstallation.GVK,
            ...props,
        });
    }
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson() {
        const resolved = super.toJson();
        return {
            ...ClickHouseKeeperInstallation.GVK,
            ...toJson_ClickHouseKeeperInstallationProps(resolved),
        };
    }
}
exports.ClickHouseKeeperInstallation = ClickHouseKeeperInstallation;
/**
 * Converts an object of type 'ClickHouseKeeperInstallationProps' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClickHouseKeeperInstallationProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': obj.metadata,
        'spec': toJson_ClickHouseKeeperInstallationSpec(obj.spec),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClickHouseKeeperInstallationSpec' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClickHouseKeeperInstallationSpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'taskID': obj.taskId,
        'stop': obj.stop,
        'suspend': obj.suspend,
        'namespaceDomainPattern': obj.namespaceDomainPattern,
        'reconciling': toJson_ClickHouseKeeperInstallationSpecReconciling(obj.reconciling),
        'defaults': toJson_ClickHouseKeeperInstallationSpecDefaults(obj.defaults),
        'configuration': toJson_ClickHouseKeeperInstallationSpecConfiguration(obj.configuration),
        'templates': toJson_ClickHouseKeeperInstallationSpecTemplates(obj.templates),
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
 * @schema ClickHouseKeeperInstallationSpecStop
 */
var ClickHouseKeeperInstallationSpecStop;
(function (ClickHouseKeeperInstallationSpecStop) {
    /** 0 */
    ClickHouseKeeperInstallationSpecStop["VALUE_0"] = "0";
    /** 1 */
    ClickHouseKeeperInstallationSpecStop["VALUE_1"] = "1";
    /** False */
    ClickHouseKeeperInstallationSpecStop["FALSE"] = "False";
    /** True */
    ClickHouseKeeperInstallationSpecStop["TRUE"] = "True";
    /** No */
    ClickHouseKeeperInstallationSpecStop["NO"] = "No";
    /** Yes */
    ClickHouseKeeperInstallationSpecStop["YES"] = "Yes";
    /** Off */
    ClickHouseKeeperInstallationSpecStop["OFF"] = "Off";
    /** On */
    ClickHouseKeeperInstallationSpecStop["ON"] = "On";
    /** Disable */
    ClickHouseKeeperInstallationSpecStop["DISABLE"] = "Disable";
    /** Enable */
    ClickHouseKeeperInstallationSpecStop["ENABLE"] = "Enable";
    /** Disabled */
    ClickHouseKeeperInstallationSpecStop["DISABLED"] = "Disabled";
    /** Enabled */
    ClickHouseKeeperInstallationSpecStop["ENABLED"] = "Enabled";
})(ClickHouseKeeperInstallationSpecStop || (exports.ClickHouseKeeperInstallationSpecStop = ClickHouseKeeperInstallationSpecStop = {}));
/**
 * Suspend reconciliation of resources managed by a ClickHouse Keeper.
 * Works as the following:
 * - When `suspend` is `true` operator stops reconciling all resources.
 * - When `suspend` is `false` or not set, operator reconciles all resources.
 *
 *
 * @schema ClickHouseKeeperInstallationSpecSuspend
 */
var ClickHouseKeeperInstallationSpecSuspend;
(function (ClickHouseKeeperInstallationSpecSuspend) {
    /** 0 */
    ClickHouseKeeperInstallationSpecSuspend["VALUE_0"] = "0";
    /** 1 */
    ClickHouseKeeperInstallationSpecSuspend["VALUE_1"] = "1";
    /** False */
    ClickHouseKeeperInstallationSpecSuspend["FALSE"] = "False";
    /** True */
    ClickHouseKeeperInstallationSpecSuspend["TRUE"] = "True";
    /** No */
    ClickHouseKeeperInstallationSpecSuspend["NO"] = "No";
    /** Yes */
    ClickHouseKeeperInstallationSpecSuspend["YES"] = "Yes";
    /** Off */
    ClickHouseKeeperInstallationSpecSuspend["OFF"] = "Off";
    /** On */
    ClickHouseKeeperInstallationSpecSuspend["ON"] = "On";
    /** Disable */
    ClickHouseKeeperInstallationSpecSuspend["DISABLE"] = "Disable";
    /** Enable */
    ClickHouseKeeperInstallationSpecSuspend["ENABLE"] = "Enable";
    /** Disabled */
    ClickHouseKeeperInstallationSpecSuspend["DISABLED"] = "Disabled";
    /** Enabled */
    ClickHouseKeeperInstallationSpecSuspend["ENABLED"] = "Enabled";
})(ClickHouseKeeperInstallationSpecSuspend || (exports.ClickHouseKeeperInstallationSpecSuspend = ClickHouseKeeperInstallationSpecSuspend = {}));
/**
 * Converts an object of type 'ClickHouseKeeperInstallationSpecReconciling' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClickHouseKeeperInstallationSpecReconciling(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'policy': obj.policy,
        'configMapPropagationTimeout': obj.configMapPropagationTimeout,
        'cleanup': toJson_ClickHouseKeeperInstallationSpecReconcilingCleanup(obj.cleanup),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClickHouseKeeperInstallationSpecDefaults' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClickHouseKeeperInstallationSpecDefaults(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'replicasUseFQDN': obj.replicasUseFqdn,
        'distributedDDL': toJson_ClickHouseKeeperInstallationSpecDefaultsDistributedDdl(obj.distributedDdl),
        'storageManagement': toJson_ClickHouseKeeperInstallationSpecDefaultsStorageManagement(obj.storageManagement),
        'templates': toJson_ClickHouseKeeperInstallationSpecDefaultsTemplates(obj.templates),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClickHouseKeeperInstallationSpecConfiguration' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClickHouseKeeperInstallationSpecConfiguration(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'settings': obj.settings,
        'files': obj.files,
        'clusters': obj.clusters?.map(y => toJson_ClickHouseKeeperInstallationSpecConfigurationClusters(y)),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClickHouseKeeperInstallationSpecTemplates' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClickHouseKeeperInstallationSpecTemplates(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'hostTemplates': obj.hostTemplates?.map(y => toJson_ClickHouseKeeperInstallationSpecTemplatesHostTemplates(y)),
        'podTemplates': obj.podTemplates?.map(y => toJson_ClickHouseKeeperInstallationSpecTemplatesPodTemplates(y)),
        'volumeClaimTemplates': obj.volumeClaimTemplates?.map(y => toJson_ClickHouseKeeperInstallationSpecTemplatesVolumeClaimTemplates(y)),
        'serviceTemplates': obj.serviceTemplates?.map(y => toJson_ClickHouseKeeperInstallationSpecTemplatesServiceTemplates(y)),
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
 * @schema ClickHouseKeeperInstallationSpecReconcilingPolicy
 */
var ClickHouseKeeperInstallationSpecReconcilingPolicy;
(function (ClickHouseKeeperInstallationSpecReconcilingPolicy) {
    /** wait */
    ClickHouseKeeperInstallationSpecReconcilingPolicy["WAIT"] = "wait";
    /** nowait */
    ClickHouseKeeperInstallationSpecReconcilingPolicy["NOWAIT"] = "nowait";
})(ClickHouseKeeperInstallationSpecReconcilingPolicy || (exports.ClickHouseKeeperInstallationSpecReconcilingPolicy = ClickHouseKeeperInstallationSpecReconcilingPolicy = {}));
/**
 * Converts an object of type 'ClickHouseKeeperInstallationSpecReconcilingCleanup' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClickHouseKeeperInstallationSpecReconcilingCleanup(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'unknownObjects': toJson_ClickHouseKeeperInstallationSpecReconcilingCleanupUnknownObjects(obj.unknownObjects),
        'reconcileFailedObjects': toJson_ClickHouseKeeperInstallationSpecReconcilingCleanupReconcileFailedObjects(obj.reconcileFailedObjects),
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
 * @schema ClickHouseKeeperInstallationSpecDefaultsReplicasUseFqdn
 */
var ClickHouseKeeperInstallationSpecDefaultsReplicasUseFqdn;
(function (ClickHouseKeeperInstallationSpecDefaultsReplicasUseFqdn) {
    /** 0 */
    ClickHouseKeeperInstallationSpecDefaultsReplicasUseFqdn["VALUE_0"] = "0";
    /** 1 */
    ClickHouseKeeperInstallationSpecDefaultsReplicasUseFqdn["VALUE_1"] = "1";
    /** False */
    ClickHouseKeeperInstallationSpecDefaultsReplicasUseFqdn["FALSE"] = "False";
    /** True */
    ClickHouseKeeperInstallationSpecDefaultsReplicasUseFqdn["TRUE"] = "True";
    /** No */
    ClickHouseKeeperInstallationSpecDefaultsReplicasUseFqdn["NO"] = "No";
    /** Yes */
    ClickHouseKeeperInstallationSpecDefaultsReplicasUseFqdn["YES"] = "Yes";
    /** Off */
    ClickHouseKeeperInstallationSpecDefaultsReplicasUseFqdn["OFF"] = "Off";
    /** On */
    ClickHouseKeeperInstallationSpecDefaultsReplicasUseFqdn["ON"] = "On";
    /** Disable */
    ClickHouseKeeperInstallationSpecDefaultsReplicasUseFqdn["DISABLE"] = "Disable";
    /** Enable */
    ClickHouseKeeperInstallationSpecDefaultsReplicasUseFqdn["ENABLE"] = "Enable";
    /** Disabled */
    ClickHouseKeeperInstallationSpecDefaultsReplicasUseFqdn["DISABLED"] = "Disabled";
    /** Enabled */
    ClickHouseKeeperInstallationSpecDefaultsReplicasUseFqdn["ENABLED"] = "Enabled";
})(ClickHouseKeeperInstallationSpecDefaultsReplicasUseFqdn || (exports.ClickHouseKeeperInstallationSpecDefaultsReplicasUseFqdn = ClickHouseKeeperInstallationSpecDefaultsReplicasUseFqdn = {}));
/**
 * Converts an object of type 'ClickHouseKeeperInstallationSpecDefaultsDistributedDdl' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClickHouseKeeperInstallationSpecDefaultsDistributedDdl(obj) {
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
 * Converts an object of type 'ClickHouseKeeperInstallationSpecDefaultsStorageManagement' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClickHouseKeeperInstallationSpecDefaultsStorageManagement(obj) {
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
 * Converts an object of type 'ClickHouseKeeperInstallationSpecDefaultsTemplates' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClickHouseKeeperInstallationSpecDefaultsTemplates(obj) {
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
 * Converts an object of type 'ClickHouseKeeperInstallationSpecConfigurationClusters' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClickHouseKeeperInstallationSpecConfigurationClusters(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'settings': obj.settings,
        'files': obj.files,
        'pdbManaged': obj.pdbManaged,
        'pdbMaxUnavailable': obj.pdbMaxUnavailable,
        'templates': toJson_ClickHouseKeeperInstallationSpecConfigurationClustersTemplates(obj.templates),
        'layout': toJson_ClickHouseKeeperInstallationSpecConfigurationClustersLayout(obj.layout),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClickHouseKeeperInstallationSpecTemplatesHostTemplates' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClickHouseKeeperInstallationSpecTemplatesHostTemplates(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'portDistribution': obj.portDistribution?.map(y => toJson_ClickHouseKeeperInstallationSpecTemplatesHostTemplatesPortDistribution(y)),
        'spec': toJson_ClickHouseKeeperInstallationSpecTemplatesHostTemplatesSpec(obj.spec),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClickHouseKeeperInstallationSpecTemplatesPodTemplates' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClickHouseKeeperInstallationSpecTemplatesPodTemplates(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'generateName': obj.generateName,
        'zone': toJson_ClickHouseKeeperInstallationSpecTemplatesPodTemplatesZone(obj.zone),
        'distribution': obj.distribution,
        'podDistribution': obj.podDistribution?.map(y => toJson_ClickHouseKeeperInstallationSpecTemplatesPodTemplatesPodDistribution(y)),
        'metadata': obj.metadata,
        'spec': obj.spec,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClickHouseKeeperInstallationSpecTemplatesVolumeClaimTemplates' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClickHouseKeeperInstallationSpecTemplatesVolumeClaimTemplates(obj) {
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
 * Converts an object of type 'ClickHouseKeeperInstallationSpecTemplatesServiceTemplates' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClickHouseKeeperInstallationSpecTemplatesServiceTemplates(obj) {
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
/**
 * Converts an object of type 'ClickHouseKeeperInstallationSpecReconcilingCleanupUnknownObjects' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClickHouseKeeperInstallationSpecReconcilingCleanupUnknownObjects(obj) {
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
 * Converts an object of type 'ClickHouseKeeperInstallationSpecReconcilingCleanupReconcileFailedObjects' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClickHouseKeeperInstallationSpecReconcilingCleanupReconcileFailedObjects(obj) {
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
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * defines `PVC` provisioner - be it StatefulSet or the Operator
 *
 * @schema ClickHouseKeeperInstallationSpecDefaultsStorageManagementProvisioner
 */
var ClickHouseKeeperInstallationSpecDefaultsStorageManagementProvisioner;
(function (ClickHouseKeeperInstallationSpecDefaultsStorageManagementProvisioner) {
    /** StatefulSet */
    ClickHouseKeeperInstallationSpecDefaultsStorageManagementProvisioner["STATEFUL_SET"] = "StatefulSet";
    /** Operator */
    ClickHouseKeeperInstallationSpecDefaultsStorageManagementProvisioner["OPERATOR"] = "Operator";
})(ClickHouseKeeperInstallationSpecDefaultsStorageManagementProvisioner || (exports.ClickHouseKeeperInstallationSpecDefaultsStorageManagementProvisioner = ClickHouseKeeperInstallationSpecDefaultsStorageManagementProvisioner = {}));
/**
 * defines behavior of `PVC` deletion.
 * `Delete` by default, if `Retain` specified then `PVC` will be kept when deleting StatefulSet
 *
 *
 * @schema ClickHouseKeeperInstallationSpecDefaultsStorageManagementReclaimPolicy
 */
var ClickHouseKeeperInstallationSpecDefaultsStorageManagementReclaimPolicy;
(function (ClickHouseKeeperInstallationSpecDefaultsStorageManagementReclaimPolicy) {
    /** Retain */
    ClickHouseKeeperInstallationSpecDefaultsStorageManagementReclaimPolicy["RETAIN"] = "Retain";
    /** Delete */
    ClickHouseKeeperInstallationSpecDefaultsStorageManagementReclaimPolicy["DELETE"] = "Delete";
})(ClickHouseKeeperInstallationSpecDefaultsStorageManagementReclaimPolicy || (exports.ClickHouseKeeperInstallationSpecDefaultsStorageManagementReclaimPolicy = ClickHouseKeeperInstallationSpecDefaultsStorageManagementReclaimPolicy = {}));
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
var ClickHouseKeeperInstallationSpecConfigurationClustersPdbManaged;
(function (ClickHouseKeeperInstallationSpecConfigurationClustersPdbManaged) {
    /** 0 */
    ClickHouseKeeperInstallationSpecConfigurationClustersPdbManaged["VALUE_0"] = "0";
    /** 1 */
    ClickHouseKeeperInstallationSpecConfigurationClustersPdbManaged["VALUE_1"] = "1";
    /** False */
    ClickHouseKeeperInstallationSpecConfigurationClustersPdbManaged["FALSE"] = "False";
    /** True */
    ClickHouseKeeperInstallationSpecConfigurationClustersPdbManaged["TRUE"] = "True";
    /** No */
    ClickHouseKeeperInstallationSpecConfigurationClustersPdbManaged["NO"] = "No";
    /** Yes */
    ClickHouseKeeperInstallationSpecConfigurationClustersPdbManaged["YES"] = "Yes";
    /** Off */
    ClickHouseKeeperInstallationSpecConfigurationClustersPdbManaged["OFF"] = "Off";
    /** On */
    ClickHouseKeeperInstallationSpecConfigurationClustersPdbManaged["ON"] = "On";
    /** Disable */
    ClickHouseKeeperInstallationSpecConfigurationClustersPdbManaged["DISABLE"] = "Disable";
    /** Enable */
    ClickHouseKeeperInstallationSpecConfigurationClustersPdbManaged["ENABLE"] = "Enable";
    /** Disabled */
    ClickHouseKeeperInstallationSpecConfigurationClustersPdbManaged["DISABLED"] = "Disabled";
    /** Enabled */
    ClickHouseKeeperInstallationSpecConfigurationClustersPdbManaged["ENABLED"] = "Enabled";
})(ClickHouseKeeperInstallationSpecConfigurationClustersPdbManaged || (exports.ClickHouseKeeperInstallationSpecConfigurationClustersPdbManaged = ClickHouseKeeperInstallationSpecConfigurationClustersPdbManaged = {}));
/**
 * Converts an object of type 'ClickHouseKeeperInstallationSpecConfigurationClustersTemplates' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClickHouseKeeperInstallationSpecConfigurationClustersTemplates(obj) {
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
 * Converts an object of type 'ClickHouseKeeperInstallationSpecConfigurationClustersLayout' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClickHouseKeeperInstallationSpecConfigurationClustersLayout(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'replicasCount': obj.replicasCount,
        'replicas': obj.replicas?.map(y => toJson_ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicas(y)),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClickHouseKeeperInstallationSpecTemplatesHostTemplatesPortDistribution' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClickHouseKeeperInstallationSpecTemplatesHostTemplatesPortDistribution(obj) {
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
 * Converts an object of type 'ClickHouseKeeperInstallationSpecTemplatesHostTemplatesSpec' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClickHouseKeeperInstallationSpecTemplatesHostTemplatesSpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'zkPort': obj.zkPort,
        'raftPort': obj.raftPort,
        'settings': obj.settings,
        'files': obj.files,
        'templates': toJson_ClickHouseKeeperInstallationSpecTemplatesHostTemplatesSpecTemplates(obj.templates),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClickHouseKeeperInstallationSpecTemplatesPodTemplatesZone' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClickHouseKeeperInstallationSpecTemplatesPodTemplatesZone(obj) {
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
 * @schema ClickHouseKeeperInstallationSpecTemplatesPodTemplatesDistribution
 */
var ClickHouseKeeperInstallationSpecTemplatesPodTemplatesDistribution;
(function (ClickHouseKeeperInstallationSpecTemplatesPodTemplatesDistribution) {
    /** Unspecified */
    ClickHouseKeeperInstallationSpecTemplatesPodTemplatesDistribution["UNSPECIFIED"] = "Unspecified";
    /** OnePerHost */
    ClickHouseKeeperInstallationSpecTemplatesPodTemplatesDistribution["ONE_PER_HOST"] = "OnePerHost";
})(ClickHouseKeeperInstallationSpecTemplatesPodTemplatesDistribution || (exports.ClickHouseKeeperInstallationSpecTemplatesPodTemplatesDistribution = ClickHouseKeeperInstallationSpecTemplatesPodTemplatesDistribution = {}));
/**
 * Converts an object of type 'ClickHouseKeeperInstallationSpecTemplatesPodTemplatesPodDistribution' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClickHouseKeeperInstallationSpecTemplatesPodTemplatesPodDistribution(obj) {
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
 * @schema ClickHouseKeeperInstallationSpecTemplatesVolumeClaimTemplatesProvisioner
 */
var ClickHouseKeeperInstallationSpecTemplatesVolumeClaimTemplatesProvisioner;
(function (ClickHouseKeeperInstallationSpecTemplatesVolumeClaimTemplatesProvisioner) {
    /** StatefulSet */
    ClickHouseKeeperInstallationSpecTemplatesVolumeClaimTemplatesProvisioner["STATEFUL_SET"] = "StatefulSet";
    /** Operator */
    ClickHouseKeeperInstallationSpecTemplatesVolumeClaimTemplatesProvisioner["OPERATOR"] = "Operator";
})(ClickHouseKeeperInstallationSpecTemplatesVolumeClaimTemplatesProvisioner || (exports.ClickHouseKeeperInstallationSpecTemplatesVolumeClaimTemplatesProvisioner = ClickHouseKeeperInstallationSpecTemplatesVolumeClaimTemplatesProvisioner = {}));
/**
 * defines behavior of `PVC` deletion.
 * `Delete` by default, if `Retain` specified then `PVC` will be kept when deleting StatefulSet
 *
 *
 * @schema ClickHouseKeeperInstallationSpecTemplatesVolumeClaimTemplatesReclaimPolicy
 */
var ClickHouseKeeperInstallationSpecTemplatesVolumeClaimTemplatesReclaimPolicy;
(function (ClickHouseKeeperInstallationSpecTemplatesVolumeClaimTemplatesReclaimPolicy) {
    /** Retain */
    ClickHouseKeeperInstallationSpecTemplatesVolumeClaimTemplatesReclaimPolicy["RETAIN"] = "Retain";
    /** Delete */
    ClickHouseKeeperInstallationSpecTemplatesVolumeClaimTemplatesReclaimPolicy["DELETE"] = "Delete";
})(ClickHouseKeeperInstallationSpecTemplatesVolumeClaimTemplatesReclaimPolicy || (exports.ClickHouseKeeperInstallationSpecTemplatesVolumeClaimTemplatesReclaimPolicy = ClickHouseKeeperInstallationSpecTemplatesVolumeClaimTemplatesReclaimPolicy = {}));
/**
 * Behavior policy for unknown StatefulSet, `Delete` by default
 *
 * @schema ClickHouseKeeperInstallationSpecReconcilingCleanupUnknownObjectsStatefulSet
 */
var ClickHouseKeeperInstallationSpecReconcilingCleanupUnknownObjectsStatefulSet;
(function (ClickHouseKeeperInstallationSpecReconcilingCleanupUnknownObjectsStatefulSet) {
    /** Retain */
    ClickHouseKeeperInstallationSpecReconcilingCleanupUnknownObjectsStatefulSet["RETAIN"] = "Retain";
    /** Delete */
    ClickHouseKeeperInstallationSpecReconcilingCleanupUnknownObjectsStatefulSet["DELETE"] = "Delete";
})(ClickHouseKeeperInstallationSpecReconcilingCleanupUnknownObjectsStatefulSet || (exports.ClickHouseKeeperInstallationSpecReconcilingCleanupUnknownObjectsStatefulSet = ClickHouseKeeperInstallationSpecReconcilingCleanupUnknownObjectsStatefulSet = {}));
/**
 * Behavior policy for unknown PVC, `Delete` by default
 *
 * @schema ClickHouseKeeperInstallationSpecReconcilingCleanupUnknownObjectsPvc
 */
var ClickHouseKeeperInstallationSpecReconcilingCleanupUnknownObjectsPvc;
(function (ClickHouseKeeperInstallationSpecReconcilingCleanupUnknownObjectsPvc) {
    /** Retain */
    ClickHouseKeeperInstallationSpecReconcilingCleanupUnknownObjectsPvc["RETAIN"] = "Retain";
    /** Delete */
    ClickHouseKeeperInstallationSpecReconcilingCleanupUnknownObjectsPvc["DELETE"] = "Delete";
})(ClickHouseKeeperInstallationSpecReconcilingCleanupUnknownObjectsPvc || (exports.ClickHouseKeeperInstallationSpecReconcilingCleanupUnknownObjectsPvc = ClickHouseKeeperInstallationSpecReconcilingCleanupUnknownObjectsPvc = {}));
/**
 * Behavior policy for unknown ConfigMap, `Delete` by default
 *
 * @schema ClickHouseKeeperInstallationSpecReconcilingCleanupUnknownObjectsConfigMap
 */
var ClickHouseKeeperInstallationSpecReconcilingCleanupUnknownObjectsConfigMap;
(function (ClickHouseKeeperInstallationSpecReconcilingCleanupUnknownObjectsConfigMap) {
    /** Retain */
    ClickHouseKeeperInstallationSpecReconcilingCleanupUnknownObjectsConfigMap["RETAIN"] = "Retain";
    /** Delete */
    ClickHouseKeeperInstallationSpecReconcilingCleanupUnknownObjectsConfigMap["DELETE"] = "Delete";
})(ClickHouseKeeperInstallationSpecReconcilingCleanupUnknownObjectsConfigMap || (exports.ClickHouseKeeperInstallationSpecReconcilingCleanupUnknownObjectsConfigMap = ClickHouseKeeperInstallationSpecReconcilingCleanupUnknownObjectsConfigMap = {}));
/**
 * Behavior policy for unknown Service, `Delete` by default
 *
 * @schema ClickHouseKeeperInstallationSpecReconcilingCleanupUnknownObjectsService
 */
var ClickHouseKeeperInstallationSpecReconcilingCleanupUnknownObjectsService;
(function (ClickHouseKeeperInstallationSpecReconcilingCleanupUnknownObjectsService) {
    /** Retain */
    ClickHouseKeeperInstallationSpecReconcilingCleanupUnknownObjectsService["RETAIN"] = "Retain";
    /** Delete */
    ClickHouseKeeperInstallationSpecReconcilingCleanupUnknownObjectsService["DELETE"] = "Delete";
})(ClickHouseKeeperInstallationSpecReconcilingCleanupUnknownObjectsService || (exports.ClickHouseKeeperInstallationSpecReconcilingCleanupUnknownObjectsService = ClickHouseKeeperInstallationSpecReconcilingCleanupUnknownObjectsService = {}));
/**
 * Behavior policy for failed StatefulSet, `Retain` by default
 *
 * @schema ClickHouseKeeperInstallationSpecReconcilingCleanupReconcileFailedObjectsStatefulSet
 */
var ClickHouseKeeperInstallationSpecReconcilingCleanupReconcileFailedObjectsStatefulSet;
(function (ClickHouseKeeperInstallationSpecReconcilingCleanupReconcileFailedObjectsStatefulSet) {
    /** Retain */
    ClickHouseKeeperInstallationSpecReconcilingCleanupReconcileFailedObjectsStatefulSet["RETAIN"] = "Retain";
    /** Delete */
    ClickHouseKeeperInstallationSpecReconcilingCleanupReconcileFailedObjectsStatefulSet["DELETE"] = "Delete";
})(ClickHouseKeeperInstallationSpecReconcilingCleanupReconcileFailedObjectsStatefulSet || (exports.ClickHouseKeeperInstallationSpecReconcilingCleanupReconcileFailedObjectsStatefulSet = ClickHouseKeeperInstallationSpecReconcilingCleanupReconcileFailedObjectsStatefulSet = {}));
/**
 * Behavior policy for failed PVC, `Retain` by default
 *
 * @schema ClickHouseKeeperInstallationSpecReconcilingCleanupReconcileFailedObjectsPvc
 */
var ClickHouseKeeperInstallationSpecReconcilingCleanupReconcileFailedObjectsPvc;
(function (ClickHouseKeeperInstallationSpecReconcilingCleanupReconcileFailedObjectsPvc) {
    /** Retain */
    ClickHouseKeeperInstallationSpecReconcilingCleanupReconcileFailedObjectsPvc["RETAIN"] = "Retain";
    /** Delete */
    ClickHouseKeeperInstallationSpecReconcilingCleanupReconcileFailedObjectsPvc["DELETE"] = "Delete";
})(ClickHouseKeeperInstallationSpecReconcilingCleanupReconcileFailedObjectsPvc || (exports.ClickHouseKeeperInstallationSpecReconcilingCleanupReconcileFailedObjectsPvc = ClickHouseKeeperInstallationSpecReconcilingCleanupReconcileFailedObjectsPvc = {}));
/**
 * Behavior policy for failed ConfigMap, `Retain` by default
 *
 * @schema ClickHouseKeeperInstallationSpecReconcilingCleanupReconcileFailedObjectsConfigMap
 */
var ClickHouseKeeperInstallationSpecReconcilingCleanupReconcileFailedObjectsConfigMap;
(function (ClickHouseKeeperInstallationSpecReconcilingCleanupReconcileFailedObjectsConfigMap) {
    /** Retain */
    ClickHouseKeeperInstallationSpecReconcilingCleanupReconcileFailedObjectsConfigMap["RETAIN"] = "Retain";
    /** Delete */
    ClickHouseKeeperInstallationSpecReconcilingCleanupReconcileFailedObjectsConfigMap["DELETE"] = "Delete";
})(ClickHouseKeeperInstallationSpecReconcilingCleanupReconcileFailedObjectsConfigMap || (exports.ClickHouseKeeperInstallationSpecReconcilingCleanupReconcileFailedObjectsConfigMap = ClickHouseKeeperInstallationSpecReconcilingCleanupReconcileFailedObjectsConfigMap = {}));
/**
 * Behavior policy for failed Service, `Retain` by default
 *
 * @schema ClickHouseKeeperInstallationSpecReconcilingCleanupReconcileFailedObjectsService
 */
var ClickHouseKeeperInstallationSpecReconcilingCleanupReconcileFailedObjectsService;
(function (ClickHouseKeeperInstallationSpecReconcilingCleanupReconcileFailedObjectsService) {
    /** Retain */
    ClickHouseKeeperInstallationSpecReconcilingCleanupReconcileFailedObjectsService["RETAIN"] = "Retain";
    /** Delete */
    ClickHouseKeeperInstallationSpecReconcilingCleanupReconcileFailedObjectsService["DELETE"] = "Delete";
})(ClickHouseKeeperInstallationSpecReconcilingCleanupReconcileFailedObjectsService || (exports.ClickHouseKeeperInstallationSpecReconcilingCleanupReconcileFailedObjectsService = ClickHouseKeeperInstallationSpecReconcilingCleanupReconcileFailedObjectsService = {}));
/**
 * Converts an object of type 'ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicas' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicas(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'settings': obj.settings,
        'files': obj.files,
        'templates': toJson_ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicasTemplates(obj.templates),
        'shardsCount': obj.shardsCount,
        'shards': obj.shards?.map(y => toJson_ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicasShards(y)),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * type of distribution, when `Unspecified` (default value) then all listen ports on clickhouse-server configuration in all Pods will have the same value, when `ClusterScopeIndex` then ports will increment to offset from base value depends on shard and replica index inside cluster with combination of `chi.spec.templates.podTemlates.spec.HostNetwork` it allows setup ClickHouse cluster inside Kubernetes and provide access via external network bypass Kubernetes internal network
 *
 * @schema ClickHouseKeeperInstallationSpecTemplatesHostTemplatesPortDistributionType
 */
var ClickHouseKeeperInstallationSpecTemplatesHostTemplatesPortDistributionType;
(function (ClickHouseKeeperInstallationSpecTemplatesHostTemplatesPortDistributionType) {
    /** Unspecified */
    ClickHouseKeeperInstallationSpecTemplatesHostTemplatesPortDistributionType["UNSPECIFIED"] = "Unspecified";
    /** ClusterScopeIndex */
    ClickHouseKeeperInstallationSpecTemplatesHostTemplatesPortDistributionType["CLUSTER_SCOPE_INDEX"] = "ClusterScopeIndex";
})(ClickHouseKeeperInstallationSpecTemplatesHostTemplatesPortDistributionType || (exports.ClickHouseKeeperInstallationSpecTemplatesHostTemplatesPortDistributionType = ClickHouseKeeperInstallationSpecTemplatesHostTemplatesPortDistributionType = {}));
/**
 * Converts an object of type 'ClickHouseKeeperInstallationSpecTemplatesHostTemplatesSpecTemplates' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClickHouseKeeperInstallationSpecTemplatesHostTemplatesSpecTemplates(obj) {
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
 * @schema ClickHouseKeeperInstallationSpecTemplatesPodTemplatesPodDistributionType
 */
var ClickHouseKeeperInstallationSpecTemplatesPodTemplatesPodDistributionType;
(function (ClickHouseKeeperInstallationSpecTemplatesPodTemplatesPodDistributionType) {
    /** Unspecified */
    ClickHouseKeeperInstallationSpecTemplatesPodTemplatesPodDistributionType["UNSPECIFIED"] = "Unspecified";
    /** ClickHouseAntiAffinity */
    ClickHouseKeeperInstallationSpecTemplatesPodTemplatesPodDistributionType["CLICK_HOUSE_ANTI_AFFINITY"] = "ClickHouseAntiAffinity";
    /** ShardAntiAffinity */
    ClickHouseKeeperInstallationSpecTemplatesPodTemplatesPodDistributionType["SHARD_ANTI_AFFINITY"] = "ShardAntiAffinity";
    /** ReplicaAntiAffinity */
    ClickHouseKeeperInstallationSpecTemplatesPodTemplatesPodDistributionType["REPLICA_ANTI_AFFINITY"] = "ReplicaAntiAffinity";
    /** AnotherNamespaceAntiAffinity */
    ClickHouseKeeperInstallationSpecTemplatesPodTemplatesPodDistributionType["ANOTHER_NAMESPACE_ANTI_AFFINITY"] = "AnotherNamespaceAntiAffinity";
    /** AnotherClickHouseInstallationAntiAffinity */
    ClickHouseKeeperInstallationSpecTemplatesPodTemplatesPodDistributionType["ANOTHER_CLICK_HOUSE_INSTALLATION_ANTI_AFFINITY"] = "AnotherClickHouseInstallationAntiAffinity";
    /** AnotherClusterAntiAffinity */
    ClickHouseKeeperInstallationSpecTemplatesPodTemplatesPodDistributionType["ANOTHER_CLUSTER_ANTI_AFFINITY"] = "AnotherClusterAntiAffinity";
    /** MaxNumberPerNode */
    ClickHouseKeeperInstallationSpecTemplatesPodTemplatesPodDistributionType["MAX_NUMBER_PER_NODE"] = "MaxNumberPerNode";
    /** NamespaceAffinity */
    ClickHouseKeeperInstallationSpecTemplatesPodTemplatesPodDistributionType["NAMESPACE_AFFINITY"] = "NamespaceAffinity";
    /** ClickHouseInstallationAffinity */
    ClickHouseKeeperInstallationSpecTemplatesPodTemplatesPodDistributionType["CLICK_HOUSE_INSTALLATION_AFFINITY"] = "ClickHouseInstallationAffinity";
    /** ClusterAffinity */
    ClickHouseKeeperInstallationSpecTemplatesPodTemplatesPodDistributionType["CLUSTER_AFFINITY"] = "ClusterAffinity";
    /** ShardAffinity */
    ClickHouseKeeperInstallationSpecTemplatesPodTemplatesPodDistributionType["SHARD_AFFINITY"] = "ShardAffinity";
    /** ReplicaAffinity */
    ClickHouseKeeperInstallationSpecTemplatesPodTemplatesPodDistributionType["REPLICA_AFFINITY"] = "ReplicaAffinity";
    /** PreviousTailAffinity */
    ClickHouseKeeperInstallationSpecTemplatesPodTemplatesPodDistributionType["PREVIOUS_TAIL_AFFINITY"] = "PreviousTailAffinity";
    /** CircularReplication */
    ClickHouseKeeperInstallationSpecTemplatesPodTemplatesPodDistributionType["CIRCULAR_REPLICATION"] = "CircularReplication";
})(ClickHouseKeeperInstallationSpecTemplatesPodTemplatesPodDistributionType || (exports.ClickHouseKeeperInstallationSpecTemplatesPodTemplatesPodDistributionType = ClickHouseKeeperInstallationSpecTemplatesPodTemplatesPodDistributionType = {}));
/**
 * scope for apply each podDistribution
 *
 * @schema ClickHouseKeeperInstallationSpecTemplatesPodTemplatesPodDistributionScope
 */
var ClickHouseKeeperInstallationSpecTemplatesPodTemplatesPodDistributionScope;
(function (ClickHouseKeeperInstallationSpecTemplatesPodTemplatesPodDistributionScope) {
    /** Unspecified */
    ClickHouseKeeperInstallationSpecTemplatesPodTemplatesPodDistributionScope["UNSPECIFIED"] = "Unspecified";
    /** Shard */
    ClickHouseKeeperInstallationSpecTemplatesPodTemplatesPodDistributionScope["SHARD"] = "Shard";
    /** Replica */
    ClickHouseKeeperInstallationSpecTemplatesPodTemplatesPodDistributionScope["REPLICA"] = "Replica";
    /** Cluster */
    ClickHouseKeeperInstallationSpecTemplatesPodTemplatesPodDistributionScope["CLUSTER"] = "Cluster";
    /** ClickHouseInstallation */
    ClickHouseKeeperInstallationSpecTemplatesPodTemplatesPodDistributionScope["CLICK_HOUSE_INSTALLATION"] = "ClickHouseInstallation";
    /** Namespace */
    ClickHouseKeeperInstallationSpecTemplatesPodTemplatesPodDistributionScope["NAMESPACE"] = "Namespace";
})(ClickHouseKeeperInstallationSpecTemplatesPodTemplatesPodDistributionScope || (exports.ClickHouseKeeperInstallationSpecTemplatesPodTemplatesPodDistributionScope = ClickHouseKeeperInstallationSpecTemplatesPodTemplatesPodDistributionScope = {}));
/**
 * Converts an object of type 'ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicasTemplates' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicasTemplates(obj) {
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
 * Converts an object of type 'ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicasShards' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicasShards(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'zkPort': obj.zkPort,
        'raftPort': obj.raftPort,
        'settings': obj.settings,
        'files': obj.files,
        'templates': toJson_ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicasShardsTemplates(obj.templates),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicasShardsTemplates' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicasShardsTemplates(obj) {
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
