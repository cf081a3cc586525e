/**
 * Templates that call `lookup`. `helm template` has no cluster, so `lookup` returns an empty map,
 * and so it does under Argo CD: a chart that reuses an existing Secret or checks a node label
 * through `lookup` renders as if nothing existed, on every sync.
 */
import { chartsOf, type ChartTree } from './chart-archive';
import { includedTemplates, type TemplateAction, templateActions } from './template-actions';

export interface LookupCall {
  /** Template path as helm prints it (`<chart>/templates/x.yaml`). */
  readonly file: string;
  readonly line: number;
  /** The named template holding the call, when it sits in one. */
  readonly define?: string;
  readonly action: string;
}

const LOOKUP = /(^|[\s(|])lookup\s/;

/**
 * Every `lookup` call that a rendered template can reach: calls at the top level of a template
 * file that rendered objects (`renderedSources`, the `# Source:` paths), and calls inside named
 * templates such a file includes, directly or through other named templates. A call behind a
 * condition counts: which branch runs is not evaluated here.
 */
export function lookupCalls(tree: ChartTree, renderedSources: ReadonlySet<string>): LookupCall[] {
  const defines = new Map<string, Array<{ file: string; action: TemplateAction }>>();
  const roots: Array<{ file: string; action: TemplateAction }> = [];
  for (const chart of chartsOf(tree)) {
    for (const [file, text] of chart.files) {
      if (!file.startsWith('templates/')) continue;
      const full = `${chart.sourcePrefix}/${file}`;
      for (const action of templateActions(text)) {
        if (action.define !== undefined) {
          const list = defines.get(action.define);
          if (list) list.push({ file: full, action });
          else defines.set(action.define, [{ file: full, action }]);
        } else if (renderedSources.has(full)) roots.push({ file: full, action });
      }
    }
  }
  const calls: LookupCall[] = [];
  const seen = new Set<string>();
  const queue = [...roots];
  while (queue.length > 0) {
    const { file, action } = queue.shift()!;
    if (LOOKUP.test(action.code)) calls.push({ file, line: action.line, define: action.define, action: action.text.slice(0, 160) });
    for (const name of includedTemplates(action)) {
      if (seen.has(name)) continue;
      seen.add(name);
      queue.push(...(defines.get(name) ?? []));
    }
  }
  return calls.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}
