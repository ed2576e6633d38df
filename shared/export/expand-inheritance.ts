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
  const { text } = analysis;
  const tree = analysis.parsed.tree();
  if (tree === undefined) return text;
  const unit = indentUnit(formattingOf(text));
  const eol = eolOf(text);
  const edits: TextEdit[] = globalBlockEdits(text, tree);
  for (const s of analysis.strategies) {
    const node = findNodeAtLocation(tree, ['strategies', s.index]);
    if (node?.type !== 'object') continue;
    const full = fullBlock(s);
    const existing = findNodeAtLocation(node, ['position_sizing']);
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
  return applyEdits(text, edits);
}

/**
 * The strategy's own block (its keys and order kept, guide-only spellings renamed) completed with
 * every inherited key, and with the defaults its method reads (a Kelly cap on a fixed_usd
 * strategy would only confuse).
 */
function fullBlock(s: ResolvedStrategy): Record<string, unknown> {
  const own_ = asRecord(own(s.raw, 'position_sizing')) ?? {};
  const out: Record<string, unknown> = {};
  const put = (key: string, value: unknown): void => {
    Object.defineProperty(out, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  };
  for (const key of Object.keys(own_)) {
    const engineKey = Object.hasOwn(IGNORED_GUIDE_KEYS, key) ? IGNORED_GUIDE_KEYS[key] : undefined;
    // Both spellings with one value (a different one is an alias-conflict): the engine's stays.
    if (engineKey !== undefined && Object.hasOwn(own_, engineKey)) continue;
    put(engineKey ?? key, isMethodKey(key) ? engineMethodValue(own_[key]) : own_[key]);
  }
  for (const key of CANONICAL_KEYS) {
    const source = s.sizing.sources[key];
    if (source === undefined || source === 'strategy') continue;
    if (source === 'default' && key !== 'method' && !usedBy(s, key)) continue;
    const value = s.sizing.values[key];
    put(ENGINE_SPELLING[key], key === 'method' ? engineMethodValue(value) : value);
  }
  return out;
}

function usedBy(s: ResolvedStrategy, key: CanonicalKey): boolean {
  return s.sizing.method !== undefined && USED_BY_METHOD[s.sizing.method].includes(key);
}

function renderInline(value: Record<string, unknown>): string {
  const members = Object.keys(value).map(
    (k) => `${JSON.stringify(k)}: ${JSON.stringify(value[k])}`,
  );
  return `{ ${members.join(', ')} }`;
}

function appendInline(object: Node, property: string): TextEdit {
  const last = object.children?.at(-1);
  if (last === undefined)
    return { offset: object.offset + 1, length: object.length - 2, content: ` ${property} ` };
  return { offset: last.offset + last.length, length: 0, content: `, ${property}` };
}

function render(value: Record<string, unknown>, indent: string, unit: string, eol: string): string {
  return JSON.stringify(value, null, unit).split('\n').join(`${eol}${indent}`);
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
