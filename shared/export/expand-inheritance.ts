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
  const { edits, parts } = expansionParts(analysis);
  return edits.map(({ offset, length, from, to }) => ({
    offset,
    length,
    content: parts.slice(from, to).join(''),
  }));
}

/** A text edit whose new text is `parts[from]` to `parts[to - 1]` of its {@link Expansion}. */
export interface PartsEdit {
  readonly offset: number;
  readonly length: number;
  readonly from: number;
  readonly to: number;
}

/**
 * The expansion's edits, their new texts in parts of one list, joined only once, into the whole
 * output: a list per block kept to the end cost more in garbage collection than writing it.
 */
export interface Expansion {
  readonly edits: readonly PartsEdit[];
  readonly parts: readonly string[];
}

/**
 * What the expansion changes, in text order (the global block may come after the strategies):
 * the global block's guide spellings renamed, and one edit per strategy, replacing or adding
 * its block.
 */
export function expansionParts(analysis: Analysis): Expansion {
  const { text } = analysis;
  const tree = analysis.parsed.tree();
  if (tree === undefined) return { edits: [], parts: [] };
  const parts: string[] = [];
  const layout: Layout = {
    text,
    unit: indentUnit(formattingOf(text)),
    eol: eolOf(text),
    written: { members: new Map(), blocks: new Map(), nodes: 0 },
    parts,
  };
  const list = findNodeAtLocation(tree, ['strategies']);
  const edits = globalBlockEdits(text, tree).map(({ offset, length, content }) =>
    edit(layout, offset, length, parts.push(content) - 1),
  );
  for (const s of analysis.strategies) {
    const node = list?.type === 'array' ? list.children?.[s.index] : undefined;
    if (node?.type === 'object') edits.push(strategyEdit(node, fullBlock(s), layout));
  }
  return { edits: edits.sort((a, b) => a.offset - b.offset), parts };
}

/** The edit whose new text is every part added since `from`. */
function edit(layout: Layout, offset: number, length: number, from: number): PartsEdit {
  return { offset, length, from, to: layout.parts.length };
}

/** The document's layout, the member texts written so far, and the parts of the new texts. */
interface Layout {
  readonly text: string;
  readonly unit: string;
  readonly eol: string;
  readonly written: Written;
  readonly parts: string[];
}

/** Replaces the strategy's block with its full one, or adds it after its last member. */
function strategyEdit(node: Node, full: Members, layout: Layout): PartsEdit {
  const { text, unit, eol, parts } = layout;
  const from = parts.length;
  const existing = propertyValue(node, 'position_sizing');
  const outer = lineIndentAt(text, node.offset);
  const last = node.children?.at(-1);
  if (!/[\r\n]/.test(text.slice(node.offset, node.offset + node.length))) {
    const body = renderInline(full);
    if (existing !== undefined) parts.push(body);
    else
      parts.push(
        last === undefined ? ` "position_sizing": ${body} ` : `, "position_sizing": ${body}`,
      );
  } else {
    if (existing === undefined)
      parts.push(`${last === undefined ? '' : ','}${eol}${outer}${unit}"position_sizing": `);
    render(full, outer + unit, layout);
    if (existing === undefined && last === undefined) parts.push(`${eol}${outer}`);
  }
  if (existing !== undefined) return edit(layout, existing.offset, existing.length, from);
  if (last !== undefined) return edit(layout, last.offset + last.length, 0, from);
  return edit(layout, node.offset + 1, node.length - 2, from);
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

/**
 * Member texts already written, by line start, key and value: a config repeats its values from
 * strategy to strategy, and a lookup costs less than writing the member again. Blocks too, by
 * line start and member texts: the same sizing on many strategies is one string, and the output
 * then has one part per block.
 */
interface Written {
  readonly members: Map<string, Map<string, Map<unknown, string>>>;
  readonly blocks: Map<string, BlockTexts>;
  /** Nodes in the trie of blocks: past {@link MAX_BLOCK_NODES}, new blocks are not kept. */
  nodes: number;
}

/** Enough for the shapes of sizing a config repeats; bounds the memory when none repeats. */
const MAX_BLOCK_NODES = 20_000;

/** A trie of blocks: the block of the member texts so far, and the ones that go on. */
interface BlockTexts {
  text?: string;
  readonly next: Map<string, BlockTexts>;
}

/**
 * As `JSON.stringify(value, null, unit)` continued at `indent`, written member by member: the
 * indenting stringify costs three times as much, which counts with 10,000 blocks.
 */
function render({ keys, values }: Members, indent: string, layout: Layout): void {
  const { unit, eol, written } = layout;
  if (keys.length === 0) {
    layout.parts.push('{}');
    return;
  }
  const inner = `${eol}${indent}${unit}`;
  let byKey = written.members.get(inner);
  if (byKey === undefined)
    written.members.set(inner, (byKey = new Map<string, Map<unknown, string>>()));
  let block: BlockTexts | undefined = written.blocks.get(inner);
  if (block === undefined) written.blocks.set(inner, (block = { next: new Map() }));
  const texts: string[] = [];
  for (let i = 0; i < keys.length; i++) {
    const text = memberText(byKey, keys[i] as string, values[i], inner, unit);
    texts.push(text);
    let next: BlockTexts | undefined = block?.next.get(text);
    if (next === undefined && block !== undefined && written.nodes < MAX_BLOCK_NODES) {
      block.next.set(text, (next = { next: new Map() }));
      written.nodes++;
    }
    block = next;
  }
  // Joined, not concatenated: a flat string, which the output's join copies fastest.
  const text = block?.text ?? ['{', texts.join(','), eol, indent, '}'].join('');
  if (block !== undefined) block.text = text;
  layout.parts.push(text);
}

/** `"key": value` at its line start, written once per key and plain value. */
function memberText(
  byKey: Map<string, Map<unknown, string>>,
  key: string,
  item: unknown,
  inner: string,
  unit: string,
): string {
  if (typeof item === 'object' && item !== null) {
    const json = JSON.stringify(item, null, unit).replaceAll('\n', inner);
    return `${inner}${JSON.stringify(key)}: ${json}`;
  }
  let byValue = byKey.get(key);
  if (byValue === undefined) byKey.set(key, (byValue = new Map<unknown, string>()));
  // A Map tells 0 from -0 no more than JSON does: both are written 0.
  let text = byValue.get(item);
  if (text === undefined)
    byValue.set(item, (text = `${inner}${JSON.stringify(key)}: ${JSON.stringify(item)}`));
  return text;
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
