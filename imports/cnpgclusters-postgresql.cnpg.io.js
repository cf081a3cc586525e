"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ClusterSpecManagedServicesAdditionalServiceTemplateSpecPortsTargetPort = exports.ClusterSpecProjectedVolumeTemplateSourcesDownwardApiItemsResourceFieldRefDivisor = exports.ClusterSpecTablespacesStoragePvcTemplateResourcesRequests = exports.ClusterSpecTablespacesStoragePvcTemplateResourcesLimits = exports.ClusterSpecEphemeralVolumeSourceVolumeClaimTemplateSpecResourcesRequests = exports.ClusterSpecEphemeralVolumeSourceVolumeClaimTemplateSpecResourcesLimits = exports.ClusterSpecWalStoragePvcTemplateResourcesRequests = exports.ClusterSpecWalStoragePvcTemplateResourcesLimits = exports.ClusterSpecStoragePvcTemplateResourcesRequests = exports.ClusterSpecStoragePvcTemplateResourcesLimits = exports.ClusterSpecManagedServicesAdditionalUpdateStrategy = exports.ClusterSpecManagedServicesAdditionalSelectorType = exports.ClusterSpecExternalClustersBarmanObjectStoreWalEncryption = exports.ClusterSpecExternalClustersBarmanObjectStoreWalCompression = exports.ClusterSpecExternalClustersBarmanObjectStoreDataEncryption = exports.ClusterSpecExternalClustersBarmanObjectStoreDataCompression = exports.ClusterSpecEnvValueFromResourceFieldRefDivisor = exports.ClusterSpecBootstrapInitdbImportType = exports.ClusterSpecBackupBarmanObjectStoreWalEncryption = exports.ClusterSpecBackupBarmanObjectStoreWalCompression = exports.ClusterSpecBackupBarmanObjectStoreDataEncryption = exports.ClusterSpecBackupBarmanObjectStoreDataCompression = exports.ClusterSpecProbesStartupType = exports.ClusterSpecProbesStartupMaximumLag = exports.ClusterSpecProbesReadinessType = exports.ClusterSpecProbesReadinessMaximumLag = exports.ClusterSpecPostgresqlSynchronousMethod = exports.ClusterSpecPostgresqlSynchronousDataDurability = exports.ClusterSpecPostgresqlLdapScheme = exports.ClusterSpecMonitoringPodMonitorRelabelingsAction = exports.ClusterSpecMonitoringPodMonitorMetricRelabelingsAction = exports.ClusterSpecManagedServicesDisabledDefaultServices = exports.ClusterSpecManagedRolesEnsure = exports.ClusterSpecBackupVolumeSnapshotSnapshotOwnerReference = exports.ClusterSpecResourcesRequests = exports.ClusterSpecResourcesLimits = exports.ClusterSpecEphemeralVolumesSizeLimitTemporaryData = exports.ClusterSpecEphemeralVolumesSizeLimitShm = exports.ClusterSpecBackupTarget = exports.ClusterSpecPrimaryUpdateStrategy = exports.ClusterSpecPrimaryUpdateMethod = exports.ClusterSpecLogLevel = exports.Cluster = void 0;
exports.toJson_ClusterProps = toJson_ClusterProps;
exports.toJson_ClusterSpec = toJson_ClusterSpec;
exports.toJson_ClusterSpecAffinity = toJson_ClusterSpecAffinity;
exports.toJson_ClusterSpecBackup = toJson_ClusterSpecBackup;
exports.toJson_ClusterSpecBootstrap = toJson_ClusterSpecBootstrap;
exports.toJson_ClusterSpecCertificates = toJson_ClusterSpecCertificates;
exports.toJson_ClusterSpecEnv = toJson_ClusterSpecEnv;
exports.toJson_ClusterSpecEnvFrom = toJson_ClusterSpecEnvFrom;
exports.toJson_ClusterSpecEphemeralVolumeSource = toJson_ClusterSpecEphemeralVolumeSource;
exports.toJson_ClusterSpecEphemeralVolumesSizeLimit = toJson_ClusterSpecEphemeralVolumesSizeLimit;
exports.toJson_ClusterSpecExternalClusters = toJson_ClusterSpecExternalClusters;
exports.toJson_ClusterSpecImageCatalogRef = toJson_ClusterSpecImageCatalogRef;
exports.toJson_ClusterSpecImagePullSecrets = toJson_ClusterSpecImagePullSecrets;
exports.toJson_ClusterSpecInheritedMetadata = toJson_ClusterSpecInheritedMetadata;
exports.toJson_ClusterSpecManaged = toJson_ClusterSpecManaged;
exports.toJson_ClusterSpecMonitoring = toJson_ClusterSpecMonitoring;
exports.toJson_ClusterSpecNodeMaintenanceWindow = toJson_ClusterSpecNodeMaintenanceWindow;
exports.toJson_ClusterSpecPlugins = toJson_ClusterSpecPlugins;
exports.toJson_ClusterSpecPodSecurityContext = toJson_ClusterSpecPodSecurityContext;
exports.toJson_ClusterSpecPodSelectorRefs = toJson_ClusterSpecPodSelectorRefs;
exports.toJson_ClusterSpecPostgresql = toJson_ClusterSpecPostgresql;
exports.toJson_ClusterSpecPrimaryLease = toJson_ClusterSpecPrimaryLease;
exports.toJson_ClusterSpecProbes = toJson_ClusterSpecProbes;
exports.toJson_ClusterSpecProjectedVolumeTemplate = toJson_ClusterSpecProjectedVolumeTemplate;
exports.toJson_ClusterSpecReplica = toJson_ClusterSpecReplica;
exports.toJson_ClusterSpecReplicationSlots = toJson_ClusterSpecReplicationSlots;
exports.toJson_ClusterSpecResources = toJson_ClusterSpecResources;
exports.toJson_ClusterSpecSeccompProfile = toJson_ClusterSpecSeccompProfile;
exports.toJson_ClusterSpecSecurityContext = toJson_ClusterSpecSecurityContext;
exports.toJson_ClusterSpecServiceAccountTemplate = toJson_ClusterSpecServiceAccountTemplate;
exports.toJson_ClusterSpecStorage = toJson_ClusterSpecStorage;
exports.toJson_ClusterSpecSuperuserSecret = toJson_ClusterSpecSuperuserSecret;
exports.toJson_ClusterSpecTablespaces = toJson_ClusterSpecTablespaces;
exports.toJson_ClusterSpecTopologySpreadConstraints = toJson_ClusterSpecTopologySpreadConstraints;
exports.toJson_ClusterSpecWalStorage = toJson_ClusterSpecWalStorage;
exports.toJson_ClusterSpecAffinityAdditionalPodAffinity = toJson_ClusterSpecAffinityAdditionalPodAffinity;
exports.toJson_ClusterSpecAffinityAdditionalPodAntiAffinity = toJson_ClusterSpecAffinityAdditionalPodAntiAffinity;
exports.toJson_ClusterSpecAffinityNodeAffinity = toJson_ClusterSpecAffinityNodeAffinity;
exports.toJson_ClusterSpecAffinityTolerations = toJson_ClusterSpecAffinityTolerations;
exports.toJson_ClusterSpecBackupBarmanObjectStore = toJson_ClusterSpecBackupBarmanObjectStore;
exports.toJson_ClusterSpecBackupVolumeSnapshot = toJson_ClusterSpecBackupVolumeSnapshot;
exports.toJson_ClusterSpecBootstrapInitdb = toJson_ClusterSpecBootstrapInitdb;
exports.toJson_ClusterSpecBootstrapPgBasebackup = toJson_ClusterSpecBootstrapPgBasebackup;
exports.toJson_ClusterSpecBootstrapRecovery = toJson_ClusterSpecBootstrapRecovery;
exports.toJson_ClusterSpecEnvValueFrom = toJson_ClusterSpecEnvValueFrom;
exports.toJson_ClusterSpecEnvFromConfigMapRef = toJson_ClusterSpecEnvFromConfigMapRef;
exports.toJson_ClusterSpecEnvFromSecretRef = toJson_ClusterSpecEnvFromSecretRef;
exports.toJson_ClusterSpecEphemeralVolumeSourceVolumeClaimTemplate = toJson_ClusterSpecEphemeralVolumeSourceVolumeClaimTemplate;
exports.toJson_ClusterSpecExternalClustersBarmanObjectStore = toJson_ClusterSpecExternalClustersBarmanObjectStore;
exports.toJson_ClusterSpecExternalClustersPassword = toJson_ClusterSpecExternalClustersPassword;
exports.toJson_ClusterSpecExternalClustersPlugin = toJson_ClusterSpecExternalClustersPlugin;
exports.toJson_ClusterSpecExternalClustersSslCert = toJson_ClusterSpecExternalClustersSslCert;
exports.toJson_ClusterSpecExternalClustersSslKey = toJson_ClusterSpecExternalClustersSslKey;
exports.toJson_ClusterSpecExternalClustersSslRootCert = toJson_ClusterSpecExternalClustersSslRootCert;
exports.toJson_ClusterSpecManagedRoles = toJson_ClusterSpecManagedRoles;
exports.toJson_ClusterSpecManagedServices = toJson_ClusterSpecManagedServices;
exports.toJson_ClusterSpecMonitoringCustomQueriesConfigMap = toJson_ClusterSpecMonitoringCustomQueriesConfigMap;
exports.toJson_ClusterSpecMonitoringCustomQueriesSecret = toJson_ClusterSpecMonitoringCustomQueriesSecret;
exports.toJson_ClusterSpecMonitoringPodMonitorMetricRelabelings = toJson_ClusterSpecMonitoringPodMonitorMetricRelabelings;
exports.toJson_ClusterSpecMonitoringPodMonitorRelabelings = toJson_ClusterSpecMonitoringPodMonitorRelabelings;
exports.toJson_ClusterSpecMonitoringTls = toJson_ClusterSpecMonitoringTls;
exports.toJson_ClusterSpecPodSecurityContextAppArmorProfile = toJson_ClusterSpecPodSecurityContextAppArmorProfile;
exports.toJson_ClusterSpecPodSecurityContextSeLinuxOptions = toJson_ClusterSpecPodSecurityContextSeLinuxOptions;
exports.toJson_ClusterSpecPodSecurityContextSeccompProfile = toJson_ClusterSpecPodSecurityContextSeccompProfile;
exports.toJson_ClusterSpecPodSecurityContextSysctls = toJson_ClusterSpecPodSecurityContextSysctls;
exports.toJson_ClusterSpecPodSecurityContextWindowsOptions = toJson_ClusterSpecPodSecurityContextWindowsOptions;
exports.toJson_ClusterSpecPodSelectorRefsSelector = toJson_ClusterSpecPodSelectorRefsSelector;
exports.toJson_ClusterSpecPostgresqlExtensions = toJson_ClusterSpecPostgresqlExtensions;
exports.toJson_ClusterSpecPostgresqlLdap = toJson_ClusterSpecPostgresqlLdap;
exports.toJson_ClusterSpecPostgresqlSyncReplicaElectionConstraint = toJson_ClusterSpecPostgresqlSyncReplicaElectionConstraint;
exports.toJson_ClusterSpecPostgresqlSynchronous = toJson_ClusterSpecPostgresqlSynchronous;
exports.toJson_ClusterSpecProbesLiveness = toJson_ClusterSpecProbesLiveness;
exports.toJson_ClusterSpecProbesReadiness = toJson_ClusterSpecProbesReadiness;
exports.toJson_ClusterSpecProbesStartup = toJson_ClusterSpecProbesStartup;
exports.toJson_ClusterSpecProjectedVolumeTemplateSources = toJson_ClusterSpecProjectedVolumeTemplateSources;
exports.toJson_ClusterSpecReplicationSlotsHighAvailability = toJson_ClusterSpecReplicationSlotsHighAvailability;
exports.toJson_ClusterSpecReplicationSlotsSynchronizeReplicas = toJson_ClusterSpecReplicationSlotsSynchronizeReplicas;
exports.toJson_ClusterSpecResourcesClaims = toJson_ClusterSpecResourcesClaims;
exports.toJson_ClusterSpecSecurityContextAppArmorProfile = toJson_ClusterSpecSecurityContextAppArmorProfile;
exports.toJson_ClusterSpecSecurityContextCapabilities = toJson_ClusterSpecSecurityContextCapabilities;
exports.toJson_ClusterSpecSecurityContextSeLinuxOptions = toJson_ClusterSpecSecurityContextSeLinuxOptions;
exports.toJson_ClusterSpecSecurityContextSeccompProfile = toJson_ClusterSpecSecurityContextSeccompProfile;
exports.toJson_ClusterSpecSecurityContextWindowsOptions = toJson_ClusterSpecSecurityContextWindowsOptions;
exports.toJson_ClusterSpecServiceAccountTemplateMetadata = toJson_ClusterSpecServiceAccountTemplateMetadata;
exports.toJson_ClusterSpecStoragePvcTemplate = toJson_ClusterSpecStoragePvcTemplate;
exports.toJson_ClusterSpecTablespacesOwner = toJson_ClusterSpecTablespacesOwner;
exports.toJson_ClusterSpecTablespacesStorage = toJson_ClusterSpecTablespacesStorage;
exports.toJson_ClusterSpecTopologySpreadConstraintsLabelSelector = toJson_ClusterSpecTopologySpreadConstraintsLabelSelector;
exports.toJson_ClusterSpecWalStoragePvcTemplate = toJson_ClusterSpecWalStoragePvcTemplate;
exports.toJson_ClusterSpecAffinityAdditionalPodAffinityPreferredDuringSchedulingIgnoredDuringExecution = toJson_ClusterSpecAffinityAdditionalPodAffinityPreferredDuringSchedulingIgnoredDuringExecution;
exports.toJson_ClusterSpecAffinityAdditionalPodAffinityRequiredDuringSchedulingIgnoredDuringExecution = toJson_ClusterSpecAffinityAdditionalPodAffinityRequiredDuringSchedulingIgnoredDuringExecution;
exports.toJson_ClusterSpecAffinityAdditionalPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution = toJson_ClusterSpecAffinityAdditionalPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution;
exports.toJson_ClusterSpecAffinityAdditionalPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution = toJson_ClusterSpecAffinityAdditionalPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution;
exports.toJson_ClusterSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution = toJson_ClusterSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution;
exports.toJson_ClusterSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution = toJson_ClusterSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution;
exports.toJson_ClusterSpecBackupBarmanObjectStoreAzureCredentials = toJson_ClusterSpecBackupBarmanObjectStoreAzureCredentials;
exports.toJson_ClusterSpecBackupBarmanObjectStoreData = toJson_ClusterSpecBackupBarmanObjectStoreData;
exports.toJson_ClusterSpecBackupBarmanObjectStoreEndpointCa = toJson_ClusterSpecBackupBarmanObjectStoreEndpointCa;
exports.toJson_ClusterSpecBackupBarmanObjectStoreGoogleCredentials = toJson_ClusterSpecBackupBarmanObjectStoreGoogleCredentials;
exports.toJson_ClusterSpecBackupBarmanObjectStoreS3Credentials = toJson_ClusterSpecBackupBarmanObjectStoreS3Credentials;
exports.toJson_ClusterSpecBackupBarmanObjectStoreWal = toJson_ClusterSpecBackupBarmanObjectStoreWal;
exports.toJson_ClusterSpecBackupVolumeSnapshotOnlineConfiguration = toJson_ClusterSpecBackupVolumeSnapshotOnlineConfiguration;
exports.toJson_ClusterSpecBootstrapInitdbImport = toJson_ClusterSpecBootstrapInitdbImport;
exports.toJson_ClusterSpecBootstrapInitdbPostInitApplicationSqlRefs = toJson_ClusterSpecBootstrapInitdbPostInitApplicationSqlRefs;
exports.toJson_ClusterSpecBootstrapInitdbPostInitSqlRefs = toJson_ClusterSpecBootstrapInitdbPostInitSqlRefs;
exports.toJson_ClusterSpecBootstrapInitdbPostInitTemplateSqlRefs = toJson_ClusterSpecBootstrapInitdbPostInitTemplateSqlRefs;
exports.toJson_ClusterSpecBootstrapInitdbSecret = toJson_ClusterSpecBootstrapInitdbSecret;
exports.toJson_ClusterSpecBootstrapPgBasebackupSecret = toJson_ClusterSpecBootstrapPgBasebackupSecret;
exports.toJson_ClusterSpecBootstrapRecoveryBackup = toJson_ClusterSpecBootstrapRecoveryBackup;
exports.toJson_ClusterSpecBootstrapRecoveryRecoveryTarget = toJson_ClusterSpecBootstrapRecoveryRecoveryTarget;
exports.toJson_ClusterSpecBootstrapRecoverySecret = toJson_ClusterSpecBootstrapRecoverySecret;
exports.toJson_ClusterSpecBootstrapRecoveryVolumeSnapshots = toJson_ClusterSpecBootstrapRecoveryVolumeSnapshots;
exports.toJson_ClusterSpecEnvValueFromConfigMapKeyRef = toJson_ClusterSpecEnvValueFromConfigMapKeyRef;
exports.toJson_ClusterSpecEnvValueFromFieldRef = toJson_ClusterSpecEnvValueFromFieldRef;
exports.toJson_ClusterSpecEnvValueFromFileKeyRef = toJson_ClusterSpecEnvValueFromFileKeyRef;
exports.toJson_ClusterSpecEnvValueFromResourceFieldRef = toJson_ClusterSpecEnvValueFromResourceFieldRef;
exports.toJson_ClusterSpecEnvValueFromSecretKeyRef = toJson_ClusterSpecEnvValueFromSecretKeyRef;
exports.toJson_ClusterSpecEphemeralVolumeSourceVolumeClaimTemplateSpec = toJson_ClusterSpecEphemeralVolumeSourceVolumeClaimTemplateSpec;
exports.toJson_ClusterSpecExternalClustersBarmanObjectStoreAzureCredentials = toJson_ClusterSpecExternalClustersBarmanObjectStoreAzureCredentials;
exports.toJson_ClusterSpecExternalClustersBarmanObjectStoreData = toJson_ClusterSpecExternalClustersBarmanObjectStoreData;
exports.toJson_ClusterSpecExternalClustersBarmanObjectStoreEndpointCa = toJson_ClusterSpecExternalClustersBarmanObjectStoreEndpointCa;
exports.toJson_ClusterSpecExternalClustersBarmanObjectStoreGoogleCredentials = toJson_ClusterSpecExternalClustersBarmanObjectStoreGoogleCredentials;
exports.toJson_ClusterSpecExternalClustersBarmanObjectStoreS3Credentials = toJson_ClusterSpecExternalClustersBarmanObjectStoreS3Credentials;
exports.toJson_ClusterSpecExternalClustersBarmanObjectStoreWal = toJson_ClusterSpecExternalClustersBarmanObjectStoreWal;
exports.toJson_ClusterSpecManagedRolesPasswordSecret = toJson_ClusterSpecManagedRolesPasswordSecret;
exports.toJson_ClusterSpecManagedServicesAdditional = toJson_ClusterSpecManagedServicesAdditional;
exports.toJson_ClusterSpecPodSelectorRefsSelectorMatchExpressions = toJson_ClusterSpecPodSelectorRefsSelectorMatchExpressions;
exports.toJson_ClusterSpecPostgresqlExtensionsEnv = toJson_ClusterSpecPostgresqlExtensionsEnv;
exports.toJson_ClusterSpecPostgresqlExtensionsImage = toJson_ClusterSpecPostgresqlExtensionsImage;
exports.toJson_ClusterSpecPostgresqlLdapBindAsAuth = toJson_ClusterSpecPostgresqlLdapBindAsAuth;
exports.toJson_ClusterSpecPostgresqlLdapBindSearchAuth = toJson_ClusterSpecPostgresqlLdapBindSearchAuth;
exports.toJson_ClusterSpecProbesLivenessIsolationCheck = toJson_ClusterSpecProbesLivenessIsolationCheck;
exports.toJson_ClusterSpecProjectedVolumeTemplateSourcesClusterTrustBundle = toJson_ClusterSpecProjectedVolumeTemplateSourcesClusterTrustBundle;
exports.toJson_ClusterSpecProjectedVolumeTemplateSourcesConfigMap = toJson_ClusterSpecProjectedVolumeTemplateSourcesConfigMap;
exports.toJson_ClusterSpecProjectedVolumeTemplateSourcesDownwardApi = toJson_ClusterSpecProjectedVolumeTemplateSourcesDownwardApi;
exports.toJson_ClusterSpecProjectedVolumeTemplateSourcesPodCertificate = toJson_ClusterSpecProjectedVolumeTemplateSourcesPodCertificate;
exports.toJson_ClusterSpecProjectedVolumeTemplateSourcesSecret = toJson_ClusterSpecProjectedVolumeTemplateSourcesSecret;
exports.toJson_ClusterSpecProjectedVolumeTemplateSourcesServiceAccountToken = toJson_ClusterSpecProjectedVolumeTemplateSourcesServiceAccountToken;
exports.toJson_ClusterSpecStoragePvcTemplateDataSource = toJson_ClusterSpecStoragePvcTemplateDataSource;
exports.toJson_ClusterSpecStoragePvcTemplateDataSourceRef = toJson_ClusterSpecStoragePvcTemplateDataSourceRef;
exports.toJson_ClusterSpecStoragePvcTemplateResources = toJson_ClusterSpecStoragePvcTemplateResources;
exports.toJson_ClusterSpecStoragePvcTemplateSelector = toJson_ClusterSpecStoragePvcTemplateSelector;
exports.toJson_ClusterSpecTablespacesStoragePvcTemplate = toJson_ClusterSpecTablespacesStoragePvcTemplate;
exports.toJson_ClusterSpecTopologySpreadConstraintsLabelSelectorMatchExpressions = toJson_ClusterSpecTopologySpreadConstraintsLabelSelectorMatchExpressions;
exports.toJson_ClusterSpecWalStoragePvcTemplateDataSource = toJson_ClusterSpecWalStoragePvcTemplateDataSource;
exports.toJson_ClusterSpecWalStoragePvcTemplateDataSourceRef = toJson_ClusterSpecWalStoragePvcTemplateDataSourceRef;
exports.toJson_ClusterSpecWalStoragePvcTemplateResources = toJson_ClusterSpecWalStoragePvcTemplateResources;
exports.toJson_ClusterSpecWalStoragePvcTemplateSelector = toJson_ClusterSpecWalStoragePvcTemplateSelector;
exports.toJson_ClusterSpecAffinityAdditionalPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm = toJson_ClusterSpecAffinityAdditionalPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm;
exports.toJson_ClusterSpecAffinityAdditionalPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector = toJson_ClusterSpecAffinityAdditionalPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector;
exports.toJson_ClusterSpecAffinityAdditionalPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector = toJson_ClusterSpecAffinityAdditionalPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector;
exports.toJson_ClusterSpecAffinityAdditionalPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm = toJson_ClusterSpecAffinityAdditionalPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm;
exports.toJson_ClusterSpecAffinityAdditionalPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector = toJson_ClusterSpecAffinityAdditionalPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector;
exports.toJson_ClusterSpecAffinityAdditionalPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector = toJson_ClusterSpecAffinityAdditionalPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector;
exports.toJson_ClusterSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference = toJson_ClusterSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference;
exports.toJson_ClusterSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms = toJson_ClusterSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms;
exports.toJson_ClusterSpecBackupBarmanObjectStoreAzureCredentialsConnectionString = toJson_ClusterSpecBackupBarmanObjectStoreAzureCredentialsConnectionString;
exports.toJson_ClusterSpecBackupBarmanObjectStoreAzureCredentialsStorageAccount = toJson_ClusterSpecBackupBarmanObjectStoreAzureCredentialsStorageAccount;
exports.toJson_ClusterSpecBackupBarmanObjectStoreAzureCredentialsStorageKey = toJson_ClusterSpecBackupBarmanObjectStoreAzureCredentialsStorageKey;
exports.toJson_ClusterSpecBackupBarmanObjectStoreAzureCredentialsStorageSasToken = toJson_ClusterSpecBackupBarmanObjectStoreAzureCredentialsStorageSasToken;
exports.toJson_ClusterSpecBackupBarmanObjectStoreGoogleCredentialsApplicationCredentials = toJson_ClusterSpecBackupBarmanObjectStoreGoogleCredentialsApplicationCredentials;
exports.toJson_ClusterSpecBackupBarmanObjectStoreS3CredentialsAccessKeyId = toJson_ClusterSpecBackupBarmanObjectStoreS3CredentialsAccessKeyId;
exports.toJson_ClusterSpecBackupBarmanObjectStoreS3CredentialsRegion = toJson_ClusterSpecBackupBarmanObjectStoreS3CredentialsRegion;
exports.toJson_ClusterSpecBackupBarmanObjectStoreS3CredentialsSecretAccessKey = toJson_ClusterSpecBackupBarmanObjectStoreS3CredentialsSecretAccessKey;
exports.toJson_ClusterSpecBackupBarmanObjectStoreS3CredentialsSessionToken = toJson_ClusterSpecBackupBarmanObjectStoreS3CredentialsSessionToken;
exports.toJson_ClusterSpecBootstrapInitdbImportSource = toJson_ClusterSpecBootstrapInitdbImportSource;
exports.toJson_ClusterSpecBootstrapInitdbPostInitApplicationSqlRefsConfigMapRefs = toJson_ClusterSpecBootstrapInitdbPostInitApplicationSqlRefsConfigMapRefs;
exports.toJson_ClusterSpecBootstrapInitdbPostInitApplicationSqlRefsSecretRefs = toJson_ClusterSpecBootstrapInitdbPostInitApplicationSqlRefsSecretRefs;
exports.toJson_ClusterSpecBootstrapInitdbPostInitSqlRefsConfigMapRefs = toJson_ClusterSpecBootstrapInitdbPostInitSqlRefsConfigMapRefs;
exports.toJson_ClusterSpecBootstrapInitdbPostInitSqlRefsSecretRefs = toJson_ClusterSpecBootstrapInitdbPostInitSqlRefsSecretRefs;
exports.toJson_ClusterSpecBootstrapInitdbPostInitTemplateSqlRefsConfigMapRefs = toJson_ClusterSpecBootstrapInitdbPostInitTemplateSqlRefsConfigMapRefs;
exports.toJson_ClusterSpecBootstrapInitdbPostInitTemplateSqlRefsSecretRefs = toJson_ClusterSpecBootstrapInitdbPostInitTemplateSqlRefsSecretRefs;
exports.toJson_ClusterSpecBootstrapRecoveryBackupEndpointCa = toJson_ClusterSpecBootstrapRecoveryBackupEndpointCa;
exports.toJson_ClusterSpecBootstrapRecoveryVolumeSnapshotsStorage = toJson_ClusterSpecBootstrapRecoveryVolumeSnapshotsStorage;
exports.toJson_ClusterSpecBootstrapRecoveryVolumeSnapshotsTablespaceStorage = toJson_ClusterSpecBootstrapRecoveryVolumeSnapshotsTablespaceStorage;
exports.toJson_ClusterSpecBootstrapRecoveryVolumeSnapshotsWalStorage = toJson_ClusterSpecBootstrapRecoveryVolumeSnapshotsWalStorage;
exports.toJson_ClusterSpecEphemeralVolumeSourceVolumeClaimTemplateSpecDataSource = toJson_ClusterSpecEphemeralVolumeSourceVolumeClaimTemplateSpecDataSource;
exports.toJson_ClusterSpecEphemeralVolumeSourceVolumeClaimTemplateSpecDataSourceRef = toJson_ClusterSpecEphemeralVolumeSourceVolumeClaimTemplateSpecDataSourceRef;
exports.toJson_ClusterSpecEphemeralVolumeSourceVolumeClaimTemplateSpecResources = toJson_ClusterSpecEphemeralVolumeSourceVolumeClaimTemplateSpecResources;
exports.toJson_ClusterSpecEphemeralVolumeSourceVolumeClaimTemplateSpecSelector = toJson_ClusterSpecEphemeralVolumeSourceVolumeClaimTemplateSpecSelector;
exports.toJson_ClusterSpecExternalClustersBarmanObjectStoreAzureCredentialsConnectionString = toJson_ClusterSpecExternalClustersBarmanObjectStoreAzureCredentialsConnectionString;
exports.toJson_ClusterSpecExternalClustersBarmanObjectStoreAzureCredentialsStorageAccount = toJson_ClusterSpecExternalClustersBarmanObjectStoreAzureCredentialsStorageAccount;
exports.toJson_ClusterSpecExternalClustersBarmanObjectStoreAzureCredentialsStorageKey = toJson_ClusterSpecExternalClustersBarmanObjectStoreAzureCredentialsStorageKey;
exports.toJson_ClusterSpecExternalClustersBarmanObjectStoreAzureCredentialsStorageSasToken = toJson_ClusterSpecExternalClustersBarmanObjectStoreAzureCredentialsStorageSasToken;
exports.toJson_ClusterSpecExternalClustersBarmanObjectStoreGoogleCredentialsApplicationCredentials = toJson_ClusterSpecExternalClustersBarmanObjectStoreGoogleCredentialsApplicationCredentials;
exports.toJson_ClusterSpecExternalClustersBarmanObjectStoreS3CredentialsAccessKeyId = toJson_ClusterSpecExternalClustersBarmanObjectStoreS3CredentialsAccessKeyId;
exports.toJson_ClusterSpecExternalClustersBarmanObjectStoreS3CredentialsRegion = toJson_ClusterSpecExternalClustersBarmanObjectStoreS3CredentialsRegion;
exports.toJson_ClusterSpecExternalClustersBarmanObjectStoreS3CredentialsSecretAccessKey = toJson_ClusterSpecExternalClustersBarmanObjectStoreS3CredentialsSecretAccessKey;
exports.toJson_ClusterSpecExternalClustersBarmanObjectStoreS3CredentialsSessionToken = toJson_ClusterSpecExternalClustersBarmanObjectStoreS3CredentialsSessionToken;
exports.toJson_ClusterSpecManagedServicesAdditionalServiceTemplate = toJson_ClusterSpecManagedServicesAdditionalServiceTemplate;
exports.toJson_ClusterSpecPostgresqlLdapBindSearchAuthBindPassword = toJson_ClusterSpecPostgresqlLdapBindSearchAuthBindPassword;
exports.toJson_ClusterSpecProjectedVolumeTemplateSourcesClusterTrustBundleLabelSelector = toJson_ClusterSpecProjectedVolumeTemplateSourcesClusterTrustBundleLabelSelector;
exports.toJson_ClusterSpecProjectedVolumeTemplateSourcesConfigMapItems = toJson_ClusterSpecProjectedVolumeTemplateSourcesConfigMapItems;
exports.toJson_ClusterSpecProjectedVolumeTemplateSourcesDownwardApiItems = toJson_ClusterSpecProjectedVolumeTemplateSourcesDownwardApiItems;
exports.toJson_ClusterSpecProjectedVolumeTemplateSourcesSecretItems = toJson_ClusterSpecProjectedVolumeTemplateSourcesSecretItems;
exports.toJson_ClusterSpecStoragePvcTemplateSelectorMatchExpressions = toJson_ClusterSpecStoragePvcTemplateSelectorMatchExpressions;
exports.toJson_ClusterSpecTablespacesStoragePvcTemplateDataSource = toJson_ClusterSpecTablespacesStoragePvcTemplateDataSource;
exports.toJson_ClusterSpecTablespacesStoragePvcTemplateDataSourceRef = toJson_ClusterSpecTablespacesStoragePvcTemplateDataSourceRef;
exports.toJson_ClusterSpecTablespacesStoragePvcTemplateResources = toJson_ClusterSpecTablespacesStoragePvcTemplateResources;
exports.toJson_ClusterSpecTablespacesStoragePvcTemplateSelector = toJson_ClusterSpecTablespacesStoragePvcTemplateSelector;
exports.toJson_ClusterSpecWalStoragePvcTemplateSelectorMatchExpressions = toJson_ClusterSpecWalStoragePvcTemplateSelectorMatchExpressions;
exports.toJson_ClusterSpecAffinityAdditionalPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector = toJson_ClusterSpecAffinityAdditionalPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector;
exports.toJson_ClusterSpecAffinityAdditionalPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector = toJson_ClusterSpecAffinityAdditionalPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector;
exports.toJson_ClusterSpecAffinityAdditionalPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions = toJson_ClusterSpecAffinityAdditionalPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions;
exports.toJson_ClusterSpecAffinityAdditionalPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions = toJson_ClusterSpecAffinityAdditionalPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions;
exports.toJson_ClusterSpecAffinityAdditionalPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector = toJson_ClusterSpecAffinityAdditionalPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector;
exports.toJson_ClusterSpecAffinityAdditionalPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector = toJson_ClusterSpecAffinityAdditionalPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector;
exports.toJson_ClusterSpecAffinityAdditionalPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions = toJson_ClusterSpecAffinityAdditionalPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions;
exports.toJson_ClusterSpecAffinityAdditionalPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions = toJson_ClusterSpecAffinityAdditionalPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions;
exports.toJson_ClusterSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions = toJson_ClusterSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions;
exports.toJson_ClusterSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields = toJson_ClusterSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields;
exports.toJson_ClusterSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions = toJson_ClusterSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions;
exports.toJson_ClusterSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields = toJson_ClusterSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields;
exports.toJson_ClusterSpecEphemeralVolumeSourceVolumeClaimTemplateSpecSelectorMatchExpressions = toJson_ClusterSpecEphemeralVolumeSourceVolumeClaimTemplateSpecSelectorMatchExpressions;
exports.toJson_ClusterSpecManagedServicesAdditionalServiceTemplateMetadata = toJson_ClusterSpecManagedServicesAdditionalServiceTemplateMetadata;
exports.toJson_ClusterSpecManagedServicesAdditionalServiceTemplateSpec = toJson_ClusterSpecManagedServicesAdditionalServiceTemplateSpec;
exports.toJson_ClusterSpecProjectedVolumeTemplateSourcesClusterTrustBundleLabelSelectorMatchExpressions = toJson_ClusterSpecProjectedVolumeTemplateSourcesClusterTrustBundleLabelSelectorMatchExpressions;
exports.toJson_ClusterSpecProjectedVolumeTemplateSourcesDownwardApiItemsFieldRef = toJson_ClusterSpecProjectedVolumeTemplateSourcesDownwardApiItemsFieldRef;
exports.toJson_ClusterSpecProjectedVolumeTemplateSourcesDownwardApiItemsResourceFieldRef = toJson_ClusterSpecProjectedVolumeTemplateSourcesDownwardApiItemsResourceFieldRef;
exports.toJson_ClusterSpecTablespacesStoragePvcTemplateSelectorMatchExpressions = toJson_ClusterSpecTablespacesStoragePvcTemplateSelectorMatchExpressions;
exports.toJson_ClusterSpecAffinityAdditionalPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions = toJson_ClusterSpecAffinityAdditionalPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions;
exports.toJson_ClusterSpecAffinityAdditionalPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions = toJson_ClusterSpecAffinityAdditionalPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions;
exports.toJson_ClusterSpecAffinityAdditionalPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions = toJson_ClusterSpecAffinityAdditionalPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions;
exports.toJson_ClusterSpecAffinityAdditionalPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions = toJson_ClusterSpecAffinityAdditionalPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions;
exports.toJson_ClusterSpecManagedServicesAdditionalServiceTemplateSpecPorts = toJson_ClusterSpecManagedServicesAdditionalServiceTemplateSpecPorts;
exports.toJson_ClusterSpecManagedServicesAdditionalServiceTemplateSpecSessionAffinityConfig = toJson_ClusterSpecManagedServicesAdditionalServiceTemplateSpecSessionAffinityConfig;
exports.toJson_ClusterSpecManagedServicesAdditionalServiceTemplateSpecSessionAffinityConfigClientIp = toJson_ClusterSpecManagedServicesAdditionalServiceTemplateSpecSessionAffinityConfigClientIp;
// generated by cdk8s
const cdk8s_1 = require("cdk8s");
/**
 * Cluster defines the API schema for a highly available PostgreSQL database cluster
managed by CloudNativePG.
 *
 * @schema Cluster
 */
