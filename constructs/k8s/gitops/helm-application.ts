import { Construct } from 'constructs';
import type { ChartComponent } from '../../../config/types';
import type { ApplicationSpecIgnoreDifferences } from '../../../imports/applications-argoproj.io';
import { type ClusterDestination, PlatformApplication } from './application';
import { helmRepoUrl } from './repo';
import { withValuesHash } from './restart-hash';
import { chartWave } from './waves';

/** An exact chart version: semver, no range, no `*`, no `latest`. */
const EXACT_VERSION = /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/;

/**
 * CA bundles that cert-controllers and cainjector write into webhooks and CRD conversion at
 * runtime; without this, selfHeal would fight them.
 */
const INJECTED_CA_BUNDLES: readonly ApplicationSpecIgnoreDifferences[] = [
  {
    group: 'admissionregistration.k8s.io',
    kind: 'ValidatingWebhookConfiguration',
    jqPathExpressions: ['.webhooks[]?.clientConfig.caBundle'],
  },
  {
    group: 'admissionregistration.k8s.io',
    kind: 'MutatingWebhookConfiguration',
    jqPathExpressions: ['.webhooks[]?.clientConfig.caBundle'],
  },
  {
    group: 'apiextensions.k8s.io',
    kind: 'CustomResourceDefinition',
    jqPathExpressions: ['.spec.conversion.webhook.clientConfig.caBundle'],
  },
];

interface HelmApplicationProps {
  /** Component name (the Application name). */
  readonly name: string;
  readonly chart: ChartComponent;
  readonly project: string;
  /** Helm values (a hash of them goes into the pod annotations at `chart.restartOnValuesChange`). @default the component's values */
  readonly values?: Readonly<Record<string, unknown>>;
  /** @default none */
  readonly labels?: Readonly<Record<string, string>>;
  /** Argo CD Application name. @default the component name */
  readonly applicationName?: string;
  /** @default the cluster Argo CD runs in */
  readonly destination?: ClusterDestination;
}

/** Helm release name of a chart component. */
export function releaseName(name: string, chart: ChartComponent): string {
  return chart.releaseName ?? name;
}

/**
 * An upstream chart at an exact version, with typed values as `valuesObject`,
 * installed into the component's namespace in the wave of its category.
 */
export class HelmApplication extends PlatformApplication {
  readonly chart: ChartComponent;

  constructor(scope: Construct, id: string, props: HelmApplicationProps) {
    const { chart, name } = props;
    if (!EXACT_VERSION.test(chart.chart.version)) {
      throw new Error(
        `chart component "${name}": version "${chart.chart.version}" of ${chart.chart.name} must be an exact semver version (no range, no *, no latest)`,
      );
    }
    if (!/^(https:\/\/|oci:\/\/)/.test(chart.chart.repoURL)) {
      throw new Error(`chart component "${name}": repoURL "${chart.chart.repoURL}" must start with https:// or oci://`);
    }
    const crds = chart.providesKinds.length > 0;
    const values = props.values ?? chart.values;
    super(scope, id, {
      name: props.applicationName ?? name,
      project: props.project,
      destination: props.destination,
      wave: chartWave(chart),
      namespace: chart.namespace,
      // A chart that defines kinds owns CRDs: deleting it would delete every custom resource of those kinds.
      protected: chart.stateful || crds,
      // CRDs of operator charts exceed the 256 KiB last-applied annotation of client-side apply.
      serverSideApply: crds,
      ignoreDifferences: [
        ...INJECTED_CA_BUNDLES,
        ...(chart.ignoreDifferences ?? []).map((d) => ({ ...d, jqPathExpressions: [...d.jqPathExpressions] })),
      ],
      labels: props.labels,
      description: chart.description,
      source: {
        repoUrl: helmRepoUrl(chart.chart.repoURL),
        chart: chart.chart.name,
        targetRevision: chart.chart.version,
        helm: {
          releaseName: releaseName(name, chart),
          valuesObject: chart.restartOnValuesChange !== undefined ? withValuesHash(name, values, chart.restartOnValuesChange) : values,
          ...(chart.skipSchemaValidation !== undefined ? { skipSchemaValidation: true } : {}),
        },
      },
    });
    this.chart = chart;
  }
}
