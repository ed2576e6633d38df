import type { SizingTarget } from '../edits/sizing-edits.ts';
import { blockPathOf, spellingFor } from '../edits/sizing-edits.ts';
import { setValue } from '../edits/set-value.ts';
import type { TextEdit } from '../edits/text-edit.ts';
import { asRecord, strategiesOf } from '../json-access.ts';
import type { CanonicalKey } from '../sizing-keys.ts';

/**
 * The edits of `setSizingValue(text, target, key, value)` for a text whose parsed `config` is
 * already at hand (the form's current analysis), so a keystroke does not parse the text twice.
 */
export function setSizingValueIn(
  text: string,
  config: unknown,
  target: SizingTarget,
  key: CanonicalKey,
  value: unknown,
): TextEdit[] {
  if (asRecord(config) === undefined) return [];
  if (target.kind === 'strategy' && strategiesOf(config)[target.index] === undefined) return [];
  return setValue(text, [...blockPathOf(target), spellingFor(config, target, key)], value);
}
