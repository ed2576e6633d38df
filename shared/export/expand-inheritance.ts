import type { Node } from 'jsonc-parser';
import { findNodeAtLocation } from 'jsonc-parser';
import type { Analysis } from '../analyze.ts';
import { asRecord, own } from '../json-access.ts';
import type { ResolvedStrategy } from '../resolve/resolve-strategies.ts';
import type { CanonicalKey } from '../sizing-keys.ts';
import { CANONICAL_KEYS, METHOD_ALIASES, USED_BY_METHOD } from '../sizing-keys.ts';
import { ENGINE_SPELLING, IGNORED_GUIDE_KEYS } from '../engine/engine-keys.ts';
import { removeMember } from '../edits/member-edits.ts';
import type { TextEdit } from '../edits/text-edit.ts';
import { applyEdits, eolOf, formattingOf, indentUnit, lineIndentAt } from '../edits/text-edit.ts';

/** A method value as the engine names it: the guide's aliases become the engine's five. */
function engineMethodValue(value: unknown): unknown {
  return typeof value === 'string' && Object.hasOwn(METHOD_ALIASES, value)
    ? METHOD_ALIASES[value]
    : value;
}

function isMethodKey(key: string): boolean {
  return key === 'method' || key === 'position_sizing_method';
}

/** The global block in the engine's spellings: guide-only keys renamed, method aliases named. */
function globalBlockEdits(text: string, tree: Node): TextEdit[] {
  const block = findNodeAtLocation(tree, ['position_sizing']);
  if (block?.type !== 'object') return [];
  const names = new Set((block.children ?? []).map((p) => p.children?.[0]?.value as unknown));
  const edits: TextEdit[] = [];
  for (const property of block.children ?? []) {
    const [key, value] = property.children ?? [];
    if (key === undefined || typeof key.value !== 'string') continue;
    const engineKey = Object.hasOwn(IGNORED_GUIDE_KEYS, key.value)
      ? IGNORED_GUIDE_KEYS[key.value]
      : undefined;
    if (engineKey !== undefined && names.has(engineKey)) {
      const edit = removeMember(text, property);
      if (edit !== undefined) edits.push(edit);
    } else if (engineKey !== undefined) {
      edits.push({ offset: key.offset, length: key.length, content: JSON.stringify(engineKey) });
    } else if (isMethodKey(key.value) && value !== undefined) {
      const named = engineMethodValue(value.value);
      if (named !== value.value)
        edits.push({ offset: value.offset, length: value.length, content: JSON.stringify(named) });
    }
  }
  return edits;
}

/**
 * Writes every strategy's full effective position_sizing into it, in the engine's spellings
 * (SPEC §6 --expand-inheritance), so the engine's partial inheritance cannot lose a value.
 */
export function expandInheritance(analysis: Analysis): string {
  return applyEdits(analysis.text, expansionEdits(analysis));
}

/** The edits {@link expandInheritance} applies, each with its new text whole. */
function expansionEdits(analysis: Analysis): TextEdit[] {
  return expansionParts(analysis).map(({ offset, length, parts }) => ({
    offset,
    length,
    content: parts.join(''),
  }));
}

/** A text edit whose new text comes in parts, joined only once, into the whole output. */
export interface PartsEdit {
  readonly offset: number;
  readonly length: number;
  readonly parts: readonly string[];
}

/**
 * What the expansion changes, in text order (the global block may come after the strategies):
 * the global block's guide spellings renamed, and one edit per strategy, replacing or adding
 * its block.
 */
export function expansionParts(analysis: Analysis): PartsEdit[] {
  const { text } = analysis;
  const tree = analysis.parsed.tree();
  if (tree === undefined) return [];
  const layout: Layout = {
    text,
    unit: indentUnit(formattingOf(text)),
    eol: eolOf(text),
    written: new Map(),
  };
  const list = findNodeAtLocation(tree, ['strategies']);
  const edits: PartsEdit[] = globalBlockEdits(text, tree).map(({ offset, length, content }) => ({
    offset,
    length,
    parts: [content],
  }));
  for (const s of analysis.strategies) {
    const node = list?.type === 'array' ? list.children?.[s.index] : undefined;
    if (node?.type === 'object') edits.push(strategyEdit(node, fullBlock(s), layout));
  }
  return edits.sort((a, b) => a.offset - b.offset);
}

/** The document's layout, and the member texts written so far. */
interface Layout {
  readonly text: string;
  readonly unit: string;
  readonly eol: string;
  readonly written: MemberTexts;
}

