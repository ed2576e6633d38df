import type { JSONPath } from 'jsonc-parser';
import { modify } from 'jsonc-parser';
import type { JsonPath } from '../diagnostics/diagnostic.ts';
import type { TextEdit } from './text-edit.ts';
import { formattingOf } from './text-edit.ts';

/** Sets the value at a path (creating missing objects); comments and layout elsewhere stay. */
export function setValue(text: string, path: JsonPath, value: unknown): TextEdit[] {
  if (value === undefined) return [];
  return modify(text, path as JSONPath, value, { formattingOptions: formattingOf(text) });
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
