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

/**
 * The edits {@link expandInheritance} applies, in text order (the global block may come after
 * the strategies): the global block's guide spellings renamed, and one per strategy, replacing
 * or adding its block.
 */
export function expansionEdits(analysis: Analysis): TextEdit[] {
  const { text } = analysis;
  const tree = analysis.parsed.tree();
  if (tree === undefined) return [];
  const unit = indentUnit(formattingOf(text));
  const eol = eolOf(text);
  const list = findNodeAtLocation(tree, ['strategies']);
  const edits: TextEdit[] = globalBlockEdits(text, tree);
  for (const s of analysis.strategies) {
    const node = list?.type === 'array' ? list.children?.[s.index] : undefined;
    if (node?.type !== 'object') continue;
    const full = fullBlock(s);
    const existing = propertyValue(node, 'position_sizing');
    const indent = lineIndentAt(text, node.offset) + unit;
    const oneLine = !/[\r\n]/.test(text.slice(node.offset, node.offset + node.length));
    const body = oneLine ? renderInline(full) : render(full, indent, unit, eol);
    if (existing !== undefined) {
      edits.push({ offset: existing.offset, length: existing.length, content: body });
    } else if (oneLine) {
      edits.push(appendInline(node, `"position_sizing": ${body}`));
    } else {
      edits.push(
        appendProperty(
          node,
          `"position_sizing": ${body}`,
          indent,
          lineIndentAt(text, node.offset),
          eol,
        ),
      );
    }
  }
  return edits.sort((a, b) => a.offset - b.offset);
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

function appendInline(object: Node, property: string): TextEdit {
  const last = object.children?.at(-1);
  if (last === undefined)
    return { offset: object.offset + 1, length: object.length - 2, content: ` ${property} ` };
  return { offset: last.offset + last.length, length: 0, content: `, ${property}` };
}

/**
 * As `JSON.stringify(value, null, unit)` continued at `indent`, written member by member: the
 * indenting stringify costs three times as much, which counts with 10,000 blocks.
 */
function render({ keys, values }: Members, indent: string, unit: string, eol: string): string {
  if (keys.length === 0) return '{}';
  const inner = `${eol}${indent}${unit}`;
  const members = keys.map((key, i) => {
    const item = values[i];
    const json =
      typeof item === 'object' && item !== null
        ? JSON.stringify(item, null, unit).replaceAll('\n', inner)
        : JSON.stringify(item);
    return `${inner}${JSON.stringify(key)}: ${json}`;
  });
  return `{${members.join(',')}${eol}${indent}}`;
}

/** The value of an object's property (the last, if the key is repeated: the one in effect). */
function propertyValue(object: Node, key: string): Node | undefined {
  const members = object.children ?? [];
  for (let i = members.length - 1; i >= 0; i--) {
    const [name, value] = members[i]?.children ?? [];
    if (name?.value === key) return value;
  }
  return undefined;
}

function appendProperty(
  object: Node,
  property: string,
  indent: string,
  outer: string,
  eol: string,
): TextEdit {
  const last = object.children?.at(-1);
  if (last === undefined) {
    return {
      offset: object.offset + 1,
      length: object.length - 2,
      content: `${eol}${indent}${property}${eol}${outer}`,
    };
  }
  return { offset: last.offset + last.length, length: 0, content: `,${eol}${indent}${property}` };
}
