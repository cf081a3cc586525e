"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.RedisSentinelSpecVolumeMountVolumeProjectedSourcesDownwardApiItemsResourceFieldRefDivisor = exports.RedisSentinelSpecVolumeMountVolumeEphemeralVolumeClaimTemplateSpecResourcesRequests = exports.RedisSentinelSpecVolumeMountVolumeEphemeralVolumeClaimTemplateSpecResourcesLimits = exports.RedisSentinelSpecVolumeMountVolumeDownwardApiItemsResourceFieldRefDivisor = exports.RedisSentinelSpecSidecarsEnvValueFromResourceFieldRefDivisor = exports.RedisSentinelSpecRedisExporterEnvValueFromResourceFieldRefDivisor = exports.RedisSentinelSpecInitContainerEnvValueFromResourceFieldRefDivisor = exports.RedisSentinelSpecVolumeMountVolumeEmptyDirSizeLimit = exports.RedisSentinelSpecRedisSentinelConfigRedisReplicationPasswordResourceFieldRefDivisor = exports.RedisSentinelSpecKubernetesConfigUpdateStrategyRollingUpdateMaxUnavailable = exports.RedisSentinelSpecKubernetesConfigServiceHeadlessType = exports.RedisSentinelSpecKubernetesConfigServiceAdditionalType = exports.RedisSentinelSpecEnvValueFromResourceFieldRefDivisor = exports.RedisSentinelSpecSidecarsResourcesRequests = exports.RedisSentinelSpecSidecarsResourcesLimits = exports.RedisSentinelSpecRedisExporterResourcesRequests = exports.RedisSentinelSpecRedisExporterResourcesLimits = exports.RedisSentinelSpecReadinessProbeTcpSocketPort = exports.RedisSentinelSpecReadinessProbeHttpGetPort = exports.RedisSentinelSpecLivenessProbeTcpSocketPort = exports.RedisSentinelSpecLivenessProbeHttpGetPort = exports.RedisSentinelSpecKubernetesConfigServiceServiceType = exports.RedisSentinelSpecKubernetesConfigResourcesRequests = exports.RedisSentinelSpecKubernetesConfigResourcesLimits = exports.RedisSentinelSpecInitContainerResourcesRequests = exports.RedisSentinelSpecInitContainerResourcesLimits = exports.RedisSentinel = void 0;
exports.toJson_RedisSentinelProps = toJson_RedisSentinelProps;
exports.toJson_RedisSentinelSpec = toJson_RedisSentinelSpec;
exports.toJson_RedisSentinelSpecTls = toJson_RedisSentinelSpecTls;
exports.toJson_RedisSentinelSpecAffinity = toJson_RedisSentinelSpecAffinity;
exports.toJson_RedisSentinelSpecEnv = toJson_RedisSentinelSpecEnv;
exports.toJson_RedisSentinelSpecInitContainer = toJson_RedisSentinelSpecInitContainer;
exports.toJson_RedisSentinelSpecKubernetesConfig = toJson_RedisSentinelSpecKubernetesConfig;
exports.toJson_RedisSentinelSpecLivenessProbe = toJson_RedisSentinelSpecLivenessProbe;
exports.toJson_RedisSentinelSpecPdb = toJson_RedisSentinelSpecPdb;
exports.toJson_RedisSentinelSpecPodSecurityContext = toJson_RedisSentinelSpecPodSecurityContext;
exports.toJson_RedisSentinelSpecReadinessProbe = toJson_RedisSentinelSpecReadinessProbe;
exports.toJson_RedisSentinelSpecRedisExporter = toJson_RedisSentinelSpecRedisExporter;
exports.toJson_RedisSentinelSpecRedisSentinelConfig = toJson_RedisSentinelSpecRedisSentinelConfig;
exports.toJson_RedisSentinelSpecSecurityContext = toJson_RedisSentinelSpecSecurityContext;
exports.toJson_RedisSentinelSpecSidecars = toJson_RedisSentinelSpecSidecars;
exports.toJson_RedisSentinelSpecTolerations = toJson_RedisSentinelSpecTolerations;
exports.toJson_RedisSentinelSpecTopologySpreadConstraints = toJson_RedisSentinelSpecTopologySpreadConstraints;
exports.toJson_RedisSentinelSpecVolumeMount = toJson_RedisSentinelSpecVolumeMount;
exports.toJson_RedisSentinelSpecTlsSecret = toJson_RedisSentinelSpecTlsSecret;
exports.toJson_RedisSentinelSpecAffinityNodeAffinity = toJson_RedisSentinelSpecAffinityNodeAffinity;
exports.toJson_RedisSentinelSpecAffinityPodAffinity = toJson_RedisSentinelSpecAffinityPodAffinity;
exports.toJson_RedisSentinelSpecAffinityPodAntiAffinity = toJson_RedisSentinelSpecAffinityPodAntiAffinity;
exports.toJson_RedisSentinelSpecEnvValueFrom = toJson_RedisSentinelSpecEnvValueFrom;
exports.toJson_RedisSentinelSpecInitContainerEnv = toJson_RedisSentinelSpecInitContainerEnv;
exports.toJson_RedisSentinelSpecInitContainerResources = toJson_RedisSentinelSpecInitContainerResources;
exports.toJson_RedisSentinelSpecInitContainerSecurityContext = toJson_RedisSentinelSpecInitContainerSecurityContext;
exports.toJson_RedisSentinelSpecKubernetesConfigImagePullSecrets = toJson_RedisSentinelSpecKubernetesConfigImagePullSecrets;
exports.toJson_RedisSentinelSpecKubernetesConfigPersistentVolumeClaimRetentionPolicy = toJson_RedisSentinelSpecKubernetesConfigPersistentVolumeClaimRetentionPolicy;
exports.toJson_RedisSentinelSpecKubernetesConfigRedisSecret = toJson_RedisSentinelSpecKubernetesConfigRedisSecret;
exports.toJson_RedisSentinelSpecKubernetesConfigResources = toJson_RedisSentinelSpecKubernetesConfigResources;
exports.toJson_RedisSentinelSpecKubernetesConfigService = toJson_RedisSentinelSpecKubernetesConfigService;
exports.toJson_RedisSentinelSpecKubernetesConfigUpdateStrategy = toJson_RedisSentinelSpecKubernetesConfigUpdateStrategy;
exports.toJson_RedisSentinelSpecLivenessProbeExec = toJson_RedisSentinelSpecLivenessProbeExec;
exports.toJson_RedisSentinelSpecLivenessProbeGrpc = toJson_RedisSentinelSpecLivenessProbeGrpc;
exports.toJson_RedisSentinelSpecLivenessProbeHttpGet = toJson_RedisSentinelSpecLivenessProbeHttpGet;
exports.toJson_RedisSentinelSpecLivenessProbeTcpSocket = toJson_RedisSentinelSpecLivenessProbeTcpSocket;
exports.toJson_RedisSentinelSpecPodSecurityContextSeLinuxOptions = toJson_RedisSentinelSpecPodSecurityContextSeLinuxOptions;
exports.toJson_RedisSentinelSpecPodSecurityContextSeccompProfile = toJson_RedisSentinelSpecPodSecurityContextSeccompProfile;
exports.toJson_RedisSentinelSpecPodSecurityContextSysctls = toJson_RedisSentinelSpecPodSecurityContextSysctls;
exports.toJson_RedisSentinelSpecPodSecurityContextWindowsOptions = toJson_RedisSentinelSpecPodSecurityContextWindowsOptions;
exports.toJson_RedisSentinelSpecReadinessProbeExec = toJson_RedisSentinelSpecReadinessProbeExec;
exports.toJson_RedisSentinelSpecReadinessProbeGrpc = toJson_RedisSentinelSpecReadinessProbeGrpc;
exports.toJson_RedisSentinelSpecReadinessProbeHttpGet = toJson_RedisSentinelSpecReadinessProbeHttpGet;
exports.toJson_RedisSentinelSpecReadinessProbeTcpSocket = toJson_RedisSentinelSpecReadinessProbeTcpSocket;
exports.toJson_RedisSentinelSpecRedisExporterEnv = toJson_RedisSentinelSpecRedisExporterEnv;
exports.toJson_RedisSentinelSpecRedisExporterResources = toJson_RedisSentinelSpecRedisExporterResources;
exports.toJson_RedisSentinelSpecRedisExporterSecurityContext = toJson_RedisSentinelSpecRedisExporterSecurityContext;
exports.toJson_RedisSentinelSpecRedisSentinelConfigRedisReplicationPassword = toJson_RedisSentinelSpecRedisSentinelConfigRedisReplicationPassword;
exports.toJson_RedisSentinelSpecSecurityContextCapabilities = toJson_RedisSentinelSpecSecurityContextCapabilities;
exports.toJson_RedisSentinelSpecSecurityContextSeLinuxOptions = toJson_RedisSentinelSpecSecurityContextSeLinuxOptions;
exports.toJson_RedisSentinelSpecSecurityContextSeccompProfile = toJson_RedisSentinelSpecSecurityContextSeccompProfile;
exports.toJson_RedisSentinelSpecSecurityContextWindowsOptions = toJson_RedisSentinelSpecSecurityContextWindowsOptions;
exports.toJson_RedisSentinelSpecSidecarsEnv = toJson_RedisSentinelSpecSidecarsEnv;
exports.toJson_RedisSentinelSpecSidecarsMountPath = toJson_RedisSentinelSpecSidecarsMountPath;
exports.toJson_RedisSentinelSpecSidecarsPorts = toJson_RedisSentinelSpecSidecarsPorts;
exports.toJson_RedisSentinelSpecSidecarsResources = toJson_RedisSentinelSpecSidecarsResources;
exports.toJson_RedisSentinelSpecSidecarsSecurityContext = toJson_RedisSentinelSpecSidecarsSecurityContext;
exports.toJson_RedisSentinelSpecTopologySpreadConstraintsLabelSelector = toJson_RedisSentinelSpecTopologySpreadConstraintsLabelSelector;
exports.toJson_RedisSentinelSpecVolumeMountMountPath = toJson_RedisSentinelSpecVolumeMountMountPath;
exports.toJson_RedisSentinelSpecVolumeMountVolume = toJson_RedisSentinelSpecVolumeMountVolume;
exports.toJson_RedisSentinelSpecTlsSecretItems = toJson_RedisSentinelSpecTlsSecretItems;
exports.toJson_RedisSentinelSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution = toJson_RedisSentinelSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution;
exports.toJson_RedisSentinelSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution = toJson_RedisSentinelSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution;
exports.toJson_RedisSentinelSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution = toJson_RedisSentinelSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution;
exports.toJson_RedisSentinelSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution = toJson_RedisSentinelSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution;
exports.toJson_RedisSentinelSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution = toJson_RedisSentinelSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution;
exports.toJson_RedisSentinelSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution = toJson_RedisSentinelSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution;
exports.toJson_RedisSentinelSpecEnvValueFromConfigMapKeyRef = toJson_RedisSentinelSpecEnvValueFromConfigMapKeyRef;
exports.toJson_RedisSentinelSpecEnvValueFromFieldRef = toJson_RedisSentinelSpecEnvValueFromFieldRef;
exports.toJson_RedisSentinelSpecEnvValueFromResourceFieldRef = toJson_RedisSentinelSpecEnvValueFromResourceFieldRef;
exports.toJson_RedisSentinelSpecEnvValueFromSecretKeyRef = toJson_RedisSentinelSpecEnvValueFromSecretKeyRef;
exports.toJson_RedisSentinelSpecInitContainerEnvValueFrom = toJson_RedisSentinelSpecInitContainerEnvValueFrom;
exports.toJson_RedisSentinelSpecInitContainerResourcesClaims = toJson_RedisSentinelSpecInitContainerResourcesClaims;
exports.toJson_RedisSentinelSpecInitContainerSecurityContextCapabilities = toJson_RedisSentinelSpecInitContainerSecurityContextCapabilities;
exports.toJson_RedisSentinelSpecInitContainerSecurityContextSeLinuxOptions = toJson_RedisSentinelSpecInitContainerSecurityContextSeLinuxOptions;
exports.toJson_RedisSentinelSpecInitContainerSecurityContextSeccompProfile = toJson_RedisSentinelSpecInitContainerSecurityContextSeccompProfile;
exports.toJson_RedisSentinelSpecInitContainerSecurityContextWindowsOptions = toJson_RedisSentinelSpecInitContainerSecurityContextWindowsOptions;
exports.toJson_RedisSentinelSpecKubernetesConfigResourcesClaims = toJson_RedisSentinelSpecKubernetesConfigResourcesClaims;
exports.toJson_RedisSentinelSpecKubernetesConfigServiceAdditional = toJson_RedisSentinelSpecKubernetesConfigServiceAdditional;
exports.toJson_RedisSentinelSpecKubernetesConfigServiceHeadless = toJson_RedisSentinelSpecKubernetesConfigServiceHeadless;
exports.toJson_RedisSentinelSpecKubernetesConfigUpdateStrategyRollingUpdate = toJson_RedisSentinelSpecKubernetesConfigUpdateStrategyRollingUpdate;
exports.toJson_RedisSentinelSpecLivenessProbeHttpGetHttpHeaders = toJson_RedisSentinelSpecLivenessProbeHttpGetHttpHeaders;
exports.toJson_RedisSentinelSpecReadinessProbeHttpGetHttpHeaders = toJson_RedisSentinelSpecReadinessProbeHttpGetHttpHeaders;
exports.toJson_RedisSentinelSpecRedisExporterEnvValueFrom = toJson_RedisSentinelSpecRedisExporterEnvValueFrom;
exports.toJson_RedisSentinelSpecRedisExporterResourcesClaims = toJson_RedisSentinelSpecRedisExporterResourcesClaims;
exports.toJson_RedisSentinelSpecRedisExporterSecurityContextCapabilities = toJson_RedisSentinelSpecRedisExporterSecurityContextCapabilities;
exports.toJson_RedisSentinelSpecRedisExporterSecurityContextSeLinuxOptions = toJson_RedisSentinelSpecRedisExporterSecurityContextSeLinuxOptions;
exports.toJson_RedisSentinelSpecRedisExporterSecurityContextSeccompProfile = toJson_RedisSentinelSpecRedisExporterSecurityContextSeccompProfile;
exports.toJson_RedisSentinelSpecRedisExporterSecurityContextWindowsOptions = toJson_RedisSentinelSpecRedisExporterSecurityContextWindowsOptions;
exports.toJson_RedisSentinelSpecRedisSentinelConfigRedisReplicationPasswordConfigMapKeyRef = toJson_RedisSentinelSpecRedisSentinelConfigRedisReplicationPasswordConfigMapKeyRef;
exports.toJson_RedisSentinelSpecRedisSentinelConfigRedisReplicationPasswordFieldRef = toJson_RedisSentinelSpecRedisSentinelConfigRedisReplicationPasswordFieldRef;
exports.toJson_RedisSentinelSpecRedisSentinelConfigRedisReplicationPasswordResourceFieldRef = toJson_RedisSentinelSpecRedisSentinelConfigRedisReplicationPasswordResourceFieldRef;
exports.toJson_RedisSentinelSpecRedisSentinelConfigRedisReplicationPasswordSecretKeyRef = toJson_RedisSentinelSpecRedisSentinelConfigRedisReplicationPasswordSecretKeyRef;
exports.toJson_RedisSentinelSpecSidecarsEnvValueFrom = toJson_RedisSentinelSpecSidecarsEnvValueFrom;
exports.toJson_RedisSentinelSpecSidecarsResourcesClaims = toJson_RedisSentinelSpecSidecarsResourcesClaims;
exports.toJson_RedisSentinelSpecSidecarsSecurityContextCapabilities = toJson_RedisSentinelSpecSidecarsSecurityContextCapabilities;
exports.toJson_RedisSentinelSpecSidecarsSecurityContextSeLinuxOptions = toJson_RedisSentinelSpecSidecarsSecurityContextSeLinuxOptions;
exports.toJson_RedisSentinelSpecSidecarsSecurityContextSeccompProfile = toJson_RedisSentinelSpecSidecarsSecurityContextSeccompProfile;
exports.toJson_RedisSentinelSpecSidecarsSecurityContextWindowsOptions = toJson_RedisSentinelSpecSidecarsSecurityContextWindowsOptions;
exports.toJson_RedisSentinelSpecTopologySpreadConstraintsLabelSelectorMatchExpressions = toJson_RedisSentinelSpecTopologySpreadConstraintsLabelSelectorMatchExpressions;
exports.toJson_RedisSentinelSpecVolumeMountVolumeAwsElasticBlockStore = toJson_RedisSentinelSpecVolumeMountVolumeAwsElasticBlockStore;
exports.toJson_RedisSentinelSpecVolumeMountVolumeAzureDisk = toJson_RedisSentinelSpecVolumeMountVolumeAzureDisk;
exports.toJson_RedisSentinelSpecVolumeMountVolumeAzureFile = toJson_RedisSentinelSpecVolumeMountVolumeAzureFile;
exports.toJson_RedisSentinelSpecVolumeMountVolumeCephfs = toJson_RedisSentinelSpecVolumeMountVolumeCephfs;
exports.toJson_RedisSentinelSpecVolumeMountVolumeCinder = toJson_RedisSentinelSpecVolumeMountVolumeCinder;
exports.toJson_RedisSentinelSpecVolumeMountVolumeConfigMap = toJson_RedisSentinelSpecVolumeMountVolumeConfigMap;
exports.toJson_RedisSentinelSpecVolumeMountVolumeCsi = toJson_RedisSentinelSpecVolumeMountVolumeCsi;
exports.toJson_RedisSentinelSpecVolumeMountVolumeDownwardApi = toJson_RedisSentinelSpecVolumeMountVolumeDownwardApi;
exports.toJson_RedisSentinelSpecVolumeMountVolumeEmptyDir = toJson_RedisSentinelSpecVolumeMountVolumeEmptyDir;
exports.toJson_RedisSentinelSpecVolumeMountVolumeEphemeral = toJson_RedisSentinelSpecVolumeMountVolumeEphemeral;
exports.toJson_RedisSentinelSpecVolumeMountVolumeFc = toJson_RedisSentinelSpecVolumeMountVolumeFc;
exports.toJson_RedisSentinelSpecVolumeMountVolumeFlexVolume = toJson_RedisSentinelSpecVolumeMountVolumeFlexVolume;
exports.toJson_RedisSentinelSpecVolumeMountVolumeFlocker = toJson_RedisSentinelSpecVolumeMountVolumeFlocker;
exports.toJson_RedisSentinelSpecVolumeMountVolumeGcePersistentDisk = toJson_RedisSentinelSpecVolumeMountVolumeGcePersistentDisk;
exports.toJson_RedisSentinelSpecVolumeMountVolumeGitRepo = toJson_RedisSentinelSpecVolumeMountVolumeGitRepo;
exports.toJson_RedisSentinelSpecVolumeMountVolumeGlusterfs = toJson_RedisSentinelSpecVolumeMountVolumeGlusterfs;
exports.toJson_RedisSentinelSpecVolumeMountVolumeHostPath = toJson_RedisSentinelSpecVolumeMountVolumeHostPath;
exports.toJson_RedisSentinelSpecVolumeMountVolumeIscsi = toJson_RedisSentinelSpecVolumeMountVolumeIscsi;
exports.toJson_RedisSentinelSpecVolumeMountVolumeNfs = toJson_RedisSentinelSpecVolumeMountVolumeNfs;
exports.toJson_RedisSentinelSpecVolumeMountVolumePersistentVolumeClaim = toJson_RedisSentinelSpecVolumeMountVolumePersistentVolumeClaim;
exports.toJson_RedisSentinelSpecVolumeMountVolumePhotonPersistentDisk = toJson_RedisSentinelSpecVolumeMountVolumePhotonPersistentDisk;
exports.toJson_RedisSentinelSpecVolumeMountVolumePortworxVolume = toJson_RedisSentinelSpecVolumeMountVolumePortworxVolume;
exports.toJson_RedisSentinelSpecVolumeMountVolumeProjected = toJson_RedisSentinelSpecVolumeMountVolumeProjected;
exports.toJson_RedisSentinelSpecVolumeMountVolumeQuobyte = toJson_RedisSentinelSpecVolumeMountVolumeQuobyte;
exports.toJson_RedisSentinelSpecVolumeMountVolumeRbd = toJson_RedisSentinelSpecVolumeMountVolumeRbd;
exports.toJson_RedisSentinelSpecVolumeMountVolumeScaleIo = toJson_RedisSentinelSpecVolumeMountVolumeScaleIo;
exports.toJson_RedisSentinelSpecVolumeMountVolumeSecret = toJson_RedisSentinelSpecVolumeMountVolumeSecret;
exports.toJson_RedisSentinelSpecVolumeMountVolumeStorageos = toJson_RedisSentinelSpecVolumeMountVolumeStorageos;
exports.toJson_RedisSentinelSpecVolumeMountVolumeVsphereVolume = toJson_RedisSentinelSpecVolumeMountVolumeVsphereVolume;
exports.toJson_RedisSentinelSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference = toJson_RedisSentinelSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference;
exports.toJson_RedisSentinelSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms = toJson_RedisSentinelSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms;
exports.toJson_RedisSentinelSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm = toJson_RedisSentinelSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm;
exports.toJson_RedisSentinelSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector = toJson_RedisSentinelSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector;
exports.toJson_RedisSentinelSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector = toJson_RedisSentinelSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector;
exports.toJson_RedisSentinelSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm = toJson_RedisSentinelSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm;
exports.toJson_RedisSentinelSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector = toJson_RedisSentinelSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector;
exports.toJson_RedisSentinelSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector = toJson_RedisSentinelSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector;
exports.toJson_RedisSentinelSpecInitContainerEnvValueFromConfigMapKeyRef = toJson_RedisSentinelSpecInitContainerEnvValueFromConfigMapKeyRef;
exports.toJson_RedisSentinelSpecInitContainerEnvValueFromFieldRef = toJson_RedisSentinelSpecInitContainerEnvValueFromFieldRef;
exports.toJson_RedisSentinelSpecInitContainerEnvValueFromResourceFieldRef = toJson_RedisSentinelSpecInitContainerEnvValueFromResourceFieldRef;
exports.toJson_RedisSentinelSpecInitContainerEnvValueFromSecretKeyRef = toJson_RedisSentinelSpecInitContainerEnvValueFromSecretKeyRef;
exports.toJson_RedisSentinelSpecRedisExporterEnvValueFromConfigMapKeyRef = toJson_RedisSentinelSpecRedisExporterEnvValueFromConfigMapKeyRef;
exports.toJson_RedisSentinelSpecRedisExporterEnvValueFromFieldRef = toJson_RedisSentinelSpecRedisExporterEnvValueFromFieldRef;
exports.toJson_RedisSentinelSpecRedisExporterEnvValueFromResourceFieldRef = toJson_RedisSentinelSpecRedisExporterEnvValueFromResourceFieldRef;
exports.toJson_RedisSentinelSpecRedisExporterEnvValueFromSecretKeyRef = toJson_RedisSentinelSpecRedisExporterEnvValueFromSecretKeyRef;
exports.toJson_RedisSentinelSpecSidecarsEnvValueFromConfigMapKeyRef = toJson_RedisSentinelSpecSidecarsEnvValueFromConfigMapKeyRef;
exports.toJson_RedisSentinelSpecSidecarsEnvValueFromFieldRef = toJson_RedisSentinelSpecSidecarsEnvValueFromFieldRef;
exports.toJson_RedisSentinelSpecSidecarsEnvValueFromResourceFieldRef = toJson_RedisSentinelSpecSidecarsEnvValueFromResourceFieldRef;
exports.toJson_RedisSentinelSpecSidecarsEnvValueFromSecretKeyRef = toJson_RedisSentinelSpecSidecarsEnvValueFromSecretKeyRef;
exports.toJson_RedisSentinelSpecVolumeMountVolumeCephfsSecretRef = toJson_RedisSentinelSpecVolumeMountVolumeCephfsSecretRef;
exports.toJson_RedisSentinelSpecVolumeMountVolumeCinderSecretRef = toJson_RedisSentinelSpecVolumeMountVolumeCinderSecretRef;
exports.toJson_RedisSentinelSpecVolumeMountVolumeConfigMapItems = toJson_RedisSentinelSpecVolumeMountVolumeConfigMapItems;
exports.toJson_RedisSentinelSpecVolumeMountVolumeCsiNodePublishSecretRef = toJson_RedisSentinelSpecVolumeMountVolumeCsiNodePublishSecretRef;
exports.toJson_RedisSentinelSpecVolumeMountVolumeDownwardApiItems = toJson_RedisSentinelSpecVolumeMountVolumeDownwardApiItems;
exports.toJson_RedisSentinelSpecVolumeMountVolumeEphemeralVolumeClaimTemplate = toJson_RedisSentinelSpecVolumeMountVolumeEphemeralVolumeClaimTemplate;
exports.toJson_RedisSentinelSpecVolumeMountVolumeFlexVolumeSecretRef = toJson_RedisSentinelSpecVolumeMountVolumeFlexVolumeSecretRef;
exports.toJson_RedisSentinelSpecVolumeMountVolumeIscsiSecretRef = toJson_RedisSentinelSpecVolumeMountVolumeIscsiSecretRef;
exports.toJson_RedisSentinelSpecVolumeMountVolumeProjectedSources = toJson_RedisSentinelSpecVolumeMountVolumeProjectedSources;
exports.toJson_RedisSentinelSpecVolumeMountVolumeRbdSecretRef = toJson_RedisSentinelSpecVolumeMountVolumeRbdSecretRef;
exports.toJson_RedisSentinelSpecVolumeMountVolumeScaleIoSecretRef = toJson_RedisSentinelSpecVolumeMountVolumeScaleIoSecretRef;
exports.toJson_RedisSentinelSpecVolumeMountVolumeSecretItems = toJson_RedisSentinelSpecVolumeMountVolumeSecretItems;
exports.toJson_RedisSentinelSpecVolumeMountVolumeStorageosSecretRef = toJson_RedisSentinelSpecVolumeMountVolumeStorageosSecretRef;
exports.toJson_RedisSentinelSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions = toJson_RedisSentinelSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions;
exports.toJson_RedisSentinelSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields = toJson_RedisSentinelSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields;
exports.toJson_RedisSentinelSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions = toJson_RedisSentinelSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions;
exports.toJson_RedisSentinelSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields = toJson_RedisSentinelSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields;
exports.toJson_RedisSentinelSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector = toJson_RedisSentinelSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector;
exports.toJson_RedisSentinelSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector = toJson_RedisSentinelSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector;
exports.toJson_RedisSentinelSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions = toJson_RedisSentinelSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions;
exports.toJson_RedisSentinelSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions = toJson_RedisSentinelSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions;
exports.toJson_RedisSentinelSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector = toJson_RedisSentinelSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector;
exports.toJson_RedisSentinelSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector = toJson_RedisSentinelSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector;
exports.toJson_RedisSentinelSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions = toJson_RedisSentinelSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions;
exports.toJson_RedisSentinelSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions = toJson_RedisSentinelSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions;
exports.toJson_RedisSentinelSpecVolumeMountVolumeDownwardApiItemsFieldRef = toJson_RedisSentinelSpecVolumeMountVolumeDownwardApiItemsFieldRef;
exports.toJson_RedisSentinelSpecVolumeMountVolumeDownwardApiItemsResourceFieldRef = toJson_RedisSentinelSpecVolumeMountVolumeDownwardApiItemsResourceFieldRef;
exports.toJson_RedisSentinelSpecVolumeMountVolumeEphemeralVolumeClaimTemplateSpec = toJson_RedisSentinelSpecVolumeMountVolumeEphemeralVolumeClaimTemplateSpec;
exports.toJson_RedisSentinelSpecVolumeMountVolumeProjectedSourcesClusterTrustBundle = toJson_RedisSentinelSpecVolumeMountVolumeProjectedSourcesClusterTrustBundle;
exports.toJson_RedisSentinelSpecVolumeMountVolumeProjectedSourcesConfigMap = toJson_RedisSentinelSpecVolumeMountVolumeProjectedSourcesConfigMap;
exports.toJson_RedisSentinelSpecVolumeMountVolumeProjectedSourcesDownwardApi = toJson_RedisSentinelSpecVolumeMountVolumeProjectedSourcesDownwardApi;
exports.toJson_RedisSentinelSpecVolumeMountVolumeProjectedSourcesSecret = toJson_RedisSentinelSpecVolumeMountVolumeProjectedSourcesSecret;
exports.toJson_RedisSentinelSpecVolumeMountVolumeProjectedSourcesServiceAccountToken = toJson_RedisSentinelSpecVolumeMountVolumeProjectedSourcesServiceAccountToken;
exports.toJson_RedisSentinelSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions = toJson_RedisSentinelSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions;
exports.toJson_RedisSentinelSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions = toJson_RedisSentinelSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions;
exports.toJson_RedisSentinelSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions = toJson_RedisSentinelSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions;
exports.toJson_RedisSentinelSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions = toJson_RedisSentinelSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions;
exports.toJson_RedisSentinelSpecVolumeMountVolumeEphemeralVolumeClaimTemplateSpecDataSource = toJson_RedisSentinelSpecVolumeMountVolumeEphemeralVolumeClaimTemplateSpecDataSource;
exports.toJson_RedisSentinelSpecVolumeMountVolumeEphemeralVolumeClaimTemplateSpecDataSourceRef = toJson_RedisSentinelSpecVolumeMountVolumeEphemeralVolumeClaimTemplateSpecDataSourceRef;
exports.toJson_RedisSentinelSpecVolumeMountVolumeEphemeralVolumeClaimTemplateSpecResources = toJson_RedisSentinelSpecVolumeMountVolumeEphemeralVolumeClaimTemplateSpecResources;
exports.toJson_RedisSentinelSpecVolumeMountVolumeEphemeralVolumeClaimTemplateSpecSelector = toJson_RedisSentinelSpecVolumeMountVolumeEphemeralVolumeClaimTemplateSpecSelector;
exports.toJson_RedisSentinelSpecVolumeMountVolumeProjectedSourcesClusterTrustBundleLabelSelector = toJson_RedisSentinelSpecVolumeMountVolumeProjectedSourcesClusterTrustBundleLabelSelector;
exports.toJson_RedisSentinelSpecVolumeMountVolumeProjectedSourcesConfigMapItems = toJson_RedisSentinelSpecVolumeMountVolumeProjectedSourcesConfigMapItems;
exports.toJson_RedisSentinelSpecVolumeMountVolumeProjectedSourcesDownwardApiItems = toJson_RedisSentinelSpecVolumeMountVolumeProjectedSourcesDownwardApiItems;
exports.toJson_RedisSentinelSpecVolumeMountVolumeProjectedSourcesSecretItems = toJson_RedisSentinelSpecVolumeMountVolumeProjectedSourcesSecretItems;
exports.toJson_RedisSentinelSpecVolumeMountVolumeEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions = toJson_RedisSentinelSpecVolumeMountVolumeEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions;
exports.toJson_RedisSentinelSpecVolumeMountVolumeProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions = toJson_RedisSentinelSpecVolumeMountVolumeProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions;
exports.toJson_RedisSentinelSpecVolumeMountVolumeProjectedSourcesDownwardApiItemsFieldRef = toJson_RedisSentinelSpecVolumeMountVolumeProjectedSourcesDownwardApiItemsFieldRef;
exports.toJson_RedisSentinelSpecVolumeMountVolumeProjectedSourcesDownwardApiItemsResourceFieldRef = toJson_RedisSentinelSpecVolumeMountVolumeProjectedSourcesDownwardApiItemsResourceFieldRef;
// generated by cdk8s
const cdk8s_1 = require("cdk8s");
/**
 * Redis is the Schema for the redis API
 *
 * @schema RedisSentinel
 */
