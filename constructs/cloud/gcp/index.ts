import { GoogleProvider } from '@cdktf/provider-google/lib/provider';
import { ProjectService } from '@cdktf/provider-google/lib/project-service';
import { Aspects, type TerraformStack } from 'cdktf';
import type { CloudModel, CloudPlatform } from '../common/model';
import { addStackOutputs } from '../common/outputs';
import { cloudLabels, TagAspect } from '../common/tags';
import { pinVersions } from '../common/versions';
import { gcpCluster } from './cluster';
import { GCP_SERVICES, gcpContext, idOf } from './context';
import { gcpData } from './data';
import { gcpIdentities } from './identities';
import { gcpLogRetention } from './logging';
import { gcpNetwork } from './network';
import { gcpPrivateGoogleAccess } from './private-access';
import { gcpTenantZones } from './tenants';
import { cloudFleet } from '../common/fleet';
import { gcpFleetMember, gcpFleetPlatform, gcpMemberProject } from './fleet';

/** GKE, Cloud DNS, Secret Manager, GCS, Private Google Access, logging and workload identity service accounts of one GCP target. */
export const gcpPlatform: CloudPlatform = {
  cloud: 'gcp',
  build(stack: TerraformStack, model: CloudModel): void {
    const base = gcpContext(model);
    // Every resource that supports labels gets the platform labels.
    new GoogleProvider(stack, 'google', { project: base.project, region: base.gcp.region, defaultLabels: cloudLabels(model.target) });
    pinVersions(stack, 'google');
    // Disabling an API on destroy would break anything else in the project using it.
    const fleet = cloudFleet(model);
    // A member cluster's own project comes first (fleet.ts); the APIs, and through them everything else, wait for it.
    const project = fleet.role === 'platform' ? undefined : gcpMemberProject(stack, model.target);
    const apis = GCP_SERVICES.map(
      (service) =>
        new ProjectService(stack, `service_${idOf(service.split('.')[0])}`, {
          service,
          disableOnDestroy: false,
          ...(project ? { dependsOn: [project] } : {}),
        }),
    );
    const ctx = gcpContext(model, apis);
    const net = gcpNetwork(stack, ctx);
    gcpPrivateGoogleAccess(stack, ctx, net);
    const { cluster } = gcpCluster(stack, ctx, net);
    gcpLogRetention(stack, ctx);
    const data = gcpData(stack, ctx);
    const tenantZones = gcpTenantZones(stack, ctx, data);
    const accounts = gcpIdentities(stack, ctx, cluster, data, tenantZones);
    if (fleet.role === 'platform' && fleet.members.length > 0) accounts.set('argocd', gcpFleetPlatform(stack, ctx, cluster));
    if (fleet.role !== 'platform') gcpFleetMember(stack, ctx, net.network, cluster, data.zone);
    addStackOutputs(stack, {
      identities: Object.fromEntries([...accounts].map(([name, sa]) => [name, { serviceAccountEmail: sa.email }])),
      nameServers: data.zone.nameServers,
      clusterName: cluster.name,
      oidcIssuer: `https://container.googleapis.com/v1/projects/${ctx.project}/locations/${ctx.gcp.region}/clusters/${model.target.cluster.name}`,
    });
    // Explicit labels too (GKE's resource_labels are outside the provider's default_labels).
    Aspects.of(stack).add(new TagAspect(cloudLabels(model.target), ['labels', 'resourceLabels']));
  },
};
