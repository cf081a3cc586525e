/**
 * The module specifiers a source file names, one per import statement, read with TypeScript's own
 * scanner: strings, comments, template literals and regular expressions are tokens, so an import
 * written inside a string (a generated file's text) or a comment is not one, and both quote styles
 * count. A full parse of every file would cost about a second per test run; the scanner a quarter.
 *
 * Recognised: `import ... from 'x'`, `import 'x'`, `import x = require('x')`, `export ... from 'x'`,
 * `require('x')`, `import('x')`, and the module paths of `jest.mock`/`jest.requireActual`. Type-only
 * (erased at run time): `import type`, `export type`, a statement whose every named binding is
 * `type`-qualified, `typeof import('x')` and `import('x').Name` in a type.
 */
import * as ts from 'typescript';

export interface ImportStatement {
  readonly specifier: string;
  readonly typeOnly: boolean;
  /** 1-based line of the specifier. */
  readonly line: number;
}

const K = ts.SyntaxKind;

interface Token {
  readonly kind: ts.SyntaxKind;
  readonly text: string;
  readonly pos: number;
}

/** Tokens after which `/` divides; anywhere else it starts a regular expression. */
const ENDS_EXPRESSION = new Set([
  K.Identifier,
  K.ThisKeyword,
  K.SuperKeyword,
  K.TrueKeyword,
  K.FalseKeyword,
  K.NullKeyword,
  K.NumericLiteral,
  K.BigIntLiteral,
  K.StringLiteral,
  K.NoSubstitutionTemplateLiteral,
  K.TemplateTail,
  K.RegularExpressionLiteral,
  K.CloseParenToken,
  K.CloseBracketToken,
  K.CloseBraceToken,
  K.PlusPlusToken,
  K.MinusMinusToken,
]);

const scanner = ts.createScanner(ts.ScriptTarget.Latest, true);

function tokenize(text: string): Token[] {
  scanner.setText(text);
  const tokens: Token[] = [];
  const templates: number[] = []; // brace depth at each open `${`
  let depth = 0;
  let prev: ts.SyntaxKind = K.Unknown;
  for (let kind = scanner.scan(); kind !== K.EndOfFileToken; kind = scanner.scan()) {
    if ((kind === K.SlashToken || kind === K.SlashEqualsToken) && !ENDS_EXPRESSION.has(prev)) kind = scanner.reScanSlashToken();
    if (kind === K.OpenBraceToken) depth++;
    else if (kind === K.CloseBraceToken) {
      if (templates.at(-1) === depth) {
        kind = scanner.reScanTemplateToken(false);
        if (kind === K.TemplateTail) templates.pop();
      } else depth--;
    } else if (kind === K.TemplateHead) templates.push(depth);
    const literal = kind === K.StringLiteral || kind === K.NoSubstitutionTemplateLiteral;
    tokens.push({ kind, text: literal ? scanner.getTokenValue() : scanner.getTokenText(), pos: scanner.getTokenStart() });
    prev = kind;
  }
  return tokens;
}

const isString = (t: Token | undefined) => t?.kind === K.StringLiteral || t?.kind === K.NoSubstitutionTemplateLiteral;
const isWordToken = (t: Token | undefined) =>
  t !== undefined && (t.kind === K.Identifier || (t.kind >= K.FirstKeyword && t.kind <= K.LastKeyword));
const isWord = (t: Token | undefined, word: string) => isWordToken(t) && t!.text === word;

/** `{ a, type b as c }` starting at tokens[i]: the index after `}` and whether every binding is `type`-qualified. */
function namedBindings(tokens: readonly Token[], i: number): { next: number; allTypes: boolean } {
  let allTypes = true;
  let first = true;
  let j = i + 1;
  for (; j < tokens.length && tokens[j].kind !== K.CloseBraceToken; j++) {
    if (first && !isWord(tokens[j], 'type')) allTypes = false;
    first = tokens[j].kind === K.CommaToken;
  }
  return { next: j + 1, allTypes: allTypes && j > i + 1 };
}

/** `from 'x'` at tokens[j]: the index of the specifier. */
const fromAt = (tokens: readonly Token[], j: number) => (isWord(tokens[j], 'from') && isString(tokens[j + 1]) ? j + 1 : undefined);

