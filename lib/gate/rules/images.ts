/**
 * Every container image names an immutable, maintained release: a tag other than `latest` (or a
 * digest), and not a withdrawn or unmaintained Bitnami image; in pod specs and in the image fields of
 * operators' resources, which the operator turns into pods. Bitnami removed its versioned
 * `docker.io/bitnami/*` tags in 2025 (moved to `docker.io/bitnamilegacy`, which gets no updates):
 * such a pod never pulls, or runs unpatched software.
 */
import { groupOf, isKubernetesGroup } from '../../k8s/api-version';
import { declaredImages } from '../../k8s/operator-images';
import { asArray, type Finding, type GateContext, isObject, podSpecsOf } from '../context';

export interface ImageReference {
  /** Registry host, `docker.io` when the reference names none. */
  readonly registry: string;
  /** Repository path inside the registry (`library/` added for Docker Hub official images). */
  readonly repository: string;
  readonly tag?: string;
  readonly digest?: string;
}

/** Splits an image reference the way container runtimes resolve it. */
export function parseImage(image: string): ImageReference {
  let rest = image.trim();
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  let tag: string | undefined;
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  const slash = rest.indexOf('/');
  const first = slash < 0 ? '' : rest.slice(0, slash);
  const hasRegistry = first.includes('.') || first.includes(':') || first === 'localhost';
  let registry = hasRegistry ? first : 'docker.io';
  let repository = hasRegistry ? rest.slice(slash + 1) : rest;
  if (registry === 'index.docker.io' || registry === 'registry-1.docker.io') registry = 'docker.io';
  if (registry === 'docker.io' && !repository.includes('/')) repository = `library/${repository}`;
  return { registry, repository, tag, digest };
}

/** Tags that name a moving target rather than a release (the gate refuses them; INVENTORY.md flags them in chart values). */
export const MUTABLE_TAGS: ReadonlySet<string> = new Set(['latest', 'main', 'master', 'stable', 'edge', 'nightly', 'dev', 'develop']);

/** Why an image reference is not acceptable, or undefined. */
export function imageProblem(image: string): string | undefined {
  if (image.trim() === '') return 'image is empty';
  const ref = parseImage(image);
  if (ref.digest === undefined && (ref.tag === undefined || MUTABLE_TAGS.has(ref.tag)))
    return `image ${image} ${ref.tag === undefined ? 'has no tag (pulls latest)' : `uses the mutable tag ${ref.tag}`}: pin a release tag or a digest`;
  const owner = ref.repository.split('/')[0];
  if (ref.registry === 'docker.io' && owner === 'bitnami')
    return `image ${image}: Bitnami withdrew its versioned docker.io/bitnami images in 2025 (moved to the unmaintained bitnamilegacy); use a maintained image`;
  if (ref.registry === 'docker.io' && owner === 'bitnamilegacy')
    return `image ${image}: bitnamilegacy receives no updates; use a maintained image`;
  return undefined;
}

export function imagesRule(ctx: GateContext): Finding[] {
  const findings: Finding[] = [];
  for (const { file, object, spec, path } of podSpecsOf(ctx)) {
    for (const field of ['initContainers', 'containers', 'ephemeralContainers'] as const) {
      asArray(spec[field]).forEach((container, i) => {
        // A container without an image is filled in by its operator (Strimzi, KubeRay templates).
        if (!isObject(container) || typeof container.image !== 'string') return;
        const problem = imageProblem(container.image);
        if (problem) findings.push({ file, object, message: `${path}.${field}[${i}] (${String(container.name)}): ${problem}` });
      });
    }
  }
  for (const { file, object } of ctx.objects) {
    if (isKubernetesGroup(groupOf(object.apiVersion))) continue;
    // Image references an operator's resource names outside any pod spec (CloudNativePG `imageName`, Redis
    // `kubernetesConfig.image`, Flink, Spark, Strimzi `image`); containers are pod specs, podSpecsOf covers them.
    for (const { path, image } of declaredImages((object as unknown as Record<string, unknown>).spec)) {
      const problem = imageProblem(image);
      if (problem) findings.push({ file, object, message: `${path}: ${problem}` });
    }
  }
  return findings;
}
