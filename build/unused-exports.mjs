// Lists exports nothing uses. A value (function, constant, class) must be imported by a module
// outside test/: one only tests import is dead code with a test. A type must be named somewhere
// besides its own declaration. Entry points are used by their runtime, not by imports.
// Exit code 1 when there are any, so `npm run lint` fails. Usage: node build/unused-exports.mjs
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

const ROOT = new URL('..', import.meta.url).pathname;
const SOURCES = ['shared', 'renderer', 'electron'];
const ENTRY_POINTS = new Set([
  'renderer/main.tsx',
  'renderer/analysis/analysis.worker.ts',
  'renderer/vite.config.ts',
  'electron/main/index.ts',
  'electron/preload/index.ts',
  'electron/cli/main.ts',
]);

function filesUnder(dir) {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : filesUnder(path);
    return /\.(ts|tsx)$/.test(e.name) && !e.name.endsWith('.d.ts') ? [path] : [];
  });
}

const files = [...SOURCES, 'test'].flatMap(filesUnder).map((f) => join(ROOT, f));
const program = ts.createProgram(files, {
  target: ts.ScriptTarget.ES2023,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  jsx: ts.JsxEmit.ReactJSX,
  allowImportingTsExtensions: true,
  noEmit: true,
  skipLibCheck: true,
  types: [],
});
const checker = program.getTypeChecker();
const rel = (sf) => relative(ROOT, sf.fileName);
const isTest = (sf) => rel(sf).startsWith('test/');

/** The declarations a name finally stands for, through import and re-export aliases. */
function original(symbol) {
  const s = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
  return s.declarations ?? [];
}

const importedByCode = new Set(); // declarations a non-test module imports
const importedByTests = new Set(); // declarations a test imports
const named = new Set(); // declarations named anywhere but their own declaration
const wholeModules = new Set(); // modules read as a namespace or imported dynamically

for (const sf of program.getSourceFiles()) {
  if (!sf.fileName.startsWith(ROOT) || sf.fileName.includes('node_modules')) continue;
  const visit = (node) => {
    if (ts.isIdentifier(node)) {
      const symbol = checker.getSymbolAtLocation(node);
      if (symbol !== undefined) {
        for (const d of original(symbol)) {
          if (d.name !== node && d !== node.parent) named.add(d);
          const inImport = ts.findAncestor(
            node,
            (n) => ts.isImportDeclaration(n) || ts.isExportDeclaration(n),
          );
          if (inImport) (isTest(sf) ? importedByTests : importedByCode).add(d);
        }
      }
    }
    const namespace = ts.isNamespaceImport(node) || ts.isCallExpression(node);
    if (namespace && !isTest(sf)) {
      const spec = ts.isNamespaceImport(node)
        ? node.parent.parent.moduleSpecifier
        : node.expression.kind === ts.SyntaxKind.ImportKeyword
          ? node.arguments[0]
          : undefined;
      const target = spec && checker.getSymbolAtLocation(spec);
      if (target?.valueDeclaration) wholeModules.add(target.valueDeclaration.getSourceFile());
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
}

/** Exports kept for their unit tests (a pure helper tested on its own): `path name`, one a line. */
const FOR_TESTS = new Set(
  readFileSync(join(ROOT, 'build/exported-for-tests.txt'), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#')),
);
const listed = new Set();
const unused = [];
for (const sf of program.getSourceFiles()) {
  const path = rel(sf);
  if (!SOURCES.some((s) => path.startsWith(`${s}/`)) || ENTRY_POINTS.has(path)) continue;
  if (sf.isDeclarationFile) continue;
  if (wholeModules.has(sf)) continue;
  const moduleSymbol = checker.getSymbolAtLocation(sf);
  for (const exported of moduleSymbol ? checker.getExportsOfModule(moduleSymbol) : []) {
    const decls = original(exported);
    const isType = decls.every((d) => ts.isInterfaceDeclaration(d) || ts.isTypeAliasDeclaration(d));
    const used = decls.some((d) => (isType ? named.has(d) : importedByCode.has(d)));
    if (used) continue;
    const forTests = decls.some((d) => importedByTests.has(d));
    const key = `${path} ${exported.name}`;
    if (forTests && FOR_TESTS.has(key)) {
      listed.add(key);
      continue;
    }
    const line = sf.getLineAndCharacterOfPosition(decls[0]?.getStart() ?? 0).line + 1;
    const why = forTests
      ? 'only tests import it'
      : isType
        ? 'type named nowhere'
        : 'nothing imports it';
    unused.push(`${path}:${line}  ${exported.name}: ${why}`);
  }
}

for (const key of FOR_TESTS) {
  if (!listed.has(key)) unused.push(`build/exported-for-tests.txt  ${key}: no longer needed there`);
}
if (unused.length > 0) {
  console.error(`Exports nothing outside test/ uses (${unused.length}):\n  ${unused.join('\n  ')}`);
  console.error('Delete them, or drop `export` when only their own module uses them.');
  process.exit(1);
}
console.log('unused-exports: every export is used.');