/** Replaces the strategy's block with its full one, or adds it after its last member. */
function strategyEdit(node: Node, full: Members, layout: Layout): PartsEdit {
  const { text, unit, eol } = layout;
  const existing = propertyValue(node, 'position_sizing');
  const outer = lineIndentAt(text, node.offset);
  if (!/[\r\n]/.test(text.slice(node.offset, node.offset + node.length))) {
    const body = renderInline(full);
    return existing === undefined
      ? appendInline(node, `"position_sizing": ${body}`)
      : { offset: existing.offset, length: existing.length, parts: [body] };
  }
  const indent = outer + unit;
  const parts: string[] = [];
  const last = node.children?.at(-1);
  if (existing === undefined)
    parts.push(`${last === undefined ? '' : ','}${eol}${indent}"position_sizing": `);
  render(full, indent, layout, parts);
  if (existing !== undefined) return { offset: existing.offset, length: existing.length, parts };
  if (last !== undefined) return { offset: last.offset + last.length, length: 0, parts };
  parts.push(`${eol}${outer}`);
  return { offset: node.offset + 1, length: node.length - 2, parts };
}

/** A block's members in order: a null-prototype object built 10,000 times is slow to fill. */
interface Members {
  readonly keys: string[];
  readonly values: unknown[];
}

/** As `object[key] = value`: a key already there keeps its place and takes the new value. */
function put(members: Members, key: string, value: unknown): void {
  const at = members.keys.indexOf(key);
  if (at >= 0) {
    members.values[at] = value;
    return;
  }
  members.keys.push(key);
  members.values.push(value);
}

/**
 * The strategy's own block (its keys and order kept, guide-only spellings renamed) completed with
 * every inherited key in the engine's spelling, and with the defaults its method reads (a Kelly
 * cap on a fixed_usd strategy would only confuse). Own keys come in `Object.keys` order (whole
 * numbers first) and inherited keys are never whole numbers, so the order is an object's.
 */
function fullBlock(s: ResolvedStrategy): Members {
  const own_ = asRecord(own(s.raw, 'position_sizing')) ?? {};
  const out: Members = { keys: [], values: [] };
  for (const key of Object.keys(own_)) {
    const engineKey = Object.hasOwn(IGNORED_GUIDE_KEYS, key) ? IGNORED_GUIDE_KEYS[key] : undefined;
    // Both spellings with one value (a different one is an alias-conflict): the engine's stays.
    if (engineKey !== undefined && Object.hasOwn(own_, engineKey)) continue;
    put(out, engineKey ?? key, isMethodKey(key) ? engineMethodValue(own_[key]) : own_[key]);
  }
  for (const key of CANONICAL_KEYS) {
    const source = s.sizing.sources[key];
    if (source === undefined || source === 'strategy') continue;
    if (source === 'default' && key !== 'method' && !usedBy(s, key)) continue;
    const value = s.sizing.values[key];
    put(out, ENGINE_SPELLING[key], key === 'method' ? engineMethodValue(value) : value);
  }
  return out;
}

function usedBy(s: ResolvedStrategy, key: CanonicalKey): boolean {
  return s.sizing.method !== undefined && USED_BY_METHOD[s.sizing.method].includes(key);
}

function renderInline({ keys, values }: Members): string {
  const members = keys.map((key, i) => `${JSON.stringify(key)}: ${JSON.stringify(values[i])}`);
  return `{ ${members.join(', ')} }`;
}

function appendInline(object: Node, property: string): PartsEdit {
  const last = object.children?.at(-1);
  if (last === undefined)
    return { offset: object.offset + 1, length: object.length - 2, parts: [` ${property} `] };
  return { offset: last.offset + last.length, length: 0, parts: [`, ${property}`] };
}

/**
 * Member texts already written, by line start, key and value: a config repeats its values from
 * strategy to strategy, and a lookup costs less than writing the member again.
 */
type MemberTexts = Map<string, Map<string, Map<unknown, string>>>;

/**
 * As `JSON.stringify(value, null, unit)` continued at `indent`, added to `out` member by member:
 * the indenting stringify costs three times as much, which counts with 10,000 blocks.
 */
function render(
  { keys, values }: Members,
  indent: string,
  { unit, eol, written }: Layout,
  out: string[],
): void {
  if (keys.length === 0) {
    out.push('{}');
    return;
  }
  const inner = `${eol}${indent}${unit}`;
  let byKey = written.get(inner);
  if (byKey === undefined) written.set(inner, (byKey = new Map<string, Map<unknown, string>>()));
  out.push('{');
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    const item = values[i];
    if (i > 0) out.push(',');
    if (typeof item === 'object' && item !== null) {
      const json = JSON.stringify(item, null, unit).replaceAll('\n', inner);
      out.push(`${inner}${JSON.stringify(key)}: ${json}`);
      continue;
    }
    let byValue = byKey.get(key);
    if (byValue === undefined) byKey.set(key, (byValue = new Map<unknown, string>()));
    // A Map tells 0 from -0 no more than JSON does: both are written 0.
    let text = byValue.get(item);
    if (text === undefined)
      byValue.set(item, (text = `${inner}${JSON.stringify(key)}: ${JSON.stringify(item)}`));
    out.push(text);
  }
  out.push(`${eol}${indent}}`);
}

/** The value of an object's property (the last, if the key is repeated: the one in effect). */
function propertyValue(object: Node, key: string): Node | undefined {
  const members = object.children ?? [];
  for (let i = members.length - 1; i >= 0; i--) {
    const pair = members[i]?.children;
    if (pair?.[0]?.value === key) return pair[1];
  }
  return undefined;
}