class RedisSentinel extends cdk8s_1.ApiObject {
    /**
     * Returns the apiVersion and kind for "RedisSentinel"
     */
    static GVK = {
        apiVersion: 'redis.redis.opstreelabs.in/v1beta2',
        kind: 'RedisSentinel',
    };
    /**
     * Renders a Kubernetes manifest for "RedisSentinel".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props) {
        return {
            ...RedisSentinel.GVK,
            ...toJson_RedisSentinelProps(props),
        };
    }
    /**
     * Defines a "RedisSentinel" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope, id, props) {
        super(scope, id, {
            ...RedisSentinel.GVK,
            ...props,
        });
    }
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson() {
        const resolved = super.toJson();
        return {
            ...RedisSentinel.GVK,
            ...toJson_RedisSentinelProps(resolved),
        };
    }
}
exports.RedisSentinel = RedisSentinel;
/**
 * Converts an object of type 'RedisSentinelProps' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': obj.metadata,
        'spec': toJson_RedisSentinelSpec(obj.spec),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RedisSentinelSpec' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'TLS': toJson_RedisSentinelSpecTls(obj.tls),
        'affinity': toJson_RedisSentinelSpecAffinity(obj.affinity),
        'clusterSize': obj.clusterSize,
        'env': obj.env?.map(y => toJson_RedisSentinelSpecEnv(y)),
        'hostPort': obj.hostPort,
        'initContainer': toJson_RedisSentinelSpecInitContainer(obj.initContainer),
        'kubernetesConfig': toJson_RedisSentinelSpecKubernetesConfig(obj.kubernetesConfig),
        'livenessProbe': toJson_RedisSentinelSpecLivenessProbe(obj.livenessProbe),
        'nodeSelector': ((obj.nodeSelector) === undefined) ? undefined : (Object.entries(obj.nodeSelector).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'pdb': toJson_RedisSentinelSpecPdb(obj.pdb),
        'podSecurityContext': toJson_RedisSentinelSpecPodSecurityContext(obj.podSecurityContext),
        'priorityClassName': obj.priorityClassName,
        'readinessProbe': toJson_RedisSentinelSpecReadinessProbe(obj.readinessProbe),
        'redisExporter': toJson_RedisSentinelSpecRedisExporter(obj.redisExporter),
        'redisSentinelConfig': toJson_RedisSentinelSpecRedisSentinelConfig(obj.redisSentinelConfig),
        'securityContext': toJson_RedisSentinelSpecSecurityContext(obj.securityContext),
        'serviceAccountName': obj.serviceAccountName,
        'sidecars': obj.sidecars?.map(y => toJson_RedisSentinelSpecSidecars(y)),
        'terminationGracePeriodSeconds': obj.terminationGracePeriodSeconds,
        'tolerations': obj.tolerations?.map(y => toJson_RedisSentinelSpecTolerations(y)),
        'topologySpreadConstraints': obj.topologySpreadConstraints?.map(y => toJson_RedisSentinelSpecTopologySpreadConstraints(y)),
        'volumeMount': toJson_RedisSentinelSpecVolumeMount(obj.volumeMount),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RedisSentinelSpecTls' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecTls(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'ca': obj.ca,
        'cert': obj.cert,
        'key': obj.key,
        'secret': toJson_RedisSentinelSpecTlsSecret(obj.secret),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RedisSentinelSpecAffinity' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecAffinity(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'nodeAffinity': toJson_RedisSentinelSpecAffinityNodeAffinity(obj.nodeAffinity),
        'podAffinity': toJson_RedisSentinelSpecAffinityPodAffinity(obj.podAffinity),
        'podAntiAffinity': toJson_RedisSentinelSpecAffinityPodAntiAffinity(obj.podAntiAffinity),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RedisSentinelSpecEnv' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecEnv(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'value': obj.value,
        'valueFrom': toJson_RedisSentinelSpecEnvValueFrom(obj.valueFrom),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RedisSentinelSpecInitContainer' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecInitContainer(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'args': obj.args?.map(y => y),
        'command': obj.command?.map(y => y),
        'enabled': obj.enabled,
        'env': obj.env?.map(y => toJson_RedisSentinelSpecInitContainerEnv(y)),
        'image': obj.image,
        'imagePullPolicy': obj.imagePullPolicy,
        'resources': toJson_RedisSentinelSpecInitContainerResources(obj.resources),
        'securityContext': toJson_RedisSentinelSpecInitContainerSecurityContext(obj.securityContext),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RedisSentinelSpecKubernetesConfig' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecKubernetesConfig(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'ignoreAnnotations': obj.ignoreAnnotations?.map(y => y),
        'image': obj.image,
        'imagePullPolicy': obj.imagePullPolicy,
        'imagePullSecrets': obj.imagePullSecrets?.map(y => toJson_RedisSentinelSpecKubernetesConfigImagePullSecrets(y)),
        'minReadySeconds': obj.minReadySeconds,
        'persistentVolumeClaimRetentionPolicy': toJson_RedisSentinelSpecKubernetesConfigPersistentVolumeClaimRetentionPolicy(obj.persistentVolumeClaimRetentionPolicy),
        'redisSecret': toJson_RedisSentinelSpecKubernetesConfigRedisSecret(obj.redisSecret),
        'resources': toJson_RedisSentinelSpecKubernetesConfigResources(obj.resources),
        'service': toJson_RedisSentinelSpecKubernetesConfigService(obj.service),
        'updateStrategy': toJson_RedisSentinelSpecKubernetesConfigUpdateStrategy(obj.updateStrategy),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RedisSentinelSpecLivenessProbe' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecLivenessProbe(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'exec': toJson_RedisSentinelSpecLivenessProbeExec(obj.exec),
        'failureThreshold': obj.failureThreshold,
        'grpc': toJson_RedisSentinelSpecLivenessProbeGrpc(obj.grpc),
        'httpGet': toJson_RedisSentinelSpecLivenessProbeHttpGet(obj.httpGet),
        'initialDelaySeconds': obj.initialDelaySeconds,
        'periodSeconds': obj.periodSeconds,
        'successThreshold': obj.successThreshold,
        'tcpSocket': toJson_RedisSentinelSpecLivenessProbeTcpSocket(obj.tcpSocket),
        'terminationGracePeriodSeconds': obj.terminationGracePeriodSeconds,
        'timeoutSeconds': obj.timeoutSeconds,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RedisSentinelSpecPdb' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecPdb(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'enabled': obj.enabled,
        'maxUnavailable': obj.maxUnavailable,
        'minAvailable': obj.minAvailable,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RedisSentinelSpecPodSecurityContext' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecPodSecurityContext(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'fsGroup': obj.fsGroup,
        'fsGroupChangePolicy': obj.fsGroupChangePolicy,
        'runAsGroup': obj.runAsGroup,
        'runAsNonRoot': obj.runAsNonRoot,
        'runAsUser': obj.runAsUser,
        'seLinuxOptions': toJson_RedisSentinelSpecPodSecurityContextSeLinuxOptions(obj.seLinuxOptions),
        'seccompProfile': toJson_RedisSentinelSpecPodSecurityContextSeccompProfile(obj.seccompProfile),
        'supplementalGroups': obj.supplementalGroups?.map(y => y),
        'sysctls': obj.sysctls?.map(y => toJson_RedisSentinelSpecPodSecurityContextSysctls(y)),
        'windowsOptions': toJson_RedisSentinelSpecPodSecurityContextWindowsOptions(obj.windowsOptions),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RedisSentinelSpecReadinessProbe' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecReadinessProbe(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'exec': toJson_RedisSentinelSpecReadinessProbeExec(obj.exec),
        'failureThreshold': obj.failureThreshold,
        'grpc': toJson_RedisSentinelSpecReadinessProbeGrpc(obj.grpc),
        'httpGet': toJson_RedisSentinelSpecReadinessProbeHttpGet(obj.httpGet),
        'initialDelaySeconds': obj.initialDelaySeconds,
        'periodSeconds': obj.periodSeconds,
        'successThreshold': obj.successThreshold,
        'tcpSocket': toJson_RedisSentinelSpecReadinessProbeTcpSocket(obj.tcpSocket),
        'terminationGracePeriodSeconds': obj.terminationGracePeriodSeconds,
        'timeoutSeconds': obj.timeoutSeconds,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RedisSentinelSpecRedisExporter' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecRedisExporter(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'enabled': obj.enabled,
        'env': obj.env?.map(y => toJson_RedisSentinelSpecRedisExporterEnv(y)),
        'image': obj.image,
        'imagePullPolicy': obj.imagePullPolicy,
        'port': obj.port,
        'resources': toJson_RedisSentinelSpecRedisExporterResources(obj.resources),
        'securityContext': toJson_RedisSentinelSpecRedisExporterSecurityContext(obj.securityContext),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RedisSentinelSpecRedisSentinelConfig' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecRedisSentinelConfig(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'additionalSentinelConfig': obj.additionalSentinelConfig,
        'announceHostnames': obj.announceHostnames,
        'downAfterMilliseconds': obj.downAfterMilliseconds,
        'failoverTimeout': obj.failoverTimeout,
        'masterGroupName': obj.masterGroupName,
        'parallelSyncs': obj.parallelSyncs,
        'quorum': obj.quorum,
        'redisPort': obj.redisPort,
        'redisReplicationName': obj.redisReplicationName,
        'redisReplicationPassword': toJson_RedisSentinelSpecRedisSentinelConfigRedisReplicationPassword(obj.redisReplicationPassword),
        'resolveHostnames': obj.resolveHostnames,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RedisSentinelSpecSecurityContext' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecSecurityContext(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'allowPrivilegeEscalation': obj.allowPrivilegeEscalation,
        'capabilities': toJson_RedisSentinelSpecSecurityContextCapabilities(obj.capabilities),
        'privileged': obj.privileged,
        'procMount': obj.procMount,
        'readOnlyRootFilesystem': obj.readOnlyRootFilesystem,
        'runAsGroup': obj.runAsGroup,
        'runAsNonRoot': obj.runAsNonRoot,
        'runAsUser': obj.runAsUser,
        'seLinuxOptions': toJson_RedisSentinelSpecSecurityContextSeLinuxOptions(obj.seLinuxOptions),
        'seccompProfile': toJson_RedisSentinelSpecSecurityContextSeccompProfile(obj.seccompProfile),
        'windowsOptions': toJson_RedisSentinelSpecSecurityContextWindowsOptions(obj.windowsOptions),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RedisSentinelSpecSidecars' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecSidecars(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'command': obj.command?.map(y => y),
        'env': obj.env?.map(y => toJson_RedisSentinelSpecSidecarsEnv(y)),
        'image': obj.image,
        'imagePullPolicy': obj.imagePullPolicy,
        'mountPath': obj.mountPath?.map(y => toJson_RedisSentinelSpecSidecarsMountPath(y)),
        'name': obj.name,
        'ports': obj.ports?.map(y => toJson_RedisSentinelSpecSidecarsPorts(y)),
        'resources': toJson_RedisSentinelSpecSidecarsResources(obj.resources),
        'securityContext': toJson_RedisSentinelSpecSidecarsSecurityContext(obj.securityContext),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RedisSentinelSpecTolerations' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecTolerations(obj) {
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
 * Converts an object of type 'RedisSentinelSpecTopologySpreadConstraints' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecTopologySpreadConstraints(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'labelSelector': toJson_RedisSentinelSpecTopologySpreadConstraintsLabelSelector(obj.labelSelector),
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
 * Converts an object of type 'RedisSentinelSpecVolumeMount' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecVolumeMount(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'mountPath': obj.mountPath?.map(y => toJson_RedisSentinelSpecVolumeMountMountPath(y)),
        'volume': obj.volume?.map(y => toJson_RedisSentinelSpecVolumeMountVolume(y)),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RedisSentinelSpecTlsSecret' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecTlsSecret(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'defaultMode': obj.defaultMode,
        'items': obj.items?.map(y => toJson_RedisSentinelSpecTlsSecretItems(y)),
        'optional': obj.optional,
        'secretName': obj.secretName,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RedisSentinelSpecAffinityNodeAffinity' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecAffinityNodeAffinity(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'preferredDuringSchedulingIgnoredDuringExecution': obj.preferredDuringSchedulingIgnoredDuringExecution?.map(y => toJson_RedisSentinelSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution(y)),
        'requiredDuringSchedulingIgnoredDuringExecution': toJson_RedisSentinelSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj.requiredDuringSchedulingIgnoredDuringExecution),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RedisSentinelSpecAffinityPodAffinity' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecAffinityPodAffinity(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'preferredDuringSchedulingIgnoredDuringExecution': obj.preferredDuringSchedulingIgnoredDuringExecution?.map(y => toJson_RedisSentinelSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution(y)),
        'requiredDuringSchedulingIgnoredDuringExecution': obj.requiredDuringSchedulingIgnoredDuringExecution?.map(y => toJson_RedisSentinelSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution(y)),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RedisSentinelSpecAffinityPodAntiAffinity' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecAffinityPodAntiAffinity(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'preferredDuringSchedulingIgnoredDuringExecution': obj.preferredDuringSchedulingIgnoredDuringExecution?.map(y => toJson_RedisSentinelSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution(y)),
        'requiredDuringSchedulingIgnoredDuringExecution': obj.requiredDuringSchedulingIgnoredDuringExecution?.map(y => toJson_RedisSentinelSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution(y)),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RedisSentinelSpecEnvValueFrom' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecEnvValueFrom(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'configMapKeyRef': toJson_RedisSentinelSpecEnvValueFromConfigMapKeyRef(obj.configMapKeyRef),
        'fieldRef': toJson_RedisSentinelSpecEnvValueFromFieldRef(obj.fieldRef),
        'resourceFieldRef': toJson_RedisSentinelSpecEnvValueFromResourceFieldRef(obj.resourceFieldRef),
        'secretKeyRef': toJson_RedisSentinelSpecEnvValueFromSecretKeyRef(obj.secretKeyRef),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RedisSentinelSpecInitContainerEnv' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecInitContainerEnv(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'value': obj.value,
        'valueFrom': toJson_RedisSentinelSpecInitContainerEnvValueFrom(obj.valueFrom),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RedisSentinelSpecInitContainerResources' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecInitContainerResources(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'claims': obj.claims?.map(y => toJson_RedisSentinelSpecInitContainerResourcesClaims(y)),
        'limits': ((obj.limits) === undefined) ? undefined : (Object.entries(obj.limits).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1]?.value }), {})),
        'requests': ((obj.requests) === undefined) ? undefined : (Object.entries(obj.requests).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1]?.value }), {})),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RedisSentinelSpecInitContainerSecurityContext' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecInitContainerSecurityContext(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'allowPrivilegeEscalation': obj.allowPrivilegeEscalation,
        'capabilities': toJson_RedisSentinelSpecInitContainerSecurityContextCapabilities(obj.capabilities),
        'privileged': obj.privileged,
        'procMount': obj.procMount,
        'readOnlyRootFilesystem': obj.readOnlyRootFilesystem,
        'runAsGroup': obj.runAsGroup,
        'runAsNonRoot': obj.runAsNonRoot,
        'runAsUser': obj.runAsUser,
        'seLinuxOptions': toJson_RedisSentinelSpecInitContainerSecurityContextSeLinuxOptions(obj.seLinuxOptions),
        'seccompProfile': toJson_RedisSentinelSpecInitContainerSecurityContextSeccompProfile(obj.seccompProfile),
        'windowsOptions': toJson_RedisSentinelSpecInitContainerSecurityContextWindowsOptions(obj.windowsOptions),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RedisSentinelSpecKubernetesConfigImagePullSecrets' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecKubernetesConfigImagePullSecrets(obj) {
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
 * Converts an object of type 'RedisSentinelSpecKubernetesConfigPersistentVolumeClaimRetentionPolicy' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecKubernetesConfigPersistentVolumeClaimRetentionPolicy(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'whenDeleted': obj.whenDeleted,
        'whenScaled': obj.whenScaled,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RedisSentinelSpecKubernetesConfigRedisSecret' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecKubernetesConfigRedisSecret(obj) {
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
 * Converts an object of type 'RedisSentinelSpecKubernetesConfigResources' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecKubernetesConfigResources(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'claims': obj.claims?.map(y => toJson_RedisSentinelSpecKubernetesConfigResourcesClaims(y)),
        'limits': ((obj.limits) === undefined) ? undefined : (Object.entries(obj.limits).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1]?.value }), {})),
        'requests': ((obj.requests) === undefined) ? undefined : (Object.entries(obj.requests).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1]?.value }), {})),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RedisSentinelSpecKubernetesConfigService' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecKubernetesConfigService(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'additional': toJson_RedisSentinelSpecKubernetesConfigServiceAdditional(obj.additional),
        'annotations': ((obj.annotations) === undefined) ? undefined : (Object.entries(obj.annotations).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'headless': toJson_RedisSentinelSpecKubernetesConfigServiceHeadless(obj.headless),
        'includeBusPort': obj.includeBusPort,
        'serviceType': obj.serviceType,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RedisSentinelSpecKubernetesConfigUpdateStrategy' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecKubernetesConfigUpdateStrategy(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'rollingUpdate': toJson_RedisSentinelSpecKubernetesConfigUpdateStrategyRollingUpdate(obj.rollingUpdate),
        'type': obj.type,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RedisSentinelSpecLivenessProbeExec' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecLivenessProbeExec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'command': obj.command?.map(y => y),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RedisSentinelSpecLivenessProbeGrpc' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecLivenessProbeGrpc(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'port': obj.port,
        'service': obj.service,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RedisSentinelSpecLivenessProbeHttpGet' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecLivenessProbeHttpGet(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'host': obj.host,
        'httpHeaders': obj.httpHeaders?.map(y => toJson_RedisSentinelSpecLivenessProbeHttpGetHttpHeaders(y)),
        'path': obj.path,
        'port': obj.port?.value,
        'scheme': obj.scheme,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RedisSentinelSpecLivenessProbeTcpSocket' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecLivenessProbeTcpSocket(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'host': obj.host,
        'port': obj.port?.value,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RedisSentinelSpecPodSecurityContextSeLinuxOptions' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecPodSecurityContextSeLinuxOptions(obj) {
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
 * Converts an object of type 'RedisSentinelSpecPodSecurityContextSeccompProfile' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecPodSecurityContextSeccompProfile(obj) {
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
 * Converts an object of type 'RedisSentinelSpecPodSecurityContextSysctls' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecPodSecurityContextSysctls(obj) {
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
 * Converts an object of type 'RedisSentinelSpecPodSecurityContextWindowsOptions' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecPodSecurityContextWindowsOptions(obj) {
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
 * Converts an object of type 'RedisSentinelSpecReadinessProbeExec' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecReadinessProbeExec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'command': obj.command?.map(y => y),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RedisSentinelSpecReadinessProbeGrpc' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecReadinessProbeGrpc(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'port': obj.port,
        'service': obj.service,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RedisSentinelSpecReadinessProbeHttpGet' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecReadinessProbeHttpGet(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'host': obj.host,
        'httpHeaders': obj.httpHeaders?.map(y => toJson_RedisSentinelSpecReadinessProbeHttpGetHttpHeaders(y)),
        'path': obj.path,
        'port': obj.port?.value,
        'scheme': obj.scheme,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RedisSentinelSpecReadinessProbeTcpSocket' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecReadinessProbeTcpSocket(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'host': obj.host,
        'port': obj.port?.value,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RedisSentinelSpecRedisExporterEnv' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecRedisExporterEnv(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'value': obj.value,
        'valueFrom': toJson_RedisSentinelSpecRedisExporterEnvValueFrom(obj.valueFrom),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RedisSentinelSpecRedisExporterResources' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecRedisExporterResources(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'claims': obj.claims?.map(y => toJson_RedisSentinelSpecRedisExporterResourcesClaims(y)),
        'limits': ((obj.limits) === undefined) ? undefined : (Object.entries(obj.limits).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1]?.value }), {})),
        'requests': ((obj.requests) === undefined) ? undefined : (Object.entries(obj.requests).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1]?.value }), {})),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RedisSentinelSpecRedisExporterSecurityContext' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecRedisExporterSecurityContext(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'allowPrivilegeEscalation': obj.allowPrivilegeEscalation,
        'capabilities': toJson_RedisSentinelSpecRedisExporterSecurityContextCapabilities(obj.capabilities),
        'privileged': obj.privileged,
        'procMount': obj.procMount,
        'readOnlyRootFilesystem': obj.readOnlyRootFilesystem,
        'runAsGroup': obj.runAsGroup,
        'runAsNonRoot': obj.runAsNonRoot,
        'runAsUser': obj.runAsUser,
        'seLinuxOptions': toJson_RedisSentinelSpecRedisExporterSecurityContextSeLinuxOptions(obj.seLinuxOptions),
        'seccompProfile': toJson_RedisSentinelSpecRedisExporterSecurityContextSeccompProfile(obj.seccompProfile),
        'windowsOptions': toJson_RedisSentinelSpecRedisExporterSecurityContextWindowsOptions(obj.windowsOptions),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RedisSentinelSpecRedisSentinelConfigRedisReplicationPassword' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecRedisSentinelConfigRedisReplicationPassword(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'configMapKeyRef': toJson_RedisSentinelSpecRedisSentinelConfigRedisReplicationPasswordConfigMapKeyRef(obj.configMapKeyRef),
        'fieldRef': toJson_RedisSentinelSpecRedisSentinelConfigRedisReplicationPasswordFieldRef(obj.fieldRef),
        'resourceFieldRef': toJson_RedisSentinelSpecRedisSentinelConfigRedisReplicationPasswordResourceFieldRef(obj.resourceFieldRef),
        'secretKeyRef': toJson_RedisSentinelSpecRedisSentinelConfigRedisReplicationPasswordSecretKeyRef(obj.secretKeyRef),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RedisSentinelSpecSecurityContextCapabilities' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecSecurityContextCapabilities(obj) {
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
 * Converts an object of type 'RedisSentinelSpecSecurityContextSeLinuxOptions' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecSecurityContextSeLinuxOptions(obj) {
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
 * Converts an object of type 'RedisSentinelSpecSecurityContextSeccompProfile' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecSecurityContextSeccompProfile(obj) {
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
 * Converts an object of type 'RedisSentinelSpecSecurityContextWindowsOptions' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecSecurityContextWindowsOptions(obj) {
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
 * Converts an object of type 'RedisSentinelSpecSidecarsEnv' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecSidecarsEnv(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'value': obj.value,
        'valueFrom': toJson_RedisSentinelSpecSidecarsEnvValueFrom(obj.valueFrom),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RedisSentinelSpecSidecarsMountPath' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecSidecarsMountPath(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'mountPath': obj.mountPath,
        'mountPropagation': obj.mountPropagation,
        'name': obj.name,
        'readOnly': obj.readOnly,
        'subPath': obj.subPath,
        'subPathExpr': obj.subPathExpr,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RedisSentinelSpecSidecarsPorts' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecSidecarsPorts(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'containerPort': obj.containerPort,
        'hostIP': obj.hostIp,
        'hostPort': obj.hostPort,
        'name': obj.name,
        'protocol': obj.protocol,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RedisSentinelSpecSidecarsResources' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecSidecarsResources(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'claims': obj.claims?.map(y => toJson_RedisSentinelSpecSidecarsResourcesClaims(y)),
        'limits': ((obj.limits) === undefined) ? undefined : (Object.entries(obj.limits).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1]?.value }), {})),
        'requests': ((obj.requests) === undefined) ? undefined : (Object.entries(obj.requests).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1]?.value }), {})),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RedisSentinelSpecSidecarsSecurityContext' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecSidecarsSecurityContext(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'allowPrivilegeEscalation': obj.allowPrivilegeEscalation,
        'capabilities': toJson_RedisSentinelSpecSidecarsSecurityContextCapabilities(obj.capabilities),
        'privileged': obj.privileged,
        'procMount': obj.procMount,
        'readOnlyRootFilesystem': obj.readOnlyRootFilesystem,
        'runAsGroup': obj.runAsGroup,
        'runAsNonRoot': obj.runAsNonRoot,
        'runAsUser': obj.runAsUser,
        'seLinuxOptions': toJson_RedisSentinelSpecSidecarsSecurityContextSeLinuxOptions(obj.seLinuxOptions),
        'seccompProfile': toJson_RedisSentinelSpecSidecarsSecurityContextSeccompProfile(obj.seccompProfile),
        'windowsOptions': toJson_RedisSentinelSpecSidecarsSecurityContextWindowsOptions(obj.windowsOptions),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RedisSentinelSpecTopologySpreadConstraintsLabelSelector' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecTopologySpreadConstraintsLabelSelector(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchExpressions': obj.matchExpressions?.map(y => toJson_RedisSentinelSpecTopologySpreadConstraintsLabelSelectorMatchExpressions(y)),
        'matchLabels': ((obj.matchLabels) === undefined) ? undefined : (Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RedisSentinelSpecVolumeMountMountPath' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecVolumeMountMountPath(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'mountPath': obj.mountPath,
        'mountPropagation': obj.mountPropagation,
        'name': obj.name,
        'readOnly': obj.readOnly,
        'subPath': obj.subPath,
        'subPathExpr': obj.subPathExpr,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RedisSentinelSpecVolumeMountVolume' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecVolumeMountVolume(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'awsElasticBlockStore': toJson_RedisSentinelSpecVolumeMountVolumeAwsElasticBlockStore(obj.awsElasticBlockStore),
        'azureDisk': toJson_RedisSentinelSpecVolumeMountVolumeAzureDisk(obj.azureDisk),
        'azureFile': toJson_RedisSentinelSpecVolumeMountVolumeAzureFile(obj.azureFile),
        'cephfs': toJson_RedisSentinelSpecVolumeMountVolumeCephfs(obj.cephfs),
        'cinder': toJson_RedisSentinelSpecVolumeMountVolumeCinder(obj.cinder),
        'configMap': toJson_RedisSentinelSpecVolumeMountVolumeConfigMap(obj.configMap),
        'csi': toJson_RedisSentinelSpecVolumeMountVolumeCsi(obj.csi),
        'downwardAPI': toJson_RedisSentinelSpecVolumeMountVolumeDownwardApi(obj.downwardApi),
        'emptyDir': toJson_RedisSentinelSpecVolumeMountVolumeEmptyDir(obj.emptyDir),
        'ephemeral': toJson_RedisSentinelSpecVolumeMountVolumeEphemeral(obj.ephemeral),
        'fc': toJson_RedisSentinelSpecVolumeMountVolumeFc(obj.fc),
        'flexVolume': toJson_RedisSentinelSpecVolumeMountVolumeFlexVolume(obj.flexVolume),
        'flocker': toJson_RedisSentinelSpecVolumeMountVolumeFlocker(obj.flocker),
        'gcePersistentDisk': toJson_RedisSentinelSpecVolumeMountVolumeGcePersistentDisk(obj.gcePersistentDisk),
        'gitRepo': toJson_RedisSentinelSpecVolumeMountVolumeGitRepo(obj.gitRepo),
        'glusterfs': toJson_RedisSentinelSpecVolumeMountVolumeGlusterfs(obj.glusterfs),
        'hostPath': toJson_RedisSentinelSpecVolumeMountVolumeHostPath(obj.hostPath),
        'iscsi': toJson_RedisSentinelSpecVolumeMountVolumeIscsi(obj.iscsi),
        'name': obj.name,
        'nfs': toJson_RedisSentinelSpecVolumeMountVolumeNfs(obj.nfs),
        'persistentVolumeClaim': toJson_RedisSentinelSpecVolumeMountVolumePersistentVolumeClaim(obj.persistentVolumeClaim),
        'photonPersistentDisk': toJson_RedisSentinelSpecVolumeMountVolumePhotonPersistentDisk(obj.photonPersistentDisk),
        'portworxVolume': toJson_RedisSentinelSpecVolumeMountVolumePortworxVolume(obj.portworxVolume),
        'projected': toJson_RedisSentinelSpecVolumeMountVolumeProjected(obj.projected),
        'quobyte': toJson_RedisSentinelSpecVolumeMountVolumeQuobyte(obj.quobyte),
        'rbd': toJson_RedisSentinelSpecVolumeMountVolumeRbd(obj.rbd),
        'scaleIO': toJson_RedisSentinelSpecVolumeMountVolumeScaleIo(obj.scaleIo),
        'secret': toJson_RedisSentinelSpecVolumeMountVolumeSecret(obj.secret),
        'storageos': toJson_RedisSentinelSpecVolumeMountVolumeStorageos(obj.storageos),
        'vsphereVolume': toJson_RedisSentinelSpecVolumeMountVolumeVsphereVolume(obj.vsphereVolume),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RedisSentinelSpecTlsSecretItems' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecTlsSecretItems(obj) {
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
 * Converts an object of type 'RedisSentinelSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'preference': toJson_RedisSentinelSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference(obj.preference),
        'weight': obj.weight,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RedisSentinelSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'nodeSelectorTerms': obj.nodeSelectorTerms?.map(y => toJson_RedisSentinelSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms(y)),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RedisSentinelSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'podAffinityTerm': toJson_RedisSentinelSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj.podAffinityTerm),
        'weight': obj.weight,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RedisSentinelSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'labelSelector': toJson_RedisSentinelSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj.labelSelector),
        'matchLabelKeys': obj.matchLabelKeys?.map(y => y),
        'mismatchLabelKeys': obj.mismatchLabelKeys?.map(y => y),
        'namespaceSelector': toJson_RedisSentinelSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj.namespaceSelector),
        'namespaces': obj.namespaces?.map(y => y),
        'topologyKey': obj.topologyKey,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RedisSentinelSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'podAffinityTerm': toJson_RedisSentinelSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj.podAffinityTerm),
        'weight': obj.weight,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RedisSentinelSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'labelSelector': toJson_RedisSentinelSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj.labelSelector),
        'matchLabelKeys': obj.matchLabelKeys?.map(y => y),
        'mismatchLabelKeys': obj.mismatchLabelKeys?.map(y => y),
        'namespaceSelector': toJson_RedisSentinelSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj.namespaceSelector),
        'namespaces': obj.namespaces?.map(y => y),
        'topologyKey': obj.topologyKey,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RedisSentinelSpecEnvValueFromConfigMapKeyRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecEnvValueFromConfigMapKeyRef(obj) {
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
 * Converts an object of type 'RedisSentinelSpecEnvValueFromFieldRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecEnvValueFromFieldRef(obj) {
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
 * Converts an object of type 'RedisSentinelSpecEnvValueFromResourceFieldRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecEnvValueFromResourceFieldRef(obj) {
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
 * Converts an object of type 'RedisSentinelSpecEnvValueFromSecretKeyRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecEnvValueFromSecretKeyRef(obj) {
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
 * Converts an object of type 'RedisSentinelSpecInitContainerEnvValueFrom' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecInitContainerEnvValueFrom(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'configMapKeyRef': toJson_RedisSentinelSpecInitContainerEnvValueFromConfigMapKeyRef(obj.configMapKeyRef),
        'fieldRef': toJson_RedisSentinelSpecInitContainerEnvValueFromFieldRef(obj.fieldRef),
        'resourceFieldRef': toJson_RedisSentinelSpecInitContainerEnvValueFromResourceFieldRef(obj.resourceFieldRef),
        'secretKeyRef': toJson_RedisSentinelSpecInitContainerEnvValueFromSecretKeyRef(obj.secretKeyRef),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RedisSentinelSpecInitContainerResourcesClaims' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecInitContainerResourcesClaims(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * @schema RedisSentinelSpecInitContainerResourcesLimits
 */
class RedisSentinelSpecInitContainerResourcesLimits {
    value;
    static fromNumber(value) {
        return new RedisSentinelSpecInitContainerResourcesLimits(value);
    }
    static fromString(value) {
        return new RedisSentinelSpecInitContainerResourcesLimits(value);
    }
    constructor(value) {
        this.value = value;
    }
}
exports.RedisSentinelSpecInitContainerResourcesLimits = RedisSentinelSpecInitContainerResourcesLimits;
/**
 * @schema RedisSentinelSpecInitContainerResourcesRequests
 */
class RedisSentinelSpecInitContainerResourcesRequests {
    value;
    static fromNumber(value) {
        return new RedisSentinelSpecInitContainerResourcesRequests(value);
    }
    static fromString(value) {
        return new RedisSentinelSpecInitContainerResourcesRequests(value);
    }
    constructor(value) {
        this.value = value;
    }
}
exports.RedisSentinelSpecInitContainerResourcesRequests = RedisSentinelSpecInitContainerResourcesRequests;
/**
 * Converts an object of type 'RedisSentinelSpecInitContainerSecurityContextCapabilities' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecInitContainerSecurityContextCapabilities(obj) {
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
 * Converts an object of type 'RedisSentinelSpecInitContainerSecurityContextSeLinuxOptions' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecInitContainerSecurityContextSeLinuxOptions(obj) {
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
 * Converts an object of type 'RedisSentinelSpecInitContainerSecurityContextSeccompProfile' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecInitContainerSecurityContextSeccompProfile(obj) {
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
 * Converts an object of type 'RedisSentinelSpecInitContainerSecurityContextWindowsOptions' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecInitContainerSecurityContextWindowsOptions(obj) {
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
 * Converts an object of type 'RedisSentinelSpecKubernetesConfigResourcesClaims' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecKubernetesConfigResourcesClaims(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * @schema RedisSentinelSpecKubernetesConfigResourcesLimits
 */
class RedisSentinelSpecKubernetesConfigResourcesLimits {
    value;
    static fromNumber(value) {
        return new RedisSentinelSpecKubernetesConfigResourcesLimits(value);
    }
    static fromString(value) {
        return new RedisSentinelSpecKubernetesConfigResourcesLimits(value);
    }
    constructor(value) {
        this.value = value;
    }
}
exports.RedisSentinelSpecKubernetesConfigResourcesLimits = RedisSentinelSpecKubernetesConfigResourcesLimits;
/**
 * @schema RedisSentinelSpecKubernetesConfigResourcesRequests
 */
class RedisSentinelSpecKubernetesConfigResourcesRequests {
    value;
    static fromNumber(value) {
        return new RedisSentinelSpecKubernetesConfigResourcesRequests(value);
    }
    static fromString(value) {
        return new RedisSentinelSpecKubernetesConfigResourcesRequests(value);
    }
    constructor(value) {
        this.value = value;
    }
}
exports.RedisSentinelSpecKubernetesConfigResourcesRequests = RedisSentinelSpecKubernetesConfigResourcesRequests;
/**
 * Converts an object of type 'RedisSentinelSpecKubernetesConfigServiceAdditional' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecKubernetesConfigServiceAdditional(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'additionalAnnotations': ((obj.additionalAnnotations) === undefined) ? undefined : (Object.entries(obj.additionalAnnotations).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'enabled': obj.enabled,
        'includeBusPort': obj.includeBusPort,
        'type': obj.type,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RedisSentinelSpecKubernetesConfigServiceHeadless' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecKubernetesConfigServiceHeadless(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'additionalAnnotations': ((obj.additionalAnnotations) === undefined) ? undefined : (Object.entries(obj.additionalAnnotations).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'enabled': obj.enabled,
        'includeBusPort': obj.includeBusPort,
        'type': obj.type,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * @schema RedisSentinelSpecKubernetesConfigServiceServiceType
 */
var RedisSentinelSpecKubernetesConfigServiceServiceType;
(function (RedisSentinelSpecKubernetesConfigServiceServiceType) {
    /** LoadBalancer */
    RedisSentinelSpecKubernetesConfigServiceServiceType["LOAD_BALANCER"] = "LoadBalancer";
    /** NodePort */
    RedisSentinelSpecKubernetesConfigServiceServiceType["NODE_PORT"] = "NodePort";
    /** ClusterIP */
    RedisSentinelSpecKubernetesConfigServiceServiceType["CLUSTER_IP"] = "ClusterIP";
})(RedisSentinelSpecKubernetesConfigServiceServiceType || (exports.RedisSentinelSpecKubernetesConfigServiceServiceType = RedisSentinelSpecKubernetesConfigServiceServiceType = {}));
/**
 * Converts an object of type 'RedisSentinelSpecKubernetesConfigUpdateStrategyRollingUpdate' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecKubernetesConfigUpdateStrategyRollingUpdate(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'maxUnavailable': obj.maxUnavailable?.value,
        'partition': obj.partition,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RedisSentinelSpecLivenessProbeHttpGetHttpHeaders' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecLivenessProbeHttpGetHttpHeaders(obj) {
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
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * Name or number of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema RedisSentinelSpecLivenessProbeHttpGetPort
 */
class RedisSentinelSpecLivenessProbeHttpGetPort {
    value;
    static fromNumber(value) {
        return new RedisSentinelSpecLivenessProbeHttpGetPort(value);
    }
    static fromString(value) {
        return new RedisSentinelSpecLivenessProbeHttpGetPort(value);
    }
    constructor(value) {
        this.value = value;
    }
}
exports.RedisSentinelSpecLivenessProbeHttpGetPort = RedisSentinelSpecLivenessProbeHttpGetPort;
/**
 * Number or name of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema RedisSentinelSpecLivenessProbeTcpSocketPort
 */
class RedisSentinelSpecLivenessProbeTcpSocketPort {
    value;
    static fromNumber(value) {
        return new RedisSentinelSpecLivenessProbeTcpSocketPort(value);
    }
    static fromString(value) {
        return new RedisSentinelSpecLivenessProbeTcpSocketPort(value);
    }
    constructor(value) {
        this.value = value;
    }
}
exports.RedisSentinelSpecLivenessProbeTcpSocketPort = RedisSentinelSpecLivenessProbeTcpSocketPort;
/**
 * Converts an object of type 'RedisSentinelSpecReadinessProbeHttpGetHttpHeaders' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecReadinessProbeHttpGetHttpHeaders(obj) {
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
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * Name or number of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema RedisSentinelSpecReadinessProbeHttpGetPort
 */
class RedisSentinelSpecReadinessProbeHttpGetPort {
    value;
    static fromNumber(value) {
        return new RedisSentinelSpecReadinessProbeHttpGetPort(value);
    }
    static fromString(value) {
        return new RedisSentinelSpecReadinessProbeHttpGetPort(value);
    }
    constructor(value) {
        this.value = value;
    }
}
exports.RedisSentinelSpecReadinessProbeHttpGetPort = RedisSentinelSpecReadinessProbeHttpGetPort;
/**
 * Number or name of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema RedisSentinelSpecReadinessProbeTcpSocketPort
 */
class RedisSentinelSpecReadinessProbeTcpSocketPort {
    value;
    static fromNumber(value) {
        return new RedisSentinelSpecReadinessProbeTcpSocketPort(value);
    }
    static fromString(value) {
        return new RedisSentinelSpecReadinessProbeTcpSocketPort(value);
    }
    constructor(value) {
        this.value = value;
    }
}
exports.RedisSentinelSpecReadinessProbeTcpSocketPort = RedisSentinelSpecReadinessProbeTcpSocketPort;
/**
 * Converts an object of type 'RedisSentinelSpecRedisExporterEnvValueFrom' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecRedisExporterEnvValueFrom(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'configMapKeyRef': toJson_RedisSentinelSpecRedisExporterEnvValueFromConfigMapKeyRef(obj.configMapKeyRef),
        'fieldRef': toJson_RedisSentinelSpecRedisExporterEnvValueFromFieldRef(obj.fieldRef),
        'resourceFieldRef': toJson_RedisSentinelSpecRedisExporterEnvValueFromResourceFieldRef(obj.resourceFieldRef),
        'secretKeyRef': toJson_RedisSentinelSpecRedisExporterEnvValueFromSecretKeyRef(obj.secretKeyRef),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RedisSentinelSpecRedisExporterResourcesClaims' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecRedisExporterResourcesClaims(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * @schema RedisSentinelSpecRedisExporterResourcesLimits
 */
class RedisSentinelSpecRedisExporterResourcesLimits {
    value;
    static fromNumber(value) {
        return new RedisSentinelSpecRedisExporterResourcesLimits(value);
    }
    static fromString(value) {
        return new RedisSentinelSpecRedisExporterResourcesLimits(value);
    }
    constructor(value) {
        this.value = value;
    }
}
exports.RedisSentinelSpecRedisExporterResourcesLimits = RedisSentinelSpecRedisExporterResourcesLimits;
/**
 * @schema RedisSentinelSpecRedisExporterResourcesRequests
 */
class RedisSentinelSpecRedisExporterResourcesRequests {
    value;
    static fromNumber(value) {
        return new RedisSentinelSpecRedisExporterResourcesRequests(value);
    }
    static fromString(value) {
        return new RedisSentinelSpecRedisExporterResourcesRequests(value);
    }
    constructor(value) {
        this.value = value;
    }
}
exports.RedisSentinelSpecRedisExporterResourcesRequests = RedisSentinelSpecRedisExporterResourcesRequests;
/**
 * Converts an object of type 'RedisSentinelSpecRedisExporterSecurityContextCapabilities' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecRedisExporterSecurityContextCapabilities(obj) {
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
 * Converts an object of type 'RedisSentinelSpecRedisExporterSecurityContextSeLinuxOptions' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecRedisExporterSecurityContextSeLinuxOptions(obj) {
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
 * Converts an object of type 'RedisSentinelSpecRedisExporterSecurityContextSeccompProfile' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecRedisExporterSecurityContextSeccompProfile(obj) {
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
 * Converts an object of type 'RedisSentinelSpecRedisExporterSecurityContextWindowsOptions' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecRedisExporterSecurityContextWindowsOptions(obj) {
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
 * Converts an object of type 'RedisSentinelSpecRedisSentinelConfigRedisReplicationPasswordConfigMapKeyRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecRedisSentinelConfigRedisReplicationPasswordConfigMapKeyRef(obj) {
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
 * Converts an object of type 'RedisSentinelSpecRedisSentinelConfigRedisReplicationPasswordFieldRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecRedisSentinelConfigRedisReplicationPasswordFieldRef(obj) {
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
 * Converts an object of type 'RedisSentinelSpecRedisSentinelConfigRedisReplicationPasswordResourceFieldRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecRedisSentinelConfigRedisReplicationPasswordResourceFieldRef(obj) {
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
 * Converts an object of type 'RedisSentinelSpecRedisSentinelConfigRedisReplicationPasswordSecretKeyRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecRedisSentinelConfigRedisReplicationPasswordSecretKeyRef(obj) {
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
 * Converts an object of type 'RedisSentinelSpecSidecarsEnvValueFrom' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecSidecarsEnvValueFrom(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'configMapKeyRef': toJson_RedisSentinelSpecSidecarsEnvValueFromConfigMapKeyRef(obj.configMapKeyRef),
        'fieldRef': toJson_RedisSentinelSpecSidecarsEnvValueFromFieldRef(obj.fieldRef),
        'resourceFieldRef': toJson_RedisSentinelSpecSidecarsEnvValueFromResourceFieldRef(obj.resourceFieldRef),
        'secretKeyRef': toJson_RedisSentinelSpecSidecarsEnvValueFromSecretKeyRef(obj.secretKeyRef),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RedisSentinelSpecSidecarsResourcesClaims' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecSidecarsResourcesClaims(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * @schema RedisSentinelSpecSidecarsResourcesLimits
 */
class RedisSentinelSpecSidecarsResourcesLimits {
    value;
    static fromNumber(value) {
        return new RedisSentinelSpecSidecarsResourcesLimits(value);
    }
    static fromString(value) {
        return new RedisSentinelSpecSidecarsResourcesLimits(value);
    }
    constructor(value) {
        this.value = value;
    }
}
exports.RedisSentinelSpecSidecarsResourcesLimits = RedisSentinelSpecSidecarsResourcesLimits;
/**
 * @schema RedisSentinelSpecSidecarsResourcesRequests
 */
class RedisSentinelSpecSidecarsResourcesRequests {
    value;
    static fromNumber(value) {
        return new RedisSentinelSpecSidecarsResourcesRequests(value);
    }
    static fromString(value) {
        return new RedisSentinelSpecSidecarsResourcesRequests(value);
    }
    constructor(value) {
        this.value = value;
    }
}
exports.RedisSentinelSpecSidecarsResourcesRequests = RedisSentinelSpecSidecarsResourcesRequests;
/**
 * Converts an object of type 'RedisSentinelSpecSidecarsSecurityContextCapabilities' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecSidecarsSecurityContextCapabilities(obj) {
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
 * Converts an object of type 'RedisSentinelSpecSidecarsSecurityContextSeLinuxOptions' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecSidecarsSecurityContextSeLinuxOptions(obj) {
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
 * Converts an object of type 'RedisSentinelSpecSidecarsSecurityContextSeccompProfile' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecSidecarsSecurityContextSeccompProfile(obj) {
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
 * Converts an object of type 'RedisSentinelSpecSidecarsSecurityContextWindowsOptions' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecSidecarsSecurityContextWindowsOptions(obj) {
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
 * Converts an object of type 'RedisSentinelSpecTopologySpreadConstraintsLabelSelectorMatchExpressions' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecTopologySpreadConstraintsLabelSelectorMatchExpressions(obj) {
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
 * Converts an object of type 'RedisSentinelSpecVolumeMountVolumeAwsElasticBlockStore' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecVolumeMountVolumeAwsElasticBlockStore(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'fsType': obj.fsType,
        'partition': obj.partition,
        'readOnly': obj.readOnly,
        'volumeID': obj.volumeId,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RedisSentinelSpecVolumeMountVolumeAzureDisk' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecVolumeMountVolumeAzureDisk(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'cachingMode': obj.cachingMode,
        'diskName': obj.diskName,
        'diskURI': obj.diskUri,
        'fsType': obj.fsType,
        'kind': obj.kind,
        'readOnly': obj.readOnly,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RedisSentinelSpecVolumeMountVolumeAzureFile' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecVolumeMountVolumeAzureFile(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'readOnly': obj.readOnly,
        'secretName': obj.secretName,
        'shareName': obj.shareName,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RedisSentinelSpecVolumeMountVolumeCephfs' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecVolumeMountVolumeCephfs(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'monitors': obj.monitors?.map(y => y),
        'path': obj.path,
        'readOnly': obj.readOnly,
        'secretFile': obj.secretFile,
        'secretRef': toJson_RedisSentinelSpecVolumeMountVolumeCephfsSecretRef(obj.secretRef),
        'user': obj.user,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RedisSentinelSpecVolumeMountVolumeCinder' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecVolumeMountVolumeCinder(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'fsType': obj.fsType,
        'readOnly': obj.readOnly,
        'secretRef': toJson_RedisSentinelSpecVolumeMountVolumeCinderSecretRef(obj.secretRef),
        'volumeID': obj.volumeId,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RedisSentinelSpecVolumeMountVolumeConfigMap' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecVolumeMountVolumeConfigMap(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'defaultMode': obj.defaultMode,
        'items': obj.items?.map(y => toJson_RedisSentinelSpecVolumeMountVolumeConfigMapItems(y)),
        'name': obj.name,
        'optional': obj.optional,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RedisSentinelSpecVolumeMountVolumeCsi' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecVolumeMountVolumeCsi(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'driver': obj.driver,
        'fsType': obj.fsType,
        'nodePublishSecretRef': toJson_RedisSentinelSpecVolumeMountVolumeCsiNodePublishSecretRef(obj.nodePublishSecretRef),
        'readOnly': obj.readOnly,
        'volumeAttributes': ((obj.volumeAttributes) === undefined) ? undefined : (Object.entries(obj.volumeAttributes).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RedisSentinelSpecVolumeMountVolumeDownwardApi' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecVolumeMountVolumeDownwardApi(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'defaultMode': obj.defaultMode,
        'items': obj.items?.map(y => toJson_RedisSentinelSpecVolumeMountVolumeDownwardApiItems(y)),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RedisSentinelSpecVolumeMountVolumeEmptyDir' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecVolumeMountVolumeEmptyDir(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'medium': obj.medium,
        'sizeLimit': obj.sizeLimit?.value,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RedisSentinelSpecVolumeMountVolumeEphemeral' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecVolumeMountVolumeEphemeral(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'volumeClaimTemplate': toJson_RedisSentinelSpecVolumeMountVolumeEphemeralVolumeClaimTemplate(obj.volumeClaimTemplate),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RedisSentinelSpecVolumeMountVolumeFc' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecVolumeMountVolumeFc(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'fsType': obj.fsType,
        'lun': obj.lun,
        'readOnly': obj.readOnly,
        'targetWWNs': obj.targetWwNs?.map(y => y),
        'wwids': obj.wwids?.map(y => y),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RedisSentinelSpecVolumeMountVolumeFlexVolume' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecVolumeMountVolumeFlexVolume(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'driver': obj.driver,
        'fsType': obj.fsType,
        'options': ((obj.options) === undefined) ? undefined : (Object.entries(obj.options).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'readOnly': obj.readOnly,
        'secretRef': toJson_RedisSentinelSpecVolumeMountVolumeFlexVolumeSecretRef(obj.secretRef),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RedisSentinelSpecVolumeMountVolumeFlocker' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecVolumeMountVolumeFlocker(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'datasetName': obj.datasetName,
        'datasetUUID': obj.datasetUuid,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RedisSentinelSpecVolumeMountVolumeGcePersistentDisk' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecVolumeMountVolumeGcePersistentDisk(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'fsType': obj.fsType,
        'partition': obj.partition,
        'pdName': obj.pdName,
        'readOnly': obj.readOnly,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RedisSentinelSpecVolumeMountVolumeGitRepo' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecVolumeMountVolumeGitRepo(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'directory': obj.directory,
        'repository': obj.repository,
        'revision': obj.revision,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RedisSentinelSpecVolumeMountVolumeGlusterfs' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecVolumeMountVolumeGlusterfs(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'endpoints': obj.endpoints,
        'path': obj.path,
        'readOnly': obj.readOnly,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RedisSentinelSpecVolumeMountVolumeHostPath' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecVolumeMountVolumeHostPath(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'path': obj.path,
        'type': obj.type,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RedisSentinelSpecVolumeMountVolumeIscsi' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecVolumeMountVolumeIscsi(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'chapAuthDiscovery': obj.chapAuthDiscovery,
        'chapAuthSession': obj.chapAuthSession,
        'fsType': obj.fsType,
        'initiatorName': obj.initiatorName,
        'iqn': obj.iqn,
        'iscsiInterface': obj.iscsiInterface,
        'lun': obj.lun,
        'portals': obj.portals?.map(y => y),
        'readOnly': obj.readOnly,
        'secretRef': toJson_RedisSentinelSpecVolumeMountVolumeIscsiSecretRef(obj.secretRef),
        'targetPortal': obj.targetPortal,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RedisSentinelSpecVolumeMountVolumeNfs' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecVolumeMountVolumeNfs(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'path': obj.path,
        'readOnly': obj.readOnly,
        'server': obj.server,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RedisSentinelSpecVolumeMountVolumePersistentVolumeClaim' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecVolumeMountVolumePersistentVolumeClaim(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'claimName': obj.claimName,
        'readOnly': obj.readOnly,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RedisSentinelSpecVolumeMountVolumePhotonPersistentDisk' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecVolumeMountVolumePhotonPersistentDisk(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'fsType': obj.fsType,
        'pdID': obj.pdId,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RedisSentinelSpecVolumeMountVolumePortworxVolume' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecVolumeMountVolumePortworxVolume(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'fsType': obj.fsType,
        'readOnly': obj.readOnly,
        'volumeID': obj.volumeId,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RedisSentinelSpecVolumeMountVolumeProjected' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecVolumeMountVolumeProjected(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'defaultMode': obj.defaultMode,
        'sources': obj.sources?.map(y => toJson_RedisSentinelSpecVolumeMountVolumeProjectedSources(y)),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RedisSentinelSpecVolumeMountVolumeQuobyte' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecVolumeMountVolumeQuobyte(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'group': obj.group,
        'readOnly': obj.readOnly,
        'registry': obj.registry,
        'tenant': obj.tenant,
        'user': obj.user,
        'volume': obj.volume,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RedisSentinelSpecVolumeMountVolumeRbd' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecVolumeMountVolumeRbd(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'fsType': obj.fsType,
        'image': obj.image,
        'keyring': obj.keyring,
        'monitors': obj.monitors?.map(y => y),
        'pool': obj.pool,
        'readOnly': obj.readOnly,
        'secretRef': toJson_RedisSentinelSpecVolumeMountVolumeRbdSecretRef(obj.secretRef),
        'user': obj.user,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RedisSentinelSpecVolumeMountVolumeScaleIo' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecVolumeMountVolumeScaleIo(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'fsType': obj.fsType,
        'gateway': obj.gateway,
        'protectionDomain': obj.protectionDomain,
        'readOnly': obj.readOnly,
        'secretRef': toJson_RedisSentinelSpecVolumeMountVolumeScaleIoSecretRef(obj.secretRef),
        'sslEnabled': obj.sslEnabled,
        'storageMode': obj.storageMode,
        'storagePool': obj.storagePool,
        'system': obj.system,
        'volumeName': obj.volumeName,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RedisSentinelSpecVolumeMountVolumeSecret' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecVolumeMountVolumeSecret(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'defaultMode': obj.defaultMode,
        'items': obj.items?.map(y => toJson_RedisSentinelSpecVolumeMountVolumeSecretItems(y)),
        'optional': obj.optional,
        'secretName': obj.secretName,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RedisSentinelSpecVolumeMountVolumeStorageos' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecVolumeMountVolumeStorageos(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'fsType': obj.fsType,
        'readOnly': obj.readOnly,
        'secretRef': toJson_RedisSentinelSpecVolumeMountVolumeStorageosSecretRef(obj.secretRef),
        'volumeName': obj.volumeName,
        'volumeNamespace': obj.volumeNamespace,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RedisSentinelSpecVolumeMountVolumeVsphereVolume' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecVolumeMountVolumeVsphereVolume(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'fsType': obj.fsType,
        'storagePolicyID': obj.storagePolicyId,
        'storagePolicyName': obj.storagePolicyName,
        'volumePath': obj.volumePath,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RedisSentinelSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchExpressions': obj.matchExpressions?.map(y => toJson_RedisSentinelSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions(y)),
        'matchFields': obj.matchFields?.map(y => toJson_RedisSentinelSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields(y)),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RedisSentinelSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchExpressions': obj.matchExpressions?.map(y => toJson_RedisSentinelSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions(y)),
        'matchFields': obj.matchFields?.map(y => toJson_RedisSentinelSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields(y)),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RedisSentinelSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'labelSelector': toJson_RedisSentinelSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj.labelSelector),
        'matchLabelKeys': obj.matchLabelKeys?.map(y => y),
        'mismatchLabelKeys': obj.mismatchLabelKeys?.map(y => y),
        'namespaceSelector': toJson_RedisSentinelSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj.namespaceSelector),
        'namespaces': obj.namespaces?.map(y => y),
        'topologyKey': obj.topologyKey,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RedisSentinelSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchExpressions': obj.matchExpressions?.map(y => toJson_RedisSentinelSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(y)),
        'matchLabels': ((obj.matchLabels) === undefined) ? undefined : (Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RedisSentinelSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchExpressions': obj.matchExpressions?.map(y => toJson_RedisSentinelSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(y)),
        'matchLabels': ((obj.matchLabels) === undefined) ? undefined : (Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RedisSentinelSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'labelSelector': toJson_RedisSentinelSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj.labelSelector),
        'matchLabelKeys': obj.matchLabelKeys?.map(y => y),
        'mismatchLabelKeys': obj.mismatchLabelKeys?.map(y => y),
        'namespaceSelector': toJson_RedisSentinelSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj.namespaceSelector),
        'namespaces': obj.namespaces?.map(y => y),
        'topologyKey': obj.topologyKey,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RedisSentinelSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchExpressions': obj.matchExpressions?.map(y => toJson_RedisSentinelSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(y)),
        'matchLabels': ((obj.matchLabels) === undefined) ? undefined : (Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RedisSentinelSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchExpressions': obj.matchExpressions?.map(y => toJson_RedisSentinelSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(y)),
        'matchLabels': ((obj.matchLabels) === undefined) ? undefined : (Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * Specifies the output format of the exposed resources, defaults to "1"
 *
 * @schema RedisSentinelSpecEnvValueFromResourceFieldRefDivisor
 */
class RedisSentinelSpecEnvValueFromResourceFieldRefDivisor {
    value;
    static fromNumber(value) {
        return new RedisSentinelSpecEnvValueFromResourceFieldRefDivisor(value);
    }
    static fromString(value) {
        return new RedisSentinelSpecEnvValueFromResourceFieldRefDivisor(value);
    }
    constructor(value) {
        this.value = value;
    }
}
exports.RedisSentinelSpecEnvValueFromResourceFieldRefDivisor = RedisSentinelSpecEnvValueFromResourceFieldRefDivisor;
/**
 * Converts an object of type 'RedisSentinelSpecInitContainerEnvValueFromConfigMapKeyRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecInitContainerEnvValueFromConfigMapKeyRef(obj) {
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
 * Converts an object of type 'RedisSentinelSpecInitContainerEnvValueFromFieldRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecInitContainerEnvValueFromFieldRef(obj) {
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
 * Converts an object of type 'RedisSentinelSpecInitContainerEnvValueFromResourceFieldRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecInitContainerEnvValueFromResourceFieldRef(obj) {
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
 * Converts an object of type 'RedisSentinelSpecInitContainerEnvValueFromSecretKeyRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecInitContainerEnvValueFromSecretKeyRef(obj) {
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
 * @schema RedisSentinelSpecKubernetesConfigServiceAdditionalType
 */
var RedisSentinelSpecKubernetesConfigServiceAdditionalType;
(function (RedisSentinelSpecKubernetesConfigServiceAdditionalType) {
    /** LoadBalancer */
    RedisSentinelSpecKubernetesConfigServiceAdditionalType["LOAD_BALANCER"] = "LoadBalancer";
    /** NodePort */
    RedisSentinelSpecKubernetesConfigServiceAdditionalType["NODE_PORT"] = "NodePort";
    /** ClusterIP */
    RedisSentinelSpecKubernetesConfigServiceAdditionalType["CLUSTER_IP"] = "ClusterIP";
})(RedisSentinelSpecKubernetesConfigServiceAdditionalType || (exports.RedisSentinelSpecKubernetesConfigServiceAdditionalType = RedisSentinelSpecKubernetesConfigServiceAdditionalType = {}));
/**
 * @schema RedisSentinelSpecKubernetesConfigServiceHeadlessType
 */
var RedisSentinelSpecKubernetesConfigServiceHeadlessType;
(function (RedisSentinelSpecKubernetesConfigServiceHeadlessType) {
    /** LoadBalancer */
    RedisSentinelSpecKubernetesConfigServiceHeadlessType["LOAD_BALANCER"] = "LoadBalancer";
    /** NodePort */
    RedisSentinelSpecKubernetesConfigServiceHeadlessType["NODE_PORT"] = "NodePort";
    /** ClusterIP */
    RedisSentinelSpecKubernetesConfigServiceHeadlessType["CLUSTER_IP"] = "ClusterIP";
})(RedisSentinelSpecKubernetesConfigServiceHeadlessType || (exports.RedisSentinelSpecKubernetesConfigServiceHeadlessType = RedisSentinelSpecKubernetesConfigServiceHeadlessType = {}));
/**
 * The maximum number of pods that can be unavailable during the update.
 * Value can be an absolute number (ex: 5) or a percentage of desired pods (ex: 10%).
 * Absolute number is calculated from percentage by rounding up. This can not be 0.
 * Defaults to 1. This field is alpha-level and is only honored by servers that enable the
 * MaxUnavailableStatefulSet feature. The field applies to all pods in the range 0 to
 * Replicas-1. That means if there is any unavailable pod in the range 0 to Replicas-1, it
 * will be counted towards MaxUnavailable.
 *
 * @default 1. This field is alpha-level and is only honored by servers that enable the
 * @schema RedisSentinelSpecKubernetesConfigUpdateStrategyRollingUpdateMaxUnavailable
 */
class RedisSentinelSpecKubernetesConfigUpdateStrategyRollingUpdateMaxUnavailable {
    value;
    static fromNumber(value) {
        return new RedisSentinelSpecKubernetesConfigUpdateStrategyRollingUpdateMaxUnavailable(value);
    }
    static fromString(value) {
        return new RedisSentinelSpecKubernetesConfigUpdateStrategyRollingUpdateMaxUnavailable(value);
    }
    constructor(value) {
        this.value = value;
    }
}
exports.RedisSentinelSpecKubernetesConfigUpdateStrategyRollingUpdateMaxUnavailable = RedisSentinelSpecKubernetesConfigUpdateStrategyRollingUpdateMaxUnavailable;
/**
 * Converts an object of type 'RedisSentinelSpecRedisExporterEnvValueFromConfigMapKeyRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecRedisExporterEnvValueFromConfigMapKeyRef(obj) {
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
 * Converts an object of type 'RedisSentinelSpecRedisExporterEnvValueFromFieldRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecRedisExporterEnvValueFromFieldRef(obj) {
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
 * Converts an object of type 'RedisSentinelSpecRedisExporterEnvValueFromResourceFieldRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecRedisExporterEnvValueFromResourceFieldRef(obj) {
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
 * Converts an object of type 'RedisSentinelSpecRedisExporterEnvValueFromSecretKeyRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecRedisExporterEnvValueFromSecretKeyRef(obj) {
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
 * Specifies the output format of the exposed resources, defaults to "1"
 *
 * @schema RedisSentinelSpecRedisSentinelConfigRedisReplicationPasswordResourceFieldRefDivisor
 */
class RedisSentinelSpecRedisSentinelConfigRedisReplicationPasswordResourceFieldRefDivisor {
    value;
    static fromNumber(value) {
        return new RedisSentinelSpecRedisSentinelConfigRedisReplicationPasswordResourceFieldRefDivisor(value);
    }
    static fromString(value) {
        return new RedisSentinelSpecRedisSentinelConfigRedisReplicationPasswordResourceFieldRefDivisor(value);
    }
    constructor(value) {
        this.value = value;
    }
}
exports.RedisSentinelSpecRedisSentinelConfigRedisReplicationPasswordResourceFieldRefDivisor = RedisSentinelSpecRedisSentinelConfigRedisReplicationPasswordResourceFieldRefDivisor;
/**
 * Converts an object of type 'RedisSentinelSpecSidecarsEnvValueFromConfigMapKeyRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecSidecarsEnvValueFromConfigMapKeyRef(obj) {
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
 * Converts an object of type 'RedisSentinelSpecSidecarsEnvValueFromFieldRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecSidecarsEnvValueFromFieldRef(obj) {
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
 * Converts an object of type 'RedisSentinelSpecSidecarsEnvValueFromResourceFieldRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecSidecarsEnvValueFromResourceFieldRef(obj) {
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
 * Converts an object of type 'RedisSentinelSpecSidecarsEnvValueFromSecretKeyRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecSidecarsEnvValueFromSecretKeyRef(obj) {
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
 * Converts an object of type 'RedisSentinelSpecVolumeMountVolumeCephfsSecretRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecVolumeMountVolumeCephfsSecretRef(obj) {
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
 * Converts an object of type 'RedisSentinelSpecVolumeMountVolumeCinderSecretRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecVolumeMountVolumeCinderSecretRef(obj) {
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
 * Converts an object of type 'RedisSentinelSpecVolumeMountVolumeConfigMapItems' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecVolumeMountVolumeConfigMapItems(obj) {
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
 * Converts an object of type 'RedisSentinelSpecVolumeMountVolumeCsiNodePublishSecretRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecVolumeMountVolumeCsiNodePublishSecretRef(obj) {
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
 * Converts an object of type 'RedisSentinelSpecVolumeMountVolumeDownwardApiItems' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecVolumeMountVolumeDownwardApiItems(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'fieldRef': toJson_RedisSentinelSpecVolumeMountVolumeDownwardApiItemsFieldRef(obj.fieldRef),
        'mode': obj.mode,
        'path': obj.path,
        'resourceFieldRef': toJson_RedisSentinelSpecVolumeMountVolumeDownwardApiItemsResourceFieldRef(obj.resourceFieldRef),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * sizeLimit is the total amount of local storage required for this EmptyDir volume.
 * The size limit is also applicable for memory medium.
 * The maximum usage on memory medium EmptyDir would be the minimum value between
 * the SizeLimit specified here and the sum of memory limits of all containers in a pod.
 * The default is nil which means that the limit is undefined.
 * More info: https://kubernetes.io/docs/concepts/storage/volumes#emptydir
 *
 * @schema RedisSentinelSpecVolumeMountVolumeEmptyDirSizeLimit
 */
class RedisSentinelSpecVolumeMountVolumeEmptyDirSizeLimit {
    value;
    static fromNumber(value) {
        return new RedisSentinelSpecVolumeMountVolumeEmptyDirSizeLimit(value);
    }
    static fromString(value) {
        return new RedisSentinelSpecVolumeMountVolumeEmptyDirSizeLimit(value);
    }
    constructor(value) {
        this.value = value;
    }
}
exports.RedisSentinelSpecVolumeMountVolumeEmptyDirSizeLimit = RedisSentinelSpecVolumeMountVolumeEmptyDirSizeLimit;
/**
 * Converts an object of type 'RedisSentinelSpecVolumeMountVolumeEphemeralVolumeClaimTemplate' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecVolumeMountVolumeEphemeralVolumeClaimTemplate(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': obj.metadata,
        'spec': toJson_RedisSentinelSpecVolumeMountVolumeEphemeralVolumeClaimTemplateSpec(obj.spec),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RedisSentinelSpecVolumeMountVolumeFlexVolumeSecretRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecVolumeMountVolumeFlexVolumeSecretRef(obj) {
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
 * Converts an object of type 'RedisSentinelSpecVolumeMountVolumeIscsiSecretRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecVolumeMountVolumeIscsiSecretRef(obj) {
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
 * Converts an object of type 'RedisSentinelSpecVolumeMountVolumeProjectedSources' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecVolumeMountVolumeProjectedSources(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'clusterTrustBundle': toJson_RedisSentinelSpecVolumeMountVolumeProjectedSourcesClusterTrustBundle(obj.clusterTrustBundle),
        'configMap': toJson_RedisSentinelSpecVolumeMountVolumeProjectedSourcesConfigMap(obj.configMap),
        'downwardAPI': toJson_RedisSentinelSpecVolumeMountVolumeProjectedSourcesDownwardApi(obj.downwardApi),
        'secret': toJson_RedisSentinelSpecVolumeMountVolumeProjectedSourcesSecret(obj.secret),
        'serviceAccountToken': toJson_RedisSentinelSpecVolumeMountVolumeProjectedSourcesServiceAccountToken(obj.serviceAccountToken),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RedisSentinelSpecVolumeMountVolumeRbdSecretRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecVolumeMountVolumeRbdSecretRef(obj) {
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
 * Converts an object of type 'RedisSentinelSpecVolumeMountVolumeScaleIoSecretRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecVolumeMountVolumeScaleIoSecretRef(obj) {
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
 * Converts an object of type 'RedisSentinelSpecVolumeMountVolumeSecretItems' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecVolumeMountVolumeSecretItems(obj) {
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
 * Converts an object of type 'RedisSentinelSpecVolumeMountVolumeStorageosSecretRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecVolumeMountVolumeStorageosSecretRef(obj) {
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
 * Converts an object of type 'RedisSentinelSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions(obj) {
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
 * Converts an object of type 'RedisSentinelSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields(obj) {
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
 * Converts an object of type 'RedisSentinelSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions(obj) {
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
 * Converts an object of type 'RedisSentinelSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields(obj) {
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
 * Converts an object of type 'RedisSentinelSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchExpressions': obj.matchExpressions?.map(y => toJson_RedisSentinelSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(y)),
        'matchLabels': ((obj.matchLabels) === undefined) ? undefined : (Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RedisSentinelSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchExpressions': obj.matchExpressions?.map(y => toJson_RedisSentinelSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(y)),
        'matchLabels': ((obj.matchLabels) === undefined) ? undefined : (Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RedisSentinelSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(obj) {
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
 * Converts an object of type 'RedisSentinelSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(obj) {
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
 * Converts an object of type 'RedisSentinelSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchExpressions': obj.matchExpressions?.map(y => toJson_RedisSentinelSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(y)),
        'matchLabels': ((obj.matchLabels) === undefined) ? undefined : (Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RedisSentinelSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchExpressions': obj.matchExpressions?.map(y => toJson_RedisSentinelSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(y)),
        'matchLabels': ((obj.matchLabels) === undefined) ? undefined : (Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RedisSentinelSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(obj) {
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
 * Converts an object of type 'RedisSentinelSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(obj) {
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
 * Specifies the output format of the exposed resources, defaults to "1"
 *
 * @schema RedisSentinelSpecInitContainerEnvValueFromResourceFieldRefDivisor
 */
class RedisSentinelSpecInitContainerEnvValueFromResourceFieldRefDivisor {
    value;
    static fromNumber(value) {
        return new RedisSentinelSpecInitContainerEnvValueFromResourceFieldRefDivisor(value);
    }
    static fromString(value) {
        return new RedisSentinelSpecInitContainerEnvValueFromResourceFieldRefDivisor(value);
    }
    constructor(value) {
        this.value = value;
    }
}
exports.RedisSentinelSpecInitContainerEnvValueFromResourceFieldRefDivisor = RedisSentinelSpecInitContainerEnvValueFromResourceFieldRefDivisor;
/**
 * Specifies the output format of the exposed resources, defaults to "1"
 *
 * @schema RedisSentinelSpecRedisExporterEnvValueFromResourceFieldRefDivisor
 */
class RedisSentinelSpecRedisExporterEnvValueFromResourceFieldRefDivisor {
    value;
    static fromNumber(value) {
        return new RedisSentinelSpecRedisExporterEnvValueFromResourceFieldRefDivisor(value);
    }
    static fromString(value) {
        return new RedisSentinelSpecRedisExporterEnvValueFromResourceFieldRefDivisor(value);
    }
    constructor(value) {
        this.value = value;
    }
}
exports.RedisSentinelSpecRedisExporterEnvValueFromResourceFieldRefDivisor = RedisSentinelSpecRedisExporterEnvValueFromResourceFieldRefDivisor;
/**
 * Specifies the output format of the exposed resources, defaults to "1"
 *
 * @schema RedisSentinelSpecSidecarsEnvValueFromResourceFieldRefDivisor
 */
class RedisSentinelSpecSidecarsEnvValueFromResourceFieldRefDivisor {
    value;
    static fromNumber(value) {
        return new RedisSentinelSpecSidecarsEnvValueFromResourceFieldRefDivisor(value);
    }
    static fromString(value) {
        return new RedisSentinelSpecSidecarsEnvValueFromResourceFieldRefDivisor(value);
    }
    constructor(value) {
        this.value = value;
    }
}
exports.RedisSentinelSpecSidecarsEnvValueFromResourceFieldRefDivisor = RedisSentinelSpecSidecarsEnvValueFromResourceFieldRefDivisor;
/**
 * Converts an object of type 'RedisSentinelSpecVolumeMountVolumeDownwardApiItemsFieldRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecVolumeMountVolumeDownwardApiItemsFieldRef(obj) {
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
 * Converts an object of type 'RedisSentinelSpecVolumeMountVolumeDownwardApiItemsResourceFieldRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecVolumeMountVolumeDownwardApiItemsResourceFieldRef(obj) {
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
 * Converts an object of type 'RedisSentinelSpecVolumeMountVolumeEphemeralVolumeClaimTemplateSpec' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecVolumeMountVolumeEphemeralVolumeClaimTemplateSpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'accessModes': obj.accessModes?.map(y => y),
        'dataSource': toJson_RedisSentinelSpecVolumeMountVolumeEphemeralVolumeClaimTemplateSpecDataSource(obj.dataSource),
        'dataSourceRef': toJson_RedisSentinelSpecVolumeMountVolumeEphemeralVolumeClaimTemplateSpecDataSourceRef(obj.dataSourceRef),
        'resources': toJson_RedisSentinelSpecVolumeMountVolumeEphemeralVolumeClaimTemplateSpecResources(obj.resources),
        'selector': toJson_RedisSentinelSpecVolumeMountVolumeEphemeralVolumeClaimTemplateSpecSelector(obj.selector),
        'storageClassName': obj.storageClassName,
        'volumeAttributesClassName': obj.volumeAttributesClassName,
        'volumeMode': obj.volumeMode,
        'volumeName': obj.volumeName,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RedisSentinelSpecVolumeMountVolumeProjectedSourcesClusterTrustBundle' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecVolumeMountVolumeProjectedSourcesClusterTrustBundle(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'labelSelector': toJson_RedisSentinelSpecVolumeMountVolumeProjectedSourcesClusterTrustBundleLabelSelector(obj.labelSelector),
        'name': obj.name,
        'optional': obj.optional,
        'path': obj.path,
        'signerName': obj.signerName,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RedisSentinelSpecVolumeMountVolumeProjectedSourcesConfigMap' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecVolumeMountVolumeProjectedSourcesConfigMap(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'items': obj.items?.map(y => toJson_RedisSentinelSpecVolumeMountVolumeProjectedSourcesConfigMapItems(y)),
        'name': obj.name,
        'optional': obj.optional,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RedisSentinelSpecVolumeMountVolumeProjectedSourcesDownwardApi' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecVolumeMountVolumeProjectedSourcesDownwardApi(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'items': obj.items?.map(y => toJson_RedisSentinelSpecVolumeMountVolumeProjectedSourcesDownwardApiItems(y)),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RedisSentinelSpecVolumeMountVolumeProjectedSourcesSecret' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecVolumeMountVolumeProjectedSourcesSecret(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'items': obj.items?.map(y => toJson_RedisSentinelSpecVolumeMountVolumeProjectedSourcesSecretItems(y)),
        'name': obj.name,
        'optional': obj.optional,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RedisSentinelSpecVolumeMountVolumeProjectedSourcesServiceAccountToken' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecVolumeMountVolumeProjectedSourcesServiceAccountToken(obj) {
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
 * Converts an object of type 'RedisSentinelSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(obj) {
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
 * Converts an object of type 'RedisSentinelSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(obj) {
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
 * Converts an object of type 'RedisSentinelSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(obj) {
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
 * Converts an object of type 'RedisSentinelSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(obj) {
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
 * Specifies the output format of the exposed resources, defaults to "1"
 *
 * @schema RedisSentinelSpecVolumeMountVolumeDownwardApiItemsResourceFieldRefDivisor
 */
class RedisSentinelSpecVolumeMountVolumeDownwardApiItemsResourceFieldRefDivisor {
    value;
    static fromNumber(value) {
        return new RedisSentinelSpecVolumeMountVolumeDownwardApiItemsResourceFieldRefDivisor(value);
    }
    static fromString(value) {
        return new RedisSentinelSpecVolumeMountVolumeDownwardApiItemsResourceFieldRefDivisor(value);
    }
    constructor(value) {
        this.value = value;
    }
}
exports.RedisSentinelSpecVolumeMountVolumeDownwardApiItemsResourceFieldRefDivisor = RedisSentinelSpecVolumeMountVolumeDownwardApiItemsResourceFieldRefDivisor;
/**
 * Converts an object of type 'RedisSentinelSpecVolumeMountVolumeEphemeralVolumeClaimTemplateSpecDataSource' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecVolumeMountVolumeEphemeralVolumeClaimTemplateSpecDataSource(obj) {
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
 * Converts an object of type 'RedisSentinelSpecVolumeMountVolumeEphemeralVolumeClaimTemplateSpecDataSourceRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecVolumeMountVolumeEphemeralVolumeClaimTemplateSpecDataSourceRef(obj) {
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
 * Converts an object of type 'RedisSentinelSpecVolumeMountVolumeEphemeralVolumeClaimTemplateSpecResources' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecVolumeMountVolumeEphemeralVolumeClaimTemplateSpecResources(obj) {
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
 * Converts an object of type 'RedisSentinelSpecVolumeMountVolumeEphemeralVolumeClaimTemplateSpecSelector' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecVolumeMountVolumeEphemeralVolumeClaimTemplateSpecSelector(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchExpressions': obj.matchExpressions?.map(y => toJson_RedisSentinelSpecVolumeMountVolumeEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions(y)),
        'matchLabels': ((obj.matchLabels) === undefined) ? undefined : (Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RedisSentinelSpecVolumeMountVolumeProjectedSourcesClusterTrustBundleLabelSelector' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecVolumeMountVolumeProjectedSourcesClusterTrustBundleLabelSelector(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchExpressions': obj.matchExpressions?.map(y => toJson_RedisSentinelSpecVolumeMountVolumeProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions(y)),
        'matchLabels': ((obj.matchLabels) === undefined) ? undefined : (Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RedisSentinelSpecVolumeMountVolumeProjectedSourcesConfigMapItems' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecVolumeMountVolumeProjectedSourcesConfigMapItems(obj) {
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
 * Converts an object of type 'RedisSentinelSpecVolumeMountVolumeProjectedSourcesDownwardApiItems' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecVolumeMountVolumeProjectedSourcesDownwardApiItems(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'fieldRef': toJson_RedisSentinelSpecVolumeMountVolumeProjectedSourcesDownwardApiItemsFieldRef(obj.fieldRef),
        'mode': obj.mode,
        'path': obj.path,
        'resourceFieldRef': toJson_RedisSentinelSpecVolumeMountVolumeProjectedSourcesDownwardApiItemsResourceFieldRef(obj.resourceFieldRef),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RedisSentinelSpecVolumeMountVolumeProjectedSourcesSecretItems' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecVolumeMountVolumeProjectedSourcesSecretItems(obj) {
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
 * @schema RedisSentinelSpecVolumeMountVolumeEphemeralVolumeClaimTemplateSpecResourcesLimits
 */
class RedisSentinelSpecVolumeMountVolumeEphemeralVolumeClaimTemplateSpecResourcesLimits {
    value;
    static fromNumber(value) {
        return new RedisSentinelSpecVolumeMountVolumeEphemeralVolumeClaimTemplateSpecResourcesLimits(value);
    }
    static fromString(value) {
        return new RedisSentinelSpecVolumeMountVolumeEphemeralVolumeClaimTemplateSpecResourcesLimits(value);
    }
    constructor(value) {
        this.value = value;
    }
}
exports.RedisSentinelSpecVolumeMountVolumeEphemeralVolumeClaimTemplateSpecResourcesLimits = RedisSentinelSpecVolumeMountVolumeEphemeralVolumeClaimTemplateSpecResourcesLimits;
/**
 * @schema RedisSentinelSpecVolumeMountVolumeEphemeralVolumeClaimTemplateSpecResourcesRequests
 */
class RedisSentinelSpecVolumeMountVolumeEphemeralVolumeClaimTemplateSpecResourcesRequests {
    value;
    static fromNumber(value) {
        return new RedisSentinelSpecVolumeMountVolumeEphemeralVolumeClaimTemplateSpecResourcesRequests(value);
    }
    static fromString(value) {
        return new RedisSentinelSpecVolumeMountVolumeEphemeralVolumeClaimTemplateSpecResourcesRequests(value);
    }
    constructor(value) {
        this.value = value;
    }
}
exports.RedisSentinelSpecVolumeMountVolumeEphemeralVolumeClaimTemplateSpecResourcesRequests = RedisSentinelSpecVolumeMountVolumeEphemeralVolumeClaimTemplateSpecResourcesRequests;
/**
 * Converts an object of type 'RedisSentinelSpecVolumeMountVolumeEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecVolumeMountVolumeEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions(obj) {
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
 * Converts an object of type 'RedisSentinelSpecVolumeMountVolumeProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecVolumeMountVolumeProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions(obj) {
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
 * Converts an object of type 'RedisSentinelSpecVolumeMountVolumeProjectedSourcesDownwardApiItemsFieldRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecVolumeMountVolumeProjectedSourcesDownwardApiItemsFieldRef(obj) {
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
 * Converts an object of type 'RedisSentinelSpecVolumeMountVolumeProjectedSourcesDownwardApiItemsResourceFieldRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RedisSentinelSpecVolumeMountVolumeProjectedSourcesDownwardApiItemsResourceFieldRef(obj) {
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
 * Specifies the output format of the exposed resources, defaults to "1"
 *
 * @schema RedisSentinelSpecVolumeMountVolumeProjectedSourcesDownwardApiItemsResourceFieldRefDivisor
 */
class RedisSentinelSpecVolumeMountVolumeProjectedSourcesDownwardApiItemsResourceFieldRefDivisor {
    value;
    static fromNumber(value) {
        return new RedisSentinelSpecVolumeMountVolumeProjectedSourcesDownwardApiItemsResourceFieldRefDivisor(value);
    }
    static fromString(value) {
        return new RedisSentinelSpecVolumeMountVolumeProjectedSourcesDownwardApiItemsResourceFieldRefDivisor(value);
    }
    constructor(value) {
        this.value = value;
    }
}
exports.RedisSentinelSpecVolumeMountVolumeProjectedSourcesDownwardApiItemsResourceFieldRefDivisor = RedisSentinelSpecVolumeMountVolumeProjectedSourcesDownwardApiItemsResourceFieldRefDivisor;
