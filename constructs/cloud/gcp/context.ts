import type { ITerraformDependable } from 'cdktf';
import type { CloudSettings, GcpTarget, TargetSpec } from '../../../config/types';
import type { CloudModel } from '../common/model';

/** Shared values of one GCP stack, passed between the files of this folder. */
export interface GcpContext {
  readonly model: CloudModel;
  readonly target: TargetSpec;
  readonly gcp: GcpTarget;
  /** The environment's cloud settings (config/environments: `settings.cloud`). */
  readonly settings: CloudSettings;
  readonly project: string;
  /** Enabled project APIs; resources depend on them so a fresh project applies in one run. @default [] */
  readonly apis: readonly ITerraformDependable[];
}

export function gcpContext(model: CloudModel, apis: readonly ITerraformDependable[] = []): GcpContext {
  const gcp = model.target.provider;
  if (gcp.cloud !== 'gcp') throw new Error(`${model.target.name}: the GCP platform needs a GCP target`);
  return { model, target: model.target, gcp, settings: model.settings, project: gcp.projectId, apis };
}

export function idOf(name: string): string {
  return name.replace(/[^A-Za-z0-9]/g, '_');
}

/** APIs the stack uses; enabled here so a fresh project needs no manual clicks. */
export const GCP_SERVICES = [
  'compute.googleapis.com',
  'container.googleapis.com',
  'dns.googleapis.com',
  'secretmanager.googleapis.com',
  'cloudkms.googleapis.com',
  'iam.googleapis.com',
  'logging.googleapis.com',
  'monitoring.googleapis.com',
] as const;
