import { findNodeAtLocation } from 'jsonc-parser';
import type { JsonPath } from '../diagnostics/diagnostic.ts';
import { asRecord, has, own, strategiesOf } from '../json-access.ts';
import { nonStrictTokens } from '../parse/non-strict.ts';
import { parseText } from '../parse/parse-text.ts';
import { inherit } from '../resolve/inheritance.ts';
import { globalLayer } from '../resolve/resolve-strategies.ts';
import { readSizingLayer } from '../resolve/sizing-layer.ts';
import type { CanonicalKey } from '../sizing-keys.ts';
import { CANONICAL_KEYS, spellingsOf } from '../sizing-keys.ts';
import { ENGINE_SPELLING } from '../engine/engine-keys.ts';
import { removeKey, setValue } from './set-value.ts';
import type { TextEdit } from './text-edit.ts';
import { applyEdits, minimalEdit } from './text-edit.ts';

/** Which position_sizing block an edit goes to. */
export type SizingTarget =
  { readonly kind: 'global' } | { readonly kind: 'strategy'; readonly index: number };

/** Path of the target's position_sizing block. */
export function blockPathOf(target: SizingTarget): JsonPath {
  return target.kind === 'global'
    ? ['position_sizing']
    : ['strategies', target.index, 'position_sizing'];
}

function blockOf(
  config: unknown,
  target: SizingTarget,
): Readonly<Record<string, unknown>> | undefined {
  const holder = target.kind === 'global' ? asRecord(config) : strategiesOf(config)[target.index];
  return asRecord(own(holder, 'position_sizing'));
}

/**
 * SPEC §2: a key is written in the spelling the target block already uses for it; a key new to
 * the block in the engine's spelling, the only one the engine reads.
 */
export function spellingFor(config: unknown, target: SizingTarget, key: CanonicalKey): string {
  const block = blockOf(config, target);
  const engine = ENGINE_SPELLING[key];
  if (has(block, engine)) return engine;
  return spellingsOf(key).find((s) => has(block, s)) ?? engine;
}

/**
 * Sets one sizing parameter on the global block or a strategy, in the file's spelling. Pass the
 * text's parsed `config` when it is at hand (the form's analysis), so a keystroke parses once.
 */
export function setSizingValue(
  text: string,
  target: SizingTarget,
  key: CanonicalKey,
  value: unknown,
  config: unknown = parseText(text).value,
): TextEdit[] {
  if (asRecord(config) === undefined) return [];
  // A strategy that is not there (or not an object) is never created by a sizing edit.
  if (target.kind === 'strategy' && strategiesOf(config)[target.index] === undefined) return [];
  return setValue(text, [...blockPathOf(target), spellingFor(config, target, key)], value);
}

/** Overrides an inherited parameter on a strategy, starting from its effective value. */
export function overrideParameter(
  text: string,
  index: number,
  key: CanonicalKey,
  value?: unknown,
): TextEdit[] {
  const config = parseText(text).value;
  const strategy = strategiesOf(config)[index];
  if (strategy === undefined) return [];
  const effective = inherit(
    globalLayer(config),
    readSizingLayer(asRecord(own(strategy, 'position_sizing'))),
  );
  const start = value ?? effective.values[key];
  if (start === undefined) return [];
  return setValue(
    text,
    ['strategies', index, 'position_sizing', spellingFor(config, { kind: 'strategy', index }, key)],
    start,
  );
}

/**
 * Removes a strategy's override (in every spelling) so the value is inherited again; an
 * override block left empty and without comments goes too, restoring the original text.
 */
export function resetParameter(text: string, index: number, key: CanonicalKey): TextEdit[] {
  const target: SizingTarget = { kind: 'strategy', index };
  let next = text;
  for (const spelling of spellingsOf(key)) {
    if (has(blockOf(parseText(next).value, target), spelling)) {
      next = applyEdits(next, removeKey(next, [...blockPathOf(target), spelling]));
    }
  }
  const block = blockOf(parseText(next).value, target);
  if (block !== undefined && Object.keys(block).length === 0 && next !== text) {
    const tree = parseText(next).tree();
    const blockNode =
      tree === undefined
        ? undefined
        : findNodeAtLocation(tree, ['strategies', index, 'position_sizing']);
    const inner =
      blockNode === undefined
        ? ''
        : next.slice(blockNode.offset, blockNode.offset + blockNode.length);
    if (nonStrictTokens(inner).length === 0)
      next = applyEdits(next, removeKey(next, blockPathOf(target)));
  }
  return minimalEdit(text, next);
}

/** The sizing keys a strategy overrides (set in its own position_sizing, in any spelling). */
function overriddenKeys(text: string, index: number): CanonicalKey[] {
  const block = blockOf(parseText(text).value, { kind: 'strategy', index });
  return CANONICAL_KEYS.filter((key) => spellingsOf(key).some((s) => has(block, s)));
}

/**
 * Removes every sizing override of a strategy as one edit, as {@link resetParameter} does for
 * one: other keys and comments in the block stay, and so does a block that still holds them.
 */
export function resetAllOverrides(text: string, index: number): TextEdit[] {
  let next = text;
  for (const key of overriddenKeys(text, index)) {
    next = applyEdits(next, resetParameter(next, index, key));
  }
  return minimalEdit(text, next);
}
