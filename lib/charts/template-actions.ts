/**
 * The actions (`{{ ... }}`) of a Go template, with their line numbers and nesting, comments left
 * out: what the static chart checks read (lookup calls, values paths, which named templates a
 * template includes).
 */
export interface TemplateAction {
  /** Text between the delimiters, trim markers removed. */
  readonly text: string;
  /** The same text with string literals blanked, so words inside strings are never read as code. */
  readonly code: string;
  /** 1-based line of the opening `{{`. */
  readonly line: number;
  /** Name of the innermost `define`/`block` the action sits in; undefined at the top level of the file. */
  readonly define?: string;
}

/** The action's text with string literals blanked (their length kept). */
export function withoutStrings(text: string): string {
  return text.replace(/"(?:[^"\\]|\\.)*"|`[^`]*`/g, (s) => `"${' '.repeat(Math.max(0, s.length - 2))}"`);
}

const OPENS = /^(if|with|range|define|block)\b/;

export function templateActions(template: string): TemplateAction[] {
  const actions: TemplateAction[] = [];
  // Open blocks; the name of a define/block, or undefined for if/with/range.
  const blocks: Array<string | undefined> = [];
  let line = 1;
  let at = 0;
  while (at < template.length) {
    const open = template.indexOf('{{', at);
    if (open < 0) break;
    for (let i = at; i < open; i++) if (template.charCodeAt(i) === 10) line++;
    // The closing delimiter outside string literals.
    let i = open + 2;
    let quote: string | undefined;
    while (i < template.length) {
      const c = template[i];
      if (quote) {
        if (c === '\\' && quote === '"') i++;
        else if (c === quote) quote = undefined;
      } else if (c === '"' || c === '`') quote = c;
      else if (c === '}' && template[i + 1] === '}') break;
      i++;
    }
    const startLine = line;
    for (let j = open; j < i; j++) if (template.charCodeAt(j) === 10) line++;
    at = i + 2;
    const text = template
      .slice(open + 2, i)
      .replace(/^-\s/, ' ')
      .replace(/\s-$/, ' ')
      .trim();
    if (text.startsWith('/*')) continue;
    let define: string | undefined;
    for (let b = blocks.length - 1; b >= 0 && define === undefined; b--) define = blocks[b];
    actions.push({ text, code: withoutStrings(text), line: startLine, define });
    const opens = OPENS.exec(text);
    if (opens) blocks.push(opens[1] === 'define' || opens[1] === 'block' ? (/^\w+\s+"([^"]+)"/.exec(text)?.[1] ?? '') : undefined);
    else if (/^end\b/.test(text)) blocks.pop();
  }
  return actions;
}

/** Names of the templates an action includes (`include "x"`, `template "x"`, `block "x"`). */
export function includedTemplates(action: TemplateAction): string[] {
  return [...action.text.matchAll(/\b(?:include|template|block)\s+"([^"]+)"/g)].map((m) => m[1]);
}
