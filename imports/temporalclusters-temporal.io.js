"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfigMinVersion = exports.TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfigMaxVersion = exports.TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfigMinVersion = exports.TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfigMaxVersion = exports.TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsRelabelingsAction = exports.TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsMetricRelabelingsAction = exports.TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTargetPort = exports.TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsScheme = exports.TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideSelectorMechanism = exports.TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideScrapeProtocols = exports.TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideNativeHistogramMinBucketFactor = exports.TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideFallbackScrapeProtocol = exports.TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorMetricRelabelingsAction = exports.TemporalClusterSpecPersistenceVisibilityStoreCassandraConsistencySerialConsistency = exports.TemporalClusterSpecPersistenceVisibilityStoreCassandraConsistencyConsistency = exports.TemporalClusterSpecPersistenceSecondaryVisibilityStoreCassandraConsistencySerialConsistency = exports.TemporalClusterSpecPersistenceSecondaryVisibilityStoreCassandraConsistencyConsistency = exports.TemporalClusterSpecPersistenceDefaultStoreCassandraConsistencySerialConsistency = exports.TemporalClusterSpecPersistenceDefaultStoreCassandraConsistencyConsistency = exports.TemporalClusterSpecPersistenceAdvancedVisibilityStoreCassandraConsistencySerialConsistency = exports.TemporalClusterSpecPersistenceAdvancedVisibilityStoreCassandraConsistencyConsistency = exports.TemporalClusterSpecServicesWorkerResourcesRequests = exports.TemporalClusterSpecServicesWorkerResourcesLimits = exports.TemporalClusterSpecServicesMatchingResourcesRequests = exports.TemporalClusterSpecServicesMatchingResourcesLimits = exports.TemporalClusterSpecServicesInternalFrontendResourcesRequests = exports.TemporalClusterSpecServicesInternalFrontendResourcesLimits = exports.TemporalClusterSpecServicesHistoryResourcesRequests = exports.TemporalClusterSpecServicesHistoryResourcesLimits = exports.TemporalClusterSpecServicesFrontendResourcesRequests = exports.TemporalClusterSpecServicesFrontendResourcesLimits = exports.TemporalClusterSpecPersistenceVisibilityStoreSqlPluginName = exports.TemporalClusterSpecPersistenceSecondaryVisibilityStoreSqlPluginName = exports.TemporalClusterSpecPersistenceDefaultStoreSqlPluginName = exports.TemporalClusterSpecPersistenceAdvancedVisibilityStoreSqlPluginName = exports.TemporalClusterSpecUiResourcesRequests = exports.TemporalClusterSpecUiResourcesLimits = exports.TemporalClusterSpecAdmintoolsResourcesRequests = exports.TemporalClusterSpecAdmintoolsResourcesLimits = exports.TemporalClusterSpecMTlsProvider = exports.TemporalClusterSpecLogLevel = exports.TemporalClusterSpecLogFormat = exports.TemporalClusterSpecJobResourcesRequests = exports.TemporalClusterSpecJobResourcesLimits = exports.TemporalCluster = void 0;
exports.toJson_TemporalClusterProps = toJson_TemporalClusterProps;
exports.toJson_TemporalClusterSpec = toJson_TemporalClusterSpec;
exports.toJson_TemporalClusterSpecAdmintools = toJson_TemporalClusterSpecAdmintools;
exports.toJson_TemporalClusterSpecArchival = toJson_TemporalClusterSpecArchival;
exports.toJson_TemporalClusterSpecAuthorization = toJson_TemporalClusterSpecAuthorization;
exports.toJson_TemporalClusterSpecDynamicConfig = toJson_TemporalClusterSpecDynamicConfig;
exports.toJson_TemporalClusterSpecImagePullSecrets = toJson_TemporalClusterSpecImagePullSecrets;
exports.toJson_TemporalClusterSpecJobResources = toJson_TemporalClusterSpecJobResources;
exports.toJson_TemporalClusterSpecLog = toJson_TemporalClusterSpecLog;
exports.toJson_TemporalClusterSpecMTls = toJson_TemporalClusterSpecMTls;
exports.toJson_TemporalClusterSpecMetrics = toJson_TemporalClusterSpecMetrics;
exports.toJson_TemporalClusterSpecPersistence = toJson_TemporalClusterSpecPersistence;
exports.toJson_TemporalClusterSpecServices = toJson_TemporalClusterSpecServices;
exports.toJson_TemporalClusterSpecUi = toJson_TemporalClusterSpecUi;
exports.toJson_TemporalClusterSpecAdmintoolsOverrides = toJson_TemporalClusterSpecAdmintoolsOverrides;
exports.toJson_TemporalClusterSpecAdmintoolsResources = toJson_TemporalClusterSpecAdmintoolsResources;
exports.toJson_TemporalClusterSpecArchivalHistory = toJson_TemporalClusterSpecArchivalHistory;
exports.toJson_TemporalClusterSpecArchivalProvider = toJson_TemporalClusterSpecArchivalProvider;
exports.toJson_TemporalClusterSpecArchivalVisibility = toJson_TemporalClusterSpecArchivalVisibility;
exports.toJson_TemporalClusterSpecAuthorizationJwtKeyProvider = toJson_TemporalClusterSpecAuthorizationJwtKeyProvider;
exports.toJson_TemporalClusterSpecDynamicConfigValues = toJson_TemporalClusterSpecDynamicConfigValues;
exports.toJson_TemporalClusterSpecJobResourcesClaims = toJson_TemporalClusterSpecJobResourcesClaims;
exports.toJson_TemporalClusterSpecMTlsCertificatesDuration = toJson_TemporalClusterSpecMTlsCertificatesDuration;
exports.toJson_TemporalClusterSpecMTlsFrontend = toJson_TemporalClusterSpecMTlsFrontend;
exports.toJson_TemporalClusterSpecMTlsInternode = toJson_TemporalClusterSpecMTlsInternode;
exports.toJson_TemporalClusterSpecMetricsPrometheus = toJson_TemporalClusterSpecMetricsPrometheus;
exports.toJson_TemporalClusterSpecPersistenceAdvancedVisibilityStore = toJson_TemporalClusterSpecPersistenceAdvancedVisibilityStore;
exports.toJson_TemporalClusterSpecPersistenceDefaultStore = toJson_TemporalClusterSpecPersistenceDefaultStore;
exports.toJson_TemporalClusterSpecPersistenceSecondaryVisibilityStore = toJson_TemporalClusterSpecPersistenceSecondaryVisibilityStore;
exports.toJson_TemporalClusterSpecPersistenceVisibilityStore = toJson_TemporalClusterSpecPersistenceVisibilityStore;
exports.toJson_TemporalClusterSpecServicesFrontend = toJson_TemporalClusterSpecServicesFrontend;
exports.toJson_TemporalClusterSpecServicesHistory = toJson_TemporalClusterSpecServicesHistory;
exports.toJson_TemporalClusterSpecServicesInternalFrontend = toJson_TemporalClusterSpecServicesInternalFrontend;
exports.toJson_TemporalClusterSpecServicesMatching = toJson_TemporalClusterSpecServicesMatching;
exports.toJson_TemporalClusterSpecServicesOverrides = toJson_TemporalClusterSpecServicesOverrides;
exports.toJson_TemporalClusterSpecServicesWorker = toJson_TemporalClusterSpecServicesWorker;
exports.toJson_TemporalClusterSpecUiIngress = toJson_TemporalClusterSpecUiIngress;
exports.toJson_TemporalClusterSpecUiOverrides = toJson_TemporalClusterSpecUiOverrides;
exports.toJson_TemporalClusterSpecUiResources = toJson_TemporalClusterSpecUiResources;
exports.toJson_TemporalClusterSpecUiService = toJson_TemporalClusterSpecUiService;
exports.toJson_TemporalClusterSpecAdmintoolsOverridesDeployment = toJson_TemporalClusterSpecAdmintoolsOverridesDeployment;
exports.toJson_TemporalClusterSpecAdmintoolsResourcesClaims = toJson_TemporalClusterSpecAdmintoolsResourcesClaims;
exports.toJson_TemporalClusterSpecArchivalProviderFilestore = toJson_TemporalClusterSpecArchivalProviderFilestore;
exports.toJson_TemporalClusterSpecArchivalProviderGcs = toJson_TemporalClusterSpecArchivalProviderGcs;
exports.toJson_TemporalClusterSpecArchivalProviderS3 = toJson_TemporalClusterSpecArchivalProviderS3;
exports.toJson_TemporalClusterSpecDynamicConfigValuesConstraints = toJson_TemporalClusterSpecDynamicConfigValuesConstraints;
exports.toJson_TemporalClusterSpecMetricsPrometheusScrapeConfig = toJson_TemporalClusterSpecMetricsPrometheusScrapeConfig;
exports.toJson_TemporalClusterSpecPersistenceAdvancedVisibilityStoreCassandra = toJson_TemporalClusterSpecPersistenceAdvancedVisibilityStoreCassandra;
exports.toJson_TemporalClusterSpecPersistenceAdvancedVisibilityStoreElasticsearch = toJson_TemporalClusterSpecPersistenceAdvancedVisibilityStoreElasticsearch;
exports.toJson_TemporalClusterSpecPersistenceAdvancedVisibilityStorePasswordSecretRef = toJson_TemporalClusterSpecPersistenceAdvancedVisibilityStorePasswordSecretRef;
exports.toJson_TemporalClusterSpecPersistenceAdvancedVisibilityStoreSql = toJson_TemporalClusterSpecPersistenceAdvancedVisibilityStoreSql;
exports.toJson_TemporalClusterSpecPersistenceAdvancedVisibilityStoreTls = toJson_TemporalClusterSpecPersistenceAdvancedVisibilityStoreTls;
exports.toJson_TemporalClusterSpecPersistenceDefaultStoreCassandra = toJson_TemporalClusterSpecPersistenceDefaultStoreCassandra;
exports.toJson_TemporalClusterSpecPersistenceDefaultStoreElasticsearch = toJson_TemporalClusterSpecPersistenceDefaultStoreElasticsearch;
exports.toJson_TemporalClusterSpecPersistenceDefaultStorePasswordSecretRef = toJson_TemporalClusterSpecPersistenceDefaultStorePasswordSecretRef;
exports.toJson_TemporalClusterSpecPersistenceDefaultStoreSql = toJson_TemporalClusterSpecPersistenceDefaultStoreSql;
exports.toJson_TemporalClusterSpecPersistenceDefaultStoreTls = toJson_TemporalClusterSpecPersistenceDefaultStoreTls;
exports.toJson_TemporalClusterSpecPersistenceSecondaryVisibilityStoreCassandra = toJson_TemporalClusterSpecPersistenceSecondaryVisibilityStoreCassandra;
exports.toJson_TemporalClusterSpecPersistenceSecondaryVisibilityStoreElasticsearch = toJson_TemporalClusterSpecPersistenceSecondaryVisibilityStoreElasticsearch;
exports.toJson_TemporalClusterSpecPersistenceSecondaryVisibilityStorePasswordSecretRef = toJson_TemporalClusterSpecPersistenceSecondaryVisibilityStorePasswordSecretRef;
exports.toJson_TemporalClusterSpecPersistenceSecondaryVisibilityStoreSql = toJson_TemporalClusterSpecPersistenceSecondaryVisibilityStoreSql;
exports.toJson_TemporalClusterSpecPersistenceSecondaryVisibilityStoreTls = toJson_TemporalClusterSpecPersistenceSecondaryVisibilityStoreTls;
exports.toJson_TemporalClusterSpecPersistenceVisibilityStoreCassandra = toJson_TemporalClusterSpecPersistenceVisibilityStoreCassandra;
exports.toJson_TemporalClusterSpecPersistenceVisibilityStoreElasticsearch = toJson_TemporalClusterSpecPersistenceVisibilityStoreElasticsearch;
exports.toJson_TemporalClusterSpecPersistenceVisibilityStorePasswordSecretRef = toJson_TemporalClusterSpecPersistenceVisibilityStorePasswordSecretRef;
exports.toJson_TemporalClusterSpecPersistenceVisibilityStoreSql = toJson_TemporalClusterSpecPersistenceVisibilityStoreSql;
exports.toJson_TemporalClusterSpecPersistenceVisibilityStoreTls = toJson_TemporalClusterSpecPersistenceVisibilityStoreTls;
exports.toJson_TemporalClusterSpecServicesFrontendOverrides = toJson_TemporalClusterSpecServicesFrontendOverrides;
exports.toJson_TemporalClusterSpecServicesFrontendResources = toJson_TemporalClusterSpecServicesFrontendResources;
exports.toJson_TemporalClusterSpecServicesHistoryOverrides = toJson_TemporalClusterSpecServicesHistoryOverrides;
exports.toJson_TemporalClusterSpecServicesHistoryResources = toJson_TemporalClusterSpecServicesHistoryResources;
exports.toJson_TemporalClusterSpecServicesInternalFrontendOverrides = toJson_TemporalClusterSpecServicesInternalFrontendOverrides;
exports.toJson_TemporalClusterSpecServicesInternalFrontendResources = toJson_TemporalClusterSpecServicesInternalFrontendResources;
exports.toJson_TemporalClusterSpecServicesMatchingOverrides = toJson_TemporalClusterSpecServicesMatchingOverrides;
exports.toJson_TemporalClusterSpecServicesMatchingResources = toJson_TemporalClusterSpecServicesMatchingResources;
exports.toJson_TemporalClusterSpecServicesOverridesDeployment = toJson_TemporalClusterSpecServicesOverridesDeployment;
exports.toJson_TemporalClusterSpecServicesWorkerOverrides = toJson_TemporalClusterSpecServicesWorkerOverrides;
exports.toJson_TemporalClusterSpecServicesWorkerResources = toJson_TemporalClusterSpecServicesWorkerResources;
exports.toJson_TemporalClusterSpecUiIngressTls = toJson_TemporalClusterSpecUiIngressTls;
exports.toJson_TemporalClusterSpecUiOverridesDeployment = toJson_TemporalClusterSpecUiOverridesDeployment;
exports.toJson_TemporalClusterSpecUiResourcesClaims = toJson_TemporalClusterSpecUiResourcesClaims;
exports.toJson_TemporalClusterSpecAdmintoolsOverridesDeploymentMetadata = toJson_TemporalClusterSpecAdmintoolsOverridesDeploymentMetadata;
exports.toJson_TemporalClusterSpecAdmintoolsOverridesDeploymentSpec = toJson_TemporalClusterSpecAdmintoolsOverridesDeploymentSpec;
exports.toJson_TemporalClusterSpecArchivalProviderGcsCredentialsRef = toJson_TemporalClusterSpecArchivalProviderGcsCredentialsRef;
exports.toJson_TemporalClusterSpecArchivalProviderS3Credentials = toJson_TemporalClusterSpecArchivalProviderS3Credentials;
exports.toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitor = toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitor;
exports.toJson_TemporalClusterSpecPersistenceAdvancedVisibilityStoreCassandraConsistency = toJson_TemporalClusterSpecPersistenceAdvancedVisibilityStoreCassandraConsistency;
exports.toJson_TemporalClusterSpecPersistenceAdvancedVisibilityStoreElasticsearchIndices = toJson_TemporalClusterSpecPersistenceAdvancedVisibilityStoreElasticsearchIndices;
exports.toJson_TemporalClusterSpecPersistenceAdvancedVisibilityStoreTlsCaFileRef = toJson_TemporalClusterSpecPersistenceAdvancedVisibilityStoreTlsCaFileRef;
exports.toJson_TemporalClusterSpecPersistenceAdvancedVisibilityStoreTlsCertFileRef = toJson_TemporalClusterSpecPersistenceAdvancedVisibilityStoreTlsCertFileRef;
exports.toJson_TemporalClusterSpecPersistenceAdvancedVisibilityStoreTlsKeyFileRef = toJson_TemporalClusterSpecPersistenceAdvancedVisibilityStoreTlsKeyFileRef;
exports.toJson_TemporalClusterSpecPersistenceDefaultStoreCassandraConsistency = toJson_TemporalClusterSpecPersistenceDefaultStoreCassandraConsistency;
exports.toJson_TemporalClusterSpecPersistenceDefaultStoreElasticsearchIndices = toJson_TemporalClusterSpecPersistenceDefaultStoreElasticsearchIndices;
exports.toJson_TemporalClusterSpecPersistenceDefaultStoreTlsCaFileRef = toJson_TemporalClusterSpecPersistenceDefaultStoreTlsCaFileRef;
exports.toJson_TemporalClusterSpecPersistenceDefaultStoreTlsCertFileRef = toJson_TemporalClusterSpecPersistenceDefaultStoreTlsCertFileRef;
exports.toJson_TemporalClusterSpecPersistenceDefaultStoreTlsKeyFileRef = toJson_TemporalClusterSpecPersistenceDefaultStoreTlsKeyFileRef;
exports.toJson_TemporalClusterSpecPersistenceSecondaryVisibilityStoreCassandraConsistency = toJson_TemporalClusterSpecPersistenceSecondaryVisibilityStoreCassandraConsistency;
exports.toJson_TemporalClusterSpecPersistenceSecondaryVisibilityStoreElasticsearchIndices = toJson_TemporalClusterSpecPersistenceSecondaryVisibilityStoreElasticsearchIndices;
exports.toJson_TemporalClusterSpecPersistenceSecondaryVisibilityStoreTlsCaFileRef = toJson_TemporalClusterSpecPersistenceSecondaryVisibilityStoreTlsCaFileRef;
exports.toJson_TemporalClusterSpecPersistenceSecondaryVisibilityStoreTlsCertFileRef = toJson_TemporalClusterSpecPersistenceSecondaryVisibilityStoreTlsCertFileRef;
exports.toJson_TemporalClusterSpecPersistenceSecondaryVisibilityStoreTlsKeyFileRef = toJson_TemporalClusterSpecPersistenceSecondaryVisibilityStoreTlsKeyFileRef;
exports.toJson_TemporalClusterSpecPersistenceVisibilityStoreCassandraConsistency = toJson_TemporalClusterSpecPersistenceVisibilityStoreCassandraConsistency;
exports.toJson_TemporalClusterSpecPersistenceVisibilityStoreElasticsearchIndices = toJson_TemporalClusterSpecPersistenceVisibilityStoreElasticsearchIndices;
exports.toJson_TemporalClusterSpecPersistenceVisibilityStoreTlsCaFileRef = toJson_TemporalClusterSpecPersistenceVisibilityStoreTlsCaFileRef;
exports.toJson_TemporalClusterSpecPersistenceVisibilityStoreTlsCertFileRef = toJson_TemporalClusterSpecPersistenceVisibilityStoreTlsCertFileRef;
exports.toJson_TemporalClusterSpecPersistenceVisibilityStoreTlsKeyFileRef = toJson_TemporalClusterSpecPersistenceVisibilityStoreTlsKeyFileRef;
exports.toJson_TemporalClusterSpecServicesFrontendOverridesDeployment = toJson_TemporalClusterSpecServicesFrontendOverridesDeployment;
exports.toJson_TemporalClusterSpecServicesFrontendResourcesClaims = toJson_TemporalClusterSpecServicesFrontendResourcesClaims;
exports.toJson_TemporalClusterSpecServicesHistoryOverridesDeployment = toJson_TemporalClusterSpecServicesHistoryOverridesDeployment;
exports.toJson_TemporalClusterSpecServicesHistoryResourcesClaims = toJson_TemporalClusterSpecServicesHistoryResourcesClaims;
exports.toJson_TemporalClusterSpecServicesInternalFrontendOverridesDeployment = toJson_TemporalClusterSpecServicesInternalFrontendOverridesDeployment;
exports.toJson_TemporalClusterSpecServicesInternalFrontendResourcesClaims = toJson_TemporalClusterSpecServicesInternalFrontendResourcesClaims;
exports.toJson_TemporalClusterSpecServicesMatchingOverridesDeployment = toJson_TemporalClusterSpecServicesMatchingOverridesDeployment;
exports.toJson_TemporalClusterSpecServicesMatchingResourcesClaims = toJson_TemporalClusterSpecServicesMatchingResourcesClaims;
exports.toJson_TemporalClusterSpecServicesOverridesDeploymentMetadata = toJson_TemporalClusterSpecServicesOverridesDeploymentMetadata;
exports.toJson_TemporalClusterSpecServicesOverridesDeploymentSpec = toJson_TemporalClusterSpecServicesOverridesDeploymentSpec;
exports.toJson_TemporalClusterSpecServicesWorkerOverridesDeployment = toJson_TemporalClusterSpecServicesWorkerOverridesDeployment;
exports.toJson_TemporalClusterSpecServicesWorkerResourcesClaims = toJson_TemporalClusterSpecServicesWorkerResourcesClaims;
exports.toJson_TemporalClusterSpecUiOverridesDeploymentMetadata = toJson_TemporalClusterSpecUiOverridesDeploymentMetadata;
exports.toJson_TemporalClusterSpecUiOverridesDeploymentSpec = toJson_TemporalClusterSpecUiOverridesDeploymentSpec;
exports.toJson_TemporalClusterSpecAdmintoolsOverridesDeploymentSpecTemplate = toJson_TemporalClusterSpecAdmintoolsOverridesDeploymentSpecTemplate;
exports.toJson_TemporalClusterSpecArchivalProviderS3CredentialsAccessKeyIdRef = toJson_TemporalClusterSpecArchivalProviderS3CredentialsAccessKeyIdRef;
exports.toJson_TemporalClusterSpecArchivalProviderS3CredentialsSecretKeyRef = toJson_TemporalClusterSpecArchivalProviderS3CredentialsSecretKeyRef;
exports.toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorMetricRelabelings = toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorMetricRelabelings;
exports.toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverride = toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverride;
exports.toJson_TemporalClusterSpecServicesFrontendOverridesDeploymentMetadata = toJson_TemporalClusterSpecServicesFrontendOverridesDeploymentMetadata;
exports.toJson_TemporalClusterSpecServicesFrontendOverridesDeploymentSpec = toJson_TemporalClusterSpecServicesFrontendOverridesDeploymentSpec;
exports.toJson_TemporalClusterSpecServicesHistoryOverridesDeploymentMetadata = toJson_TemporalClusterSpecServicesHistoryOverridesDeploymentMetadata;
exports.toJson_TemporalClusterSpecServicesHistoryOverridesDeploymentSpec = toJson_TemporalClusterSpecServicesHistoryOverridesDeploymentSpec;
exports.toJson_TemporalClusterSpecServicesInternalFrontendOverridesDeploymentMetadata = toJson_TemporalClusterSpecServicesInternalFrontendOverridesDeploymentMetadata;
exports.toJson_TemporalClusterSpecServicesInternalFrontendOverridesDeploymentSpec = toJson_TemporalClusterSpecServicesInternalFrontendOverridesDeploymentSpec;
exports.toJson_TemporalClusterSpecServicesMatchingOverridesDeploymentMetadata = toJson_TemporalClusterSpecServicesMatchingOverridesDeploymentMetadata;
exports.toJson_TemporalClusterSpecServicesMatchingOverridesDeploymentSpec = toJson_TemporalClusterSpecServicesMatchingOverridesDeploymentSpec;
exports.toJson_TemporalClusterSpecServicesOverridesDeploymentSpecTemplate = toJson_TemporalClusterSpecServicesOverridesDeploymentSpecTemplate;
exports.toJson_TemporalClusterSpecServicesWorkerOverridesDeploymentMetadata = toJson_TemporalClusterSpecServicesWorkerOverridesDeploymentMetadata;
exports.toJson_TemporalClusterSpecServicesWorkerOverridesDeploymentSpec = toJson_TemporalClusterSpecServicesWorkerOverridesDeploymentSpec;
exports.toJson_TemporalClusterSpecUiOverridesDeploymentSpecTemplate = toJson_TemporalClusterSpecUiOverridesDeploymentSpecTemplate;
exports.toJson_TemporalClusterSpecAdmintoolsOverridesDeploymentSpecTemplateMetadata = toJson_TemporalClusterSpecAdmintoolsOverridesDeploymentSpecTemplateMetadata;
exports.toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideAttachMetadata = toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideAttachMetadata;
exports.toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpoints = toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpoints;
exports.toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideNamespaceSelector = toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideNamespaceSelector;
exports.toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideSelector = toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideSelector;
exports.toJson_TemporalClusterSpecServicesFrontendOverridesDeploymentSpecTemplate = toJson_TemporalClusterSpecServicesFrontendOverridesDeploymentSpecTemplate;
exports.toJson_TemporalClusterSpecServicesHistoryOverridesDeploymentSpecTemplate = toJson_TemporalClusterSpecServicesHistoryOverridesDeploymentSpecTemplate;
exports.toJson_TemporalClusterSpecServicesInternalFrontendOverridesDeploymentSpecTemplate = toJson_TemporalClusterSpecServicesInternalFrontendOverridesDeploymentSpecTemplate;
exports.toJson_TemporalClusterSpecServicesMatchingOverridesDeploymentSpecTemplate = toJson_TemporalClusterSpecServicesMatchingOverridesDeploymentSpecTemplate;
exports.toJson_TemporalClusterSpecServicesOverridesDeploymentSpecTemplateMetadata = toJson_TemporalClusterSpecServicesOverridesDeploymentSpecTemplateMetadata;
exports.toJson_TemporalClusterSpecServicesWorkerOverridesDeploymentSpecTemplate = toJson_TemporalClusterSpecServicesWorkerOverridesDeploymentSpecTemplate;
exports.toJson_TemporalClusterSpecUiOverridesDeploymentSpecTemplateMetadata = toJson_TemporalClusterSpecUiOverridesDeploymentSpecTemplateMetadata;
exports.toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsAuthorization = toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsAuthorization;
exports.toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsBasicAuth = toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsBasicAuth;
exports.toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsBearerTokenSecret = toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsBearerTokenSecret;
exports.toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsMetricRelabelings = toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsMetricRelabelings;
exports.toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2 = toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2;
exports.toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsProxyConnectHeader = toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsProxyConnectHeader;
exports.toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsRelabelings = toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsRelabelings;
exports.toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfig = toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfig;
exports.toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideSelectorMatchExpressions = toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideSelectorMatchExpressions;
exports.toJson_TemporalClusterSpecServicesFrontendOverridesDeploymentSpecTemplateMetadata = toJson_TemporalClusterSpecServicesFrontendOverridesDeploymentSpecTemplateMetadata;
exports.toJson_TemporalClusterSpecServicesHistoryOverridesDeploymentSpecTemplateMetadata = toJson_TemporalClusterSpecServicesHistoryOverridesDeploymentSpecTemplateMetadata;
exports.toJson_TemporalClusterSpecServicesInternalFrontendOverridesDeploymentSpecTemplateMetadata = toJson_TemporalClusterSpecServicesInternalFrontendOverridesDeploymentSpecTemplateMetadata;
exports.toJson_TemporalClusterSpecServicesMatchingOverridesDeploymentSpecTemplateMetadata = toJson_TemporalClusterSpecServicesMatchingOverridesDeploymentSpecTemplateMetadata;
exports.toJson_TemporalClusterSpecServicesWorkerOverridesDeploymentSpecTemplateMetadata = toJson_TemporalClusterSpecServicesWorkerOverridesDeploymentSpecTemplateMetadata;
exports.toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsAuthorizationCredentials = toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsAuthorizationCredentials;
exports.toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsBasicAuthPassword = toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsBasicAuthPassword;
exports.toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsBasicAuthUsername = toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsBasicAuthUsername;
exports.toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2ClientId = toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2ClientId;
exports.toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2ClientSecret = toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2ClientSecret;
exports.toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2ProxyConnectHeader = toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2ProxyConnectHeader;
exports.toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfig = toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfig;
exports.toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfigCa = toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfigCa;
exports.toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfigCert = toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfigCert;
exports.toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfigKeySecret = toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfigKeySecret;
exports.toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2ClientIdConfigMap = toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2ClientIdConfigMap;
exports.toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2ClientIdSecret = toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2ClientIdSecret;
exports.toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfigCa = toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfigCa;
exports.toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfigCert = toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfigCert;
exports.toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfigKeySecret = toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfigKeySecret;
exports.toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfigCaConfigMap = toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfigCaConfigMap;
exports.toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfigCaSecret = toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfigCaSecret;
exports.toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfigCertConfigMap = toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfigCertConfigMap;
exports.toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfigCertSecret = toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfigCertSecret;
exports.toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfigCaConfigMap = toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfigCaConfigMap;
exports.toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfigCaSecret = toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfigCaSecret;
exports.toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfigCertConfigMap = toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfigCertConfigMap;
exports.toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfigCertSecret = toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfigCertSecret;
// generated by cdk8s
const cdk8s_1 = require("cdk8s");
/**
 * TemporalCluster defines a temporal cluster deployment.
 *
 * @schema TemporalCluster
 */
