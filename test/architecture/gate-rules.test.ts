/**
 * One gate rule per file: every rule RULES (lib/gate/index.ts) or FLEET_RULES (lib/gate/fleet.ts)
 * registers comes from its own file, named after the rule, under lib/gate/rules/ (fleet rules under
 * rules/fleet/, `fleet-` left out); every file there holds exactly one rule, and the helpers the
 * rules share (rules/shared/) hold none. The registries and the rule files are read as TypeScript
 * syntax (the compiler's parser, no type checking); the registered values are compared at run time.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';
import { RULES } from '../../lib/gate';
import { FLEET_RULES } from '../../lib/gate/fleet';
import { REPO, sourceFiles } from './layers';

const GATE = path.join(REPO, 'lib', 'gate');
const RULES_DIR = path.join(GATE, 'rules');
const SHARED_DIR = path.join(RULES_DIR, 'shared');
const rel = (f: string) => path.relative(REPO, f).split(path.sep).join('/');
const parse = (file: string) => ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);

interface Registration {
  readonly key: string;
  /** The imported function the entry is (or calls, for a rule built by a factory). */
  readonly identifier?: string;
  /** The file that function is imported from. */
  readonly module?: string;
}

/** The entries of the object literal `name` in `file`, each with the file its rule is imported from. */
function registrations(file: string, name: string): Registration[] {
  const source = parse(file);
  const importedFrom = new Map<string, string>();
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    const bindings = statement.importClause?.namedBindings;
    if (!bindings || !ts.isNamedImports(bindings) || !statement.moduleSpecifier.text.startsWith('.')) continue;
    for (const element of bindings.elements)
      importedFrom.set(element.name.text, `${path.resolve(path.dirname(file), statement.moduleSpecifier.text)}.ts`);
  }
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      if (!ts.isIdentifier(declaration.name) || declaration.name.text !== name) continue;
      const literal = declaration.initializer;
      if (!literal || !ts.isObjectLiteralExpression(literal)) throw new Error(`${rel(file)}: ${name} is not an object literal`);
      return literal.properties.map((property) => {
        if (!ts.isPropertyAssignment(property) || !(ts.isStringLiteral(property.name) || ts.isIdentifier(property.name)))
          throw new Error(`${rel(file)}: ${name} has an entry that is not \`key: rule\``);
        const value = property.initializer;
        const callee = ts.isCallExpression(value) ? value.expression : value;
        const identifier = ts.isIdentifier(callee) ? callee.text : undefined;
        return { key: property.name.text, identifier, module: identifier ? importedFrom.get(identifier) : undefined };
      });
    }
  }
  throw new Error(`${rel(file)}: no ${name}`);
}

const FINDINGS = new Set(['Finding[]', 'FleetFinding[]']);
const RULE_TYPES = new Set(['Rule', 'FleetRule']);
const returnsFindings = (node: ts.Node | undefined): boolean =>
  node !== undefined &&
  (ts.isArrowFunction(node) || ts.isFunctionExpression(node) || ts.isFunctionDeclaration(node)) &&
  node.type !== undefined &&
  FINDINGS.has(node.type.getText());
/** A rule factory: a function whose body returns a rule (`(ctx: GateContext): Finding[] => ...`). */
const returnsRule = (node: ts.FunctionLikeDeclaration): boolean =>
  node.body !== undefined &&
  ts.isBlock(node.body) &&
  node.body.statements.some((s) => ts.isReturnStatement(s) && s.expression !== undefined && returnsFindings(s.expression));
const exported = (node: ts.Node) =>
  ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);

/** Names a file exports that are rules or rule factories, read from its syntax. */
function exportedRules(file: string): string[] {
  const names: string[] = [];
  for (const statement of parse(file).statements) {
    if (!exported(statement)) continue;
    if (ts.isFunctionDeclaration(statement) && statement.name && (returnsFindings(statement) || returnsRule(statement)))
      names.push(statement.name.text);
    if (ts.isVariableStatement(statement))
      for (const d of statement.declarationList.declarations) {
        const init = d.initializer;
        const factory = init !== undefined && (ts.isArrowFunction(init) || ts.isFunctionExpression(init)) && returnsRule(init);
        if (ts.isIdentifier(d.name) && ((d.type && RULE_TYPES.has(d.type.getText())) || returnsFindings(init) || factory))
          names.push(d.name.text);
      }
  }
  return names;
}

const REGISTRIES = [
  { name: 'RULES', file: path.join(GATE, 'index.ts'), rules: RULES, fileOf: (key: string) => path.join(RULES_DIR, `${key}.ts`) },
  {
    name: 'FLEET_RULES',
    file: path.join(GATE, 'fleet.ts'),
    rules: FLEET_RULES,
    fileOf: (key: string) => path.join(RULES_DIR, 'fleet', `${key.replace(/^fleet-/, '')}.ts`),
  },
];
const REGISTERED = REGISTRIES.flatMap((r) => registrations(r.file, r.name).map((entry) => ({ ...entry, registry: r })));

test('the registries are read completely: every rule the gate runs is an entry of the source', () => {
  for (const { name, file, rules } of REGISTRIES)
    expect([name, registrations(file, name).map((e) => e.key)]).toEqual([name, Object.keys(rules)]);
  expect(REGISTERED.length).toBeGreaterThan(30);
});

test('every registered rule comes from its own file under lib/gate/rules/, named after the rule', () => {
  const misplaced = REGISTERED.filter((e) => e.module !== e.registry.fileOf(e.key)).map(
    (e) =>
      `${e.registry.name}['${e.key}']: ${e.identifier ?? '(not an imported function)'} comes from ${e.module ? rel(e.module) : 'no relative import'}, expected ${rel(e.registry.fileOf(e.key))}`,
  );
  expect(misplaced).toEqual([]);
});

test('every file under lib/gate/rules/ exports exactly one rule, the one registered from it; shared helpers none', () => {
  const registeredValues = new Set<unknown>(REGISTRIES.flatMap((r) => Object.values(r.rules)));
  const problems: string[] = [];
  for (const file of sourceFiles(RULES_DIR)) {
    const shared = file.startsWith(`${SHARED_DIR}${path.sep}`);
    // Rules the module exports by value (a rule re-exported from another file too), beside those its syntax declares.
    const byValue = Object.entries(require(file) as Record<string, unknown>).flatMap(([n, v]) => (registeredValues.has(v) ? [n] : []));
    const rules = [...new Set([...exportedRules(file), ...byValue])].sort();
    const registered = REGISTERED.filter((e) => e.module === file).map((e) => e.identifier!);
    const expected = shared ? [] : [...new Set(registered)];
    if (!shared && registered.length !== 1)
      problems.push(`${rel(file)}: registered ${registered.length} times (${registered.join(', ') || 'not at all'}), expected once`);
    if (rules.join(',') !== expected.sort().join(',') || (!shared && rules.length !== 1))
      problems.push(
        `${rel(file)}: exports ${rules.length} rules (${rules.join(', ') || 'none'}), expected ${shared ? 'none' : 'exactly one'}`,
      );
  }
  expect(problems).toEqual([]);
});
