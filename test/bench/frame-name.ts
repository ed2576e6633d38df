import { findSourceMap } from 'node:module';

/** A function of a V8 profile (CPU or heap sampling): where it is, as V8 reports it. */
export interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}

/** The function's name and source line (tsx's inline source maps undo its compilation). */
export function frameName(node: Pick<ProfileNode, 'callFrame'>): string {
  const { functionName, url, lineNumber, columnNumber } = node.callFrame;
  const name = functionName === '' ? '(anonymous)' : functionName;
  if (url === '') return name;
  const entry = findSourceMap(url)?.findEntry(lineNumber, columnNumber);
  const line = entry !== undefined && 'originalLine' in entry ? entry.originalLine : lineNumber;
  const file = url.replace(/^.*?\/(shared|test|node_modules)\//, '$1/');
  return `${name}  ${file}:${line + 1}`;
}
