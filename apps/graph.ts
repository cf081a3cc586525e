/**
 * `npm run graph -- --target T [--out FILE] [--format svg|dot|edges] [--data-dir D]`
 *
 * The network picture of a target: namespaces as clusters, pods as nodes, and the flows the
 * rendered NetworkPolicies allow as edges. Writes SVG (default `network-<target>.svg`), DOT, or
 * prints the edge list (`--format edges`) for grepping: `api-gateway -> iam-service 8081`.
 */
import * as fs from 'node:fs';
import { flag, parseArgs } from './cli/args';
import { reportFailure } from './cli/report';
import { buildK8s } from '../lib/synth/k8s';
import { toDot } from '../lib/insight/dot';
import { loadGraphviz } from '../lib/insight/graphviz';
import { renderedObjects } from '../lib/insight';
import { buildNetworkGraph } from '../lib/insight/network-graph';

export async function runGraph(argv: readonly string[]): Promise<number> {
  try {
    const args = parseArgs(argv);
    const target = flag(args, 'target');
    const format = flag(args, 'format') ?? 'svg';
    if (!target || !['svg', 'dot', 'edges'].includes(format)) {
      console.error('usage: npm run graph -- --target T [--out FILE] [--format svg|dot|edges] [--data-dir DIR]');
      return 1;
    }
    const build = buildK8s({ dataDir: flag(args, 'data-dir'), targets: [target] });
    const graph = buildNetworkGraph(renderedObjects(build.rendered[0]), build.model.targets[0]);
    if (format === 'edges') {
      for (const e of graph.edges) console.log(`${e.from} -> ${e.to} ${e.ports.join(',')}`);
      return 0;
    }
    const started = performance.now();
    const text = format === 'dot' ? toDot(graph) : (await loadGraphviz())(toDot(graph));
    const out = flag(args, 'out') ?? `network-${target}.${format}`;
    fs.writeFileSync(out, text);
    console.log(
      `graph ${target}: ${graph.nodes.length} nodes, ${graph.edges.length} allowed flows from ${graph.policyCount} NetworkPolicies -> ${out} (${(performance.now() - started).toFixed(0)} ms)`,
    );
    return 0;
  } catch (error) {
    return reportFailure(error);
  }
}

if (require.main === module) void runGraph(process.argv.slice(2)).then((code) => (process.exitCode = code));
