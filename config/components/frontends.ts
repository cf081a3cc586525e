import type { ServiceComponent } from '../types';
import { billing, frontend } from './define';

export const FRONTENDS = {
  'bi-workbench': frontend('bi-workbench', {
    description: 'BI Workbench: dashboards and conversational analytics',
    source: '[FE][TING][HC]',
    port: 3000,
    ingress: { hostPrefix: 'bi' },
  }),
  'ml-workbench': frontend('ml-workbench', {
    description: 'ML Workbench: experiments, models and features',
    source: '[FE][HC]',
    port: 3001,
    ingress: { hostPrefix: 'ml' },
  }),
  'data-workbench': frontend('data-workbench', {
    description: 'Data Workbench: catalog, pipelines and quality',
    source: '[FE][TING][HC]',
    port: 3002,
    ingress: { hostPrefix: 'data' },
  }),
  'agentic-workbench': frontend('agentic-workbench', {
    description: 'Agentic Workbench: agent building and chat (websocket to ai-service)',
    source: '[FE]',
    port: 3003,
    dependsOn: ['api-gateway', 'ai-service'],
    ingress: { hostPrefix: 'agents' },
  }),
  'control-plane-ui': frontend('control-plane-ui', {
    description: 'Control Plane UI for platform administrators',
    source: '[FE][QSADMIN]',
    port: 3004,
    ingress: { hostPrefix: 'admin' },
  }),
  'data-plane-ui': frontend('data-plane-ui', {
    description: 'Data Plane UI for tenant administrators',
    source: '[FE][PADMIN]',
    port: 3005,
    ingress: { hostPrefix: 'dataplane' },
  }),
  'ops-workbench': frontend('ops-workbench', {
    description: 'Ops Workbench: platform operations and the ops agent',
    source: '[FE]',
    port: 3006,
    ingress: { hostPrefix: 'ops' },
  }),
  'onboarding-wizard': frontend('onboarding-wizard', {
    description: 'Onboarding Wizard for new tenants',
    source: '[FE]',
    port: 3007,
    ingress: { hostPrefix: 'onboarding' },
  }),
  // [NS] gives the docs site its own matih-docs namespace, which is not one of the seven; it runs in matih-frontend.
  // No port is documented for it; 3008 continues the frontend range.
  'docs-site': {
    ...frontend('docs-site', {
      description: 'Documentation site (static)',
      source: '[NS]',
      port: 3008,
      billing: billing('CC-FE', 'docs-site', 'developer-experience'),
      dependsOn: [],
      replicas: 2,
      ingress: { hostPrefix: 'docs' },
    }),
    plane: 'docs',
  },
} satisfies Record<string, ServiceComponent>;
