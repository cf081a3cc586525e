import { APPS_FOLDER, type FolderName } from '../core/layout';

/** This repository: every folder Application and the root read `dist/<target>/…` from it. */
export const GITOPS_REPO_URL = 'https://github.com/matih/matih-infra.git';
/** Branch Argo CD tracks; dist/ is committed to it by CI. */
export const GITOPS_REVISION = 'main';
/** The cluster Argo CD runs in: every target has its own Argo CD. */
export const IN_CLUSTER = 'https://kubernetes.default.svc';

/** Path of a dist folder of a target, relative to the repository root. */
export function distPath(target: string, folder: FolderName | typeof APPS_FOLDER): string {
  return `dist/${target}/${folder}`;
}

/**
 * repoURL of a Helm source. Argo CD's Helm source wants OCI registries without the `oci://`
 * scheme (it treats a scheme-less repoURL as an OCI Helm repository), with the chart name apart.
 */
export function helmRepoUrl(repoURL: string): string {
  return repoURL.startsWith('oci://') ? repoURL.slice('oci://'.length).replace(/\/+$/, '') : repoURL;
}
