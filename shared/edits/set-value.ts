import type { JSONPath } from 'jsonc-parser';
import { modify } from 'jsonc-parser';
import type { JsonPath } from '../diagnostics/diagnostic.ts';
import { findPath } from '../parse/find-path.ts';
import type { TextEdit } from './text-edit.ts';
import { formattingOf } from './text-edit.ts';

/** Sets the value at a path (creating missing objects); comments and layout elsewhere stay. */
export function setValue(text: string, path: JsonPath, value: unknown): TextEdit[] {
  if (value === undefined) return [];
  // A form keystroke replaces one existing scalar: edit it in place without a full parse.
  const existing = isScalar(value) ? findPath(text, path) : undefined;
  if (existing?.kind === 'scalar') {
    return [
      {
        offset: existing.value.offset,
        length: existing.value.length,
        content: JSON.stringify(value),
      },
    ];
  }
  return modify(text, path as JSONPath, value, { formattingOptions: formattingOf(text) });
}

function isScalar(value: unknown): boolean {
  return (
    value === null ||
    typeof value === 'string' ||
    typeof value === 'boolean' ||
    (typeof value === 'number' && Number.isFinite(value))
  );
}

/** Removes the property or list entry at a path, with its separating comma. */
export function removeKey(text: string, path: JsonPath): TextEdit[] {
  return modify(text, path as JSONPath, undefined, { formattingOptions: formattingOf(text) });
}

/** Inserts a value into the list at `path` before `index` (at the end when index ≥ length). */
export function insertIntoList(
  text: string,
  path: JsonPath,
  index: number,
  value: unknown,
): TextEdit[] {
  return modify(text, [...path, index] as JSONPath, value, {
    formattingOptions: formattingOf(text),
    isArrayInsertion: true,
  });
}