class Cluster extends cdk8s_1.ApiObject {
    /**
     * Returns the apiVersion and kind for "Cluster"
     */
    static GVK = {
        apiVersion: 'postgresql.cnpg.io/v1',
        kind: 'Cluster',
    };
    /**
     * Renders a Kubernetes manifest for "Cluster".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props) {
        return {
            ...Cluster.GVK,
            ...toJson_ClusterProps(props),
        };
    }
    /**
     * Defines a "Cluster" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope, id, props) {
        super(scope, id, {
            ...Cluster.GVK,
            ...props,
        });
    }
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson() {
        const resolved = super.toJson();
        return {
            ...Cluster.GVK,
            ...toJson_ClusterProps(resolved),
        };
    }
}
exports.Cluster = Cluster;
/**
 * Converts an object of type 'ClusterProps' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': obj.metadata,
        'spec': toJson_ClusterSpec(obj.spec),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpec' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'affinity': toJson_ClusterSpecAffinity(obj.affinity),
        'backup': toJson_ClusterSpecBackup(obj.backup),
        'bootstrap': toJson_ClusterSpecBootstrap(obj.bootstrap),
        'certificates': toJson_ClusterSpecCertificates(obj.certificates),
        'description': obj.description,
        'enablePDB': obj.enablePdb,
        'enableSuperuserAccess': obj.enableSuperuserAccess,
        'env': obj.env?.map(y => toJson_ClusterSpecEnv(y)),
        'envFrom': obj.envFrom?.map(y => toJson_ClusterSpecEnvFrom(y)),
        'ephemeralVolumeSource': toJson_ClusterSpecEphemeralVolumeSource(obj.ephemeralVolumeSource),
        'ephemeralVolumesSizeLimit': toJson_ClusterSpecEphemeralVolumesSizeLimit(obj.ephemeralVolumesSizeLimit),
        'externalClusters': obj.externalClusters?.map(y => toJson_ClusterSpecExternalClusters(y)),
        'failoverDelay': obj.failoverDelay,
        'imageCatalogRef': toJson_ClusterSpecImageCatalogRef(obj.imageCatalogRef),
        'imageName': obj.imageName,
        'imagePullPolicy': obj.imagePullPolicy,
        'imagePullSecrets': obj.imagePullSecrets?.map(y => toJson_ClusterSpecImagePullSecrets(y)),
        'inheritedMetadata': toJson_ClusterSpecInheritedMetadata(obj.inheritedMetadata),
        'instances': obj.instances,
        'livenessProbeTimeout': obj.livenessProbeTimeout,
        'logLevel': obj.logLevel,
        'managed': toJson_ClusterSpecManaged(obj.managed),
        'maxSyncReplicas': obj.maxSyncReplicas,
        'minSyncReplicas': obj.minSyncReplicas,
        'monitoring': toJson_ClusterSpecMonitoring(obj.monitoring),
        'nodeMaintenanceWindow': toJson_ClusterSpecNodeMaintenanceWindow(obj.nodeMaintenanceWindow),
        'plugins': obj.plugins?.map(y => toJson_ClusterSpecPlugins(y)),
        'podSecurityContext': toJson_ClusterSpecPodSecurityContext(obj.podSecurityContext),
        'podSelectorRefs': obj.podSelectorRefs?.map(y => toJson_ClusterSpecPodSelectorRefs(y)),
        'postgresGID': obj.postgresGid,
        'postgresUID': obj.postgresUid,
        'postgresql': toJson_ClusterSpecPostgresql(obj.postgresql),
        'primaryLease': toJson_ClusterSpecPrimaryLease(obj.primaryLease),
        'primaryUpdateMethod': obj.primaryUpdateMethod,
        'primaryUpdateStrategy': obj.primaryUpdateStrategy,
        'priorityClassName': obj.priorityClassName,
        'probes': toJson_ClusterSpecProbes(obj.probes),
        'projectedVolumeTemplate': toJson_ClusterSpecProjectedVolumeTemplate(obj.projectedVolumeTemplate),
        'replica': toJson_ClusterSpecReplica(obj.replica),
        'replicationSlots': toJson_ClusterSpecReplicationSlots(obj.replicationSlots),
        'resources': toJson_ClusterSpecResources(obj.resources),
        'schedulerName': obj.schedulerName,
        'seccompProfile': toJson_ClusterSpecSeccompProfile(obj.seccompProfile),
        'securityContext': toJson_ClusterSpecSecurityContext(obj.securityContext),
        'serviceAccountName': obj.serviceAccountName,
        'serviceAccountTemplate': toJson_ClusterSpecServiceAccountTemplate(obj.serviceAccountTemplate),
        'smartShutdownTimeout': obj.smartShutdownTimeout,
        'startDelay': obj.startDelay,
        'stopDelay': obj.stopDelay,
        'storage': toJson_ClusterSpecStorage(obj.storage),
        'superuserSecret': toJson_ClusterSpecSuperuserSecret(obj.superuserSecret),
        'switchoverDelay': obj.switchoverDelay,
        'tablespaces': obj.tablespaces?.map(y => toJson_ClusterSpecTablespaces(y)),
        'topologySpreadConstraints': obj.topologySpreadConstraints?.map(y => toJson_ClusterSpecTopologySpreadConstraints(y)),
        'walStorage': toJson_ClusterSpecWalStorage(obj.walStorage),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecAffinity' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecAffinity(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'additionalPodAffinity': toJson_ClusterSpecAffinityAdditionalPodAffinity(obj.additionalPodAffinity),
        'additionalPodAntiAffinity': toJson_ClusterSpecAffinityAdditionalPodAntiAffinity(obj.additionalPodAntiAffinity),
        'enablePodAntiAffinity': obj.enablePodAntiAffinity,
        'nodeAffinity': toJson_ClusterSpecAffinityNodeAffinity(obj.nodeAffinity),
        'nodeSelector': ((obj.nodeSelector) === undefined) ? undefined : (Object.entries(obj.nodeSelector).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'podAntiAffinityType': obj.podAntiAffinityType,
        'tolerations': obj.tolerations?.map(y => toJson_ClusterSpecAffinityTolerations(y)),
        'topologyKey': obj.topologyKey,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecBackup' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecBackup(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'barmanObjectStore': toJson_ClusterSpecBackupBarmanObjectStore(obj.barmanObjectStore),
        'retentionPolicy': obj.retentionPolicy,
        'target': obj.target,
        'volumeSnapshot': toJson_ClusterSpecBackupVolumeSnapshot(obj.volumeSnapshot),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecBootstrap' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecBootstrap(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'initdb': toJson_ClusterSpecBootstrapInitdb(obj.initdb),
        'pg_basebackup': toJson_ClusterSpecBootstrapPgBasebackup(obj.pgBasebackup),
        'recovery': toJson_ClusterSpecBootstrapRecovery(obj.recovery),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecCertificates' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecCertificates(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'clientCASecret': obj.clientCaSecret,
        'replicationTLSSecret': obj.replicationTlsSecret,
        'serverAltDNSNames': obj.serverAltDnsNames?.map(y => y),
        'serverCASecret': obj.serverCaSecret,
        'serverTLSSecret': obj.serverTlsSecret,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecEnv' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecEnv(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'value': obj.value,
        'valueFrom': toJson_ClusterSpecEnvValueFrom(obj.valueFrom),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecEnvFrom' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecEnvFrom(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'configMapRef': toJson_ClusterSpecEnvFromConfigMapRef(obj.configMapRef),
        'prefix': obj.prefix,
        'secretRef': toJson_ClusterSpecEnvFromSecretRef(obj.secretRef),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecEphemeralVolumeSource' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecEphemeralVolumeSource(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'volumeClaimTemplate': toJson_ClusterSpecEphemeralVolumeSourceVolumeClaimTemplate(obj.volumeClaimTemplate),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecEphemeralVolumesSizeLimit' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecEphemeralVolumesSizeLimit(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'shm': obj.shm?.value,
        'temporaryData': obj.temporaryData?.value,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecExternalClusters' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecExternalClusters(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'barmanObjectStore': toJson_ClusterSpecExternalClustersBarmanObjectStore(obj.barmanObjectStore),
        'connectionParameters': ((obj.connectionParameters) === undefined) ? undefined : (Object.entries(obj.connectionParameters).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'name': obj.name,
        'password': toJson_ClusterSpecExternalClustersPassword(obj.password),
        'plugin': toJson_ClusterSpecExternalClustersPlugin(obj.plugin),
        'sslCert': toJson_ClusterSpecExternalClustersSslCert(obj.sslCert),
        'sslKey': toJson_ClusterSpecExternalClustersSslKey(obj.sslKey),
        'sslRootCert': toJson_ClusterSpecExternalClustersSslRootCert(obj.sslRootCert),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecImageCatalogRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecImageCatalogRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiGroup': obj.apiGroup,
        'kind': obj.kind,
        'major': obj.major,
        'name': obj.name,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecImagePullSecrets' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecImagePullSecrets(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecInheritedMetadata' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecInheritedMetadata(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'annotations': ((obj.annotations) === undefined) ? undefined : (Object.entries(obj.annotations).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'labels': ((obj.labels) === undefined) ? undefined : (Object.entries(obj.labels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * The instances' log level, one of the following values: error, warning, info (default), debug, trace
 *
 * @schema ClusterSpecLogLevel
 */
var ClusterSpecLogLevel;
(function (ClusterSpecLogLevel) {
    /** error */
    ClusterSpecLogLevel["ERROR"] = "error";
    /** warning */
    ClusterSpecLogLevel["WARNING"] = "warning";
    /** info */
    ClusterSpecLogLevel["INFO"] = "info";
    /** debug */
    ClusterSpecLogLevel["DEBUG"] = "debug";
    /** trace */
    ClusterSpecLogLevel["TRACE"] = "trace";
})(ClusterSpecLogLevel || (exports.ClusterSpecLogLevel = ClusterSpecLogLevel = {}));
/**
 * Converts an object of type 'ClusterSpecManaged' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecManaged(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'roles': obj.roles?.map(y => toJson_ClusterSpecManagedRoles(y)),
        'services': toJson_ClusterSpecManagedServices(obj.services),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecMonitoring' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecMonitoring(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'customQueriesConfigMap': obj.customQueriesConfigMap?.map(y => toJson_ClusterSpecMonitoringCustomQueriesConfigMap(y)),
        'customQueriesSecret': obj.customQueriesSecret?.map(y => toJson_ClusterSpecMonitoringCustomQueriesSecret(y)),
        'disableDefaultQueries': obj.disableDefaultQueries,
        'enablePodMonitor': obj.enablePodMonitor,
        'metricsQueriesTTL': obj.metricsQueriesTtl,
        'podMonitorMetricRelabelings': obj.podMonitorMetricRelabelings?.map(y => toJson_ClusterSpecMonitoringPodMonitorMetricRelabelings(y)),
        'podMonitorRelabelings': obj.podMonitorRelabelings?.map(y => toJson_ClusterSpecMonitoringPodMonitorRelabelings(y)),
        'tls': toJson_ClusterSpecMonitoringTls(obj.tls),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecNodeMaintenanceWindow' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecNodeMaintenanceWindow(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'inProgress': obj.inProgress,
        'reusePVC': obj.reusePvc,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecPlugins' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecPlugins(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'enabled': obj.enabled,
        'isWALArchiver': obj.isWalArchiver,
        'name': obj.name,
        'parameters': ((obj.parameters) === undefined) ? undefined : (Object.entries(obj.parameters).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecPodSecurityContext' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecPodSecurityContext(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'appArmorProfile': toJson_ClusterSpecPodSecurityContextAppArmorProfile(obj.appArmorProfile),
        'fsGroup': obj.fsGroup,
        'fsGroupChangePolicy': obj.fsGroupChangePolicy,
        'runAsGroup': obj.runAsGroup,
        'runAsNonRoot': obj.runAsNonRoot,
        'runAsUser': obj.runAsUser,
        'seLinuxChangePolicy': obj.seLinuxChangePolicy,
        'seLinuxOptions': toJson_ClusterSpecPodSecurityContextSeLinuxOptions(obj.seLinuxOptions),
        'seccompProfile': toJson_ClusterSpecPodSecurityContextSeccompProfile(obj.seccompProfile),
        'supplementalGroups': obj.supplementalGroups?.map(y => y),
        'supplementalGroupsPolicy': obj.supplementalGroupsPolicy,
        'sysctls': obj.sysctls?.map(y => toJson_ClusterSpecPodSecurityContextSysctls(y)),
        'windowsOptions': toJson_ClusterSpecPodSecurityContextWindowsOptions(obj.windowsOptions),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecPodSelectorRefs' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecPodSelectorRefs(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'selector': toJson_ClusterSpecPodSelectorRefsSelector(obj.selector),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecPostgresql' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecPostgresql(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'enableAlterSystem': obj.enableAlterSystem,
        'extensions': obj.extensions?.map(y => toJson_ClusterSpecPostgresqlExtensions(y)),
        'ldap': toJson_ClusterSpecPostgresqlLdap(obj.ldap),
        'parameters': ((obj.parameters) === undefined) ? undefined : (Object.entries(obj.parameters).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'pg_hba': obj.pgHba?.map(y => y),
        'pg_ident': obj.pgIdent?.map(y => y),
        'promotionTimeout': obj.promotionTimeout,
        'shared_preload_libraries': obj.sharedPreloadLibraries?.map(y => y),
        'syncReplicaElectionConstraint': toJson_ClusterSpecPostgresqlSyncReplicaElectionConstraint(obj.syncReplicaElectionConstraint),
        'synchronous': toJson_ClusterSpecPostgresqlSynchronous(obj.synchronous),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecPrimaryLease' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecPrimaryLease(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'leaseDurationSeconds': obj.leaseDurationSeconds,
        'releasedLeaseDurationSeconds': obj.releasedLeaseDurationSeconds,
        'renewDeadlineSeconds': obj.renewDeadlineSeconds,
        'retryPeriodSeconds': obj.retryPeriodSeconds,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * Method to follow to upgrade the primary server during a rolling
 * update procedure, after all replicas have been successfully updated:
 * it can be with a switchover (`switchover`) or in-place (`restart` - default).
 * Note: when using `switchover`, the operator will reject updates that change both
 * the image name and PostgreSQL configuration parameters simultaneously to avoid
 * configuration mismatches during the switchover process.
 *
 * @schema ClusterSpecPrimaryUpdateMethod
 */
var ClusterSpecPrimaryUpdateMethod;
(function (ClusterSpecPrimaryUpdateMethod) {
    /** switchover */
    ClusterSpecPrimaryUpdateMethod["SWITCHOVER"] = "switchover";
    /** restart */
    ClusterSpecPrimaryUpdateMethod["RESTART"] = "restart";
})(ClusterSpecPrimaryUpdateMethod || (exports.ClusterSpecPrimaryUpdateMethod = ClusterSpecPrimaryUpdateMethod = {}));
/**
 * Deployment strategy to follow to upgrade the primary server during a rolling
 * update procedure, after all replicas have been successfully updated:
 * it can be automated (`unsupervised` - default) or manual (`supervised`)
 *
 * @schema ClusterSpecPrimaryUpdateStrategy
 */
var ClusterSpecPrimaryUpdateStrategy;
(function (ClusterSpecPrimaryUpdateStrategy) {
    /** unsupervised */
    ClusterSpecPrimaryUpdateStrategy["UNSUPERVISED"] = "unsupervised";
    /** supervised */
    ClusterSpecPrimaryUpdateStrategy["SUPERVISED"] = "supervised";
})(ClusterSpecPrimaryUpdateStrategy || (exports.ClusterSpecPrimaryUpdateStrategy = ClusterSpecPrimaryUpdateStrategy = {}));
/**
 * Converts an object of type 'ClusterSpecProbes' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecProbes(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'liveness': toJson_ClusterSpecProbesLiveness(obj.liveness),
        'readiness': toJson_ClusterSpecProbesReadiness(obj.readiness),
        'startup': toJson_ClusterSpecProbesStartup(obj.startup),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecProjectedVolumeTemplate' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecProjectedVolumeTemplate(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'defaultMode': obj.defaultMode,
        'sources': obj.sources?.map(y => toJson_ClusterSpecProjectedVolumeTemplateSources(y)),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecReplica' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecReplica(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'enabled': obj.enabled,
        'minApplyDelay': obj.minApplyDelay,
        'primary': obj.primary,
        'promotionToken': obj.promotionToken,
        'self': obj.self,
        'source': obj.source,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecReplicationSlots' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecReplicationSlots(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'highAvailability': toJson_ClusterSpecReplicationSlotsHighAvailability(obj.highAvailability),
        'synchronizeReplicas': toJson_ClusterSpecReplicationSlotsSynchronizeReplicas(obj.synchronizeReplicas),
        'updateInterval': obj.updateInterval,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecResources' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecResources(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'claims': obj.claims?.map(y => toJson_ClusterSpecResourcesClaims(y)),
        'limits': ((obj.limits) === undefined) ? undefined : (Object.entries(obj.limits).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1]?.value }), {})),
        'requests': ((obj.requests) === undefined) ? undefined : (Object.entries(obj.requests).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1]?.value }), {})),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecSeccompProfile' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecSeccompProfile(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'localhostProfile': obj.localhostProfile,
        'type': obj.type,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecSecurityContext' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecSecurityContext(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'allowPrivilegeEscalation': obj.allowPrivilegeEscalation,
        'appArmorProfile': toJson_ClusterSpecSecurityContextAppArmorProfile(obj.appArmorProfile),
        'capabilities': toJson_ClusterSpecSecurityContextCapabilities(obj.capabilities),
        'privileged': obj.privileged,
        'procMount': obj.procMount,
        'readOnlyRootFilesystem': obj.readOnlyRootFilesystem,
        'runAsGroup': obj.runAsGroup,
        'runAsNonRoot': obj.runAsNonRoot,
        'runAsUser': obj.runAsUser,
        'seLinuxOptions': toJson_ClusterSpecSecurityContextSeLinuxOptions(obj.seLinuxOptions),
        'seccompProfile': toJson_ClusterSpecSecurityContextSeccompProfile(obj.seccompProfile),
        'windowsOptions': toJson_ClusterSpecSecurityContextWindowsOptions(obj.windowsOptions),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecServiceAccountTemplate' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecServiceAccountTemplate(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ClusterSpecServiceAccountTemplateMetadata(obj.metadata),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecStorage' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecStorage(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'pvcTemplate': toJson_ClusterSpecStoragePvcTemplate(obj.pvcTemplate),
        'resizeInUseVolumes': obj.resizeInUseVolumes,
        'size': obj.size,
        'storageClass': obj.storageClass,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecSuperuserSecret' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecSuperuserSecret(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecTablespaces' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecTablespaces(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'owner': toJson_ClusterSpecTablespacesOwner(obj.owner),
        'storage': toJson_ClusterSpecTablespacesStorage(obj.storage),
        'temporary': obj.temporary,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecTopologySpreadConstraints' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecTopologySpreadConstraints(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'labelSelector': toJson_ClusterSpecTopologySpreadConstraintsLabelSelector(obj.labelSelector),
        'matchLabelKeys': obj.matchLabelKeys?.map(y => y),
        'maxSkew': obj.maxSkew,
        'minDomains': obj.minDomains,
        'nodeAffinityPolicy': obj.nodeAffinityPolicy,
        'nodeTaintsPolicy': obj.nodeTaintsPolicy,
        'topologyKey': obj.topologyKey,
        'whenUnsatisfiable': obj.whenUnsatisfiable,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecWalStorage' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecWalStorage(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'pvcTemplate': toJson_ClusterSpecWalStoragePvcTemplate(obj.pvcTemplate),
        'resizeInUseVolumes': obj.resizeInUseVolumes,
        'size': obj.size,
        'storageClass': obj.storageClass,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecAffinityAdditionalPodAffinity' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecAffinityAdditionalPodAffinity(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'preferredDuringSchedulingIgnoredDuringExecution': obj.preferredDuringSchedulingIgnoredDuringExecution?.map(y => toJson_ClusterSpecAffinityAdditionalPodAffinityPreferredDuringSchedulingIgnoredDuringExecution(y)),
        'requiredDuringSchedulingIgnoredDuringExecution': obj.requiredDuringSchedulingIgnoredDuringExecution?.map(y => toJson_ClusterSpecAffinityAdditionalPodAffinityRequiredDuringSchedulingIgnoredDuringExecution(y)),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecAffinityAdditionalPodAntiAffinity' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecAffinityAdditionalPodAntiAffinity(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'preferredDuringSchedulingIgnoredDuringExecution': obj.preferredDuringSchedulingIgnoredDuringExecution?.map(y => toJson_ClusterSpecAffinityAdditionalPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution(y)),
        'requiredDuringSchedulingIgnoredDuringExecution': obj.requiredDuringSchedulingIgnoredDuringExecution?.map(y => toJson_ClusterSpecAffinityAdditionalPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution(y)),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecAffinityNodeAffinity' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecAffinityNodeAffinity(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'preferredDuringSchedulingIgnoredDuringExecution': obj.preferredDuringSchedulingIgnoredDuringExecution?.map(y => toJson_ClusterSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution(y)),
        'requiredDuringSchedulingIgnoredDuringExecution': toJson_ClusterSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj.requiredDuringSchedulingIgnoredDuringExecution),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecAffinityTolerations' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecAffinityTolerations(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'effect': obj.effect,
        'key': obj.key,
        'operator': obj.operator,
        'tolerationSeconds': obj.tolerationSeconds,
        'value': obj.value,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecBackupBarmanObjectStore' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecBackupBarmanObjectStore(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'azureCredentials': toJson_ClusterSpecBackupBarmanObjectStoreAzureCredentials(obj.azureCredentials),
        'data': toJson_ClusterSpecBackupBarmanObjectStoreData(obj.data),
        'destinationPath': obj.destinationPath,
        'endpointCA': toJson_ClusterSpecBackupBarmanObjectStoreEndpointCa(obj.endpointCa),
        'endpointURL': obj.endpointUrl,
        'googleCredentials': toJson_ClusterSpecBackupBarmanObjectStoreGoogleCredentials(obj.googleCredentials),
        'historyTags': ((obj.historyTags) === undefined) ? undefined : (Object.entries(obj.historyTags).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        's3Credentials': toJson_ClusterSpecBackupBarmanObjectStoreS3Credentials(obj.s3Credentials),
        'serverName': obj.serverName,
        'tags': ((obj.tags) === undefined) ? undefined : (Object.entries(obj.tags).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'wal': toJson_ClusterSpecBackupBarmanObjectStoreWal(obj.wal),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * The policy to decide which instance should perform backups. Available
 * options are empty string, which will default to `prefer-standby` policy,
 * `primary` to have backups run always on primary instances, `prefer-standby`
 * to have backups run preferably on the most updated standby, if available.
 *
 * @schema ClusterSpecBackupTarget
 */
var ClusterSpecBackupTarget;
(function (ClusterSpecBackupTarget) {
    /** primary */
    ClusterSpecBackupTarget["PRIMARY"] = "primary";
    /** prefer-standby */
    ClusterSpecBackupTarget["PREFER_HYPHEN_STANDBY"] = "prefer-standby";
})(ClusterSpecBackupTarget || (exports.ClusterSpecBackupTarget = ClusterSpecBackupTarget = {}));
/**
 * Converts an object of type 'ClusterSpecBackupVolumeSnapshot' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecBackupVolumeSnapshot(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'annotations': ((obj.annotations) === undefined) ? undefined : (Object.entries(obj.annotations).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'className': obj.className,
        'labels': ((obj.labels) === undefined) ? undefined : (Object.entries(obj.labels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'online': obj.online,
        'onlineConfiguration': toJson_ClusterSpecBackupVolumeSnapshotOnlineConfiguration(obj.onlineConfiguration),
        'snapshotOwnerReference': obj.snapshotOwnerReference,
        'tablespaceClassName': ((obj.tablespaceClassName) === undefined) ? undefined : (Object.entries(obj.tablespaceClassName).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'walClassName': obj.walClassName,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecBootstrapInitdb' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecBootstrapInitdb(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'builtinLocale': obj.builtinLocale,
        'dataChecksums': obj.dataChecksums,
        'database': obj.database,
        'encoding': obj.encoding,
        'icuLocale': obj.icuLocale,
        'icuRules': obj.icuRules,
        'import': toJson_ClusterSpecBootstrapInitdbImport(obj.import),
        'locale': obj.locale,
        'localeCType': obj.localeCType,
        'localeCollate': obj.localeCollate,
        'localeProvider': obj.localeProvider,
        'options': obj.options?.map(y => y),
        'owner': obj.owner,
        'postInitApplicationSQL': obj.postInitApplicationSql?.map(y => y),
        'postInitApplicationSQLRefs': toJson_ClusterSpecBootstrapInitdbPostInitApplicationSqlRefs(obj.postInitApplicationSqlRefs),
        'postInitSQL': obj.postInitSql?.map(y => y),
        'postInitSQLRefs': toJson_ClusterSpecBootstrapInitdbPostInitSqlRefs(obj.postInitSqlRefs),
        'postInitTemplateSQL': obj.postInitTemplateSql?.map(y => y),
        'postInitTemplateSQLRefs': toJson_ClusterSpecBootstrapInitdbPostInitTemplateSqlRefs(obj.postInitTemplateSqlRefs),
        'secret': toJson_ClusterSpecBootstrapInitdbSecret(obj.secret),
        'walSegmentSize': obj.walSegmentSize,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecBootstrapPgBasebackup' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecBootstrapPgBasebackup(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'database': obj.database,
        'owner': obj.owner,
        'secret': toJson_ClusterSpecBootstrapPgBasebackupSecret(obj.secret),
        'source': obj.source,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecBootstrapRecovery' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecBootstrapRecovery(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'backup': toJson_ClusterSpecBootstrapRecoveryBackup(obj.backup),
        'database': obj.database,
        'owner': obj.owner,
        'recoveryTarget': toJson_ClusterSpecBootstrapRecoveryRecoveryTarget(obj.recoveryTarget),
        'secret': toJson_ClusterSpecBootstrapRecoverySecret(obj.secret),
        'source': obj.source,
        'volumeSnapshots': toJson_ClusterSpecBootstrapRecoveryVolumeSnapshots(obj.volumeSnapshots),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecEnvValueFrom' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecEnvValueFrom(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'configMapKeyRef': toJson_ClusterSpecEnvValueFromConfigMapKeyRef(obj.configMapKeyRef),
        'fieldRef': toJson_ClusterSpecEnvValueFromFieldRef(obj.fieldRef),
        'fileKeyRef': toJson_ClusterSpecEnvValueFromFileKeyRef(obj.fileKeyRef),
        'resourceFieldRef': toJson_ClusterSpecEnvValueFromResourceFieldRef(obj.resourceFieldRef),
        'secretKeyRef': toJson_ClusterSpecEnvValueFromSecretKeyRef(obj.secretKeyRef),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecEnvFromConfigMapRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecEnvFromConfigMapRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'optional': obj.optional,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecEnvFromSecretRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecEnvFromSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'optional': obj.optional,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecEphemeralVolumeSourceVolumeClaimTemplate' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecEphemeralVolumeSourceVolumeClaimTemplate(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': obj.metadata,
        'spec': toJson_ClusterSpecEphemeralVolumeSourceVolumeClaimTemplateSpec(obj.spec),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * Shm is the size limit of the shared memory volume
 *
 * @schema ClusterSpecEphemeralVolumesSizeLimitShm
 */
class ClusterSpecEphemeralVolumesSizeLimitShm {
    value;
    static fromNumber(value) {
        return new ClusterSpecEphemeralVolumesSizeLimitShm(value);
    }
    static fromString(value) {
        return new ClusterSpecEphemeralVolumesSizeLimitShm(value);
    }
    constructor(value) {
        this.value = value;
    }
}
exports.ClusterSpecEphemeralVolumesSizeLimitShm = ClusterSpecEphemeralVolumesSizeLimitShm;
/**
 * TemporaryData is the size limit of the temporary data volume
 *
 * @schema ClusterSpecEphemeralVolumesSizeLimitTemporaryData
 */
class ClusterSpecEphemeralVolumesSizeLimitTemporaryData {
    value;
    static fromNumber(value) {
        return new ClusterSpecEphemeralVolumesSizeLimitTemporaryData(value);
    }
    static fromString(value) {
        return new ClusterSpecEphemeralVolumesSizeLimitTemporaryData(value);
    }
    constructor(value) {
        this.value = value;
    }
}
exports.ClusterSpecEphemeralVolumesSizeLimitTemporaryData = ClusterSpecEphemeralVolumesSizeLimitTemporaryData;
/**
 * Converts an object of type 'ClusterSpecExternalClustersBarmanObjectStore' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecExternalClustersBarmanObjectStore(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'azureCredentials': toJson_ClusterSpecExternalClustersBarmanObjectStoreAzureCredentials(obj.azureCredentials),
        'data': toJson_ClusterSpecExternalClustersBarmanObjectStoreData(obj.data),
        'destinationPath': obj.destinationPath,
        'endpointCA': toJson_ClusterSpecExternalClustersBarmanObjectStoreEndpointCa(obj.endpointCa),
        'endpointURL': obj.endpointUrl,
        'googleCredentials': toJson_ClusterSpecExternalClustersBarmanObjectStoreGoogleCredentials(obj.googleCredentials),
        'historyTags': ((obj.historyTags) === undefined) ? undefined : (Object.entries(obj.historyTags).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        's3Credentials': toJson_ClusterSpecExternalClustersBarmanObjectStoreS3Credentials(obj.s3Credentials),
        'serverName': obj.serverName,
        'tags': ((obj.tags) === undefined) ? undefined : (Object.entries(obj.tags).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'wal': toJson_ClusterSpecExternalClustersBarmanObjectStoreWal(obj.wal),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecExternalClustersPassword' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecExternalClustersPassword(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'optional': obj.optional,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecExternalClustersPlugin' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecExternalClustersPlugin(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'enabled': obj.enabled,
        'isWALArchiver': obj.isWalArchiver,
        'name': obj.name,
        'parameters': ((obj.parameters) === undefined) ? undefined : (Object.entries(obj.parameters).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecExternalClustersSslCert' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecExternalClustersSslCert(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'optional': obj.optional,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecExternalClustersSslKey' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecExternalClustersSslKey(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'optional': obj.optional,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecExternalClustersSslRootCert' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecExternalClustersSslRootCert(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'optional': obj.optional,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecManagedRoles' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecManagedRoles(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'bypassrls': obj.bypassrls,
        'comment': obj.comment,
        'connectionLimit': obj.connectionLimit,
        'createdb': obj.createdb,
        'createrole': obj.createrole,
        'disablePassword': obj.disablePassword,
        'ensure': obj.ensure,
        'inRoles': obj.inRoles?.map(y => y),
        'inherit': obj.inherit,
        'login': obj.login,
        'name': obj.name,
        'passwordSecret': toJson_ClusterSpecManagedRolesPasswordSecret(obj.passwordSecret),
        'replication': obj.replication,
        'superuser': obj.superuser,
        'validUntil': obj.validUntil?.toISOString(),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecManagedServices' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecManagedServices(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'additional': obj.additional?.map(y => toJson_ClusterSpecManagedServicesAdditional(y)),
        'disabledDefaultServices': obj.disabledDefaultServices?.map(y => y),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecMonitoringCustomQueriesConfigMap' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecMonitoringCustomQueriesConfigMap(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecMonitoringCustomQueriesSecret' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecMonitoringCustomQueriesSecret(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecMonitoringPodMonitorMetricRelabelings' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecMonitoringPodMonitorMetricRelabelings(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'action': obj.action,
        'modulus': obj.modulus,
        'regex': obj.regex,
        'replacement': obj.replacement,
        'separator': obj.separator,
        'sourceLabels': obj.sourceLabels?.map(y => y),
        'targetLabel': obj.targetLabel,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecMonitoringPodMonitorRelabelings' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecMonitoringPodMonitorRelabelings(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'action': obj.action,
        'modulus': obj.modulus,
        'regex': obj.regex,
        'replacement': obj.replacement,
        'separator': obj.separator,
        'sourceLabels': obj.sourceLabels?.map(y => y),
        'targetLabel': obj.targetLabel,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecMonitoringTls' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecMonitoringTls(obj) {
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
 * Converts an object of type 'ClusterSpecPodSecurityContextAppArmorProfile' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecPodSecurityContextAppArmorProfile(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'localhostProfile': obj.localhostProfile,
        'type': obj.type,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecPodSecurityContextSeLinuxOptions' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecPodSecurityContextSeLinuxOptions(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'level': obj.level,
        'role': obj.role,
        'type': obj.type,
        'user': obj.user,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecPodSecurityContextSeccompProfile' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecPodSecurityContextSeccompProfile(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'localhostProfile': obj.localhostProfile,
        'type': obj.type,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecPodSecurityContextSysctls' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecPodSecurityContextSysctls(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'value': obj.value,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecPodSecurityContextWindowsOptions' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecPodSecurityContextWindowsOptions(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'gmsaCredentialSpec': obj.gmsaCredentialSpec,
        'gmsaCredentialSpecName': obj.gmsaCredentialSpecName,
        'hostProcess': obj.hostProcess,
        'runAsUserName': obj.runAsUserName,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecPodSelectorRefsSelector' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecPodSelectorRefsSelector(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchExpressions': obj.matchExpressions?.map(y => toJson_ClusterSpecPodSelectorRefsSelectorMatchExpressions(y)),
        'matchLabels': ((obj.matchLabels) === undefined) ? undefined : (Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecPostgresqlExtensions' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecPostgresqlExtensions(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'bin_path': obj.binPath?.map(y => y),
        'dynamic_library_path': obj.dynamicLibraryPath?.map(y => y),
        'env': obj.env?.map(y => toJson_ClusterSpecPostgresqlExtensionsEnv(y)),
        'extension_control_path': obj.extensionControlPath?.map(y => y),
        'image': toJson_ClusterSpecPostgresqlExtensionsImage(obj.image),
        'ld_library_path': obj.ldLibraryPath?.map(y => y),
        'name': obj.name,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecPostgresqlLdap' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecPostgresqlLdap(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'bindAsAuth': toJson_ClusterSpecPostgresqlLdapBindAsAuth(obj.bindAsAuth),
        'bindSearchAuth': toJson_ClusterSpecPostgresqlLdapBindSearchAuth(obj.bindSearchAuth),
        'port': obj.port,
        'scheme': obj.scheme,
        'server': obj.server,
        'tls': obj.tls,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecPostgresqlSyncReplicaElectionConstraint' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecPostgresqlSyncReplicaElectionConstraint(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'enabled': obj.enabled,
        'nodeLabelsAntiAffinity': obj.nodeLabelsAntiAffinity?.map(y => y),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecPostgresqlSynchronous' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecPostgresqlSynchronous(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'dataDurability': obj.dataDurability,
        'failoverQuorum': obj.failoverQuorum,
        'maxStandbyNamesFromCluster': obj.maxStandbyNamesFromCluster,
        'method': obj.method,
        'number': obj.number,
        'standbyNamesPost': obj.standbyNamesPost?.map(y => y),
        'standbyNamesPre': obj.standbyNamesPre?.map(y => y),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecProbesLiveness' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecProbesLiveness(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'failureThreshold': obj.failureThreshold,
        'initialDelaySeconds': obj.initialDelaySeconds,
        'isolationCheck': toJson_ClusterSpecProbesLivenessIsolationCheck(obj.isolationCheck),
        'periodSeconds': obj.periodSeconds,
        'successThreshold': obj.successThreshold,
        'terminationGracePeriodSeconds': obj.terminationGracePeriodSeconds,
        'timeoutSeconds': obj.timeoutSeconds,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecProbesReadiness' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecProbesReadiness(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'failureThreshold': obj.failureThreshold,
        'initialDelaySeconds': obj.initialDelaySeconds,
        'maximumLag': obj.maximumLag?.value,
        'periodSeconds': obj.periodSeconds,
        'successThreshold': obj.successThreshold,
        'terminationGracePeriodSeconds': obj.terminationGracePeriodSeconds,
        'timeoutSeconds': obj.timeoutSeconds,
        'type': obj.type,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecProbesStartup' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecProbesStartup(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'failureThreshold': obj.failureThreshold,
        'initialDelaySeconds': obj.initialDelaySeconds,
        'maximumLag': obj.maximumLag?.value,
        'periodSeconds': obj.periodSeconds,
        'successThreshold': obj.successThreshold,
        'terminationGracePeriodSeconds': obj.terminationGracePeriodSeconds,
        'timeoutSeconds': obj.timeoutSeconds,
        'type': obj.type,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecProjectedVolumeTemplateSources' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecProjectedVolumeTemplateSources(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'clusterTrustBundle': toJson_ClusterSpecProjectedVolumeTemplateSourcesClusterTrustBundle(obj.clusterTrustBundle),
        'configMap': toJson_ClusterSpecProjectedVolumeTemplateSourcesConfigMap(obj.configMap),
        'downwardAPI': toJson_ClusterSpecProjectedVolumeTemplateSourcesDownwardApi(obj.downwardApi),
        'podCertificate': toJson_ClusterSpecProjectedVolumeTemplateSourcesPodCertificate(obj.podCertificate),
        'secret': toJson_ClusterSpecProjectedVolumeTemplateSourcesSecret(obj.secret),
        'serviceAccountToken': toJson_ClusterSpecProjectedVolumeTemplateSourcesServiceAccountToken(obj.serviceAccountToken),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecReplicationSlotsHighAvailability' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecReplicationSlotsHighAvailability(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'enabled': obj.enabled,
        'slotPrefix': obj.slotPrefix,
        'synchronizeLogicalDecoding': obj.synchronizeLogicalDecoding,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecReplicationSlotsSynchronizeReplicas' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecReplicationSlotsSynchronizeReplicas(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'enabled': obj.enabled,
        'excludePatterns': obj.excludePatterns?.map(y => y),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecResourcesClaims' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecResourcesClaims(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'request': obj.request,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * @schema ClusterSpecResourcesLimits
 */
class ClusterSpecResourcesLimits {
    value;
    static fromNumber(value) {
        return new ClusterSpecResourcesLimits(value);
    }
    static fromString(value) {
        return new ClusterSpecResourcesLimits(value);
    }
    constructor(value) {
        this.value = value;
    }
}
exports.ClusterSpecResourcesLimits = ClusterSpecResourcesLimits;
/**
 * @schema ClusterSpecResourcesRequests
 */
class ClusterSpecResourcesRequests {
    value;
    static fromNumber(value) {
        return new ClusterSpecResourcesRequests(value);
    }
    static fromString(value) {
        return new ClusterSpecResourcesRequests(value);
    }
    constructor(value) {
        this.value = value;
    }
}
exports.ClusterSpecResourcesRequests = ClusterSpecResourcesRequests;
/**
 * Converts an object of type 'ClusterSpecSecurityContextAppArmorProfile' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecSecurityContextAppArmorProfile(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'localhostProfile': obj.localhostProfile,
        'type': obj.type,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecSecurityContextCapabilities' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecSecurityContextCapabilities(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'add': obj.add?.map(y => y),
        'drop': obj.drop?.map(y => y),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecSecurityContextSeLinuxOptions' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecSecurityContextSeLinuxOptions(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'level': obj.level,
        'role': obj.role,
        'type': obj.type,
        'user': obj.user,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecSecurityContextSeccompProfile' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecSecurityContextSeccompProfile(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'localhostProfile': obj.localhostProfile,
        'type': obj.type,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecSecurityContextWindowsOptions' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecSecurityContextWindowsOptions(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'gmsaCredentialSpec': obj.gmsaCredentialSpec,
        'gmsaCredentialSpecName': obj.gmsaCredentialSpecName,
        'hostProcess': obj.hostProcess,
        'runAsUserName': obj.runAsUserName,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecServiceAccountTemplateMetadata' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecServiceAccountTemplateMetadata(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'annotations': ((obj.annotations) === undefined) ? undefined : (Object.entries(obj.annotations).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'labels': ((obj.labels) === undefined) ? undefined : (Object.entries(obj.labels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'name': obj.name,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecStoragePvcTemplate' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecStoragePvcTemplate(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'accessModes': obj.accessModes?.map(y => y),
        'dataSource': toJson_ClusterSpecStoragePvcTemplateDataSource(obj.dataSource),
        'dataSourceRef': toJson_ClusterSpecStoragePvcTemplateDataSourceRef(obj.dataSourceRef),
        'resources': toJson_ClusterSpecStoragePvcTemplateResources(obj.resources),
        'selector': toJson_ClusterSpecStoragePvcTemplateSelector(obj.selector),
        'storageClassName': obj.storageClassName,
        'volumeAttributesClassName': obj.volumeAttributesClassName,
        'volumeMode': obj.volumeMode,
        'volumeName': obj.volumeName,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecTablespacesOwner' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecTablespacesOwner(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecTablespacesStorage' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecTablespacesStorage(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'pvcTemplate': toJson_ClusterSpecTablespacesStoragePvcTemplate(obj.pvcTemplate),
        'resizeInUseVolumes': obj.resizeInUseVolumes,
        'size': obj.size,
        'storageClass': obj.storageClass,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecTopologySpreadConstraintsLabelSelector' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecTopologySpreadConstraintsLabelSelector(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchExpressions': obj.matchExpressions?.map(y => toJson_ClusterSpecTopologySpreadConstraintsLabelSelectorMatchExpressions(y)),
        'matchLabels': ((obj.matchLabels) === undefined) ? undefined : (Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecWalStoragePvcTemplate' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecWalStoragePvcTemplate(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'accessModes': obj.accessModes?.map(y => y),
        'dataSource': toJson_ClusterSpecWalStoragePvcTemplateDataSource(obj.dataSource),
        'dataSourceRef': toJson_ClusterSpecWalStoragePvcTemplateDataSourceRef(obj.dataSourceRef),
        'resources': toJson_ClusterSpecWalStoragePvcTemplateResources(obj.resources),
        'selector': toJson_ClusterSpecWalStoragePvcTemplateSelector(obj.selector),
        'storageClassName': obj.storageClassName,
        'volumeAttributesClassName': obj.volumeAttributesClassName,
        'volumeMode': obj.volumeMode,
        'volumeName': obj.volumeName,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecAffinityAdditionalPodAffinityPreferredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecAffinityAdditionalPodAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'podAffinityTerm': toJson_ClusterSpecAffinityAdditionalPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj.podAffinityTerm),
        'weight': obj.weight,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecAffinityAdditionalPodAffinityRequiredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecAffinityAdditionalPodAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'labelSelector': toJson_ClusterSpecAffinityAdditionalPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj.labelSelector),
        'matchLabelKeys': obj.matchLabelKeys?.map(y => y),
        'mismatchLabelKeys': obj.mismatchLabelKeys?.map(y => y),
        'namespaceSelector': toJson_ClusterSpecAffinityAdditionalPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj.namespaceSelector),
        'namespaces': obj.namespaces?.map(y => y),
        'topologyKey': obj.topologyKey,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecAffinityAdditionalPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecAffinityAdditionalPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'podAffinityTerm': toJson_ClusterSpecAffinityAdditionalPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj.podAffinityTerm),
        'weight': obj.weight,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecAffinityAdditionalPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecAffinityAdditionalPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'labelSelector': toJson_ClusterSpecAffinityAdditionalPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj.labelSelector),
        'matchLabelKeys': obj.matchLabelKeys?.map(y => y),
        'mismatchLabelKeys': obj.mismatchLabelKeys?.map(y => y),
        'namespaceSelector': toJson_ClusterSpecAffinityAdditionalPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj.namespaceSelector),
        'namespaces': obj.namespaces?.map(y => y),
        'topologyKey': obj.topologyKey,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'preference': toJson_ClusterSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference(obj.preference),
        'weight': obj.weight,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'nodeSelectorTerms': obj.nodeSelectorTerms?.map(y => toJson_ClusterSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms(y)),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecBackupBarmanObjectStoreAzureCredentials' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecBackupBarmanObjectStoreAzureCredentials(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'connectionString': toJson_ClusterSpecBackupBarmanObjectStoreAzureCredentialsConnectionString(obj.connectionString),
        'inheritFromAzureAD': obj.inheritFromAzureAd,
        'storageAccount': toJson_ClusterSpecBackupBarmanObjectStoreAzureCredentialsStorageAccount(obj.storageAccount),
        'storageKey': toJson_ClusterSpecBackupBarmanObjectStoreAzureCredentialsStorageKey(obj.storageKey),
        'storageSasToken': toJson_ClusterSpecBackupBarmanObjectStoreAzureCredentialsStorageSasToken(obj.storageSasToken),
        'useDefaultAzureCredentials': obj.useDefaultAzureCredentials,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecBackupBarmanObjectStoreData' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecBackupBarmanObjectStoreData(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'additionalCommandArgs': obj.additionalCommandArgs?.map(y => y),
        'compression': obj.compression,
        'encryption': obj.encryption,
        'immediateCheckpoint': obj.immediateCheckpoint,
        'jobs': obj.jobs,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecBackupBarmanObjectStoreEndpointCa' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecBackupBarmanObjectStoreEndpointCa(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecBackupBarmanObjectStoreGoogleCredentials' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecBackupBarmanObjectStoreGoogleCredentials(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'applicationCredentials': toJson_ClusterSpecBackupBarmanObjectStoreGoogleCredentialsApplicationCredentials(obj.applicationCredentials),
        'gkeEnvironment': obj.gkeEnvironment,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecBackupBarmanObjectStoreS3Credentials' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecBackupBarmanObjectStoreS3Credentials(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'accessKeyId': toJson_ClusterSpecBackupBarmanObjectStoreS3CredentialsAccessKeyId(obj.accessKeyId),
        'inheritFromIAMRole': obj.inheritFromIamRole,
        'region': toJson_ClusterSpecBackupBarmanObjectStoreS3CredentialsRegion(obj.region),
        'secretAccessKey': toJson_ClusterSpecBackupBarmanObjectStoreS3CredentialsSecretAccessKey(obj.secretAccessKey),
        'sessionToken': toJson_ClusterSpecBackupBarmanObjectStoreS3CredentialsSessionToken(obj.sessionToken),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecBackupBarmanObjectStoreWal' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecBackupBarmanObjectStoreWal(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'archiveAdditionalCommandArgs': obj.archiveAdditionalCommandArgs?.map(y => y),
        'compression': obj.compression,
        'encryption': obj.encryption,
        'maxParallel': obj.maxParallel,
        'restoreAdditionalCommandArgs': obj.restoreAdditionalCommandArgs?.map(y => y),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecBackupVolumeSnapshotOnlineConfiguration' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecBackupVolumeSnapshotOnlineConfiguration(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'immediateCheckpoint': obj.immediateCheckpoint,
        'waitForArchive': obj.waitForArchive,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * SnapshotOwnerReference indicates the type of owner reference the snapshot should have
 *
 * @schema ClusterSpecBackupVolumeSnapshotSnapshotOwnerReference
 */
var ClusterSpecBackupVolumeSnapshotSnapshotOwnerReference;
(function (ClusterSpecBackupVolumeSnapshotSnapshotOwnerReference) {
    /** none */
    ClusterSpecBackupVolumeSnapshotSnapshotOwnerReference["NONE"] = "none";
    /** cluster */
    ClusterSpecBackupVolumeSnapshotSnapshotOwnerReference["CLUSTER"] = "cluster";
    /** backup */
    ClusterSpecBackupVolumeSnapshotSnapshotOwnerReference["BACKUP"] = "backup";
})(ClusterSpecBackupVolumeSnapshotSnapshotOwnerReference || (exports.ClusterSpecBackupVolumeSnapshotSnapshotOwnerReference = ClusterSpecBackupVolumeSnapshotSnapshotOwnerReference = {}));
/**
 * Converts an object of type 'ClusterSpecBootstrapInitdbImport' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecBootstrapInitdbImport(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'databases': obj.databases?.map(y => y),
        'pgDumpExtraOptions': obj.pgDumpExtraOptions?.map(y => y),
        'pgRestoreDataOptions': obj.pgRestoreDataOptions?.map(y => y),
        'pgRestoreExtraOptions': obj.pgRestoreExtraOptions?.map(y => y),
        'pgRestorePostdataOptions': obj.pgRestorePostdataOptions?.map(y => y),
        'pgRestorePredataOptions': obj.pgRestorePredataOptions?.map(y => y),
        'postImportApplicationSQL': obj.postImportApplicationSql?.map(y => y),
        'roles': obj.roles?.map(y => y),
        'schemaOnly': obj.schemaOnly,
        'source': toJson_ClusterSpecBootstrapInitdbImportSource(obj.source),
        'type': obj.type,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecBootstrapInitdbPostInitApplicationSqlRefs' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecBootstrapInitdbPostInitApplicationSqlRefs(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'configMapRefs': obj.configMapRefs?.map(y => toJson_ClusterSpecBootstrapInitdbPostInitApplicationSqlRefsConfigMapRefs(y)),
        'secretRefs': obj.secretRefs?.map(y => toJson_ClusterSpecBootstrapInitdbPostInitApplicationSqlRefsSecretRefs(y)),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecBootstrapInitdbPostInitSqlRefs' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecBootstrapInitdbPostInitSqlRefs(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'configMapRefs': obj.configMapRefs?.map(y => toJson_ClusterSpecBootstrapInitdbPostInitSqlRefsConfigMapRefs(y)),
        'secretRefs': obj.secretRefs?.map(y => toJson_ClusterSpecBootstrapInitdbPostInitSqlRefsSecretRefs(y)),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecBootstrapInitdbPostInitTemplateSqlRefs' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecBootstrapInitdbPostInitTemplateSqlRefs(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'configMapRefs': obj.configMapRefs?.map(y => toJson_ClusterSpecBootstrapInitdbPostInitTemplateSqlRefsConfigMapRefs(y)),
        'secretRefs': obj.secretRefs?.map(y => toJson_ClusterSpecBootstrapInitdbPostInitTemplateSqlRefsSecretRefs(y)),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecBootstrapInitdbSecret' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecBootstrapInitdbSecret(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecBootstrapPgBasebackupSecret' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecBootstrapPgBasebackupSecret(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecBootstrapRecoveryBackup' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecBootstrapRecoveryBackup(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'endpointCA': toJson_ClusterSpecBootstrapRecoveryBackupEndpointCa(obj.endpointCa),
        'name': obj.name,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecBootstrapRecoveryRecoveryTarget' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecBootstrapRecoveryRecoveryTarget(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'backupID': obj.backupId,
        'exclusive': obj.exclusive,
        'targetImmediate': obj.targetImmediate,
        'targetLSN': obj.targetLsn,
        'targetName': obj.targetName,
        'targetTLI': obj.targetTli,
        'targetTime': obj.targetTime,
        'targetXID': obj.targetXid,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecBootstrapRecoverySecret' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecBootstrapRecoverySecret(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecBootstrapRecoveryVolumeSnapshots' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecBootstrapRecoveryVolumeSnapshots(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'storage': toJson_ClusterSpecBootstrapRecoveryVolumeSnapshotsStorage(obj.storage),
        'tablespaceStorage': ((obj.tablespaceStorage) === undefined) ? undefined : (Object.entries(obj.tablespaceStorage).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: toJson_ClusterSpecBootstrapRecoveryVolumeSnapshotsTablespaceStorage(i[1]) }), {})),
        'walStorage': toJson_ClusterSpecBootstrapRecoveryVolumeSnapshotsWalStorage(obj.walStorage),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecEnvValueFromConfigMapKeyRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecEnvValueFromConfigMapKeyRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'optional': obj.optional,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecEnvValueFromFieldRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecEnvValueFromFieldRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiVersion': obj.apiVersion,
        'fieldPath': obj.fieldPath,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecEnvValueFromFileKeyRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecEnvValueFromFileKeyRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'optional': obj.optional,
        'path': obj.path,
        'volumeName': obj.volumeName,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecEnvValueFromResourceFieldRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecEnvValueFromResourceFieldRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'containerName': obj.containerName,
        'divisor': obj.divisor?.value,
        'resource': obj.resource,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecEnvValueFromSecretKeyRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecEnvValueFromSecretKeyRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'optional': obj.optional,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecEphemeralVolumeSourceVolumeClaimTemplateSpec' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecEphemeralVolumeSourceVolumeClaimTemplateSpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'accessModes': obj.accessModes?.map(y => y),
        'dataSource': toJson_ClusterSpecEphemeralVolumeSourceVolumeClaimTemplateSpecDataSource(obj.dataSource),
        'dataSourceRef': toJson_ClusterSpecEphemeralVolumeSourceVolumeClaimTemplateSpecDataSourceRef(obj.dataSourceRef),
        'resources': toJson_ClusterSpecEphemeralVolumeSourceVolumeClaimTemplateSpecResources(obj.resources),
        'selector': toJson_ClusterSpecEphemeralVolumeSourceVolumeClaimTemplateSpecSelector(obj.selector),
        'storageClassName': obj.storageClassName,
        'volumeAttributesClassName': obj.volumeAttributesClassName,
        'volumeMode': obj.volumeMode,
        'volumeName': obj.volumeName,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecExternalClustersBarmanObjectStoreAzureCredentials' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecExternalClustersBarmanObjectStoreAzureCredentials(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'connectionString': toJson_ClusterSpecExternalClustersBarmanObjectStoreAzureCredentialsConnectionString(obj.connectionString),
        'inheritFromAzureAD': obj.inheritFromAzureAd,
        'storageAccount': toJson_ClusterSpecExternalClustersBarmanObjectStoreAzureCredentialsStorageAccount(obj.storageAccount),
        'storageKey': toJson_ClusterSpecExternalClustersBarmanObjectStoreAzureCredentialsStorageKey(obj.storageKey),
        'storageSasToken': toJson_ClusterSpecExternalClustersBarmanObjectStoreAzureCredentialsStorageSasToken(obj.storageSasToken),
        'useDefaultAzureCredentials': obj.useDefaultAzureCredentials,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecExternalClustersBarmanObjectStoreData' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecExternalClustersBarmanObjectStoreData(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'additionalCommandArgs': obj.additionalCommandArgs?.map(y => y),
        'compression': obj.compression,
        'encryption': obj.encryption,
        'immediateCheckpoint': obj.immediateCheckpoint,
        'jobs': obj.jobs,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecExternalClustersBarmanObjectStoreEndpointCa' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecExternalClustersBarmanObjectStoreEndpointCa(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecExternalClustersBarmanObjectStoreGoogleCredentials' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecExternalClustersBarmanObjectStoreGoogleCredentials(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'applicationCredentials': toJson_ClusterSpecExternalClustersBarmanObjectStoreGoogleCredentialsApplicationCredentials(obj.applicationCredentials),
        'gkeEnvironment': obj.gkeEnvironment,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecExternalClustersBarmanObjectStoreS3Credentials' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecExternalClustersBarmanObjectStoreS3Credentials(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'accessKeyId': toJson_ClusterSpecExternalClustersBarmanObjectStoreS3CredentialsAccessKeyId(obj.accessKeyId),
        'inheritFromIAMRole': obj.inheritFromIamRole,
        'region': toJson_ClusterSpecExternalClustersBarmanObjectStoreS3CredentialsRegion(obj.region),
        'secretAccessKey': toJson_ClusterSpecExternalClustersBarmanObjectStoreS3CredentialsSecretAccessKey(obj.secretAccessKey),
        'sessionToken': toJson_ClusterSpecExternalClustersBarmanObjectStoreS3CredentialsSessionToken(obj.sessionToken),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecExternalClustersBarmanObjectStoreWal' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecExternalClustersBarmanObjectStoreWal(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'archiveAdditionalCommandArgs': obj.archiveAdditionalCommandArgs?.map(y => y),
        'compression': obj.compression,
        'encryption': obj.encryption,
        'maxParallel': obj.maxParallel,
        'restoreAdditionalCommandArgs': obj.restoreAdditionalCommandArgs?.map(y => y),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * Ensure the role is `present` or `absent` - defaults to "present"
 *
 * @schema ClusterSpecManagedRolesEnsure
 */
var ClusterSpecManagedRolesEnsure;
(function (ClusterSpecManagedRolesEnsure) {
    /** present */
    ClusterSpecManagedRolesEnsure["PRESENT"] = "present";
    /** absent */
    ClusterSpecManagedRolesEnsure["ABSENT"] = "absent";
})(ClusterSpecManagedRolesEnsure || (exports.ClusterSpecManagedRolesEnsure = ClusterSpecManagedRolesEnsure = {}));
/**
 * Converts an object of type 'ClusterSpecManagedRolesPasswordSecret' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecManagedRolesPasswordSecret(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecManagedServicesAdditional' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecManagedServicesAdditional(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'selectorType': obj.selectorType,
        'serviceTemplate': toJson_ClusterSpecManagedServicesAdditionalServiceTemplate(obj.serviceTemplate),
        'updateStrategy': obj.updateStrategy,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * ServiceSelectorType describes a valid value for generating the service selectors.
 * It indicates which type of service the selector applies to, such as read-write, read, or read-only
 *
 * @schema ClusterSpecManagedServicesDisabledDefaultServices
 */
var ClusterSpecManagedServicesDisabledDefaultServices;
(function (ClusterSpecManagedServicesDisabledDefaultServices) {
    /** rw */
    ClusterSpecManagedServicesDisabledDefaultServices["RW"] = "rw";
    /** r */
    ClusterSpecManagedServicesDisabledDefaultServices["R"] = "r";
    /** ro */
    ClusterSpecManagedServicesDisabledDefaultServices["RO"] = "ro";
})(ClusterSpecManagedServicesDisabledDefaultServices || (exports.ClusterSpecManagedServicesDisabledDefaultServices = ClusterSpecManagedServicesDisabledDefaultServices = {}));
/**
 * action to perform based on the regex matching.
 *
 * `Uppercase` and `Lowercase` actions require Prometheus >= v2.36.0.
 * `DropEqual` and `KeepEqual` actions require Prometheus >= v2.41.0.
 *
 * Default: "Replace"
 *
 * @schema ClusterSpecMonitoringPodMonitorMetricRelabelingsAction
 */
var ClusterSpecMonitoringPodMonitorMetricRelabelingsAction;
(function (ClusterSpecMonitoringPodMonitorMetricRelabelingsAction) {
    /** replace */
    ClusterSpecMonitoringPodMonitorMetricRelabelingsAction["REPLACE"] = "replace";
    /** keep */
    ClusterSpecMonitoringPodMonitorMetricRelabelingsAction["KEEP"] = "keep";
    /** drop */
    ClusterSpecMonitoringPodMonitorMetricRelabelingsAction["DROP"] = "drop";
    /** hashmod */
    ClusterSpecMonitoringPodMonitorMetricRelabelingsAction["HASHMOD"] = "hashmod";
    /** labelmap */
    ClusterSpecMonitoringPodMonitorMetricRelabelingsAction["LABELMAP"] = "labelmap";
    /** labeldrop */
    ClusterSpecMonitoringPodMonitorMetricRelabelingsAction["LABELDROP"] = "labeldrop";
    /** labelkeep */
    ClusterSpecMonitoringPodMonitorMetricRelabelingsAction["LABELKEEP"] = "labelkeep";
    /** lowercase */
    ClusterSpecMonitoringPodMonitorMetricRelabelingsAction["LOWERCASE"] = "lowercase";
    /** uppercase */
    ClusterSpecMonitoringPodMonitorMetricRelabelingsAction["UPPERCASE"] = "uppercase";
    /** keepequal */
    ClusterSpecMonitoringPodMonitorMetricRelabelingsAction["KEEPEQUAL"] = "keepequal";
    /** dropequal */
    ClusterSpecMonitoringPodMonitorMetricRelabelingsAction["DROPEQUAL"] = "dropequal";
})(ClusterSpecMonitoringPodMonitorMetricRelabelingsAction || (exports.ClusterSpecMonitoringPodMonitorMetricRelabelingsAction = ClusterSpecMonitoringPodMonitorMetricRelabelingsAction = {}));
/**
 * action to perform based on the regex matching.
 *
 * `Uppercase` and `Lowercase` actions require Prometheus >= v2.36.0.
 * `DropEqual` and `KeepEqual` actions require Prometheus >= v2.41.0.
 *
 * Default: "Replace"
 *
 * @schema ClusterSpecMonitoringPodMonitorRelabelingsAction
 */
var ClusterSpecMonitoringPodMonitorRelabelingsAction;
(function (ClusterSpecMonitoringPodMonitorRelabelingsAction) {
    /** replace */
    ClusterSpecMonitoringPodMonitorRelabelingsAction["REPLACE"] = "replace";
    /** keep */
    ClusterSpecMonitoringPodMonitorRelabelingsAction["KEEP"] = "keep";
    /** drop */
    ClusterSpecMonitoringPodMonitorRelabelingsAction["DROP"] = "drop";
    /** hashmod */
    ClusterSpecMonitoringPodMonitorRelabelingsAction["HASHMOD"] = "hashmod";
    /** labelmap */
    ClusterSpecMonitoringPodMonitorRelabelingsAction["LABELMAP"] = "labelmap";
    /** labeldrop */
    ClusterSpecMonitoringPodMonitorRelabelingsAction["LABELDROP"] = "labeldrop";
    /** labelkeep */
    ClusterSpecMonitoringPodMonitorRelabelingsAction["LABELKEEP"] = "labelkeep";
    /** lowercase */
    ClusterSpecMonitoringPodMonitorRelabelingsAction["LOWERCASE"] = "lowercase";
    /** uppercase */
    ClusterSpecMonitoringPodMonitorRelabelingsAction["UPPERCASE"] = "uppercase";
    /** keepequal */
    ClusterSpecMonitoringPodMonitorRelabelingsAction["KEEPEQUAL"] = "keepequal";
    /** dropequal */
    ClusterSpecMonitoringPodMonitorRelabelingsAction["DROPEQUAL"] = "dropequal";
})(ClusterSpecMonitoringPodMonitorRelabelingsAction || (exports.ClusterSpecMonitoringPodMonitorRelabelingsAction = ClusterSpecMonitoringPodMonitorRelabelingsAction = {}));
/**
 * Converts an object of type 'ClusterSpecPodSelectorRefsSelectorMatchExpressions' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecPodSelectorRefsSelectorMatchExpressions(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'operator': obj.operator,
        'values': obj.values?.map(y => y),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecPostgresqlExtensionsEnv' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecPostgresqlExtensionsEnv(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'value': obj.value,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecPostgresqlExtensionsImage' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecPostgresqlExtensionsImage(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'pullPolicy': obj.pullPolicy,
        'reference': obj.reference,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecPostgresqlLdapBindAsAuth' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecPostgresqlLdapBindAsAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'prefix': obj.prefix,
        'suffix': obj.suffix,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecPostgresqlLdapBindSearchAuth' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecPostgresqlLdapBindSearchAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'baseDN': obj.baseDn,
        'bindDN': obj.bindDn,
        'bindPassword': toJson_ClusterSpecPostgresqlLdapBindSearchAuthBindPassword(obj.bindPassword),
        'searchAttribute': obj.searchAttribute,
        'searchFilter': obj.searchFilter,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * LDAP schema to be used, possible options are `ldap` and `ldaps`
 *
 * @schema ClusterSpecPostgresqlLdapScheme
 */
var ClusterSpecPostgresqlLdapScheme;
(function (ClusterSpecPostgresqlLdapScheme) {
    /** ldap */
    ClusterSpecPostgresqlLdapScheme["LDAP"] = "ldap";
    /** ldaps */
    ClusterSpecPostgresqlLdapScheme["LDAPS"] = "ldaps";
})(ClusterSpecPostgresqlLdapScheme || (exports.ClusterSpecPostgresqlLdapScheme = ClusterSpecPostgresqlLdapScheme = {}));
/**
 * If set to "required", data durability is strictly enforced. Write operations
 * with synchronous commit settings (`on`, `remote_write`, or `remote_apply`) will
 * block if there are insufficient healthy replicas, ensuring data persistence.
 * If set to "preferred", data durability is maintained when healthy replicas
 * are available, but the required number of instances will adjust dynamically
 * if replicas become unavailable. This setting relaxes strict durability enforcement
 * to allow for operational continuity. This setting is only applicable if both
 * `standbyNamesPre` and `standbyNamesPost` are unset (empty).
 *
 * @schema ClusterSpecPostgresqlSynchronousDataDurability
 */
var ClusterSpecPostgresqlSynchronousDataDurability;
(function (ClusterSpecPostgresqlSynchronousDataDurability) {
    /** required */
    ClusterSpecPostgresqlSynchronousDataDurability["REQUIRED"] = "required";
    /** preferred */
    ClusterSpecPostgresqlSynchronousDataDurability["PREFERRED"] = "preferred";
})(ClusterSpecPostgresqlSynchronousDataDurability || (exports.ClusterSpecPostgresqlSynchronousDataDurability = ClusterSpecPostgresqlSynchronousDataDurability = {}));
/**
 * Method to select synchronous replication standbys from the listed
 * servers, accepting 'any' (quorum-based synchronous replication) or
 * 'first' (priority-based synchronous replication) as values.
 *
 * @schema ClusterSpecPostgresqlSynchronousMethod
 */
var ClusterSpecPostgresqlSynchronousMethod;
(function (ClusterSpecPostgresqlSynchronousMethod) {
    /** any */
    ClusterSpecPostgresqlSynchronousMethod["ANY"] = "any";
    /** first */
    ClusterSpecPostgresqlSynchronousMethod["FIRST"] = "first";
})(ClusterSpecPostgresqlSynchronousMethod || (exports.ClusterSpecPostgresqlSynchronousMethod = ClusterSpecPostgresqlSynchronousMethod = {}));
/**
 * Converts an object of type 'ClusterSpecProbesLivenessIsolationCheck' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecProbesLivenessIsolationCheck(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'connectionTimeout': obj.connectionTimeout,
        'enabled': obj.enabled,
        'requestTimeout': obj.requestTimeout,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * Lag limit. Used only for `streaming` strategy
 *
 * @schema ClusterSpecProbesReadinessMaximumLag
 */
class ClusterSpecProbesReadinessMaximumLag {
    value;
    static fromNumber(value) {
        return new ClusterSpecProbesReadinessMaximumLag(value);
    }
    static fromString(value) {
        return new ClusterSpecProbesReadinessMaximumLag(value);
    }
    constructor(value) {
        this.value = value;
    }
}
exports.ClusterSpecProbesReadinessMaximumLag = ClusterSpecProbesReadinessMaximumLag;
/**
 * The probe strategy
 *
 * @schema ClusterSpecProbesReadinessType
 */
var ClusterSpecProbesReadinessType;
(function (ClusterSpecProbesReadinessType) {
    /** pg_isready */
    ClusterSpecProbesReadinessType["PG_UNDERSCORE_ISREADY"] = "pg_isready";
    /** streaming */
    ClusterSpecProbesReadinessType["STREAMING"] = "streaming";
    /** query */
    ClusterSpecProbesReadinessType["QUERY"] = "query";
})(ClusterSpecProbesReadinessType || (exports.ClusterSpecProbesReadinessType = ClusterSpecProbesReadinessType = {}));
/**
 * Lag limit. Used only for `streaming` strategy
 *
 * @schema ClusterSpecProbesStartupMaximumLag
 */
class ClusterSpecProbesStartupMaximumLag {
    value;
    static fromNumber(value) {
        return new ClusterSpecProbesStartupMaximumLag(value);
    }
    static fromString(value) {
        return new ClusterSpecProbesStartupMaximumLag(value);
    }
    constructor(value) {
        this.value = value;
    }
}
exports.ClusterSpecProbesStartupMaximumLag = ClusterSpecProbesStartupMaximumLag;
/**
 * The probe strategy
 *
 * @schema ClusterSpecProbesStartupType
 */
var ClusterSpecProbesStartupType;
(function (ClusterSpecProbesStartupType) {
    /** pg_isready */
    ClusterSpecProbesStartupType["PG_UNDERSCORE_ISREADY"] = "pg_isready";
    /** streaming */
    ClusterSpecProbesStartupType["STREAMING"] = "streaming";
    /** query */
    ClusterSpecProbesStartupType["QUERY"] = "query";
})(ClusterSpecProbesStartupType || (exports.ClusterSpecProbesStartupType = ClusterSpecProbesStartupType = {}));
/**
 * Converts an object of type 'ClusterSpecProjectedVolumeTemplateSourcesClusterTrustBundle' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecProjectedVolumeTemplateSourcesClusterTrustBundle(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'labelSelector': toJson_ClusterSpecProjectedVolumeTemplateSourcesClusterTrustBundleLabelSelector(obj.labelSelector),
        'name': obj.name,
        'optional': obj.optional,
        'path': obj.path,
        'signerName': obj.signerName,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecProjectedVolumeTemplateSourcesConfigMap' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecProjectedVolumeTemplateSourcesConfigMap(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'items': obj.items?.map(y => toJson_ClusterSpecProjectedVolumeTemplateSourcesConfigMapItems(y)),
        'name': obj.name,
        'optional': obj.optional,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecProjectedVolumeTemplateSourcesDownwardApi' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecProjectedVolumeTemplateSourcesDownwardApi(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'items': obj.items?.map(y => toJson_ClusterSpecProjectedVolumeTemplateSourcesDownwardApiItems(y)),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecProjectedVolumeTemplateSourcesPodCertificate' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecProjectedVolumeTemplateSourcesPodCertificate(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'certificateChainPath': obj.certificateChainPath,
        'credentialBundlePath': obj.credentialBundlePath,
        'keyPath': obj.keyPath,
        'keyType': obj.keyType,
        'maxExpirationSeconds': obj.maxExpirationSeconds,
        'signerName': obj.signerName,
        'userAnnotations': ((obj.userAnnotations) === undefined) ? undefined : (Object.entries(obj.userAnnotations).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecProjectedVolumeTemplateSourcesSecret' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecProjectedVolumeTemplateSourcesSecret(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'items': obj.items?.map(y => toJson_ClusterSpecProjectedVolumeTemplateSourcesSecretItems(y)),
        'name': obj.name,
        'optional': obj.optional,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecProjectedVolumeTemplateSourcesServiceAccountToken' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecProjectedVolumeTemplateSourcesServiceAccountToken(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'audience': obj.audience,
        'expirationSeconds': obj.expirationSeconds,
        'path': obj.path,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecStoragePvcTemplateDataSource' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecStoragePvcTemplateDataSource(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiGroup': obj.apiGroup,
        'kind': obj.kind,
        'name': obj.name,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecStoragePvcTemplateDataSourceRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecStoragePvcTemplateDataSourceRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiGroup': obj.apiGroup,
        'kind': obj.kind,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecStoragePvcTemplateResources' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecStoragePvcTemplateResources(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'limits': ((obj.limits) === undefined) ? undefined : (Object.entries(obj.limits).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1]?.value }), {})),
        'requests': ((obj.requests) === undefined) ? undefined : (Object.entries(obj.requests).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1]?.value }), {})),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecStoragePvcTemplateSelector' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecStoragePvcTemplateSelector(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchExpressions': obj.matchExpressions?.map(y => toJson_ClusterSpecStoragePvcTemplateSelectorMatchExpressions(y)),
        'matchLabels': ((obj.matchLabels) === undefined) ? undefined : (Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecTablespacesStoragePvcTemplate' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecTablespacesStoragePvcTemplate(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'accessModes': obj.accessModes?.map(y => y),
        'dataSource': toJson_ClusterSpecTablespacesStoragePvcTemplateDataSource(obj.dataSource),
        'dataSourceRef': toJson_ClusterSpecTablespacesStoragePvcTemplateDataSourceRef(obj.dataSourceRef),
        'resources': toJson_ClusterSpecTablespacesStoragePvcTemplateResources(obj.resources),
        'selector': toJson_ClusterSpecTablespacesStoragePvcTemplateSelector(obj.selector),
        'storageClassName': obj.storageClassName,
        'volumeAttributesClassName': obj.volumeAttributesClassName,
        'volumeMode': obj.volumeMode,
        'volumeName': obj.volumeName,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecTopologySpreadConstraintsLabelSelectorMatchExpressions' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecTopologySpreadConstraintsLabelSelectorMatchExpressions(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'operator': obj.operator,
        'values': obj.values?.map(y => y),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecWalStoragePvcTemplateDataSource' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecWalStoragePvcTemplateDataSource(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiGroup': obj.apiGroup,
        'kind': obj.kind,
        'name': obj.name,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecWalStoragePvcTemplateDataSourceRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecWalStoragePvcTemplateDataSourceRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiGroup': obj.apiGroup,
        'kind': obj.kind,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecWalStoragePvcTemplateResources' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecWalStoragePvcTemplateResources(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'limits': ((obj.limits) === undefined) ? undefined : (Object.entries(obj.limits).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1]?.value }), {})),
        'requests': ((obj.requests) === undefined) ? undefined : (Object.entries(obj.requests).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1]?.value }), {})),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecWalStoragePvcTemplateSelector' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecWalStoragePvcTemplateSelector(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchExpressions': obj.matchExpressions?.map(y => toJson_ClusterSpecWalStoragePvcTemplateSelectorMatchExpressions(y)),
        'matchLabels': ((obj.matchLabels) === undefined) ? undefined : (Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecAffinityAdditionalPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecAffinityAdditionalPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'labelSelector': toJson_ClusterSpecAffinityAdditionalPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj.labelSelector),
        'matchLabelKeys': obj.matchLabelKeys?.map(y => y),
        'mismatchLabelKeys': obj.mismatchLabelKeys?.map(y => y),
        'namespaceSelector': toJson_ClusterSpecAffinityAdditionalPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj.namespaceSelector),
        'namespaces': obj.namespaces?.map(y => y),
        'topologyKey': obj.topologyKey,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecAffinityAdditionalPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecAffinityAdditionalPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchExpressions': obj.matchExpressions?.map(y => toJson_ClusterSpecAffinityAdditionalPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(y)),
        'matchLabels': ((obj.matchLabels) === undefined) ? undefined : (Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecAffinityAdditionalPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecAffinityAdditionalPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchExpressions': obj.matchExpressions?.map(y => toJson_ClusterSpecAffinityAdditionalPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(y)),
        'matchLabels': ((obj.matchLabels) === undefined) ? undefined : (Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecAffinityAdditionalPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecAffinityAdditionalPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'labelSelector': toJson_ClusterSpecAffinityAdditionalPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj.labelSelector),
        'matchLabelKeys': obj.matchLabelKeys?.map(y => y),
        'mismatchLabelKeys': obj.mismatchLabelKeys?.map(y => y),
        'namespaceSelector': toJson_ClusterSpecAffinityAdditionalPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj.namespaceSelector),
        'namespaces': obj.namespaces?.map(y => y),
        'topologyKey': obj.topologyKey,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecAffinityAdditionalPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecAffinityAdditionalPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchExpressions': obj.matchExpressions?.map(y => toJson_ClusterSpecAffinityAdditionalPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(y)),
        'matchLabels': ((obj.matchLabels) === undefined) ? undefined : (Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecAffinityAdditionalPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecAffinityAdditionalPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchExpressions': obj.matchExpressions?.map(y => toJson_ClusterSpecAffinityAdditionalPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(y)),
        'matchLabels': ((obj.matchLabels) === undefined) ? undefined : (Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchExpressions': obj.matchExpressions?.map(y => toJson_ClusterSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions(y)),
        'matchFields': obj.matchFields?.map(y => toJson_ClusterSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields(y)),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchExpressions': obj.matchExpressions?.map(y => toJson_ClusterSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions(y)),
        'matchFields': obj.matchFields?.map(y => toJson_ClusterSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields(y)),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecBackupBarmanObjectStoreAzureCredentialsConnectionString' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecBackupBarmanObjectStoreAzureCredentialsConnectionString(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecBackupBarmanObjectStoreAzureCredentialsStorageAccount' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecBackupBarmanObjectStoreAzureCredentialsStorageAccount(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecBackupBarmanObjectStoreAzureCredentialsStorageKey' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecBackupBarmanObjectStoreAzureCredentialsStorageKey(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecBackupBarmanObjectStoreAzureCredentialsStorageSasToken' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecBackupBarmanObjectStoreAzureCredentialsStorageSasToken(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * Compress a backup file (a tar file per tablespace) while streaming it
 * to the object store. Available options are empty string (no
 * compression, default), `gzip`, `bzip2`, `lz4`, and `snappy`.
 *
 * @schema ClusterSpecBackupBarmanObjectStoreDataCompression
 */
var ClusterSpecBackupBarmanObjectStoreDataCompression;
(function (ClusterSpecBackupBarmanObjectStoreDataCompression) {
    /** bzip2 */
    ClusterSpecBackupBarmanObjectStoreDataCompression["BZIP2"] = "bzip2";
    /** gzip */
    ClusterSpecBackupBarmanObjectStoreDataCompression["GZIP"] = "gzip";
    /** lz4 */
    ClusterSpecBackupBarmanObjectStoreDataCompression["LZ4"] = "lz4";
    /** snappy */
    ClusterSpecBackupBarmanObjectStoreDataCompression["SNAPPY"] = "snappy";
})(ClusterSpecBackupBarmanObjectStoreDataCompression || (exports.ClusterSpecBackupBarmanObjectStoreDataCompression = ClusterSpecBackupBarmanObjectStoreDataCompression = {}));
/**
 * Whenever to force the encryption of files (if the bucket is
 * not already configured for that).
 * Allowed options are empty string (use the bucket policy, default),
 * `AES256` and `aws:kms`
 *
 * @schema ClusterSpecBackupBarmanObjectStoreDataEncryption
 */
var ClusterSpecBackupBarmanObjectStoreDataEncryption;
(function (ClusterSpecBackupBarmanObjectStoreDataEncryption) {
    /** AES256 */
    ClusterSpecBackupBarmanObjectStoreDataEncryption["AES256"] = "AES256";
    /** aws:kms */
    ClusterSpecBackupBarmanObjectStoreDataEncryption["AWS_KMS"] = "aws:kms";
})(ClusterSpecBackupBarmanObjectStoreDataEncryption || (exports.ClusterSpecBackupBarmanObjectStoreDataEncryption = ClusterSpecBackupBarmanObjectStoreDataEncryption = {}));
/**
 * Converts an object of type 'ClusterSpecBackupBarmanObjectStoreGoogleCredentialsApplicationCredentials' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecBackupBarmanObjectStoreGoogleCredentialsApplicationCredentials(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecBackupBarmanObjectStoreS3CredentialsAccessKeyId' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecBackupBarmanObjectStoreS3CredentialsAccessKeyId(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecBackupBarmanObjectStoreS3CredentialsRegion' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecBackupBarmanObjectStoreS3CredentialsRegion(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecBackupBarmanObjectStoreS3CredentialsSecretAccessKey' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecBackupBarmanObjectStoreS3CredentialsSecretAccessKey(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecBackupBarmanObjectStoreS3CredentialsSessionToken' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecBackupBarmanObjectStoreS3CredentialsSessionToken(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * Compress a WAL file before sending it to the object store. Available
 * options are empty string (no compression, default), `gzip`, `bzip2`,
 * `lz4`, `snappy`, `xz`, and `zstd`.
 *
 * @schema ClusterSpecBackupBarmanObjectStoreWalCompression
 */
var ClusterSpecBackupBarmanObjectStoreWalCompression;
(function (ClusterSpecBackupBarmanObjectStoreWalCompression) {
    /** bzip2 */
    ClusterSpecBackupBarmanObjectStoreWalCompression["BZIP2"] = "bzip2";
    /** gzip */
    ClusterSpecBackupBarmanObjectStoreWalCompression["GZIP"] = "gzip";
    /** lz4 */
    ClusterSpecBackupBarmanObjectStoreWalCompression["LZ4"] = "lz4";
    /** snappy */
    ClusterSpecBackupBarmanObjectStoreWalCompression["SNAPPY"] = "snappy";
    /** xz */
    ClusterSpecBackupBarmanObjectStoreWalCompression["XZ"] = "xz";
    /** zstd */
    ClusterSpecBackupBarmanObjectStoreWalCompression["ZSTD"] = "zstd";
})(ClusterSpecBackupBarmanObjectStoreWalCompression || (exports.ClusterSpecBackupBarmanObjectStoreWalCompression = ClusterSpecBackupBarmanObjectStoreWalCompression = {}));
/**
 * Whenever to force the encryption of files (if the bucket is
 * not already configured for that).
 * Allowed options are empty string (use the bucket policy, default),
 * `AES256` and `aws:kms`
 *
 * @schema ClusterSpecBackupBarmanObjectStoreWalEncryption
 */
var ClusterSpecBackupBarmanObjectStoreWalEncryption;
(function (ClusterSpecBackupBarmanObjectStoreWalEncryption) {
    /** AES256 */
    ClusterSpecBackupBarmanObjectStoreWalEncryption["AES256"] = "AES256";
    /** aws:kms */
    ClusterSpecBackupBarmanObjectStoreWalEncryption["AWS_KMS"] = "aws:kms";
})(ClusterSpecBackupBarmanObjectStoreWalEncryption || (exports.ClusterSpecBackupBarmanObjectStoreWalEncryption = ClusterSpecBackupBarmanObjectStoreWalEncryption = {}));
/**
 * Converts an object of type 'ClusterSpecBootstrapInitdbImportSource' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecBootstrapInitdbImportSource(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'externalCluster': obj.externalCluster,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * The import type. Can be `microservice` or `monolith`.
 *
 * @schema ClusterSpecBootstrapInitdbImportType
 */
var ClusterSpecBootstrapInitdbImportType;
(function (ClusterSpecBootstrapInitdbImportType) {
    /** microservice */
    ClusterSpecBootstrapInitdbImportType["MICROSERVICE"] = "microservice";
    /** monolith */
    ClusterSpecBootstrapInitdbImportType["MONOLITH"] = "monolith";
})(ClusterSpecBootstrapInitdbImportType || (exports.ClusterSpecBootstrapInitdbImportType = ClusterSpecBootstrapInitdbImportType = {}));
/**
 * Converts an object of type 'ClusterSpecBootstrapInitdbPostInitApplicationSqlRefsConfigMapRefs' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecBootstrapInitdbPostInitApplicationSqlRefsConfigMapRefs(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecBootstrapInitdbPostInitApplicationSqlRefsSecretRefs' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecBootstrapInitdbPostInitApplicationSqlRefsSecretRefs(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecBootstrapInitdbPostInitSqlRefsConfigMapRefs' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecBootstrapInitdbPostInitSqlRefsConfigMapRefs(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecBootstrapInitdbPostInitSqlRefsSecretRefs' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecBootstrapInitdbPostInitSqlRefsSecretRefs(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecBootstrapInitdbPostInitTemplateSqlRefsConfigMapRefs' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecBootstrapInitdbPostInitTemplateSqlRefsConfigMapRefs(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecBootstrapInitdbPostInitTemplateSqlRefsSecretRefs' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecBootstrapInitdbPostInitTemplateSqlRefsSecretRefs(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecBootstrapRecoveryBackupEndpointCa' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecBootstrapRecoveryBackupEndpointCa(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecBootstrapRecoveryVolumeSnapshotsStorage' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecBootstrapRecoveryVolumeSnapshotsStorage(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiGroup': obj.apiGroup,
        'kind': obj.kind,
        'name': obj.name,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecBootstrapRecoveryVolumeSnapshotsTablespaceStorage' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecBootstrapRecoveryVolumeSnapshotsTablespaceStorage(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiGroup': obj.apiGroup,
        'kind': obj.kind,
        'name': obj.name,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecBootstrapRecoveryVolumeSnapshotsWalStorage' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecBootstrapRecoveryVolumeSnapshotsWalStorage(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiGroup': obj.apiGroup,
        'kind': obj.kind,
        'name': obj.name,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * Specifies the output format of the exposed resources, defaults to "1"
 *
 * @schema ClusterSpecEnvValueFromResourceFieldRefDivisor
 */
class ClusterSpecEnvValueFromResourceFieldRefDivisor {
    value;
    static fromNumber(value) {
        return new ClusterSpecEnvValueFromResourceFieldRefDivisor(value);
    }
    static fromString(value) {
        return new ClusterSpecEnvValueFromResourceFieldRefDivisor(value);
    }
    constructor(value) {
        this.value = value;
    }
}
exports.ClusterSpecEnvValueFromResourceFieldRefDivisor = ClusterSpecEnvValueFromResourceFieldRefDivisor;
/**
 * Converts an object of type 'ClusterSpecEphemeralVolumeSourceVolumeClaimTemplateSpecDataSource' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecEphemeralVolumeSourceVolumeClaimTemplateSpecDataSource(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiGroup': obj.apiGroup,
        'kind': obj.kind,
        'name': obj.name,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecEphemeralVolumeSourceVolumeClaimTemplateSpecDataSourceRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecEphemeralVolumeSourceVolumeClaimTemplateSpecDataSourceRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiGroup': obj.apiGroup,
        'kind': obj.kind,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecEphemeralVolumeSourceVolumeClaimTemplateSpecResources' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecEphemeralVolumeSourceVolumeClaimTemplateSpecResources(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'limits': ((obj.limits) === undefined) ? undefined : (Object.entries(obj.limits).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1]?.value }), {})),
        'requests': ((obj.requests) === undefined) ? undefined : (Object.entries(obj.requests).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1]?.value }), {})),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecEphemeralVolumeSourceVolumeClaimTemplateSpecSelector' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecEphemeralVolumeSourceVolumeClaimTemplateSpecSelector(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchExpressions': obj.matchExpressions?.map(y => toJson_ClusterSpecEphemeralVolumeSourceVolumeClaimTemplateSpecSelectorMatchExpressions(y)),
        'matchLabels': ((obj.matchLabels) === undefined) ? undefined : (Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecExternalClustersBarmanObjectStoreAzureCredentialsConnectionString' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecExternalClustersBarmanObjectStoreAzureCredentialsConnectionString(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecExternalClustersBarmanObjectStoreAzureCredentialsStorageAccount' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecExternalClustersBarmanObjectStoreAzureCredentialsStorageAccount(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecExternalClustersBarmanObjectStoreAzureCredentialsStorageKey' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecExternalClustersBarmanObjectStoreAzureCredentialsStorageKey(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecExternalClustersBarmanObjectStoreAzureCredentialsStorageSasToken' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecExternalClustersBarmanObjectStoreAzureCredentialsStorageSasToken(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * Compress a backup file (a tar file per tablespace) while streaming it
 * to the object store. Available options are empty string (no
 * compression, default), `gzip`, `bzip2`, `lz4`, and `snappy`.
 *
 * @schema ClusterSpecExternalClustersBarmanObjectStoreDataCompression
 */
var ClusterSpecExternalClustersBarmanObjectStoreDataCompression;
(function (ClusterSpecExternalClustersBarmanObjectStoreDataCompression) {
    /** bzip2 */
    ClusterSpecExternalClustersBarmanObjectStoreDataCompression["BZIP2"] = "bzip2";
    /** gzip */
    ClusterSpecExternalClustersBarmanObjectStoreDataCompression["GZIP"] = "gzip";
    /** lz4 */
    ClusterSpecExternalClustersBarmanObjectStoreDataCompression["LZ4"] = "lz4";
    /** snappy */
    ClusterSpecExternalClustersBarmanObjectStoreDataCompression["SNAPPY"] = "snappy";
})(ClusterSpecExternalClustersBarmanObjectStoreDataCompression || (exports.ClusterSpecExternalClustersBarmanObjectStoreDataCompression = ClusterSpecExternalClustersBarmanObjectStoreDataCompression = {}));
/**
 * Whenever to force the encryption of files (if the bucket is
 * not already configured for that).
 * Allowed options are empty string (use the bucket policy, default),
 * `AES256` and `aws:kms`
 *
 * @schema ClusterSpecExternalClustersBarmanObjectStoreDataEncryption
 */
var ClusterSpecExternalClustersBarmanObjectStoreDataEncryption;
(function (ClusterSpecExternalClustersBarmanObjectStoreDataEncryption) {
    /** AES256 */
    ClusterSpecExternalClustersBarmanObjectStoreDataEncryption["AES256"] = "AES256";
    /** aws:kms */
    ClusterSpecExternalClustersBarmanObjectStoreDataEncryption["AWS_KMS"] = "aws:kms";
})(ClusterSpecExternalClustersBarmanObjectStoreDataEncryption || (exports.ClusterSpecExternalClustersBarmanObjectStoreDataEncryption = ClusterSpecExternalClustersBarmanObjectStoreDataEncryption = {}));
/**
 * Converts an object of type 'ClusterSpecExternalClustersBarmanObjectStoreGoogleCredentialsApplicationCredentials' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecExternalClustersBarmanObjectStoreGoogleCredentialsApplicationCredentials(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecExternalClustersBarmanObjectStoreS3CredentialsAccessKeyId' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecExternalClustersBarmanObjectStoreS3CredentialsAccessKeyId(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecExternalClustersBarmanObjectStoreS3CredentialsRegion' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecExternalClustersBarmanObjectStoreS3CredentialsRegion(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecExternalClustersBarmanObjectStoreS3CredentialsSecretAccessKey' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecExternalClustersBarmanObjectStoreS3CredentialsSecretAccessKey(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecExternalClustersBarmanObjectStoreS3CredentialsSessionToken' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecExternalClustersBarmanObjectStoreS3CredentialsSessionToken(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * Compress a WAL file before sending it to the object store. Available
 * options are empty string (no compression, default), `gzip`, `bzip2`,
 * `lz4`, `snappy`, `xz`, and `zstd`.
 *
 * @schema ClusterSpecExternalClustersBarmanObjectStoreWalCompression
 */
var ClusterSpecExternalClustersBarmanObjectStoreWalCompression;
(function (ClusterSpecExternalClustersBarmanObjectStoreWalCompression) {
    /** bzip2 */
    ClusterSpecExternalClustersBarmanObjectStoreWalCompression["BZIP2"] = "bzip2";
    /** gzip */
    ClusterSpecExternalClustersBarmanObjectStoreWalCompression["GZIP"] = "gzip";
    /** lz4 */
    ClusterSpecExternalClustersBarmanObjectStoreWalCompression["LZ4"] = "lz4";
    /** snappy */
    ClusterSpecExternalClustersBarmanObjectStoreWalCompression["SNAPPY"] = "snappy";
    /** xz */
    ClusterSpecExternalClustersBarmanObjectStoreWalCompression["XZ"] = "xz";
    /** zstd */
    ClusterSpecExternalClustersBarmanObjectStoreWalCompression["ZSTD"] = "zstd";
})(ClusterSpecExternalClustersBarmanObjectStoreWalCompression || (exports.ClusterSpecExternalClustersBarmanObjectStoreWalCompression = ClusterSpecExternalClustersBarmanObjectStoreWalCompression = {}));
/**
 * Whenever to force the encryption of files (if the bucket is
 * not already configured for that).
 * Allowed options are empty string (use the bucket policy, default),
 * `AES256` and `aws:kms`
 *
 * @schema ClusterSpecExternalClustersBarmanObjectStoreWalEncryption
 */
var ClusterSpecExternalClustersBarmanObjectStoreWalEncryption;
(function (ClusterSpecExternalClustersBarmanObjectStoreWalEncryption) {
    /** AES256 */
    ClusterSpecExternalClustersBarmanObjectStoreWalEncryption["AES256"] = "AES256";
    /** aws:kms */
    ClusterSpecExternalClustersBarmanObjectStoreWalEncryption["AWS_KMS"] = "aws:kms";
})(ClusterSpecExternalClustersBarmanObjectStoreWalEncryption || (exports.ClusterSpecExternalClustersBarmanObjectStoreWalEncryption = ClusterSpecExternalClustersBarmanObjectStoreWalEncryption = {}));
/**
 * SelectorType specifies the type of selectors that the service will have.
 * Valid values are "rw", "r", and "ro", representing read-write, read, and read-only services.
 *
 * @schema ClusterSpecManagedServicesAdditionalSelectorType
 */
var ClusterSpecManagedServicesAdditionalSelectorType;
(function (ClusterSpecManagedServicesAdditionalSelectorType) {
    /** rw */
    ClusterSpecManagedServicesAdditionalSelectorType["RW"] = "rw";
    /** r */
    ClusterSpecManagedServicesAdditionalSelectorType["R"] = "r";
    /** ro */
    ClusterSpecManagedServicesAdditionalSelectorType["RO"] = "ro";
})(ClusterSpecManagedServicesAdditionalSelectorType || (exports.ClusterSpecManagedServicesAdditionalSelectorType = ClusterSpecManagedServicesAdditionalSelectorType = {}));
/**
 * Converts an object of type 'ClusterSpecManagedServicesAdditionalServiceTemplate' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecManagedServicesAdditionalServiceTemplate(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ClusterSpecManagedServicesAdditionalServiceTemplateMetadata(obj.metadata),
        'spec': toJson_ClusterSpecManagedServicesAdditionalServiceTemplateSpec(obj.spec),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * UpdateStrategy describes how the service differences should be reconciled
 *
 * @schema ClusterSpecManagedServicesAdditionalUpdateStrategy
 */
var ClusterSpecManagedServicesAdditionalUpdateStrategy;
(function (ClusterSpecManagedServicesAdditionalUpdateStrategy) {
    /** patch */
    ClusterSpecManagedServicesAdditionalUpdateStrategy["PATCH"] = "patch";
    /** replace */
    ClusterSpecManagedServicesAdditionalUpdateStrategy["REPLACE"] = "replace";
})(ClusterSpecManagedServicesAdditionalUpdateStrategy || (exports.ClusterSpecManagedServicesAdditionalUpdateStrategy = ClusterSpecManagedServicesAdditionalUpdateStrategy = {}));
/**
 * Converts an object of type 'ClusterSpecPostgresqlLdapBindSearchAuthBindPassword' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecPostgresqlLdapBindSearchAuthBindPassword(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'optional': obj.optional,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecProjectedVolumeTemplateSourcesClusterTrustBundleLabelSelector' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecProjectedVolumeTemplateSourcesClusterTrustBundleLabelSelector(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchExpressions': obj.matchExpressions?.map(y => toJson_ClusterSpecProjectedVolumeTemplateSourcesClusterTrustBundleLabelSelectorMatchExpressions(y)),
        'matchLabels': ((obj.matchLabels) === undefined) ? undefined : (Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecProjectedVolumeTemplateSourcesConfigMapItems' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecProjectedVolumeTemplateSourcesConfigMapItems(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'mode': obj.mode,
        'path': obj.path,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecProjectedVolumeTemplateSourcesDownwardApiItems' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecProjectedVolumeTemplateSourcesDownwardApiItems(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'fieldRef': toJson_ClusterSpecProjectedVolumeTemplateSourcesDownwardApiItemsFieldRef(obj.fieldRef),
        'mode': obj.mode,
        'path': obj.path,
        'resourceFieldRef': toJson_ClusterSpecProjectedVolumeTemplateSourcesDownwardApiItemsResourceFieldRef(obj.resourceFieldRef),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecProjectedVolumeTemplateSourcesSecretItems' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecProjectedVolumeTemplateSourcesSecretItems(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'mode': obj.mode,
        'path': obj.path,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * @schema ClusterSpecStoragePvcTemplateResourcesLimits
 */
class ClusterSpecStoragePvcTemplateResourcesLimits {
    value;
    static fromNumber(value) {
        return new ClusterSpecStoragePvcTemplateResourcesLimits(value);
    }
    static fromString(value) {
        return new ClusterSpecStoragePvcTemplateResourcesLimits(value);
    }
    constructor(value) {
        this.value = value;
    }
}
exports.ClusterSpecStoragePvcTemplateResourcesLimits = ClusterSpecStoragePvcTemplateResourcesLimits;
/**
 * @schema ClusterSpecStoragePvcTemplateResourcesRequests
 */
class ClusterSpecStoragePvcTemplateResourcesRequests {
    value;
    static fromNumber(value) {
        return new ClusterSpecStoragePvcTemplateResourcesRequests(value);
    }
    static fromString(value) {
        return new ClusterSpecStoragePvcTemplateResourcesRequests(value);
    }
    constructor(value) {
        this.value = value;
    }
}
exports.ClusterSpecStoragePvcTemplateResourcesRequests = ClusterSpecStoragePvcTemplateResourcesRequests;
/**
 * Converts an object of type 'ClusterSpecStoragePvcTemplateSelectorMatchExpressions' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecStoragePvcTemplateSelectorMatchExpressions(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'operator': obj.operator,
        'values': obj.values?.map(y => y),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecTablespacesStoragePvcTemplateDataSource' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecTablespacesStoragePvcTemplateDataSource(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiGroup': obj.apiGroup,
        'kind': obj.kind,
        'name': obj.name,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecTablespacesStoragePvcTemplateDataSourceRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecTablespacesStoragePvcTemplateDataSourceRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiGroup': obj.apiGroup,
        'kind': obj.kind,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecTablespacesStoragePvcTemplateResources' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecTablespacesStoragePvcTemplateResources(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'limits': ((obj.limits) === undefined) ? undefined : (Object.entries(obj.limits).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1]?.value }), {})),
        'requests': ((obj.requests) === undefined) ? undefined : (Object.entries(obj.requests).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1]?.value }), {})),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecTablespacesStoragePvcTemplateSelector' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecTablespacesStoragePvcTemplateSelector(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchExpressions': obj.matchExpressions?.map(y => toJson_ClusterSpecTablespacesStoragePvcTemplateSelectorMatchExpressions(y)),
        'matchLabels': ((obj.matchLabels) === undefined) ? undefined : (Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * @schema ClusterSpecWalStoragePvcTemplateResourcesLimits
 */
class ClusterSpecWalStoragePvcTemplateResourcesLimits {
    value;
    static fromNumber(value) {
        return new ClusterSpecWalStoragePvcTemplateResourcesLimits(value);
    }
    static fromString(value) {
        return new ClusterSpecWalStoragePvcTemplateResourcesLimits(value);
    }
    constructor(value) {
        this.value = value;
    }
}
exports.ClusterSpecWalStoragePvcTemplateResourcesLimits = ClusterSpecWalStoragePvcTemplateResourcesLimits;
/**
 * @schema ClusterSpecWalStoragePvcTemplateResourcesRequests
 */
class ClusterSpecWalStoragePvcTemplateResourcesRequests {
    value;
    static fromNumber(value) {
        return new ClusterSpecWalStoragePvcTemplateResourcesRequests(value);
    }
    static fromString(value) {
        return new ClusterSpecWalStoragePvcTemplateResourcesRequests(value);
    }
    constructor(value) {
        this.value = value;
    }
}
exports.ClusterSpecWalStoragePvcTemplateResourcesRequests = ClusterSpecWalStoragePvcTemplateResourcesRequests;
/**
 * Converts an object of type 'ClusterSpecWalStoragePvcTemplateSelectorMatchExpressions' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecWalStoragePvcTemplateSelectorMatchExpressions(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'operator': obj.operator,
        'values': obj.values?.map(y => y),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecAffinityAdditionalPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecAffinityAdditionalPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchExpressions': obj.matchExpressions?.map(y => toJson_ClusterSpecAffinityAdditionalPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(y)),
        'matchLabels': ((obj.matchLabels) === undefined) ? undefined : (Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecAffinityAdditionalPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecAffinityAdditionalPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchExpressions': obj.matchExpressions?.map(y => toJson_ClusterSpecAffinityAdditionalPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(y)),
        'matchLabels': ((obj.matchLabels) === undefined) ? undefined : (Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecAffinityAdditionalPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecAffinityAdditionalPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'operator': obj.operator,
        'values': obj.values?.map(y => y),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecAffinityAdditionalPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecAffinityAdditionalPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'operator': obj.operator,
        'values': obj.values?.map(y => y),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecAffinityAdditionalPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecAffinityAdditionalPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchExpressions': obj.matchExpressions?.map(y => toJson_ClusterSpecAffinityAdditionalPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(y)),
        'matchLabels': ((obj.matchLabels) === undefined) ? undefined : (Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecAffinityAdditionalPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecAffinityAdditionalPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchExpressions': obj.matchExpressions?.map(y => toJson_ClusterSpecAffinityAdditionalPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(y)),
        'matchLabels': ((obj.matchLabels) === undefined) ? undefined : (Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecAffinityAdditionalPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecAffinityAdditionalPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'operator': obj.operator,
        'values': obj.values?.map(y => y),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecAffinityAdditionalPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecAffinityAdditionalPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'operator': obj.operator,
        'values': obj.values?.map(y => y),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'operator': obj.operator,
        'values': obj.values?.map(y => y),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'operator': obj.operator,
        'values': obj.values?.map(y => y),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'operator': obj.operator,
        'values': obj.values?.map(y => y),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'operator': obj.operator,
        'values': obj.values?.map(y => y),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * @schema ClusterSpecEphemeralVolumeSourceVolumeClaimTemplateSpecResourcesLimits
 */
class ClusterSpecEphemeralVolumeSourceVolumeClaimTemplateSpecResourcesLimits {
    value;
    static fromNumber(value) {
        return new ClusterSpecEphemeralVolumeSourceVolumeClaimTemplateSpecResourcesLimits(value);
    }
    static fromString(value) {
        return new ClusterSpecEphemeralVolumeSourceVolumeClaimTemplateSpecResourcesLimits(value);
    }
    constructor(value) {
        this.value = value;
    }
}
exports.ClusterSpecEphemeralVolumeSourceVolumeClaimTemplateSpecResourcesLimits = ClusterSpecEphemeralVolumeSourceVolumeClaimTemplateSpecResourcesLimits;
/**
 * @schema ClusterSpecEphemeralVolumeSourceVolumeClaimTemplateSpecResourcesRequests
 */
class ClusterSpecEphemeralVolumeSourceVolumeClaimTemplateSpecResourcesRequests {
    value;
    static fromNumber(value) {
        return new ClusterSpecEphemeralVolumeSourceVolumeClaimTemplateSpecResourcesRequests(value);
    }
    static fromString(value) {
        return new ClusterSpecEphemeralVolumeSourceVolumeClaimTemplateSpecResourcesRequests(value);
    }
    constructor(value) {
        this.value = value;
    }
}
exports.ClusterSpecEphemeralVolumeSourceVolumeClaimTemplateSpecResourcesRequests = ClusterSpecEphemeralVolumeSourceVolumeClaimTemplateSpecResourcesRequests;
/**
 * Converts an object of type 'ClusterSpecEphemeralVolumeSourceVolumeClaimTemplateSpecSelectorMatchExpressions' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecEphemeralVolumeSourceVolumeClaimTemplateSpecSelectorMatchExpressions(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'operator': obj.operator,
        'values': obj.values?.map(y => y),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecManagedServicesAdditionalServiceTemplateMetadata' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecManagedServicesAdditionalServiceTemplateMetadata(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'annotations': ((obj.annotations) === undefined) ? undefined : (Object.entries(obj.annotations).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'labels': ((obj.labels) === undefined) ? undefined : (Object.entries(obj.labels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'name': obj.name,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecManagedServicesAdditionalServiceTemplateSpec' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecManagedServicesAdditionalServiceTemplateSpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'allocateLoadBalancerNodePorts': obj.allocateLoadBalancerNodePorts,
        'clusterIP': obj.clusterIp,
        'clusterIPs': obj.clusterIPs?.map(y => y),
        'externalIPs': obj.externalIPs?.map(y => y),
        'externalName': obj.externalName,
        'externalTrafficPolicy': obj.externalTrafficPolicy,
        'healthCheckNodePort': obj.healthCheckNodePort,
        'internalTrafficPolicy': obj.internalTrafficPolicy,
        'ipFamilies': obj.ipFamilies?.map(y => y),
        'ipFamilyPolicy': obj.ipFamilyPolicy,
        'loadBalancerClass': obj.loadBalancerClass,
        'loadBalancerIP': obj.loadBalancerIp,
        'loadBalancerSourceRanges': obj.loadBalancerSourceRanges?.map(y => y),
        'ports': obj.ports?.map(y => toJson_ClusterSpecManagedServicesAdditionalServiceTemplateSpecPorts(y)),
        'publishNotReadyAddresses': obj.publishNotReadyAddresses,
        'selector': ((obj.selector) === undefined) ? undefined : (Object.entries(obj.selector).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'sessionAffinity': obj.sessionAffinity,
        'sessionAffinityConfig': toJson_ClusterSpecManagedServicesAdditionalServiceTemplateSpecSessionAffinityConfig(obj.sessionAffinityConfig),
        'trafficDistribution': obj.trafficDistribution,
        'type': obj.type,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecProjectedVolumeTemplateSourcesClusterTrustBundleLabelSelectorMatchExpressions' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecProjectedVolumeTemplateSourcesClusterTrustBundleLabelSelectorMatchExpressions(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'operator': obj.operator,
        'values': obj.values?.map(y => y),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecProjectedVolumeTemplateSourcesDownwardApiItemsFieldRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecProjectedVolumeTemplateSourcesDownwardApiItemsFieldRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiVersion': obj.apiVersion,
        'fieldPath': obj.fieldPath,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecProjectedVolumeTemplateSourcesDownwardApiItemsResourceFieldRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecProjectedVolumeTemplateSourcesDownwardApiItemsResourceFieldRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'containerName': obj.containerName,
        'divisor': obj.divisor?.value,
        'resource': obj.resource,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * @schema ClusterSpecTablespacesStoragePvcTemplateResourcesLimits
 */
class ClusterSpecTablespacesStoragePvcTemplateResourcesLimits {
    value;
    static fromNumber(value) {
        return new ClusterSpecTablespacesStoragePvcTemplateResourcesLimits(value);
    }
    static fromString(value) {
        return new ClusterSpecTablespacesStoragePvcTemplateResourcesLimits(value);
    }
    constructor(value) {
        this.value = value;
    }
}
exports.ClusterSpecTablespacesStoragePvcTemplateResourcesLimits = ClusterSpecTablespacesStoragePvcTemplateResourcesLimits;
/**
 * @schema ClusterSpecTablespacesStoragePvcTemplateResourcesRequests
 */
class ClusterSpecTablespacesStoragePvcTemplateResourcesRequests {
    value;
    static fromNumber(value) {
        return new ClusterSpecTablespacesStoragePvcTemplateResourcesRequests(value);
    }
    static fromString(value) {
        return new ClusterSpecTablespacesStoragePvcTemplateResourcesRequests(value);
    }
    constructor(value) {
        this.value = value;
    }
}
exports.ClusterSpecTablespacesStoragePvcTemplateResourcesRequests = ClusterSpecTablespacesStoragePvcTemplateResourcesRequests;
/**
 * Converts an object of type 'ClusterSpecTablespacesStoragePvcTemplateSelectorMatchExpressions' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecTablespacesStoragePvcTemplateSelectorMatchExpressions(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'operator': obj.operator,
        'values': obj.values?.map(y => y),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecAffinityAdditionalPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecAffinityAdditionalPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'operator': obj.operator,
        'values': obj.values?.map(y => y),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecAffinityAdditionalPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecAffinityAdditionalPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'operator': obj.operator,
        'values': obj.values?.map(y => y),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecAffinityAdditionalPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecAffinityAdditionalPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'operator': obj.operator,
        'values': obj.values?.map(y => y),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecAffinityAdditionalPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecAffinityAdditionalPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'operator': obj.operator,
        'values': obj.values?.map(y => y),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecManagedServicesAdditionalServiceTemplateSpecPorts' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecManagedServicesAdditionalServiceTemplateSpecPorts(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'appProtocol': obj.appProtocol,
        'name': obj.name,
        'nodePort': obj.nodePort,
        'port': obj.port,
        'protocol': obj.protocol,
        'targetPort': obj.targetPort?.value,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterSpecManagedServicesAdditionalServiceTemplateSpecSessionAffinityConfig' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecManagedServicesAdditionalServiceTemplateSpecSessionAffinityConfig(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'clientIP': toJson_ClusterSpecManagedServicesAdditionalServiceTemplateSpecSessionAffinityConfigClientIp(obj.clientIp),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * Specifies the output format of the exposed resources, defaults to "1"
 *
 * @schema ClusterSpecProjectedVolumeTemplateSourcesDownwardApiItemsResourceFieldRefDivisor
 */
class ClusterSpecProjectedVolumeTemplateSourcesDownwardApiItemsResourceFieldRefDivisor {
    value;
    static fromNumber(value) {
        return new ClusterSpecProjectedVolumeTemplateSourcesDownwardApiItemsResourceFieldRefDivisor(value);
    }
    static fromString(value) {
        return new ClusterSpecProjectedVolumeTemplateSourcesDownwardApiItemsResourceFieldRefDivisor(value);
    }
    constructor(value) {
        this.value = value;
    }
}
exports.ClusterSpecProjectedVolumeTemplateSourcesDownwardApiItemsResourceFieldRefDivisor = ClusterSpecProjectedVolumeTemplateSourcesDownwardApiItemsResourceFieldRefDivisor;
/**
 * Number or name of the port to access on the pods targeted by the service.
 * Number must be in the range 1 to 65535. Name must be an IANA_SVC_NAME.
 * If this is a string, it will be looked up as a named port in the
 * target Pod's container ports. If this is not specified, the value
 * of the 'port' field is used (an identity map).
 * This field is ignored for services with clusterIP=None, and should be
 * omitted or set equal to the 'port' field.
 * More info: https://kubernetes.io/docs/concepts/services-networking/service/#defining-a-service
 *
 * @schema ClusterSpecManagedServicesAdditionalServiceTemplateSpecPortsTargetPort
 */
class ClusterSpecManagedServicesAdditionalServiceTemplateSpecPortsTargetPort {
    value;
    static fromNumber(value) {
        return new ClusterSpecManagedServicesAdditionalServiceTemplateSpecPortsTargetPort(value);
    }
    static fromString(value) {
        return new ClusterSpecManagedServicesAdditionalServiceTemplateSpecPortsTargetPort(value);
    }
    constructor(value) {
        this.value = value;
    }
}
exports.ClusterSpecManagedServicesAdditionalServiceTemplateSpecPortsTargetPort = ClusterSpecManagedServicesAdditionalServiceTemplateSpecPortsTargetPort;
/**
 * Converts an object of type 'ClusterSpecManagedServicesAdditionalServiceTemplateSpecSessionAffinityConfigClientIp' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterSpecManagedServicesAdditionalServiceTemplateSpecSessionAffinityConfigClientIp(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'timeoutSeconds': obj.timeoutSeconds,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
