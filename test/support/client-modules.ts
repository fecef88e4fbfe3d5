/**
 * Reads a source module and tells whether it uses React client APIs, and whether it starts with
 * `'use client'`. The rule the package follows (issue 14): a module carries the directive if and only
 * if it uses client APIs, so that everything else (core, adapters, query options, barrels) loads in a
 * React Server Component or a route handler. Parsed with TypeScript's own parser rather than regular
 * expressions, so that TSDoc examples and strings that mention `useState(` do not count.
 */
import ts from 'typescript';

/** Packages whose runtime code needs the browser's React: any value import from them is client code. */
const CLIENT_PACKAGES = [/^react-dom(\/|$)/, /^@tanstack\/react-(query|table|virtual)$/, /^@radix-ui\//];

/** Names from 'react' that exist only in its client build (React's `react-server` build lacks them). */
const CLIENT_REACT_NAMES = /^(use[A-Z]\w*|createContext|Component|PureComponent|flushSync|startTransition)$/;

/** What {@link inspectModule} found, with the reasons a module counts as client code. */
export interface ModuleInspection {
  hasDirective: boolean;
  /** Empty when the module uses no client API. */
  clientReasons: string[];
  /** Whether the module only re-exports (a barrel): `export … from` statements and nothing else. */
  onlyReExports: boolean;
}

/** Value (non-type) names an import declaration brings in; `['*']` for a namespace or default import. */
function valueImports(node: ts.ImportDeclaration): string[] {
  const clause = node.importClause;
  if (!clause || clause.isTypeOnly) return clause ? [] : ['(side effect)'];
  const names: string[] = [];
  if (clause.name) names.push('default');
  const bindings = clause.namedBindings;
  if (bindings && ts.isNamespaceImport(bindings)) names.push('*');
  if (bindings && ts.isNamedImports(bindings)) {
    for (const element of bindings.elements) {
      if (!element.isTypeOnly) names.push((element.propertyName ?? element.name).text);
    }
  }
  return names;
}

function isFunctionValue(node: ts.Node | undefined): boolean {
  if (!node) return false;
  if (ts.isJsxExpression(node)) return isFunctionValue(node.expression);
  return ts.isArrowFunction(node) || ts.isFunctionExpression(node);
}

/**
 * Inspects one module's source text. Client code is: a value import of a client package or of a
 * client-only name from 'react', a call of a hook (`useX(…)`, ours included: a component that calls
 * `useSyncHealth` is a client component), or a JSX event handler or function prop (a Server
 * Component cannot pass functions to the browser).
 */
export function inspectModule(fileName: string, text: string): ModuleInspection {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, fileName.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const first = source.statements[0];
  const hasDirective =
    first !== undefined && ts.isExpressionStatement(first) && ts.isStringLiteral(first.expression) && first.expression.text === 'use client';
  const reasons = new Set<string>();
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const from = node.moduleSpecifier.text;
      const names = valueImports(node);
      if (CLIENT_PACKAGES.some((pattern) => pattern.test(from)) && names.length > 0) reasons.add(`imports ${names.join(', ')} from '${from}'`);
      if (from === 'react') {
        for (const name of names.filter((name) => CLIENT_REACT_NAMES.test(name) || name === '*' || name === 'default')) reasons.add(`imports ${name} from 'react'`);
      }
    }
    if (ts.isCallExpression(node)) {
      const callee = ts.isPropertyAccessExpression(node.expression) ? node.expression.name : node.expression;
      if (ts.isIdentifier(callee) && /^use[A-Z]\w*$/.test(callee.text)) reasons.add(`calls ${callee.text}()`);
    }
    if (ts.isJsxAttribute(node) && ts.isIdentifier(node.name)) {
      const name = node.name.text;
      if (/^on[A-Z]/.test(name) || isFunctionValue(node.initializer)) reasons.add(`passes a function as JSX prop ${name}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  const statements = hasDirective ? source.statements.slice(1) : source.statements;
  const onlyReExports = statements.every((statement) => ts.isExportDeclaration(statement) && statement.moduleSpecifier !== undefined);
  return { hasDirective, clientReasons: [...reasons], onlyReExports };
}
