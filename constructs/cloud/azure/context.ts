import type { AzureTarget, CloudSettings, TargetSpec } from '../../../config/types';
import type { CloudModel } from '../common/model';

/** Shared values of one Azure stack, passed between the files of this folder. */
export interface AzureContext {
  readonly model: CloudModel;
  readonly target: TargetSpec;
  readonly azure: AzureTarget;
  /** The environment's cloud settings (config/environments: `settings.cloud`). */
  readonly settings: CloudSettings;
  readonly resourceGroupName: string;
  readonly location: string;
}

export function azureContext(model: CloudModel): AzureContext {
  const azure = model.target.provider;
  if (azure.cloud !== 'azure') throw new Error(`${model.target.name}: the Azure platform needs an Azure target`);
  return { model, target: model.target, azure, settings: model.settings, resourceGroupName: azure.resourceGroup, location: azure.location };
}

/** Built-in role names used for least-privilege assignments. */
export const ROLES = {
  secretsUser: 'Key Vault Secrets User',
  dnsZoneContributor: 'DNS Zone Contributor',
  contributor: 'Contributor',
  blobDataContributor: 'Storage Blob Data Contributor',
  acrPull: 'AcrPull',
  networkContributor: 'Network Contributor',
  privateDnsZoneContributor: 'Private DNS Zone Contributor',
} as const;
