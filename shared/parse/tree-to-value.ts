import type { Node } from 'jsonc-parser';
import type { DraftDiagnostic, JsonPath } from '../diagnostics/diagnostic.ts';

/** The value of a jsonc-parser tree, with what JSON.parse would silently accept reported. */
export interface TreeValue {
  readonly value: unknown;
  readonly duplicates: DraftDiagnostic[];
  readonly nonFinite: { path: JsonPath; value: number }[];
}

/** Converts a syntax-error-free tree to a value; the last duplicate wins, as in JSON.parse. */
export function treeToValue(root: Node): TreeValue {
  const out: TreeValue = { value: undefined, duplicates: [], nonFinite: [] };
  const path: (string | number)[] = [];
  const convert = (node: Node): unknown => {
    switch (node.type) {
      case 'object':
        return convertObject(node);
      case 'array':
        return (node.children ?? []).map((child, i) => {
          path.push(i);
          const v = convert(child);
          path.pop();
          return v;
        });
      case 'number': {
        const n = node.value as number;
        if (!Number.isFinite(n)) out.nonFinite.push({ path: [...path], value: n });
        return n;
      }
      default:
        return node.value as unknown;
    }
  };
  const convertObject = (node: Node): Record<string, unknown> => {
    const obj: Record<string, unknown> = {};
    const seen = new Set<string>();
    for (const prop of node.children ?? []) {
      const [keyNode, valueNode] = prop.children ?? [];
      if (keyNode === undefined) continue;
      const key = keyNode.value as string;
      path.push(key);
      if (seen.has(key)) {
        out.duplicates.push({
          code: 'duplicate-key',
          message: `"${key}" appears twice in this object: the engine silently keeps only the last one. Remove one of them.`,
          path: [...path],
          range: { offset: keyNode.offset, length: keyNode.length },
        });
      }
      seen.add(key);
      const value = valueNode === undefined ? null : convert(valueNode);
      // Defining, not assigning, so a "__proto__" key stays plain data.
      Object.defineProperty(obj, key, {
        value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
      path.pop();
    }
    return obj;
  };
  (out as { value: unknown }).value = convert(root);
  return out;
}