class TemporalCluster extends cdk8s_1.ApiObject {
    /**
     * Returns the apiVersion and kind for "TemporalCluster"
     */
    static GVK = {
        apiVersion: 'temporal.io/v1beta1',
        kind: 'TemporalCluster',
    };
    /**
     * Renders a Kubernetes manifest for "TemporalCluster".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props = {}) {
        return {
            ...TemporalCluster.GVK,
            ...toJson_TemporalClusterProps(props),
        };
    }
    /**
     * Defines a "TemporalCluster" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope, id, props = {}) {
        super(scope, id, {
            ...TemporalCluster.GVK,
            ...props,
        });
    }
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson() {
        const resolved = super.toJson();
        return {
            ...TemporalCluster.GVK,
            ...toJson_TemporalClusterProps(resolved),
        };
    }
}
exports.TemporalCluster = TemporalCluster;
/**
 * Converts an object of type 'TemporalClusterProps' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': obj.metadata,
        'spec': toJson_TemporalClusterSpec(obj.spec),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TemporalClusterSpec' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'admintools': toJson_TemporalClusterSpecAdmintools(obj.admintools),
        'archival': toJson_TemporalClusterSpecArchival(obj.archival),
        'authorization': toJson_TemporalClusterSpecAuthorization(obj.authorization),
        'dynamicConfig': toJson_TemporalClusterSpecDynamicConfig(obj.dynamicConfig),
        'image': obj.image,
        'imagePullSecrets': obj.imagePullSecrets?.map(y => toJson_TemporalClusterSpecImagePullSecrets(y)),
        'jobInitContainers': obj.jobInitContainers?.map(y => y),
        'jobResources': toJson_TemporalClusterSpecJobResources(obj.jobResources),
        'jobTtlSecondsAfterFinished': obj.jobTtlSecondsAfterFinished,
        'log': toJson_TemporalClusterSpecLog(obj.log),
        'mTLS': toJson_TemporalClusterSpecMTls(obj.mTls),
        'metrics': toJson_TemporalClusterSpecMetrics(obj.metrics),
        'numHistoryShards': obj.numHistoryShards,
        'persistence': toJson_TemporalClusterSpecPersistence(obj.persistence),
        'services': toJson_TemporalClusterSpecServices(obj.services),
        'ui': toJson_TemporalClusterSpecUi(obj.ui),
        'version': obj.version,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TemporalClusterSpecAdmintools' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecAdmintools(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'enabled': obj.enabled,
        'image': obj.image,
        'overrides': toJson_TemporalClusterSpecAdmintoolsOverrides(obj.overrides),
        'resources': toJson_TemporalClusterSpecAdmintoolsResources(obj.resources),
        'version': obj.version,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TemporalClusterSpecArchival' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecArchival(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'enabled': obj.enabled,
        'history': toJson_TemporalClusterSpecArchivalHistory(obj.history),
        'provider': toJson_TemporalClusterSpecArchivalProvider(obj.provider),
        'visibility': toJson_TemporalClusterSpecArchivalVisibility(obj.visibility),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TemporalClusterSpecAuthorization' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecAuthorization(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'authorizer': obj.authorizer,
        'claimMapper': obj.claimMapper,
        'jwtKeyProvider': toJson_TemporalClusterSpecAuthorizationJwtKeyProvider(obj.jwtKeyProvider),
        'permissionsClaimName': obj.permissionsClaimName,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TemporalClusterSpecDynamicConfig' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecDynamicConfig(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'pollInterval': obj.pollInterval,
        'values': ((obj.values) === undefined) ? undefined : (Object.entries(obj.values).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1]?.map(y => toJson_TemporalClusterSpecDynamicConfigValues(y)) }), {})),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TemporalClusterSpecImagePullSecrets' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecImagePullSecrets(obj) {
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
 * Converts an object of type 'TemporalClusterSpecJobResources' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecJobResources(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'claims': obj.claims?.map(y => toJson_TemporalClusterSpecJobResourcesClaims(y)),
        'limits': ((obj.limits) === undefined) ? undefined : (Object.entries(obj.limits).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1]?.value }), {})),
        'requests': ((obj.requests) === undefined) ? undefined : (Object.entries(obj.requests).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1]?.value }), {})),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TemporalClusterSpecLog' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecLog(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'development': obj.development,
        'format': obj.format,
        'level': obj.level,
        'outputFile': obj.outputFile,
        'stdout': obj.stdout,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TemporalClusterSpecMTls' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecMTls(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'certificatesDuration': toJson_TemporalClusterSpecMTlsCertificatesDuration(obj.certificatesDuration),
        'frontend': toJson_TemporalClusterSpecMTlsFrontend(obj.frontend),
        'internode': toJson_TemporalClusterSpecMTlsInternode(obj.internode),
        'permissiveMetrics': obj.permissiveMetrics,
        'provider': obj.provider,
        'refreshInterval': obj.refreshInterval,
        'renewBefore': obj.renewBefore,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TemporalClusterSpecMetrics' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecMetrics(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'enabled': obj.enabled,
        'excludeTags': ((obj.excludeTags) === undefined) ? undefined : (Object.entries(obj.excludeTags).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1]?.map(y => y) }), {})),
        'perUnitHistogramBoundaries': ((obj.perUnitHistogramBoundaries) === undefined) ? undefined : (Object.entries(obj.perUnitHistogramBoundaries).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1]?.map(y => y) }), {})),
        'prefix': obj.prefix,
        'prometheus': toJson_TemporalClusterSpecMetricsPrometheus(obj.prometheus),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TemporalClusterSpecPersistence' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecPersistence(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'advancedVisibilityStore': toJson_TemporalClusterSpecPersistenceAdvancedVisibilityStore(obj.advancedVisibilityStore),
        'defaultStore': toJson_TemporalClusterSpecPersistenceDefaultStore(obj.defaultStore),
        'secondaryVisibilityStore': toJson_TemporalClusterSpecPersistenceSecondaryVisibilityStore(obj.secondaryVisibilityStore),
        'visibilityStore': toJson_TemporalClusterSpecPersistenceVisibilityStore(obj.visibilityStore),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TemporalClusterSpecServices' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecServices(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'frontend': toJson_TemporalClusterSpecServicesFrontend(obj.frontend),
        'history': toJson_TemporalClusterSpecServicesHistory(obj.history),
        'internalFrontend': toJson_TemporalClusterSpecServicesInternalFrontend(obj.internalFrontend),
        'matching': toJson_TemporalClusterSpecServicesMatching(obj.matching),
        'overrides': toJson_TemporalClusterSpecServicesOverrides(obj.overrides),
        'worker': toJson_TemporalClusterSpecServicesWorker(obj.worker),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TemporalClusterSpecUi' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecUi(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'enabled': obj.enabled,
        'image': obj.image,
        'ingress': toJson_TemporalClusterSpecUiIngress(obj.ingress),
        'overrides': toJson_TemporalClusterSpecUiOverrides(obj.overrides),
        'replicas': obj.replicas,
        'resources': toJson_TemporalClusterSpecUiResources(obj.resources),
        'service': toJson_TemporalClusterSpecUiService(obj.service),
        'version': obj.version,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TemporalClusterSpecAdmintoolsOverrides' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecAdmintoolsOverrides(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'deployment': toJson_TemporalClusterSpecAdmintoolsOverridesDeployment(obj.deployment),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TemporalClusterSpecAdmintoolsResources' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecAdmintoolsResources(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'claims': obj.claims?.map(y => toJson_TemporalClusterSpecAdmintoolsResourcesClaims(y)),
        'limits': ((obj.limits) === undefined) ? undefined : (Object.entries(obj.limits).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1]?.value }), {})),
        'requests': ((obj.requests) === undefined) ? undefined : (Object.entries(obj.requests).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1]?.value }), {})),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TemporalClusterSpecArchivalHistory' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecArchivalHistory(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'enableRead': obj.enableRead,
        'enabled': obj.enabled,
        'path': obj.path,
        'paused': obj.paused,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TemporalClusterSpecArchivalProvider' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecArchivalProvider(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'filestore': toJson_TemporalClusterSpecArchivalProviderFilestore(obj.filestore),
        'gcs': toJson_TemporalClusterSpecArchivalProviderGcs(obj.gcs),
        's3': toJson_TemporalClusterSpecArchivalProviderS3(obj.s3),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TemporalClusterSpecArchivalVisibility' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecArchivalVisibility(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'enableRead': obj.enableRead,
        'enabled': obj.enabled,
        'path': obj.path,
        'paused': obj.paused,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TemporalClusterSpecAuthorizationJwtKeyProvider' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecAuthorizationJwtKeyProvider(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'keySourceURIs': obj.keySourceUrIs?.map(y => y),
        'refreshInterval': obj.refreshInterval,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TemporalClusterSpecDynamicConfigValues' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecDynamicConfigValues(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'constraints': toJson_TemporalClusterSpecDynamicConfigValuesConstraints(obj.constraints),
        'value': obj.value,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TemporalClusterSpecJobResourcesClaims' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecJobResourcesClaims(obj) {
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
 * @schema TemporalClusterSpecJobResourcesLimits
 */
class TemporalClusterSpecJobResourcesLimits {
    value;
    static fromNumber(value) {
        return new TemporalClusterSpecJobResourcesLimits(value);
    }
    static fromString(value) {
        return new TemporalClusterSpecJobResourcesLimits(value);
    }
    constructor(value) {
        this.value = value;
    }
}
exports.TemporalClusterSpecJobResourcesLimits = TemporalClusterSpecJobResourcesLimits;
/**
 * @schema TemporalClusterSpecJobResourcesRequests
 */
class TemporalClusterSpecJobResourcesRequests {
    value;
    static fromNumber(value) {
        return new TemporalClusterSpecJobResourcesRequests(value);
    }
    static fromString(value) {
        return new TemporalClusterSpecJobResourcesRequests(value);
    }
    constructor(value) {
        this.value = value;
    }
}
exports.TemporalClusterSpecJobResourcesRequests = TemporalClusterSpecJobResourcesRequests;
/**
 * Format determines the format of each log file printed to the output.
 * Use "console" if you want stack traces to appear on multiple lines.
 *
 * @schema TemporalClusterSpecLogFormat
 */
var TemporalClusterSpecLogFormat;
(function (TemporalClusterSpecLogFormat) {
    /** json */
    TemporalClusterSpecLogFormat["JSON"] = "json";
    /** console */
    TemporalClusterSpecLogFormat["CONSOLE"] = "console";
})(TemporalClusterSpecLogFormat || (exports.TemporalClusterSpecLogFormat = TemporalClusterSpecLogFormat = {}));
/**
 * Level is the desired log level; see colocated zap_logger.go::parseZapLevel()
 *
 * @schema TemporalClusterSpecLogLevel
 */
var TemporalClusterSpecLogLevel;
(function (TemporalClusterSpecLogLevel) {
    /** debug */
    TemporalClusterSpecLogLevel["DEBUG"] = "debug";
    /** info */
    TemporalClusterSpecLogLevel["INFO"] = "info";
    /** warn */
    TemporalClusterSpecLogLevel["WARN"] = "warn";
    /** error */
    TemporalClusterSpecLogLevel["ERROR"] = "error";
    /** dpanic */
    TemporalClusterSpecLogLevel["DPANIC"] = "dpanic";
    /** panic */
    TemporalClusterSpecLogLevel["PANIC"] = "panic";
    /** fatal */
    TemporalClusterSpecLogLevel["FATAL"] = "fatal";
})(TemporalClusterSpecLogLevel || (exports.TemporalClusterSpecLogLevel = TemporalClusterSpecLogLevel = {}));
/**
 * Converts an object of type 'TemporalClusterSpecMTlsCertificatesDuration' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecMTlsCertificatesDuration(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'clientCertificates': obj.clientCertificates,
        'frontendCertificate': obj.frontendCertificate,
        'intermediateCAsCertificates': obj.intermediateCAsCertificates,
        'internodeCertificate': obj.internodeCertificate,
        'rootCACertificate': obj.rootCaCertificate,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TemporalClusterSpecMTlsFrontend' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecMTlsFrontend(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'enabled': obj.enabled,
        'extraDnsNames': obj.extraDnsNames?.map(y => y),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TemporalClusterSpecMTlsInternode' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecMTlsInternode(obj) {
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
 * Provider defines the tool used to manage mTLS certificates.
 *
 * @schema TemporalClusterSpecMTlsProvider
 */
var TemporalClusterSpecMTlsProvider;
(function (TemporalClusterSpecMTlsProvider) {
    /** cert-manager */
    TemporalClusterSpecMTlsProvider["CERT_HYPHEN_MANAGER"] = "cert-manager";
    /** linkerd */
    TemporalClusterSpecMTlsProvider["LINKERD"] = "linkerd";
    /** istio */
    TemporalClusterSpecMTlsProvider["ISTIO"] = "istio";
})(TemporalClusterSpecMTlsProvider || (exports.TemporalClusterSpecMTlsProvider = TemporalClusterSpecMTlsProvider = {}));
/**
 * Converts an object of type 'TemporalClusterSpecMetricsPrometheus' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecMetricsPrometheus(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'listenAddress': obj.listenAddress,
        'listenPort': obj.listenPort,
        'scrapeConfig': toJson_TemporalClusterSpecMetricsPrometheusScrapeConfig(obj.scrapeConfig),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TemporalClusterSpecPersistenceAdvancedVisibilityStore' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecPersistenceAdvancedVisibilityStore(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'cassandra': toJson_TemporalClusterSpecPersistenceAdvancedVisibilityStoreCassandra(obj.cassandra),
        'elasticsearch': toJson_TemporalClusterSpecPersistenceAdvancedVisibilityStoreElasticsearch(obj.elasticsearch),
        'name': obj.name,
        'passwordSecretRef': toJson_TemporalClusterSpecPersistenceAdvancedVisibilityStorePasswordSecretRef(obj.passwordSecretRef),
        'skipCreate': obj.skipCreate,
        'sql': toJson_TemporalClusterSpecPersistenceAdvancedVisibilityStoreSql(obj.sql),
        'tls': toJson_TemporalClusterSpecPersistenceAdvancedVisibilityStoreTls(obj.tls),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TemporalClusterSpecPersistenceDefaultStore' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecPersistenceDefaultStore(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'cassandra': toJson_TemporalClusterSpecPersistenceDefaultStoreCassandra(obj.cassandra),
        'elasticsearch': toJson_TemporalClusterSpecPersistenceDefaultStoreElasticsearch(obj.elasticsearch),
        'name': obj.name,
        'passwordSecretRef': toJson_TemporalClusterSpecPersistenceDefaultStorePasswordSecretRef(obj.passwordSecretRef),
        'skipCreate': obj.skipCreate,
        'sql': toJson_TemporalClusterSpecPersistenceDefaultStoreSql(obj.sql),
        'tls': toJson_TemporalClusterSpecPersistenceDefaultStoreTls(obj.tls),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TemporalClusterSpecPersistenceSecondaryVisibilityStore' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecPersistenceSecondaryVisibilityStore(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'cassandra': toJson_TemporalClusterSpecPersistenceSecondaryVisibilityStoreCassandra(obj.cassandra),
        'elasticsearch': toJson_TemporalClusterSpecPersistenceSecondaryVisibilityStoreElasticsearch(obj.elasticsearch),
        'name': obj.name,
        'passwordSecretRef': toJson_TemporalClusterSpecPersistenceSecondaryVisibilityStorePasswordSecretRef(obj.passwordSecretRef),
        'skipCreate': obj.skipCreate,
        'sql': toJson_TemporalClusterSpecPersistenceSecondaryVisibilityStoreSql(obj.sql),
        'tls': toJson_TemporalClusterSpecPersistenceSecondaryVisibilityStoreTls(obj.tls),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TemporalClusterSpecPersistenceVisibilityStore' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecPersistenceVisibilityStore(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'cassandra': toJson_TemporalClusterSpecPersistenceVisibilityStoreCassandra(obj.cassandra),
        'elasticsearch': toJson_TemporalClusterSpecPersistenceVisibilityStoreElasticsearch(obj.elasticsearch),
        'name': obj.name,
        'passwordSecretRef': toJson_TemporalClusterSpecPersistenceVisibilityStorePasswordSecretRef(obj.passwordSecretRef),
        'skipCreate': obj.skipCreate,
        'sql': toJson_TemporalClusterSpecPersistenceVisibilityStoreSql(obj.sql),
        'tls': toJson_TemporalClusterSpecPersistenceVisibilityStoreTls(obj.tls),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TemporalClusterSpecServicesFrontend' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecServicesFrontend(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'httpPort': obj.httpPort,
        'initContainers': obj.initContainers?.map(y => y),
        'membershipPort': obj.membershipPort,
        'overrides': toJson_TemporalClusterSpecServicesFrontendOverrides(obj.overrides),
        'port': obj.port,
        'replicas': obj.replicas,
        'resources': toJson_TemporalClusterSpecServicesFrontendResources(obj.resources),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TemporalClusterSpecServicesHistory' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecServicesHistory(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'httpPort': obj.httpPort,
        'initContainers': obj.initContainers?.map(y => y),
        'membershipPort': obj.membershipPort,
        'overrides': toJson_TemporalClusterSpecServicesHistoryOverrides(obj.overrides),
        'port': obj.port,
        'replicas': obj.replicas,
        'resources': toJson_TemporalClusterSpecServicesHistoryResources(obj.resources),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TemporalClusterSpecServicesInternalFrontend' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecServicesInternalFrontend(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'enabled': obj.enabled,
        'httpPort': obj.httpPort,
        'initContainers': obj.initContainers?.map(y => y),
        'membershipPort': obj.membershipPort,
        'overrides': toJson_TemporalClusterSpecServicesInternalFrontendOverrides(obj.overrides),
        'port': obj.port,
        'replicas': obj.replicas,
        'resources': toJson_TemporalClusterSpecServicesInternalFrontendResources(obj.resources),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TemporalClusterSpecServicesMatching' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecServicesMatching(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'httpPort': obj.httpPort,
        'initContainers': obj.initContainers?.map(y => y),
        'membershipPort': obj.membershipPort,
        'overrides': toJson_TemporalClusterSpecServicesMatchingOverrides(obj.overrides),
        'port': obj.port,
        'replicas': obj.replicas,
        'resources': toJson_TemporalClusterSpecServicesMatchingResources(obj.resources),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TemporalClusterSpecServicesOverrides' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecServicesOverrides(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'deployment': toJson_TemporalClusterSpecServicesOverridesDeployment(obj.deployment),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TemporalClusterSpecServicesWorker' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecServicesWorker(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'httpPort': obj.httpPort,
        'initContainers': obj.initContainers?.map(y => y),
        'membershipPort': obj.membershipPort,
        'overrides': toJson_TemporalClusterSpecServicesWorkerOverrides(obj.overrides),
        'port': obj.port,
        'replicas': obj.replicas,
        'resources': toJson_TemporalClusterSpecServicesWorkerResources(obj.resources),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TemporalClusterSpecUiIngress' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecUiIngress(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'annotations': ((obj.annotations) === undefined) ? undefined : (Object.entries(obj.annotations).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'hosts': obj.hosts?.map(y => y),
        'ingressClassName': obj.ingressClassName,
        'tls': obj.tls?.map(y => toJson_TemporalClusterSpecUiIngressTls(y)),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TemporalClusterSpecUiOverrides' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecUiOverrides(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'deployment': toJson_TemporalClusterSpecUiOverridesDeployment(obj.deployment),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TemporalClusterSpecUiResources' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecUiResources(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'claims': obj.claims?.map(y => toJson_TemporalClusterSpecUiResourcesClaims(y)),
        'limits': ((obj.limits) === undefined) ? undefined : (Object.entries(obj.limits).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1]?.value }), {})),
        'requests': ((obj.requests) === undefined) ? undefined : (Object.entries(obj.requests).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1]?.value }), {})),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TemporalClusterSpecUiService' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecUiService(obj) {
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
/**
 * Converts an object of type 'TemporalClusterSpecAdmintoolsOverridesDeployment' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecAdmintoolsOverridesDeployment(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'jsonPatch': obj.jsonPatch,
        'metadata': toJson_TemporalClusterSpecAdmintoolsOverridesDeploymentMetadata(obj.metadata),
        'spec': toJson_TemporalClusterSpecAdmintoolsOverridesDeploymentSpec(obj.spec),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TemporalClusterSpecAdmintoolsResourcesClaims' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecAdmintoolsResourcesClaims(obj) {
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
 * @schema TemporalClusterSpecAdmintoolsResourcesLimits
 */
class TemporalClusterSpecAdmintoolsResourcesLimits {
    value;
    static fromNumber(value) {
        return new TemporalClusterSpecAdmintoolsResourcesLimits(value);
    }
    static fromString(value) {
        return new TemporalClusterSpecAdmintoolsResourcesLimits(value);
    }
    constructor(value) {
        this.value = value;
    }
}
exports.TemporalClusterSpecAdmintoolsResourcesLimits = TemporalClusterSpecAdmintoolsResourcesLimits;
/**
 * @schema TemporalClusterSpecAdmintoolsResourcesRequests
 */
class TemporalClusterSpecAdmintoolsResourcesRequests {
    value;
    static fromNumber(value) {
        return new TemporalClusterSpecAdmintoolsResourcesRequests(value);
    }
    static fromString(value) {
        return new TemporalClusterSpecAdmintoolsResourcesRequests(value);
    }
    constructor(value) {
        this.value = value;
    }
}
exports.TemporalClusterSpecAdmintoolsResourcesRequests = TemporalClusterSpecAdmintoolsResourcesRequests;
/**
 * Converts an object of type 'TemporalClusterSpecArchivalProviderFilestore' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecArchivalProviderFilestore(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'dirPermissions': obj.dirPermissions,
        'filePermissions': obj.filePermissions,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TemporalClusterSpecArchivalProviderGcs' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecArchivalProviderGcs(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'credentialsRef': toJson_TemporalClusterSpecArchivalProviderGcsCredentialsRef(obj.credentialsRef),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TemporalClusterSpecArchivalProviderS3' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecArchivalProviderS3(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'credentials': toJson_TemporalClusterSpecArchivalProviderS3Credentials(obj.credentials),
        'endpoint': obj.endpoint,
        'region': obj.region,
        'roleName': obj.roleName,
        's3ForcePathStyle': obj.s3ForcePathStyle,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TemporalClusterSpecDynamicConfigValuesConstraints' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecDynamicConfigValuesConstraints(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'namespace': obj.namespace,
        'namespaceId': obj.namespaceId,
        'shardId': obj.shardId,
        'taskQueueName': obj.taskQueueName,
        'taskQueueType': obj.taskQueueType,
        'taskType': obj.taskType,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TemporalClusterSpecMetricsPrometheusScrapeConfig' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecMetricsPrometheusScrapeConfig(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'annotations': obj.annotations,
        'serviceMonitor': toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitor(obj.serviceMonitor),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TemporalClusterSpecPersistenceAdvancedVisibilityStoreCassandra' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecPersistenceAdvancedVisibilityStoreCassandra(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'connectTimeout': obj.connectTimeout,
        'consistency': toJson_TemporalClusterSpecPersistenceAdvancedVisibilityStoreCassandraConsistency(obj.consistency),
        'datacenter': obj.datacenter,
        'disableInitialHostLookup': obj.disableInitialHostLookup,
        'hosts': obj.hosts?.map(y => y),
        'keyspace': obj.keyspace,
        'maxConns': obj.maxConns,
        'port': obj.port,
        'user': obj.user,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TemporalClusterSpecPersistenceAdvancedVisibilityStoreElasticsearch' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecPersistenceAdvancedVisibilityStoreElasticsearch(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'closeIdleConnectionsInterval': obj.closeIdleConnectionsInterval,
        'enableHealthcheck': obj.enableHealthcheck,
        'enableSniff': obj.enableSniff,
        'indices': toJson_TemporalClusterSpecPersistenceAdvancedVisibilityStoreElasticsearchIndices(obj.indices),
        'logLevel': obj.logLevel,
        'url': obj.url,
        'username': obj.username,
        'version': obj.version,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TemporalClusterSpecPersistenceAdvancedVisibilityStorePasswordSecretRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecPersistenceAdvancedVisibilityStorePasswordSecretRef(obj) {
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
 * Converts an object of type 'TemporalClusterSpecPersistenceAdvancedVisibilityStoreSql' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecPersistenceAdvancedVisibilityStoreSql(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'connectAddr': obj.connectAddr,
        'connectAttributes': ((obj.connectAttributes) === undefined) ? undefined : (Object.entries(obj.connectAttributes).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'connectProtocol': obj.connectProtocol,
        'databaseName': obj.databaseName,
        'gcpServiceAccount': obj.gcpServiceAccount,
        'maxConnLifetime': obj.maxConnLifetime,
        'maxConns': obj.maxConns,
        'maxIdleConns': obj.maxIdleConns,
        'pluginName': obj.pluginName,
        'taskScanPartitions': obj.taskScanPartitions,
        'user': obj.user,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TemporalClusterSpecPersistenceAdvancedVisibilityStoreTls' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecPersistenceAdvancedVisibilityStoreTls(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'caFileRef': toJson_TemporalClusterSpecPersistenceAdvancedVisibilityStoreTlsCaFileRef(obj.caFileRef),
        'certFileRef': toJson_TemporalClusterSpecPersistenceAdvancedVisibilityStoreTlsCertFileRef(obj.certFileRef),
        'enableHostVerification': obj.enableHostVerification,
        'enabled': obj.enabled,
        'keyFileRef': toJson_TemporalClusterSpecPersistenceAdvancedVisibilityStoreTlsKeyFileRef(obj.keyFileRef),
        'serverName': obj.serverName,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TemporalClusterSpecPersistenceDefaultStoreCassandra' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecPersistenceDefaultStoreCassandra(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'connectTimeout': obj.connectTimeout,
        'consistency': toJson_TemporalClusterSpecPersistenceDefaultStoreCassandraConsistency(obj.consistency),
        'datacenter': obj.datacenter,
        'disableInitialHostLookup': obj.disableInitialHostLookup,
        'hosts': obj.hosts?.map(y => y),
        'keyspace': obj.keyspace,
        'maxConns': obj.maxConns,
        'port': obj.port,
        'user': obj.user,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TemporalClusterSpecPersistenceDefaultStoreElasticsearch' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecPersistenceDefaultStoreElasticsearch(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'closeIdleConnectionsInterval': obj.closeIdleConnectionsInterval,
        'enableHealthcheck': obj.enableHealthcheck,
        'enableSniff': obj.enableSniff,
        'indices': toJson_TemporalClusterSpecPersistenceDefaultStoreElasticsearchIndices(obj.indices),
        'logLevel': obj.logLevel,
        'url': obj.url,
        'username': obj.username,
        'version': obj.version,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TemporalClusterSpecPersistenceDefaultStorePasswordSecretRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecPersistenceDefaultStorePasswordSecretRef(obj) {
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
 * Converts an object of type 'TemporalClusterSpecPersistenceDefaultStoreSql' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecPersistenceDefaultStoreSql(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'connectAddr': obj.connectAddr,
        'connectAttributes': ((obj.connectAttributes) === undefined) ? undefined : (Object.entries(obj.connectAttributes).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'connectProtocol': obj.connectProtocol,
        'databaseName': obj.databaseName,
        'gcpServiceAccount': obj.gcpServiceAccount,
        'maxConnLifetime': obj.maxConnLifetime,
        'maxConns': obj.maxConns,
        'maxIdleConns': obj.maxIdleConns,
        'pluginName': obj.pluginName,
        'taskScanPartitions': obj.taskScanPartitions,
        'user': obj.user,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TemporalClusterSpecPersistenceDefaultStoreTls' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecPersistenceDefaultStoreTls(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'caFileRef': toJson_TemporalClusterSpecPersistenceDefaultStoreTlsCaFileRef(obj.caFileRef),
        'certFileRef': toJson_TemporalClusterSpecPersistenceDefaultStoreTlsCertFileRef(obj.certFileRef),
        'enableHostVerification': obj.enableHostVerification,
        'enabled': obj.enabled,
        'keyFileRef': toJson_TemporalClusterSpecPersistenceDefaultStoreTlsKeyFileRef(obj.keyFileRef),
        'serverName': obj.serverName,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TemporalClusterSpecPersistenceSecondaryVisibilityStoreCassandra' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecPersistenceSecondaryVisibilityStoreCassandra(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'connectTimeout': obj.connectTimeout,
        'consistency': toJson_TemporalClusterSpecPersistenceSecondaryVisibilityStoreCassandraConsistency(obj.consistency),
        'datacenter': obj.datacenter,
        'disableInitialHostLookup': obj.disableInitialHostLookup,
        'hosts': obj.hosts?.map(y => y),
        'keyspace': obj.keyspace,
        'maxConns': obj.maxConns,
        'port': obj.port,
        'user': obj.user,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TemporalClusterSpecPersistenceSecondaryVisibilityStoreElasticsearch' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecPersistenceSecondaryVisibilityStoreElasticsearch(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'closeIdleConnectionsInterval': obj.closeIdleConnectionsInterval,
        'enableHealthcheck': obj.enableHealthcheck,
        'enableSniff': obj.enableSniff,
        'indices': toJson_TemporalClusterSpecPersistenceSecondaryVisibilityStoreElasticsearchIndices(obj.indices),
        'logLevel': obj.logLevel,
        'url': obj.url,
        'username': obj.username,
        'version': obj.version,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TemporalClusterSpecPersistenceSecondaryVisibilityStorePasswordSecretRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecPersistenceSecondaryVisibilityStorePasswordSecretRef(obj) {
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
 * Converts an object of type 'TemporalClusterSpecPersistenceSecondaryVisibilityStoreSql' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecPersistenceSecondaryVisibilityStoreSql(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'connectAddr': obj.connectAddr,
        'connectAttributes': ((obj.connectAttributes) === undefined) ? undefined : (Object.entries(obj.connectAttributes).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'connectProtocol': obj.connectProtocol,
        'databaseName': obj.databaseName,
        'gcpServiceAccount': obj.gcpServiceAccount,
        'maxConnLifetime': obj.maxConnLifetime,
        'maxConns': obj.maxConns,
        'maxIdleConns': obj.maxIdleConns,
        'pluginName': obj.pluginName,
        'taskScanPartitions': obj.taskScanPartitions,
        'user': obj.user,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TemporalClusterSpecPersistenceSecondaryVisibilityStoreTls' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecPersistenceSecondaryVisibilityStoreTls(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'caFileRef': toJson_TemporalClusterSpecPersistenceSecondaryVisibilityStoreTlsCaFileRef(obj.caFileRef),
        'certFileRef': toJson_TemporalClusterSpecPersistenceSecondaryVisibilityStoreTlsCertFileRef(obj.certFileRef),
        'enableHostVerification': obj.enableHostVerification,
        'enabled': obj.enabled,
        'keyFileRef': toJson_TemporalClusterSpecPersistenceSecondaryVisibilityStoreTlsKeyFileRef(obj.keyFileRef),
        'serverName': obj.serverName,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TemporalClusterSpecPersistenceVisibilityStoreCassandra' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecPersistenceVisibilityStoreCassandra(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'connectTimeout': obj.connectTimeout,
        'consistency': toJson_TemporalClusterSpecPersistenceVisibilityStoreCassandraConsistency(obj.consistency),
        'datacenter': obj.datacenter,
        'disableInitialHostLookup': obj.disableInitialHostLookup,
        'hosts': obj.hosts?.map(y => y),
        'keyspace': obj.keyspace,
        'maxConns': obj.maxConns,
        'port': obj.port,
        'user': obj.user,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TemporalClusterSpecPersistenceVisibilityStoreElasticsearch' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecPersistenceVisibilityStoreElasticsearch(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'closeIdleConnectionsInterval': obj.closeIdleConnectionsInterval,
        'enableHealthcheck': obj.enableHealthcheck,
        'enableSniff': obj.enableSniff,
        'indices': toJson_TemporalClusterSpecPersistenceVisibilityStoreElasticsearchIndices(obj.indices),
        'logLevel': obj.logLevel,
        'url': obj.url,
        'username': obj.username,
        'version': obj.version,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TemporalClusterSpecPersistenceVisibilityStorePasswordSecretRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecPersistenceVisibilityStorePasswordSecretRef(obj) {
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
 * Converts an object of type 'TemporalClusterSpecPersistenceVisibilityStoreSql' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecPersistenceVisibilityStoreSql(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'connectAddr': obj.connectAddr,
        'connectAttributes': ((obj.connectAttributes) === undefined) ? undefined : (Object.entries(obj.connectAttributes).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'connectProtocol': obj.connectProtocol,
        'databaseName': obj.databaseName,
        'gcpServiceAccount': obj.gcpServiceAccount,
        'maxConnLifetime': obj.maxConnLifetime,
        'maxConns': obj.maxConns,
        'maxIdleConns': obj.maxIdleConns,
        'pluginName': obj.pluginName,
        'taskScanPartitions': obj.taskScanPartitions,
        'user': obj.user,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TemporalClusterSpecPersistenceVisibilityStoreTls' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecPersistenceVisibilityStoreTls(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'caFileRef': toJson_TemporalClusterSpecPersistenceVisibilityStoreTlsCaFileRef(obj.caFileRef),
        'certFileRef': toJson_TemporalClusterSpecPersistenceVisibilityStoreTlsCertFileRef(obj.certFileRef),
        'enableHostVerification': obj.enableHostVerification,
        'enabled': obj.enabled,
        'keyFileRef': toJson_TemporalClusterSpecPersistenceVisibilityStoreTlsKeyFileRef(obj.keyFileRef),
        'serverName': obj.serverName,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TemporalClusterSpecServicesFrontendOverrides' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecServicesFrontendOverrides(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'deployment': toJson_TemporalClusterSpecServicesFrontendOverridesDeployment(obj.deployment),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TemporalClusterSpecServicesFrontendResources' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecServicesFrontendResources(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'claims': obj.claims?.map(y => toJson_TemporalClusterSpecServicesFrontendResourcesClaims(y)),
        'limits': ((obj.limits) === undefined) ? undefined : (Object.entries(obj.limits).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1]?.value }), {})),
        'requests': ((obj.requests) === undefined) ? undefined : (Object.entries(obj.requests).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1]?.value }), {})),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TemporalClusterSpecServicesHistoryOverrides' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecServicesHistoryOverrides(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'deployment': toJson_TemporalClusterSpecServicesHistoryOverridesDeployment(obj.deployment),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TemporalClusterSpecServicesHistoryResources' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecServicesHistoryResources(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'claims': obj.claims?.map(y => toJson_TemporalClusterSpecServicesHistoryResourcesClaims(y)),
        'limits': ((obj.limits) === undefined) ? undefined : (Object.entries(obj.limits).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1]?.value }), {})),
        'requests': ((obj.requests) === undefined) ? undefined : (Object.entries(obj.requests).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1]?.value }), {})),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TemporalClusterSpecServicesInternalFrontendOverrides' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecServicesInternalFrontendOverrides(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'deployment': toJson_TemporalClusterSpecServicesInternalFrontendOverridesDeployment(obj.deployment),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TemporalClusterSpecServicesInternalFrontendResources' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecServicesInternalFrontendResources(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'claims': obj.claims?.map(y => toJson_TemporalClusterSpecServicesInternalFrontendResourcesClaims(y)),
        'limits': ((obj.limits) === undefined) ? undefined : (Object.entries(obj.limits).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1]?.value }), {})),
        'requests': ((obj.requests) === undefined) ? undefined : (Object.entries(obj.requests).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1]?.value }), {})),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TemporalClusterSpecServicesMatchingOverrides' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecServicesMatchingOverrides(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'deployment': toJson_TemporalClusterSpecServicesMatchingOverridesDeployment(obj.deployment),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TemporalClusterSpecServicesMatchingResources' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecServicesMatchingResources(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'claims': obj.claims?.map(y => toJson_TemporalClusterSpecServicesMatchingResourcesClaims(y)),
        'limits': ((obj.limits) === undefined) ? undefined : (Object.entries(obj.limits).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1]?.value }), {})),
        'requests': ((obj.requests) === undefined) ? undefined : (Object.entries(obj.requests).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1]?.value }), {})),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TemporalClusterSpecServicesOverridesDeployment' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecServicesOverridesDeployment(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'jsonPatch': obj.jsonPatch,
        'metadata': toJson_TemporalClusterSpecServicesOverridesDeploymentMetadata(obj.metadata),
        'spec': toJson_TemporalClusterSpecServicesOverridesDeploymentSpec(obj.spec),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TemporalClusterSpecServicesWorkerOverrides' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecServicesWorkerOverrides(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'deployment': toJson_TemporalClusterSpecServicesWorkerOverridesDeployment(obj.deployment),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TemporalClusterSpecServicesWorkerResources' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecServicesWorkerResources(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'claims': obj.claims?.map(y => toJson_TemporalClusterSpecServicesWorkerResourcesClaims(y)),
        'limits': ((obj.limits) === undefined) ? undefined : (Object.entries(obj.limits).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1]?.value }), {})),
        'requests': ((obj.requests) === undefined) ? undefined : (Object.entries(obj.requests).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1]?.value }), {})),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TemporalClusterSpecUiIngressTls' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecUiIngressTls(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'hosts': obj.hosts?.map(y => y),
        'secretName': obj.secretName,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TemporalClusterSpecUiOverridesDeployment' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecUiOverridesDeployment(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'jsonPatch': obj.jsonPatch,
        'metadata': toJson_TemporalClusterSpecUiOverridesDeploymentMetadata(obj.metadata),
        'spec': toJson_TemporalClusterSpecUiOverridesDeploymentSpec(obj.spec),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TemporalClusterSpecUiResourcesClaims' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecUiResourcesClaims(obj) {
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
 * @schema TemporalClusterSpecUiResourcesLimits
 */
class TemporalClusterSpecUiResourcesLimits {
    value;
    static fromNumber(value) {
        return new TemporalClusterSpecUiResourcesLimits(value);
    }
    static fromString(value) {
        return new TemporalClusterSpecUiResourcesLimits(value);
    }
    constructor(value) {
        this.value = value;
    }
}
exports.TemporalClusterSpecUiResourcesLimits = TemporalClusterSpecUiResourcesLimits;
/**
 * @schema TemporalClusterSpecUiResourcesRequests
 */
class TemporalClusterSpecUiResourcesRequests {
    value;
    static fromNumber(value) {
        return new TemporalClusterSpecUiResourcesRequests(value);
    }
    static fromString(value) {
        return new TemporalClusterSpecUiResourcesRequests(value);
    }
    constructor(value) {
        this.value = value;
    }
}
exports.TemporalClusterSpecUiResourcesRequests = TemporalClusterSpecUiResourcesRequests;
/**
 * Converts an object of type 'TemporalClusterSpecAdmintoolsOverridesDeploymentMetadata' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecAdmintoolsOverridesDeploymentMetadata(obj) {
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
/**
 * Converts an object of type 'TemporalClusterSpecAdmintoolsOverridesDeploymentSpec' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecAdmintoolsOverridesDeploymentSpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'template': toJson_TemporalClusterSpecAdmintoolsOverridesDeploymentSpecTemplate(obj.template),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TemporalClusterSpecArchivalProviderGcsCredentialsRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecArchivalProviderGcsCredentialsRef(obj) {
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
 * Converts an object of type 'TemporalClusterSpecArchivalProviderS3Credentials' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecArchivalProviderS3Credentials(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'accessKeyIdRef': toJson_TemporalClusterSpecArchivalProviderS3CredentialsAccessKeyIdRef(obj.accessKeyIdRef),
        'secretKeyRef': toJson_TemporalClusterSpecArchivalProviderS3CredentialsSecretKeyRef(obj.secretKeyRef),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitor' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitor(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'enabled': obj.enabled,
        'labels': ((obj.labels) === undefined) ? undefined : (Object.entries(obj.labels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'metricRelabelings': obj.metricRelabelings?.map(y => toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorMetricRelabelings(y)),
        'override': toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverride(obj.override),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TemporalClusterSpecPersistenceAdvancedVisibilityStoreCassandraConsistency' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecPersistenceAdvancedVisibilityStoreCassandraConsistency(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'consistency': obj.consistency,
        'serialConsistency': obj.serialConsistency,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TemporalClusterSpecPersistenceAdvancedVisibilityStoreElasticsearchIndices' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecPersistenceAdvancedVisibilityStoreElasticsearchIndices(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secondaryVisibility': obj.secondaryVisibility,
        'visibility': obj.visibility,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * PluginName is the name of SQL plugin.
 *
 * @schema TemporalClusterSpecPersistenceAdvancedVisibilityStoreSqlPluginName
 */
var TemporalClusterSpecPersistenceAdvancedVisibilityStoreSqlPluginName;
(function (TemporalClusterSpecPersistenceAdvancedVisibilityStoreSqlPluginName) {
    /** postgres */
    TemporalClusterSpecPersistenceAdvancedVisibilityStoreSqlPluginName["POSTGRES"] = "postgres";
    /** postgres12 */
    TemporalClusterSpecPersistenceAdvancedVisibilityStoreSqlPluginName["POSTGRES12"] = "postgres12";
    /** mysql */
    TemporalClusterSpecPersistenceAdvancedVisibilityStoreSqlPluginName["MYSQL"] = "mysql";
    /** mysql8 */
    TemporalClusterSpecPersistenceAdvancedVisibilityStoreSqlPluginName["MYSQL8"] = "mysql8";
})(TemporalClusterSpecPersistenceAdvancedVisibilityStoreSqlPluginName || (exports.TemporalClusterSpecPersistenceAdvancedVisibilityStoreSqlPluginName = TemporalClusterSpecPersistenceAdvancedVisibilityStoreSqlPluginName = {}));
/**
 * Converts an object of type 'TemporalClusterSpecPersistenceAdvancedVisibilityStoreTlsCaFileRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecPersistenceAdvancedVisibilityStoreTlsCaFileRef(obj) {
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
 * Converts an object of type 'TemporalClusterSpecPersistenceAdvancedVisibilityStoreTlsCertFileRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecPersistenceAdvancedVisibilityStoreTlsCertFileRef(obj) {
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
 * Converts an object of type 'TemporalClusterSpecPersistenceAdvancedVisibilityStoreTlsKeyFileRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecPersistenceAdvancedVisibilityStoreTlsKeyFileRef(obj) {
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
 * Converts an object of type 'TemporalClusterSpecPersistenceDefaultStoreCassandraConsistency' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecPersistenceDefaultStoreCassandraConsistency(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'consistency': obj.consistency,
        'serialConsistency': obj.serialConsistency,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TemporalClusterSpecPersistenceDefaultStoreElasticsearchIndices' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecPersistenceDefaultStoreElasticsearchIndices(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secondaryVisibility': obj.secondaryVisibility,
        'visibility': obj.visibility,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * PluginName is the name of SQL plugin.
 *
 * @schema TemporalClusterSpecPersistenceDefaultStoreSqlPluginName
 */
var TemporalClusterSpecPersistenceDefaultStoreSqlPluginName;
(function (TemporalClusterSpecPersistenceDefaultStoreSqlPluginName) {
    /** postgres */
    TemporalClusterSpecPersistenceDefaultStoreSqlPluginName["POSTGRES"] = "postgres";
    /** postgres12 */
    TemporalClusterSpecPersistenceDefaultStoreSqlPluginName["POSTGRES12"] = "postgres12";
    /** mysql */
    TemporalClusterSpecPersistenceDefaultStoreSqlPluginName["MYSQL"] = "mysql";
    /** mysql8 */
    TemporalClusterSpecPersistenceDefaultStoreSqlPluginName["MYSQL8"] = "mysql8";
})(TemporalClusterSpecPersistenceDefaultStoreSqlPluginName || (exports.TemporalClusterSpecPersistenceDefaultStoreSqlPluginName = TemporalClusterSpecPersistenceDefaultStoreSqlPluginName = {}));
/**
 * Converts an object of type 'TemporalClusterSpecPersistenceDefaultStoreTlsCaFileRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecPersistenceDefaultStoreTlsCaFileRef(obj) {
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
 * Converts an object of type 'TemporalClusterSpecPersistenceDefaultStoreTlsCertFileRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecPersistenceDefaultStoreTlsCertFileRef(obj) {
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
 * Converts an object of type 'TemporalClusterSpecPersistenceDefaultStoreTlsKeyFileRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecPersistenceDefaultStoreTlsKeyFileRef(obj) {
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
 * Converts an object of type 'TemporalClusterSpecPersistenceSecondaryVisibilityStoreCassandraConsistency' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecPersistenceSecondaryVisibilityStoreCassandraConsistency(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'consistency': obj.consistency,
        'serialConsistency': obj.serialConsistency,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TemporalClusterSpecPersistenceSecondaryVisibilityStoreElasticsearchIndices' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecPersistenceSecondaryVisibilityStoreElasticsearchIndices(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secondaryVisibility': obj.secondaryVisibility,
        'visibility': obj.visibility,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * PluginName is the name of SQL plugin.
 *
 * @schema TemporalClusterSpecPersistenceSecondaryVisibilityStoreSqlPluginName
 */
var TemporalClusterSpecPersistenceSecondaryVisibilityStoreSqlPluginName;
(function (TemporalClusterSpecPersistenceSecondaryVisibilityStoreSqlPluginName) {
    /** postgres */
    TemporalClusterSpecPersistenceSecondaryVisibilityStoreSqlPluginName["POSTGRES"] = "postgres";
    /** postgres12 */
    TemporalClusterSpecPersistenceSecondaryVisibilityStoreSqlPluginName["POSTGRES12"] = "postgres12";
    /** mysql */
    TemporalClusterSpecPersistenceSecondaryVisibilityStoreSqlPluginName["MYSQL"] = "mysql";
    /** mysql8 */
    TemporalClusterSpecPersistenceSecondaryVisibilityStoreSqlPluginName["MYSQL8"] = "mysql8";
})(TemporalClusterSpecPersistenceSecondaryVisibilityStoreSqlPluginName || (exports.TemporalClusterSpecPersistenceSecondaryVisibilityStoreSqlPluginName = TemporalClusterSpecPersistenceSecondaryVisibilityStoreSqlPluginName = {}));
/**
 * Converts an object of type 'TemporalClusterSpecPersistenceSecondaryVisibilityStoreTlsCaFileRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecPersistenceSecondaryVisibilityStoreTlsCaFileRef(obj) {
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
 * Converts an object of type 'TemporalClusterSpecPersistenceSecondaryVisibilityStoreTlsCertFileRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecPersistenceSecondaryVisibilityStoreTlsCertFileRef(obj) {
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
 * Converts an object of type 'TemporalClusterSpecPersistenceSecondaryVisibilityStoreTlsKeyFileRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecPersistenceSecondaryVisibilityStoreTlsKeyFileRef(obj) {
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
 * Converts an object of type 'TemporalClusterSpecPersistenceVisibilityStoreCassandraConsistency' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecPersistenceVisibilityStoreCassandraConsistency(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'consistency': obj.consistency,
        'serialConsistency': obj.serialConsistency,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TemporalClusterSpecPersistenceVisibilityStoreElasticsearchIndices' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecPersistenceVisibilityStoreElasticsearchIndices(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secondaryVisibility': obj.secondaryVisibility,
        'visibility': obj.visibility,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * PluginName is the name of SQL plugin.
 *
 * @schema TemporalClusterSpecPersistenceVisibilityStoreSqlPluginName
 */
var TemporalClusterSpecPersistenceVisibilityStoreSqlPluginName;
(function (TemporalClusterSpecPersistenceVisibilityStoreSqlPluginName) {
    /** postgres */
    TemporalClusterSpecPersistenceVisibilityStoreSqlPluginName["POSTGRES"] = "postgres";
    /** postgres12 */
    TemporalClusterSpecPersistenceVisibilityStoreSqlPluginName["POSTGRES12"] = "postgres12";
    /** mysql */
    TemporalClusterSpecPersistenceVisibilityStoreSqlPluginName["MYSQL"] = "mysql";
    /** mysql8 */
    TemporalClusterSpecPersistenceVisibilityStoreSqlPluginName["MYSQL8"] = "mysql8";
})(TemporalClusterSpecPersistenceVisibilityStoreSqlPluginName || (exports.TemporalClusterSpecPersistenceVisibilityStoreSqlPluginName = TemporalClusterSpecPersistenceVisibilityStoreSqlPluginName = {}));
/**
 * Converts an object of type 'TemporalClusterSpecPersistenceVisibilityStoreTlsCaFileRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecPersistenceVisibilityStoreTlsCaFileRef(obj) {
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
 * Converts an object of type 'TemporalClusterSpecPersistenceVisibilityStoreTlsCertFileRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecPersistenceVisibilityStoreTlsCertFileRef(obj) {
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
 * Converts an object of type 'TemporalClusterSpecPersistenceVisibilityStoreTlsKeyFileRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecPersistenceVisibilityStoreTlsKeyFileRef(obj) {
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
 * Converts an object of type 'TemporalClusterSpecServicesFrontendOverridesDeployment' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecServicesFrontendOverridesDeployment(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'jsonPatch': obj.jsonPatch,
        'metadata': toJson_TemporalClusterSpecServicesFrontendOverridesDeploymentMetadata(obj.metadata),
        'spec': toJson_TemporalClusterSpecServicesFrontendOverridesDeploymentSpec(obj.spec),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TemporalClusterSpecServicesFrontendResourcesClaims' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecServicesFrontendResourcesClaims(obj) {
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
 * @schema TemporalClusterSpecServicesFrontendResourcesLimits
 */
class TemporalClusterSpecServicesFrontendResourcesLimits {
    value;
    static fromNumber(value) {
        return new TemporalClusterSpecServicesFrontendResourcesLimits(value);
    }
    static fromString(value) {
        return new TemporalClusterSpecServicesFrontendResourcesLimits(value);
    }
    constructor(value) {
        this.value = value;
    }
}
exports.TemporalClusterSpecServicesFrontendResourcesLimits = TemporalClusterSpecServicesFrontendResourcesLimits;
/**
 * @schema TemporalClusterSpecServicesFrontendResourcesRequests
 */
class TemporalClusterSpecServicesFrontendResourcesRequests {
    value;
    static fromNumber(value) {
        return new TemporalClusterSpecServicesFrontendResourcesRequests(value);
    }
    static fromString(value) {
        return new TemporalClusterSpecServicesFrontendResourcesRequests(value);
    }
    constructor(value) {
        this.value = value;
    }
}
exports.TemporalClusterSpecServicesFrontendResourcesRequests = TemporalClusterSpecServicesFrontendResourcesRequests;
/**
 * Converts an object of type 'TemporalClusterSpecServicesHistoryOverridesDeployment' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecServicesHistoryOverridesDeployment(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'jsonPatch': obj.jsonPatch,
        'metadata': toJson_TemporalClusterSpecServicesHistoryOverridesDeploymentMetadata(obj.metadata),
        'spec': toJson_TemporalClusterSpecServicesHistoryOverridesDeploymentSpec(obj.spec),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TemporalClusterSpecServicesHistoryResourcesClaims' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecServicesHistoryResourcesClaims(obj) {
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
 * @schema TemporalClusterSpecServicesHistoryResourcesLimits
 */
class TemporalClusterSpecServicesHistoryResourcesLimits {
    value;
    static fromNumber(value) {
        return new TemporalClusterSpecServicesHistoryResourcesLimits(value);
    }
    static fromString(value) {
        return new TemporalClusterSpecServicesHistoryResourcesLimits(value);
    }
    constructor(value) {
        this.value = value;
    }
}
exports.TemporalClusterSpecServicesHistoryResourcesLimits = TemporalClusterSpecServicesHistoryResourcesLimits;
/**
 * @schema TemporalClusterSpecServicesHistoryResourcesRequests
 */
class TemporalClusterSpecServicesHistoryResourcesRequests {
    value;
    static fromNumber(value) {
        return new TemporalClusterSpecServicesHistoryResourcesRequests(value);
    }
    static fromString(value) {
        return new TemporalClusterSpecServicesHistoryResourcesRequests(value);
    }
    constructor(value) {
        this.value = value;
    }
}
exports.TemporalClusterSpecServicesHistoryResourcesRequests = TemporalClusterSpecServicesHistoryResourcesRequests;
/**
 * Converts an object of type 'TemporalClusterSpecServicesInternalFrontendOverridesDeployment' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecServicesInternalFrontendOverridesDeployment(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'jsonPatch': obj.jsonPatch,
        'metadata': toJson_TemporalClusterSpecServicesInternalFrontendOverridesDeploymentMetadata(obj.metadata),
        'spec': toJson_TemporalClusterSpecServicesInternalFrontendOverridesDeploymentSpec(obj.spec),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TemporalClusterSpecServicesInternalFrontendResourcesClaims' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecServicesInternalFrontendResourcesClaims(obj) {
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
 * @schema TemporalClusterSpecServicesInternalFrontendResourcesLimits
 */
class TemporalClusterSpecServicesInternalFrontendResourcesLimits {
    value;
    static fromNumber(value) {
        return new TemporalClusterSpecServicesInternalFrontendResourcesLimits(value);
    }
    static fromString(value) {
        return new TemporalClusterSpecServicesInternalFrontendResourcesLimits(value);
    }
    constructor(value) {
        this.value = value;
    }
}
exports.TemporalClusterSpecServicesInternalFrontendResourcesLimits = TemporalClusterSpecServicesInternalFrontendResourcesLimits;
/**
 * @schema TemporalClusterSpecServicesInternalFrontendResourcesRequests
 */
class TemporalClusterSpecServicesInternalFrontendResourcesRequests {
    value;
    static fromNumber(value) {
        return new TemporalClusterSpecServicesInternalFrontendResourcesRequests(value);
    }
    static fromString(value) {
        return new TemporalClusterSpecServicesInternalFrontendResourcesRequests(value);
    }
    constructor(value) {
        this.value = value;
    }
}
exports.TemporalClusterSpecServicesInternalFrontendResourcesRequests = TemporalClusterSpecServicesInternalFrontendResourcesRequests;
/**
 * Converts an object of type 'TemporalClusterSpecServicesMatchingOverridesDeployment' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecServicesMatchingOverridesDeployment(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'jsonPatch': obj.jsonPatch,
        'metadata': toJson_TemporalClusterSpecServicesMatchingOverridesDeploymentMetadata(obj.metadata),
        'spec': toJson_TemporalClusterSpecServicesMatchingOverridesDeploymentSpec(obj.spec),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TemporalClusterSpecServicesMatchingResourcesClaims' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecServicesMatchingResourcesClaims(obj) {
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
 * @schema TemporalClusterSpecServicesMatchingResourcesLimits
 */
class TemporalClusterSpecServicesMatchingResourcesLimits {
    value;
    static fromNumber(value) {
        return new TemporalClusterSpecServicesMatchingResourcesLimits(value);
    }
    static fromString(value) {
        return new TemporalClusterSpecServicesMatchingResourcesLimits(value);
    }
    constructor(value) {
        this.value = value;
    }
}
exports.TemporalClusterSpecServicesMatchingResourcesLimits = TemporalClusterSpecServicesMatchingResourcesLimits;
/**
 * @schema TemporalClusterSpecServicesMatchingResourcesRequests
 */
class TemporalClusterSpecServicesMatchingResourcesRequests {
    value;
    static fromNumber(value) {
        return new TemporalClusterSpecServicesMatchingResourcesRequests(value);
    }
    static fromString(value) {
        return new TemporalClusterSpecServicesMatchingResourcesRequests(value);
    }
    constructor(value) {
        this.value = value;
    }
}
exports.TemporalClusterSpecServicesMatchingResourcesRequests = TemporalClusterSpecServicesMatchingResourcesRequests;
/**
 * Converts an object of type 'TemporalClusterSpecServicesOverridesDeploymentMetadata' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecServicesOverridesDeploymentMetadata(obj) {
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
/**
 * Converts an object of type 'TemporalClusterSpecServicesOverridesDeploymentSpec' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecServicesOverridesDeploymentSpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'template': toJson_TemporalClusterSpecServicesOverridesDeploymentSpecTemplate(obj.template),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TemporalClusterSpecServicesWorkerOverridesDeployment' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecServicesWorkerOverridesDeployment(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'jsonPatch': obj.jsonPatch,
        'metadata': toJson_TemporalClusterSpecServicesWorkerOverridesDeploymentMetadata(obj.metadata),
        'spec': toJson_TemporalClusterSpecServicesWorkerOverridesDeploymentSpec(obj.spec),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TemporalClusterSpecServicesWorkerResourcesClaims' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecServicesWorkerResourcesClaims(obj) {
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
 * @schema TemporalClusterSpecServicesWorkerResourcesLimits
 */
class TemporalClusterSpecServicesWorkerResourcesLimits {
    value;
    static fromNumber(value) {
        return new TemporalClusterSpecServicesWorkerResourcesLimits(value);
    }
    static fromString(value) {
        return new TemporalClusterSpecServicesWorkerResourcesLimits(value);
    }
    constructor(value) {
        this.value = value;
    }
}
exports.TemporalClusterSpecServicesWorkerResourcesLimits = TemporalClusterSpecServicesWorkerResourcesLimits;
/**
 * @schema TemporalClusterSpecServicesWorkerResourcesRequests
 */
class TemporalClusterSpecServicesWorkerResourcesRequests {
    value;
    static fromNumber(value) {
        return new TemporalClusterSpecServicesWorkerResourcesRequests(value);
    }
    static fromString(value) {
        return new TemporalClusterSpecServicesWorkerResourcesRequests(value);
    }
    constructor(value) {
        this.value = value;
    }
}
exports.TemporalClusterSpecServicesWorkerResourcesRequests = TemporalClusterSpecServicesWorkerResourcesRequests;
/**
 * Converts an object of type 'TemporalClusterSpecUiOverridesDeploymentMetadata' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecUiOverridesDeploymentMetadata(obj) {
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
/**
 * Converts an object of type 'TemporalClusterSpecUiOverridesDeploymentSpec' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecUiOverridesDeploymentSpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'template': toJson_TemporalClusterSpecUiOverridesDeploymentSpecTemplate(obj.template),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TemporalClusterSpecAdmintoolsOverridesDeploymentSpecTemplate' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecAdmintoolsOverridesDeploymentSpecTemplate(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_TemporalClusterSpecAdmintoolsOverridesDeploymentSpecTemplateMetadata(obj.metadata),
        'spec': obj.spec,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TemporalClusterSpecArchivalProviderS3CredentialsAccessKeyIdRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecArchivalProviderS3CredentialsAccessKeyIdRef(obj) {
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
 * Converts an object of type 'TemporalClusterSpecArchivalProviderS3CredentialsSecretKeyRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecArchivalProviderS3CredentialsSecretKeyRef(obj) {
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
 * Converts an object of type 'TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorMetricRelabelings' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorMetricRelabelings(obj) {
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
 * Converts an object of type 'TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverride' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverride(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'attachMetadata': toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideAttachMetadata(obj.attachMetadata),
        'bodySizeLimit': obj.bodySizeLimit,
        'convertClassicHistogramsToNHCB': obj.convertClassicHistogramsToNhcb,
        'endpoints': obj.endpoints?.map(y => toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpoints(y)),
        'fallbackScrapeProtocol': obj.fallbackScrapeProtocol,
        'jobLabel': obj.jobLabel,
        'keepDroppedTargets': obj.keepDroppedTargets,
        'labelLimit': obj.labelLimit,
        'labelNameLengthLimit': obj.labelNameLengthLimit,
        'labelValueLengthLimit': obj.labelValueLengthLimit,
        'namespaceSelector': toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideNamespaceSelector(obj.namespaceSelector),
        'nativeHistogramBucketLimit': obj.nativeHistogramBucketLimit,
        'nativeHistogramMinBucketFactor': obj.nativeHistogramMinBucketFactor?.value,
        'podTargetLabels': obj.podTargetLabels?.map(y => y),
        'sampleLimit': obj.sampleLimit,
        'scrapeClass': obj.scrapeClass,
        'scrapeClassicHistograms': obj.scrapeClassicHistograms,
        'scrapeProtocols': obj.scrapeProtocols?.map(y => y),
        'selector': toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideSelector(obj.selector),
        'selectorMechanism': obj.selectorMechanism,
        'targetLabels': obj.targetLabels?.map(y => y),
        'targetLimit': obj.targetLimit,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * Consistency sets the default consistency level.
 * Values identical to gocql Consistency values. (defaults to LOCAL_QUORUM if not set).
 *
 * @schema TemporalClusterSpecPersistenceAdvancedVisibilityStoreCassandraConsistencyConsistency
 */
var TemporalClusterSpecPersistenceAdvancedVisibilityStoreCassandraConsistencyConsistency;
(function (TemporalClusterSpecPersistenceAdvancedVisibilityStoreCassandraConsistencyConsistency) {
    /** ANY */
    TemporalClusterSpecPersistenceAdvancedVisibilityStoreCassandraConsistencyConsistency["ANY"] = "ANY";
    /** ONE */
    TemporalClusterSpecPersistenceAdvancedVisibilityStoreCassandraConsistencyConsistency["ONE"] = "ONE";
    /** TWO */
    TemporalClusterSpecPersistenceAdvancedVisibilityStoreCassandraConsistencyConsistency["TWO"] = "TWO";
    /** THREE */
    TemporalClusterSpecPersistenceAdvancedVisibilityStoreCassandraConsistencyConsistency["THREE"] = "THREE";
    /** QUORUM */
    TemporalClusterSpecPersistenceAdvancedVisibilityStoreCassandraConsistencyConsistency["QUORUM"] = "QUORUM";
    /** ALL */
    TemporalClusterSpecPersistenceAdvancedVisibilityStoreCassandraConsistencyConsistency["ALL"] = "ALL";
    /** LOCAL_QUORUM */
    TemporalClusterSpecPersistenceAdvancedVisibilityStoreCassandraConsistencyConsistency["LOCAL_UNDERSCORE_QUORUM"] = "LOCAL_QUORUM";
    /** EACH_QUORUM */
    TemporalClusterSpecPersistenceAdvancedVisibilityStoreCassandraConsistencyConsistency["EACH_UNDERSCORE_QUORUM"] = "EACH_QUORUM";
    /** LOCAL_ONE */
    TemporalClusterSpecPersistenceAdvancedVisibilityStoreCassandraConsistencyConsistency["LOCAL_UNDERSCORE_ONE"] = "LOCAL_ONE";
})(TemporalClusterSpecPersistenceAdvancedVisibilityStoreCassandraConsistencyConsistency || (exports.TemporalClusterSpecPersistenceAdvancedVisibilityStoreCassandraConsistencyConsistency = TemporalClusterSpecPersistenceAdvancedVisibilityStoreCassandraConsistencyConsistency = {}));
/**
 * SerialConsistency sets the consistency for the serial prtion of queries. Values identical to gocql SerialConsistency values.
 * (defaults to LOCAL_SERIAL if not set)
 *
 * @schema TemporalClusterSpecPersistenceAdvancedVisibilityStoreCassandraConsistencySerialConsistency
 */
var TemporalClusterSpecPersistenceAdvancedVisibilityStoreCassandraConsistencySerialConsistency;
(function (TemporalClusterSpecPersistenceAdvancedVisibilityStoreCassandraConsistencySerialConsistency) {
    /** SERIAL */
    TemporalClusterSpecPersistenceAdvancedVisibilityStoreCassandraConsistencySerialConsistency["SERIAL"] = "SERIAL";
    /** LOCAL_SERIAL */
    TemporalClusterSpecPersistenceAdvancedVisibilityStoreCassandraConsistencySerialConsistency["LOCAL_UNDERSCORE_SERIAL"] = "LOCAL_SERIAL";
})(TemporalClusterSpecPersistenceAdvancedVisibilityStoreCassandraConsistencySerialConsistency || (exports.TemporalClusterSpecPersistenceAdvancedVisibilityStoreCassandraConsistencySerialConsistency = TemporalClusterSpecPersistenceAdvancedVisibilityStoreCassandraConsistencySerialConsistency = {}));
/**
 * Consistency sets the default consistency level.
 * Values identical to gocql Consistency values. (defaults to LOCAL_QUORUM if not set).
 *
 * @schema TemporalClusterSpecPersistenceDefaultStoreCassandraConsistencyConsistency
 */
var TemporalClusterSpecPersistenceDefaultStoreCassandraConsistencyConsistency;
(function (TemporalClusterSpecPersistenceDefaultStoreCassandraConsistencyConsistency) {
    /** ANY */
    TemporalClusterSpecPersistenceDefaultStoreCassandraConsistencyConsistency["ANY"] = "ANY";
    /** ONE */
    TemporalClusterSpecPersistenceDefaultStoreCassandraConsistencyConsistency["ONE"] = "ONE";
    /** TWO */
    TemporalClusterSpecPersistenceDefaultStoreCassandraConsistencyConsistency["TWO"] = "TWO";
    /** THREE */
    TemporalClusterSpecPersistenceDefaultStoreCassandraConsistencyConsistency["THREE"] = "THREE";
    /** QUORUM */
    TemporalClusterSpecPersistenceDefaultStoreCassandraConsistencyConsistency["QUORUM"] = "QUORUM";
    /** ALL */
    TemporalClusterSpecPersistenceDefaultStoreCassandraConsistencyConsistency["ALL"] = "ALL";
    /** LOCAL_QUORUM */
    TemporalClusterSpecPersistenceDefaultStoreCassandraConsistencyConsistency["LOCAL_UNDERSCORE_QUORUM"] = "LOCAL_QUORUM";
    /** EACH_QUORUM */
    TemporalClusterSpecPersistenceDefaultStoreCassandraConsistencyConsistency["EACH_UNDERSCORE_QUORUM"] = "EACH_QUORUM";
    /** LOCAL_ONE */
    TemporalClusterSpecPersistenceDefaultStoreCassandraConsistencyConsistency["LOCAL_UNDERSCORE_ONE"] = "LOCAL_ONE";
})(TemporalClusterSpecPersistenceDefaultStoreCassandraConsistencyConsistency || (exports.TemporalClusterSpecPersistenceDefaultStoreCassandraConsistencyConsistency = TemporalClusterSpecPersistenceDefaultStoreCassandraConsistencyConsistency = {}));
/**
 * SerialConsistency sets the consistency for the serial prtion of queries. Values identical to gocql SerialConsistency values.
 * (defaults to LOCAL_SERIAL if not set)
 *
 * @schema TemporalClusterSpecPersistenceDefaultStoreCassandraConsistencySerialConsistency
 */
var TemporalClusterSpecPersistenceDefaultStoreCassandraConsistencySerialConsistency;
(function (TemporalClusterSpecPersistenceDefaultStoreCassandraConsistencySerialConsistency) {
    /** SERIAL */
    TemporalClusterSpecPersistenceDefaultStoreCassandraConsistencySerialConsistency["SERIAL"] = "SERIAL";
    /** LOCAL_SERIAL */
    TemporalClusterSpecPersistenceDefaultStoreCassandraConsistencySerialConsistency["LOCAL_UNDERSCORE_SERIAL"] = "LOCAL_SERIAL";
})(TemporalClusterSpecPersistenceDefaultStoreCassandraConsistencySerialConsistency || (exports.TemporalClusterSpecPersistenceDefaultStoreCassandraConsistencySerialConsistency = TemporalClusterSpecPersistenceDefaultStoreCassandraConsistencySerialConsistency = {}));
/**
 * Consistency sets the default consistency level.
 * Values identical to gocql Consistency values. (defaults to LOCAL_QUORUM if not set).
 *
 * @schema TemporalClusterSpecPersistenceSecondaryVisibilityStoreCassandraConsistencyConsistency
 */
var TemporalClusterSpecPersistenceSecondaryVisibilityStoreCassandraConsistencyConsistency;
(function (TemporalClusterSpecPersistenceSecondaryVisibilityStoreCassandraConsistencyConsistency) {
    /** ANY */
    TemporalClusterSpecPersistenceSecondaryVisibilityStoreCassandraConsistencyConsistency["ANY"] = "ANY";
    /** ONE */
    TemporalClusterSpecPersistenceSecondaryVisibilityStoreCassandraConsistencyConsistency["ONE"] = "ONE";
    /** TWO */
    TemporalClusterSpecPersistenceSecondaryVisibilityStoreCassandraConsistencyConsistency["TWO"] = "TWO";
    /** THREE */
    TemporalClusterSpecPersistenceSecondaryVisibilityStoreCassandraConsistencyConsistency["THREE"] = "THREE";
    /** QUORUM */
    TemporalClusterSpecPersistenceSecondaryVisibilityStoreCassandraConsistencyConsistency["QUORUM"] = "QUORUM";
    /** ALL */
    TemporalClusterSpecPersistenceSecondaryVisibilityStoreCassandraConsistencyConsistency["ALL"] = "ALL";
    /** LOCAL_QUORUM */
    TemporalClusterSpecPersistenceSecondaryVisibilityStoreCassandraConsistencyConsistency["LOCAL_UNDERSCORE_QUORUM"] = "LOCAL_QUORUM";
    /** EACH_QUORUM */
    TemporalClusterSpecPersistenceSecondaryVisibilityStoreCassandraConsistencyConsistency["EACH_UNDERSCORE_QUORUM"] = "EACH_QUORUM";
    /** LOCAL_ONE */
    TemporalClusterSpecPersistenceSecondaryVisibilityStoreCassandraConsistencyConsistency["LOCAL_UNDERSCORE_ONE"] = "LOCAL_ONE";
})(TemporalClusterSpecPersistenceSecondaryVisibilityStoreCassandraConsistencyConsistency || (exports.TemporalClusterSpecPersistenceSecondaryVisibilityStoreCassandraConsistencyConsistency = TemporalClusterSpecPersistenceSecondaryVisibilityStoreCassandraConsistencyConsistency = {}));
/**
 * SerialConsistency sets the consistency for the serial prtion of queries. Values identical to gocql SerialConsistency values.
 * (defaults to LOCAL_SERIAL if not set)
 *
 * @schema TemporalClusterSpecPersistenceSecondaryVisibilityStoreCassandraConsistencySerialConsistency
 */
var TemporalClusterSpecPersistenceSecondaryVisibilityStoreCassandraConsistencySerialConsistency;
(function (TemporalClusterSpecPersistenceSecondaryVisibilityStoreCassandraConsistencySerialConsistency) {
    /** SERIAL */
    TemporalClusterSpecPersistenceSecondaryVisibilityStoreCassandraConsistencySerialConsistency["SERIAL"] = "SERIAL";
    /** LOCAL_SERIAL */
    TemporalClusterSpecPersistenceSecondaryVisibilityStoreCassandraConsistencySerialConsistency["LOCAL_UNDERSCORE_SERIAL"] = "LOCAL_SERIAL";
})(TemporalClusterSpecPersistenceSecondaryVisibilityStoreCassandraConsistencySerialConsistency || (exports.TemporalClusterSpecPersistenceSecondaryVisibilityStoreCassandraConsistencySerialConsistency = TemporalClusterSpecPersistenceSecondaryVisibilityStoreCassandraConsistencySerialConsistency = {}));
/**
 * Consistency sets the default consistency level.
 * Values identical to gocql Consistency values. (defaults to LOCAL_QUORUM if not set).
 *
 * @schema TemporalClusterSpecPersistenceVisibilityStoreCassandraConsistencyConsistency
 */
var TemporalClusterSpecPersistenceVisibilityStoreCassandraConsistencyConsistency;
(function (TemporalClusterSpecPersistenceVisibilityStoreCassandraConsistencyConsistency) {
    /** ANY */
    TemporalClusterSpecPersistenceVisibilityStoreCassandraConsistencyConsistency["ANY"] = "ANY";
    /** ONE */
    TemporalClusterSpecPersistenceVisibilityStoreCassandraConsistencyConsistency["ONE"] = "ONE";
    /** TWO */
    TemporalClusterSpecPersistenceVisibilityStoreCassandraConsistencyConsistency["TWO"] = "TWO";
    /** THREE */
    TemporalClusterSpecPersistenceVisibilityStoreCassandraConsistencyConsistency["THREE"] = "THREE";
    /** QUORUM */
    TemporalClusterSpecPersistenceVisibilityStoreCassandraConsistencyConsistency["QUORUM"] = "QUORUM";
    /** ALL */
    TemporalClusterSpecPersistenceVisibilityStoreCassandraConsistencyConsistency["ALL"] = "ALL";
    /** LOCAL_QUORUM */
    TemporalClusterSpecPersistenceVisibilityStoreCassandraConsistencyConsistency["LOCAL_UNDERSCORE_QUORUM"] = "LOCAL_QUORUM";
    /** EACH_QUORUM */
    TemporalClusterSpecPersistenceVisibilityStoreCassandraConsistencyConsistency["EACH_UNDERSCORE_QUORUM"] = "EACH_QUORUM";
    /** LOCAL_ONE */
    TemporalClusterSpecPersistenceVisibilityStoreCassandraConsistencyConsistency["LOCAL_UNDERSCORE_ONE"] = "LOCAL_ONE";
})(TemporalClusterSpecPersistenceVisibilityStoreCassandraConsistencyConsistency || (exports.TemporalClusterSpecPersistenceVisibilityStoreCassandraConsistencyConsistency = TemporalClusterSpecPersistenceVisibilityStoreCassandraConsistencyConsistency = {}));
/**
 * SerialConsistency sets the consistency for the serial prtion of queries. Values identical to gocql SerialConsistency values.
 * (defaults to LOCAL_SERIAL if not set)
 *
 * @schema TemporalClusterSpecPersistenceVisibilityStoreCassandraConsistencySerialConsistency
 */
var TemporalClusterSpecPersistenceVisibilityStoreCassandraConsistencySerialConsistency;
(function (TemporalClusterSpecPersistenceVisibilityStoreCassandraConsistencySerialConsistency) {
    /** SERIAL */
    TemporalClusterSpecPersistenceVisibilityStoreCassandraConsistencySerialConsistency["SERIAL"] = "SERIAL";
    /** LOCAL_SERIAL */
    TemporalClusterSpecPersistenceVisibilityStoreCassandraConsistencySerialConsistency["LOCAL_UNDERSCORE_SERIAL"] = "LOCAL_SERIAL";
})(TemporalClusterSpecPersistenceVisibilityStoreCassandraConsistencySerialConsistency || (exports.TemporalClusterSpecPersistenceVisibilityStoreCassandraConsistencySerialConsistency = TemporalClusterSpecPersistenceVisibilityStoreCassandraConsistencySerialConsistency = {}));
/**
 * Converts an object of type 'TemporalClusterSpecServicesFrontendOverridesDeploymentMetadata' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecServicesFrontendOverridesDeploymentMetadata(obj) {
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
/**
 * Converts an object of type 'TemporalClusterSpecServicesFrontendOverridesDeploymentSpec' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecServicesFrontendOverridesDeploymentSpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'template': toJson_TemporalClusterSpecServicesFrontendOverridesDeploymentSpecTemplate(obj.template),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TemporalClusterSpecServicesHistoryOverridesDeploymentMetadata' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecServicesHistoryOverridesDeploymentMetadata(obj) {
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
/**
 * Converts an object of type 'TemporalClusterSpecServicesHistoryOverridesDeploymentSpec' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecServicesHistoryOverridesDeploymentSpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'template': toJson_TemporalClusterSpecServicesHistoryOverridesDeploymentSpecTemplate(obj.template),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TemporalClusterSpecServicesInternalFrontendOverridesDeploymentMetadata' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecServicesInternalFrontendOverridesDeploymentMetadata(obj) {
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
/**
 * Converts an object of type 'TemporalClusterSpecServicesInternalFrontendOverridesDeploymentSpec' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecServicesInternalFrontendOverridesDeploymentSpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'template': toJson_TemporalClusterSpecServicesInternalFrontendOverridesDeploymentSpecTemplate(obj.template),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TemporalClusterSpecServicesMatchingOverridesDeploymentMetadata' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecServicesMatchingOverridesDeploymentMetadata(obj) {
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
/**
 * Converts an object of type 'TemporalClusterSpecServicesMatchingOverridesDeploymentSpec' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecServicesMatchingOverridesDeploymentSpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'template': toJson_TemporalClusterSpecServicesMatchingOverridesDeploymentSpecTemplate(obj.template),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TemporalClusterSpecServicesOverridesDeploymentSpecTemplate' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecServicesOverridesDeploymentSpecTemplate(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_TemporalClusterSpecServicesOverridesDeploymentSpecTemplateMetadata(obj.metadata),
        'spec': obj.spec,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TemporalClusterSpecServicesWorkerOverridesDeploymentMetadata' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecServicesWorkerOverridesDeploymentMetadata(obj) {
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
/**
 * Converts an object of type 'TemporalClusterSpecServicesWorkerOverridesDeploymentSpec' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecServicesWorkerOverridesDeploymentSpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'template': toJson_TemporalClusterSpecServicesWorkerOverridesDeploymentSpecTemplate(obj.template),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TemporalClusterSpecUiOverridesDeploymentSpecTemplate' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecUiOverridesDeploymentSpecTemplate(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_TemporalClusterSpecUiOverridesDeploymentSpecTemplateMetadata(obj.metadata),
        'spec': obj.spec,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TemporalClusterSpecAdmintoolsOverridesDeploymentSpecTemplateMetadata' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecAdmintoolsOverridesDeploymentSpecTemplateMetadata(obj) {
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
 * Action to perform based on the regex matching.
 *
 * `Uppercase` and `Lowercase` actions require Prometheus >= v2.36.0.
 * `DropEqual` and `KeepEqual` actions require Prometheus >= v2.41.0.
 *
 * Default: "Replace"
 *
 * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorMetricRelabelingsAction
 */
var TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorMetricRelabelingsAction;
(function (TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorMetricRelabelingsAction) {
    /** replace */
    TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorMetricRelabelingsAction["REPLACE"] = "replace";
    /** keep */
    TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorMetricRelabelingsAction["KEEP"] = "keep";
    /** drop */
    TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorMetricRelabelingsAction["DROP"] = "drop";
    /** hashmod */
    TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorMetricRelabelingsAction["HASHMOD"] = "hashmod";
    /** labelmap */
    TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorMetricRelabelingsAction["LABELMAP"] = "labelmap";
    /** labeldrop */
    TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorMetricRelabelingsAction["LABELDROP"] = "labeldrop";
    /** labelkeep */
    TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorMetricRelabelingsAction["LABELKEEP"] = "labelkeep";
    /** lowercase */
    TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorMetricRelabelingsAction["LOWERCASE"] = "lowercase";
    /** uppercase */
    TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorMetricRelabelingsAction["UPPERCASE"] = "uppercase";
    /** keepequal */
    TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorMetricRelabelingsAction["KEEPEQUAL"] = "keepequal";
    /** dropequal */
    TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorMetricRelabelingsAction["DROPEQUAL"] = "dropequal";
})(TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorMetricRelabelingsAction || (exports.TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorMetricRelabelingsAction = TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorMetricRelabelingsAction = {}));
/**
 * Converts an object of type 'TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideAttachMetadata' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideAttachMetadata(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'node': obj.node,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpoints' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpoints(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'authorization': toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsAuthorization(obj.authorization),
        'basicAuth': toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsBasicAuth(obj.basicAuth),
        'bearerTokenFile': obj.bearerTokenFile,
        'bearerTokenSecret': toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsBearerTokenSecret(obj.bearerTokenSecret),
        'enableHttp2': obj.enableHttp2,
        'filterRunning': obj.filterRunning,
        'followRedirects': obj.followRedirects,
        'honorLabels': obj.honorLabels,
        'honorTimestamps': obj.honorTimestamps,
        'interval': obj.interval,
        'metricRelabelings': obj.metricRelabelings?.map(y => toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsMetricRelabelings(y)),
        'noProxy': obj.noProxy,
        'oauth2': toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2(obj.oauth2),
        'params': ((obj.params) === undefined) ? undefined : (Object.entries(obj.params).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1]?.map(y => y) }), {})),
        'path': obj.path,
        'port': obj.port,
        'proxyConnectHeader': ((obj.proxyConnectHeader) === undefined) ? undefined : (Object.entries(obj.proxyConnectHeader).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1]?.map(y => toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsProxyConnectHeader(y)) }), {})),
        'proxyFromEnvironment': obj.proxyFromEnvironment,
        'proxyUrl': obj.proxyUrl,
        'relabelings': obj.relabelings?.map(y => toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsRelabelings(y)),
        'scheme': obj.scheme,
        'scrapeTimeout': obj.scrapeTimeout,
        'targetPort': obj.targetPort?.value,
        'tlsConfig': toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfig(obj.tlsConfig),
        'trackTimestampsStaleness': obj.trackTimestampsStaleness,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * The protocol to use if a scrape returns blank, unparseable, or otherwise invalid Content-Type.
 *
 * It requires Prometheus >= v3.0.0.
 *
 * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideFallbackScrapeProtocol
 */
var TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideFallbackScrapeProtocol;
(function (TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideFallbackScrapeProtocol) {
    /** PrometheusProto */
    TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideFallbackScrapeProtocol["PROMETHEUS_PROTO"] = "PrometheusProto";
    /** OpenMetricsText0.0.1 */
    TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideFallbackScrapeProtocol["OPEN_METRICS_TEXT0_0_1"] = "OpenMetricsText0.0.1";
    /** OpenMetricsText1.0.0 */
    TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideFallbackScrapeProtocol["OPEN_METRICS_TEXT1_0_0"] = "OpenMetricsText1.0.0";
    /** PrometheusText0.0.4 */
    TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideFallbackScrapeProtocol["PROMETHEUS_TEXT0_0_4"] = "PrometheusText0.0.4";
    /** PrometheusText1.0.0 */
    TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideFallbackScrapeProtocol["PROMETHEUS_TEXT1_0_0"] = "PrometheusText1.0.0";
})(TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideFallbackScrapeProtocol || (exports.TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideFallbackScrapeProtocol = TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideFallbackScrapeProtocol = {}));
/**
 * Converts an object of type 'TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideNamespaceSelector' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideNamespaceSelector(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'any': obj.any,
        'matchNames': obj.matchNames?.map(y => y),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * If the growth factor of one bucket to the next is smaller than this,
 * buckets will be merged to increase the factor sufficiently.
 * It requires Prometheus >= v2.50.0.
 *
 * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideNativeHistogramMinBucketFactor
 */
class TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideNativeHistogramMinBucketFactor {
    value;
    static fromNumber(value) {
        return new TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideNativeHistogramMinBucketFactor(value);
    }
    static fromString(value) {
        return new TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideNativeHistogramMinBucketFactor(value);
    }
    constructor(value) {
        this.value = value;
    }
}
exports.TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideNativeHistogramMinBucketFactor = TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideNativeHistogramMinBucketFactor;
/**
 * ScrapeProtocol represents a protocol used by Prometheus for scraping metrics.
 * Supported values are:
 * * `OpenMetricsText0.0.1`
 * * `OpenMetricsText1.0.0`
 * * `PrometheusProto`
 * * `PrometheusText0.0.4`
 * * `PrometheusText1.0.0`
 *
 * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideScrapeProtocols
 */
var TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideScrapeProtocols;
(function (TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideScrapeProtocols) {
    /** PrometheusProto */
    TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideScrapeProtocols["PROMETHEUS_PROTO"] = "PrometheusProto";
    /** OpenMetricsText0.0.1 */
    TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideScrapeProtocols["OPEN_METRICS_TEXT0_0_1"] = "OpenMetricsText0.0.1";
    /** OpenMetricsText1.0.0 */
    TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideScrapeProtocols["OPEN_METRICS_TEXT1_0_0"] = "OpenMetricsText1.0.0";
    /** PrometheusText0.0.4 */
    TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideScrapeProtocols["PROMETHEUS_TEXT0_0_4"] = "PrometheusText0.0.4";
    /** PrometheusText1.0.0 */
    TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideScrapeProtocols["PROMETHEUS_TEXT1_0_0"] = "PrometheusText1.0.0";
})(TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideScrapeProtocols || (exports.TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideScrapeProtocols = TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideScrapeProtocols = {}));
/**
 * Converts an object of type 'TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideSelector' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideSelector(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchExpressions': obj.matchExpressions?.map(y => toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideSelectorMatchExpressions(y)),
        'matchLabels': ((obj.matchLabels) === undefined) ? undefined : (Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * Mechanism used to select the endpoints to scrape.
 * By default, the selection process relies on relabel configurations to filter the discovered targets.
 * Alternatively, you can opt in for role selectors, which may offer better efficiency in large clusters.
 * Which strategy is best for your use case needs to be carefully evaluated.
 *
 * It requires Prometheus >= v2.17.0.
 *
 * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideSelectorMechanism
 */
var TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideSelectorMechanism;
(function (TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideSelectorMechanism) {
    /** RelabelConfig */
    TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideSelectorMechanism["RELABEL_CONFIG"] = "RelabelConfig";
    /** RoleSelector */
    TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideSelectorMechanism["ROLE_SELECTOR"] = "RoleSelector";
})(TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideSelectorMechanism || (exports.TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideSelectorMechanism = TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideSelectorMechanism = {}));
/**
 * Converts an object of type 'TemporalClusterSpecServicesFrontendOverridesDeploymentSpecTemplate' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecServicesFrontendOverridesDeploymentSpecTemplate(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_TemporalClusterSpecServicesFrontendOverridesDeploymentSpecTemplateMetadata(obj.metadata),
        'spec': obj.spec,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TemporalClusterSpecServicesHistoryOverridesDeploymentSpecTemplate' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecServicesHistoryOverridesDeploymentSpecTemplate(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_TemporalClusterSpecServicesHistoryOverridesDeploymentSpecTemplateMetadata(obj.metadata),
        'spec': obj.spec,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TemporalClusterSpecServicesInternalFrontendOverridesDeploymentSpecTemplate' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecServicesInternalFrontendOverridesDeploymentSpecTemplate(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_TemporalClusterSpecServicesInternalFrontendOverridesDeploymentSpecTemplateMetadata(obj.metadata),
        'spec': obj.spec,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TemporalClusterSpecServicesMatchingOverridesDeploymentSpecTemplate' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecServicesMatchingOverridesDeploymentSpecTemplate(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_TemporalClusterSpecServicesMatchingOverridesDeploymentSpecTemplateMetadata(obj.metadata),
        'spec': obj.spec,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TemporalClusterSpecServicesOverridesDeploymentSpecTemplateMetadata' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecServicesOverridesDeploymentSpecTemplateMetadata(obj) {
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
/**
 * Converts an object of type 'TemporalClusterSpecServicesWorkerOverridesDeploymentSpecTemplate' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecServicesWorkerOverridesDeploymentSpecTemplate(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_TemporalClusterSpecServicesWorkerOverridesDeploymentSpecTemplateMetadata(obj.metadata),
        'spec': obj.spec,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TemporalClusterSpecUiOverridesDeploymentSpecTemplateMetadata' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecUiOverridesDeploymentSpecTemplateMetadata(obj) {
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
/**
 * Converts an object of type 'TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsAuthorization' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsAuthorization(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'credentials': toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsAuthorizationCredentials(obj.credentials),
        'type': obj.type,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsBasicAuth' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsBasicAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'password': toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsBasicAuthPassword(obj.password),
        'username': toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsBasicAuthUsername(obj.username),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsBearerTokenSecret' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsBearerTokenSecret(obj) {
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
 * Converts an object of type 'TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsMetricRelabelings' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsMetricRelabelings(obj) {
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
 * Converts an object of type 'TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'clientId': toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2ClientId(obj.clientId),
        'clientSecret': toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2ClientSecret(obj.clientSecret),
        'endpointParams': ((obj.endpointParams) === undefined) ? undefined : (Object.entries(obj.endpointParams).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'noProxy': obj.noProxy,
        'proxyConnectHeader': ((obj.proxyConnectHeader) === undefined) ? undefined : (Object.entries(obj.proxyConnectHeader).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1]?.map(y => toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2ProxyConnectHeader(y)) }), {})),
        'proxyFromEnvironment': obj.proxyFromEnvironment,
        'proxyUrl': obj.proxyUrl,
        'scopes': obj.scopes?.map(y => y),
        'tlsConfig': toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfig(obj.tlsConfig),
        'tokenUrl': obj.tokenUrl,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsProxyConnectHeader' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsProxyConnectHeader(obj) {
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
 * Converts an object of type 'TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsRelabelings' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsRelabelings(obj) {
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
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * HTTP scheme to use for scraping.
 *
 * `http` and `https` are the expected values unless you rewrite the
 * `__scheme__` label via relabeling.
 *
 * If empty, Prometheus uses the default value `http`.
 *
 * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsScheme
 */
var TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsScheme;
(function (TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsScheme) {
    /** http */
    TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsScheme["HTTP"] = "http";
    /** https */
    TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsScheme["HTTPS"] = "https";
})(TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsScheme || (exports.TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsScheme = TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsScheme = {}));
/**
 * Name or number of the target port of the `Pod` object behind the
 * Service. The port must be specified with the container's port property.
 *
 * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTargetPort
 */
class TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTargetPort {
    value;
    static fromNumber(value) {
        return new TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTargetPort(value);
    }
    static fromString(value) {
        return new TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTargetPort(value);
    }
    constructor(value) {
        this.value = value;
    }
}
exports.TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTargetPort = TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTargetPort;
/**
 * Converts an object of type 'TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfig' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfig(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'ca': toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfigCa(obj.ca),
        'caFile': obj.caFile,
        'cert': toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfigCert(obj.cert),
        'certFile': obj.certFile,
        'insecureSkipVerify': obj.insecureSkipVerify,
        'keyFile': obj.keyFile,
        'keySecret': toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfigKeySecret(obj.keySecret),
        'maxVersion': obj.maxVersion,
        'minVersion': obj.minVersion,
        'serverName': obj.serverName,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideSelectorMatchExpressions' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideSelectorMatchExpressions(obj) {
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
 * Converts an object of type 'TemporalClusterSpecServicesFrontendOverridesDeploymentSpecTemplateMetadata' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecServicesFrontendOverridesDeploymentSpecTemplateMetadata(obj) {
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
/**
 * Converts an object of type 'TemporalClusterSpecServicesHistoryOverridesDeploymentSpecTemplateMetadata' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecServicesHistoryOverridesDeploymentSpecTemplateMetadata(obj) {
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
/**
 * Converts an object of type 'TemporalClusterSpecServicesInternalFrontendOverridesDeploymentSpecTemplateMetadata' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecServicesInternalFrontendOverridesDeploymentSpecTemplateMetadata(obj) {
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
/**
 * Converts an object of type 'TemporalClusterSpecServicesMatchingOverridesDeploymentSpecTemplateMetadata' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecServicesMatchingOverridesDeploymentSpecTemplateMetadata(obj) {
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
/**
 * Converts an object of type 'TemporalClusterSpecServicesWorkerOverridesDeploymentSpecTemplateMetadata' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecServicesWorkerOverridesDeploymentSpecTemplateMetadata(obj) {
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
/**
 * Converts an object of type 'TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsAuthorizationCredentials' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsAuthorizationCredentials(obj) {
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
 * Converts an object of type 'TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsBasicAuthPassword' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsBasicAuthPassword(obj) {
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
 * Converts an object of type 'TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsBasicAuthUsername' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsBasicAuthUsername(obj) {
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
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * Action to perform based on the regex matching.
 *
 * `Uppercase` and `Lowercase` actions require Prometheus >= v2.36.0.
 * `DropEqual` and `KeepEqual` actions require Prometheus >= v2.41.0.
 *
 * Default: "Replace"
 *
 * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsMetricRelabelingsAction
 */
var TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsMetricRelabelingsAction;
(function (TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsMetricRelabelingsAction) {
    /** replace */
    TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsMetricRelabelingsAction["REPLACE"] = "replace";
    /** keep */
    TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsMetricRelabelingsAction["KEEP"] = "keep";
    /** drop */
    TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsMetricRelabelingsAction["DROP"] = "drop";
    /** hashmod */
    TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsMetricRelabelingsAction["HASHMOD"] = "hashmod";
    /** labelmap */
    TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsMetricRelabelingsAction["LABELMAP"] = "labelmap";
    /** labeldrop */
    TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsMetricRelabelingsAction["LABELDROP"] = "labeldrop";
    /** labelkeep */
    TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsMetricRelabelingsAction["LABELKEEP"] = "labelkeep";
    /** lowercase */
    TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsMetricRelabelingsAction["LOWERCASE"] = "lowercase";
    /** uppercase */
    TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsMetricRelabelingsAction["UPPERCASE"] = "uppercase";
    /** keepequal */
    TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsMetricRelabelingsAction["KEEPEQUAL"] = "keepequal";
    /** dropequal */
    TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsMetricRelabelingsAction["DROPEQUAL"] = "dropequal";
})(TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsMetricRelabelingsAction || (exports.TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsMetricRelabelingsAction = TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsMetricRelabelingsAction = {}));
/**
 * Converts an object of type 'TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2ClientId' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2ClientId(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'configMap': toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2ClientIdConfigMap(obj.configMap),
        'secret': toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2ClientIdSecret(obj.secret),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2ClientSecret' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2ClientSecret(obj) {
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
 * Converts an object of type 'TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2ProxyConnectHeader' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2ProxyConnectHeader(obj) {
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
 * Converts an object of type 'TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfig' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfig(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'ca': toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfigCa(obj.ca),
        'cert': toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfigCert(obj.cert),
        'insecureSkipVerify': obj.insecureSkipVerify,
        'keySecret': toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfigKeySecret(obj.keySecret),
        'maxVersion': obj.maxVersion,
        'minVersion': obj.minVersion,
        'serverName': obj.serverName,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * Action to perform based on the regex matching.
 *
 * `Uppercase` and `Lowercase` actions require Prometheus >= v2.36.0.
 * `DropEqual` and `KeepEqual` actions require Prometheus >= v2.41.0.
 *
 * Default: "Replace"
 *
 * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsRelabelingsAction
 */
var TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsRelabelingsAction;
(function (TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsRelabelingsAction) {
    /** replace */
    TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsRelabelingsAction["REPLACE"] = "replace";
    /** keep */
    TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsRelabelingsAction["KEEP"] = "keep";
    /** drop */
    TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsRelabelingsAction["DROP"] = "drop";
    /** hashmod */
    TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsRelabelingsAction["HASHMOD"] = "hashmod";
    /** labelmap */
    TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsRelabelingsAction["LABELMAP"] = "labelmap";
    /** labeldrop */
    TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsRelabelingsAction["LABELDROP"] = "labeldrop";
    /** labelkeep */
    TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsRelabelingsAction["LABELKEEP"] = "labelkeep";
    /** lowercase */
    TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsRelabelingsAction["LOWERCASE"] = "lowercase";
    /** uppercase */
    TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsRelabelingsAction["UPPERCASE"] = "uppercase";
    /** keepequal */
    TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsRelabelingsAction["KEEPEQUAL"] = "keepequal";
    /** dropequal */
    TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsRelabelingsAction["DROPEQUAL"] = "dropequal";
})(TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsRelabelingsAction || (exports.TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsRelabelingsAction = TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsRelabelingsAction = {}));
/**
 * Converts an object of type 'TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfigCa' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfigCa(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'configMap': toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfigCaConfigMap(obj.configMap),
        'secret': toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfigCaSecret(obj.secret),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfigCert' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfigCert(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'configMap': toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfigCertConfigMap(obj.configMap),
        'secret': toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfigCertSecret(obj.secret),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfigKeySecret' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfigKeySecret(obj) {
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
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * Maximum acceptable TLS version.
 *
 * It requires Prometheus >= v2.41.0 or Thanos >= v0.31.0.
 *
 * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfigMaxVersion
 */
var TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfigMaxVersion;
(function (TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfigMaxVersion) {
    /** TLS10 */
    TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfigMaxVersion["TLS10"] = "TLS10";
    /** TLS11 */
    TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfigMaxVersion["TLS11"] = "TLS11";
    /** TLS12 */
    TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfigMaxVersion["TLS12"] = "TLS12";
    /** TLS13 */
    TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfigMaxVersion["TLS13"] = "TLS13";
})(TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfigMaxVersion || (exports.TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfigMaxVersion = TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfigMaxVersion = {}));
/**
 * Minimum acceptable TLS version.
 *
 * It requires Prometheus >= v2.35.0 or Thanos >= v0.28.0.
 *
 * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfigMinVersion
 */
var TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfigMinVersion;
(function (TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfigMinVersion) {
    /** TLS10 */
    TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfigMinVersion["TLS10"] = "TLS10";
    /** TLS11 */
    TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfigMinVersion["TLS11"] = "TLS11";
    /** TLS12 */
    TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfigMinVersion["TLS12"] = "TLS12";
    /** TLS13 */
    TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfigMinVersion["TLS13"] = "TLS13";
})(TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfigMinVersion || (exports.TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfigMinVersion = TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfigMinVersion = {}));
/**
 * Converts an object of type 'TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2ClientIdConfigMap' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2ClientIdConfigMap(obj) {
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
 * Converts an object of type 'TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2ClientIdSecret' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2ClientIdSecret(obj) {
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
 * Converts an object of type 'TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfigCa' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfigCa(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'configMap': toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfigCaConfigMap(obj.configMap),
        'secret': toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfigCaSecret(obj.secret),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfigCert' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfigCert(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'configMap': toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfigCertConfigMap(obj.configMap),
        'secret': toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfigCertSecret(obj.secret),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfigKeySecret' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfigKeySecret(obj) {
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
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * Maximum acceptable TLS version.
 *
 * It requires Prometheus >= v2.41.0 or Thanos >= v0.31.0.
 *
 * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfigMaxVersion
 */
var TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfigMaxVersion;
(function (TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfigMaxVersion) {
    /** TLS10 */
    TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfigMaxVersion["TLS10"] = "TLS10";
    /** TLS11 */
    TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfigMaxVersion["TLS11"] = "TLS11";
    /** TLS12 */
    TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfigMaxVersion["TLS12"] = "TLS12";
    /** TLS13 */
    TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfigMaxVersion["TLS13"] = "TLS13";
})(TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfigMaxVersion || (exports.TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfigMaxVersion = TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfigMaxVersion = {}));
/**
 * Minimum acceptable TLS version.
 *
 * It requires Prometheus >= v2.35.0 or Thanos >= v0.28.0.
 *
 * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfigMinVersion
 */
var TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfigMinVersion;
(function (TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfigMinVersion) {
    /** TLS10 */
    TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfigMinVersion["TLS10"] = "TLS10";
    /** TLS11 */
    TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfigMinVersion["TLS11"] = "TLS11";
    /** TLS12 */
    TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfigMinVersion["TLS12"] = "TLS12";
    /** TLS13 */
    TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfigMinVersion["TLS13"] = "TLS13";
})(TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfigMinVersion || (exports.TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfigMinVersion = TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfigMinVersion = {}));
/**
 * Converts an object of type 'TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfigCaConfigMap' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfigCaConfigMap(obj) {
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
 * Converts an object of type 'TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfigCaSecret' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfigCaSecret(obj) {
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
 * Converts an object of type 'TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfigCertConfigMap' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfigCertConfigMap(obj) {
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
 * Converts an object of type 'TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfigCertSecret' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfigCertSecret(obj) {
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
 * Converts an object of type 'TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfigCaConfigMap' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfigCaConfigMap(obj) {
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
 * Converts an object of type 'TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfigCaSecret' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfigCaSecret(obj) {
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
 * Converts an object of type 'TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfigCertConfigMap' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfigCertConfigMap(obj) {
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
 * Converts an object of type 'TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfigCertSecret' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfigCertSecret(obj) {
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
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
