/**
 * `npm run graph -- --target T [--namespace N | --focus X] [--out PATH] [--format svg|dot|edges]`:
 * the flows the rendered NetworkPolicies allow (Kubernetes semantics, not the model), drawn with
 * Graphviz. Without --namespace or --focus: the namespace overview synth writes as
 * dist/<T>/network.svg; --namespace N: the pods of N (dist/<T>/network/<N>.svg, also written by
 * synth); --focus X: component or namespace X with every flow into and out of it
 * (dist/<T>/network/focus-<X>.svg, on demand only).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Option } from 'commander';
import { renderedObjects, namespaceSvgFile, NETWORK_DIR, NETWORK_SVG_FILE } from '../lib/insight';
import { overviewDot, toDot } from '../lib/insight/dot';
import { focusNodes, focusView, namespacesOf, namespaceView, overview } from '../lib/insight/graph-views';
import { loadGraphviz } from '../lib/insight/graphviz';
import { buildNetworkGraph } from '../lib/insight/network-graph';
import { InputError, loadPlatform } from '../lib/model/load';
import { closestKey } from '../lib/model/suggest';
import { FEATURES } from '../lib/render/features';
import { renderTarget } from '../lib/render/render';
import { DIST_DIR } from '../lib/synth/k8s';
import { dataDirOf, dataDirOption, defineCommand, EXIT, main, quietOption, singleTarget, targetOption } from './cli/command';
import { duration, plural } from './cli/io';

interface Flags {
  readonly target?: string[];
  readonly namespace?: string;
  readonly focus?: string;
  readonly out?: string;
  readonly format: 'svg' | 'dot' | 'edges';
  readonly dataDir?: string;
  readonly quiet?: boolean;
}

export const runGraph = defineCommand<Flags>({
  name: 'graph',
  description:
    'Draw the flows the rendered NetworkPolicies of a target allow: the namespace overview, one namespace pod by pod, or one component with everything that talks to it.',
  examples: [
    ['npm run graph -- --target prod-azure', 'overview -> dist/prod-azure/network.svg'],
    ['npm run graph -- --target prod-azure --namespace matih-data-plane', 'one namespace -> dist/prod-azure/network/matih-data-plane.svg'],
    [
      'npm run graph -- --target prod-azure --focus api-gateway',
      'one component and its flows -> dist/prod-azure/network/focus-api-gateway.svg',
    ],
    ['npm run graph -- --target dev-azure --format edges | grep kube-dns', 'every allowed flow as a line'],
  ],
  options: (command) => {
    targetOption(command, 'the target to draw (exactly one)');
    command.addOption(new Option('-n, --namespace <namespace>', 'draw the pods of one namespace; other namespaces are one node each'));
    command.addOption(new Option('--focus <name>', 'draw one component (or namespace) with every flow into and out of it'));
    command.addOption(new Option('-o, --out <path>', 'output file (default: under dist/<target>/, see the examples)'));
    command.addOption(
      new Option('--format <format>', 'svg, dot (Graphviz source) or edges (one line per flow, to stdout)')
        .choices(['svg', 'dot', 'edges'])
        .default('svg'),
    );
    dataDirOption(command);
    quietOption(command);
  },
  run: async (ctx, flags) => {
    const target = singleTarget(flags.target, 'graph');
    if (flags.namespace && flags.focus) throw new InputError('use either --namespace or --focus, not both');
    const started = performance.now();
    const platform = loadPlatform({ dataDir: dataDirOf(ctx, flags.dataDir), targets: [target] });
    const model = platform.targets[0];
    const graph = buildNetworkGraph(renderedObjects(renderTarget(model, FEATURES)), model);
    let view = graph;
    let file = NETWORK_SVG_FILE;
    if (flags.namespace) {
      const known = namespacesOf(graph);
      if (!known.includes(flags.namespace)) {
        const hint = closestKey(flags.namespace, known);
        throw new InputError(
          `${target} has no pods in namespace "${flags.namespace}"${hint ? ` (did you mean ${hint}?)` : ''}; namespaces: ${known.join(', ')}`,
        );
      }
      view = namespaceView(graph, flags.namespace);
      file = namespaceSvgFile(flags.namespace);
    } else if (flags.focus) {
      if (focusNodes(graph, flags.focus).length === 0) {
        const names = [...new Set(graph.nodes.filter((n) => n.kind === 'pod').flatMap((n) => [n.label, n.namespace]))];
        const hint = closestKey(flags.focus, names);
        throw new InputError(`${target} draws no component or namespace "${flags.focus}"${hint ? ` (did you mean ${hint}?)` : ''}`);
      }
      view = focusView(graph, flags.focus);
      file = `${NETWORK_DIR}/focus-${flags.focus.replace(/[^a-z0-9.-]+/gi, '_')}.svg`;
    }
    if (flags.format === 'edges') {
      for (const e of view.edges) ctx.out(`${e.from} -> ${e.to} ${e.ports.join(',')}`);
      return EXIT.ok;
    }
    const labels = new Map(graph.nodes.filter((n) => n.kind !== 'pod' || n.origin === 'cluster').map((n) => [n.id, n.label]));
    const dot = view === graph ? overviewDot(overview(graph), labels) : toDot(view);
    const text = flags.format === 'dot' ? dot : (await loadGraphviz())(dot);
    const out = flags.out
      ? ctx.resolve(flags.out)
      : path.join(DIST_DIR, target, flags.format === 'dot' ? file.replace(/\.svg$/, '.dot') : file);
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, text);
    if (!ctx.quiet)
      ctx.out(
        `graph ${target}: ${plural(view.nodes.length, 'node')}, ${plural(view.edges.length, 'flow')} from ${plural(graph.policyCount, 'NetworkPolicy', 'NetworkPolicies')} -> ${ctx.show(out)} (${duration(performance.now() - started)})`,
      );
    return EXIT.ok;
  },
});

if (require.main === module) main(runGraph);