/** `import` at tokens[i]: the index of its module specifier and whether the statement is type-only. */
function importDeclaration(tokens: readonly Token[], i: number): { at: number; typeOnly: boolean } | undefined {
  let j = i + 1;
  let typeOnly = false;
  // `import type from 'x'` imports a default binding named `type`.
  if (isWord(tokens[j], 'type') && fromAt(tokens, j + 1) === undefined) {
    typeOnly = true;
    j++;
  }
  if (isString(tokens[j])) return { at: j, typeOnly };
  let valueBinding = false;
  if (isWordToken(tokens[j]) && !isWord(tokens[j], 'from')) {
    valueBinding = true;
    j++;
    // import x = require('x')
    if (tokens[j]?.kind === K.EqualsToken)
      return isWord(tokens[j + 1], 'require') && isString(tokens[j + 3]) ? { at: j + 3, typeOnly } : undefined;
    if (tokens[j]?.kind === K.CommaToken) j++;
  }
  if (tokens[j]?.kind === K.AsteriskToken && isWord(tokens[j + 1], 'as') && isWordToken(tokens[j + 2])) j += 3;
  else if (tokens[j]?.kind === K.OpenBraceToken) {
    const named = namedBindings(tokens, j);
    if (named.allTypes && !valueBinding) typeOnly = true;
    j = named.next;
  }
  const at = fromAt(tokens, j);
  return at === undefined ? undefined : { at, typeOnly };
}

/** `export` at tokens[i]: a re-export's module specifier and whether it is type-only. */
function exportDeclaration(tokens: readonly Token[], i: number): { at: number; typeOnly: boolean } | undefined {
  let j = i + 1;
  let typeOnly = false;
  if (isWord(tokens[j], 'type') && (tokens[j + 1]?.kind === K.OpenBraceToken || tokens[j + 1]?.kind === K.AsteriskToken)) {
    typeOnly = true;
    j++;
  }
  if (tokens[j]?.kind === K.AsteriskToken) {
    j++;
    if (isWord(tokens[j], 'as') && isWordToken(tokens[j + 1])) j += 2;
  } else if (tokens[j]?.kind === K.OpenBraceToken) {
    const named = namedBindings(tokens, j);
    if (named.allTypes) typeOnly = true;
    j = named.next;
  } else return undefined; // `export const ...`, `export default ...`: no module
  const at = fromAt(tokens, j);
  return at === undefined ? undefined : { at, typeOnly };
}

const JEST_PATHS = new Set(['mock', 'doMock', 'requireActual', 'requireMock']);
/** Members of a promise: `import('x').then(...)` is a value, `import('x').Name` a type. */
const PROMISE_MEMBERS = new Set(['then', 'catch', 'finally']);

export function parseImports(text: string): ImportStatement[] {
  const tokens = tokenize(text);
  const found = new Map<number, ImportStatement>();
  const add = (at: number, typeOnly: boolean) => {
    if (!found.has(at)) found.set(at, { specifier: tokens[at].text, typeOnly, line: lineAt(text, tokens[at].pos) });
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const prev = tokens[i - 1];
    const call = tokens[i + 1]?.kind === K.OpenParenToken && isString(tokens[i + 2]);
    if (prev?.kind === K.DotToken || prev?.kind === K.QuestionDotToken) {
      if (call && isWord(tokens[i - 2], 'jest') && JEST_PATHS.has(t.text)) add(i + 2, false);
    } else if (t.kind === K.ImportKeyword && tokens[i + 1]?.kind === K.OpenParenToken) {
      if (!call) continue;
      const member = tokens[i + 3]?.kind === K.CloseParenToken && tokens[i + 4]?.kind === K.DotToken ? tokens[i + 5]?.text : undefined;
      add(i + 2, isWord(prev, 'typeof') || (member !== undefined && !PROMISE_MEMBERS.has(member)));
    } else if (t.kind === K.ImportKeyword || t.kind === K.ExportKeyword) {
      const d = t.kind === K.ImportKeyword ? importDeclaration(tokens, i) : exportDeclaration(tokens, i);
      if (d) add(d.at, d.typeOnly);
    } else if (call && isWord(t, 'require')) add(i + 2, false);
  }
  return [...found.values()];
}

function lineAt(text: string, pos: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < pos; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
