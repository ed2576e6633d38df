import { findNodeAtLocation } from 'jsonc-parser';
import type { JsonPath } from '../diagnostics/diagnostic.ts';
import { parseText } from '../parse/parse-text.ts';
import type { TextEdit } from './text-edit.ts';

/**
 * Renames the property at `path` in place: only the bytes of its name change, so its value,
 * comments and position stay. With a duplicated key, the copy in effect (the last) is renamed.
 */
export function renameKey(text: string, path: JsonPath, to: string): TextEdit[] {
  const name = path.at(-1);
  if (typeof name !== 'string') return [];
  const parsed = parseText(text);
  const root = parsed.value === undefined ? undefined : parsed.tree();
  const holder = root === undefined ? undefined : findNodeAtLocation(root, path.slice(0, -1));
  if (holder?.type !== 'object') return [];
  const property = (holder.children ?? []).findLast((p) => p.children?.[0]?.value === name);
  const key = property?.children?.[0];
  if (key === undefined) return [];
  return [{ offset: key.offset, length: key.length, content: JSON.stringify(to) }];
}
