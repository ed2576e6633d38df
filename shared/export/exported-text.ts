import type { Analysis } from '../analyze.ts';
import type { TextEdit } from '../edits/text-edit.ts';
import { applyEdits } from '../edits/text-edit.ts';
import type { Expansion, PartsEdit } from './expand-inheritance.ts';
import { expandInheritance, expansionParts } from './expand-inheritance.ts';
import { strictEdits, toStrictJson } from './strict-json.ts';

/**
 * The text `export` writes for a document that parses: strict JSON (SPEC §6), with every
 * strategy's sizing written out in full when `expand` is set. Nothing here judges it.
 */
export function exportedText(analysis: Analysis, expand: boolean): string {
  if (expand) return expandedStrictJson(analysis);
  // Read as strict JSON already: there is no comment or trailing comma to remove.
  return analysis.parsed.strict ? analysis.text : toStrictJson(analysis.text);
}

/**
 * Expands and strips in one pass over the text, written once: the removals of comments and
 * commas that lie in a block the expansion replaces are dropped, the others applied with the
 * new blocks. Where a removal straddles a new block's edge (no layout found one so far), expands
 * first, then strips.
 */
function expandedStrictJson(analysis: Analysis): string {
  const { text } = analysis;
  const expansion = expansionParts(analysis);
  const blocks = expansion.edits;
  const kept: TextEdit[] = [];
  let b = 0;
  for (const r of strictEdits(text)) {
    while (b < blocks.length && end(blocks[b] as PartsEdit) <= r.offset) b++;
    const block = blocks[b];
    const inside =
      block !== undefined && block.length > 0 && r.offset >= block.offset && end(r) <= end(block);
    const clear =
      block === undefined ||
      end(r) <= block.offset ||
      (block.length === 0 && r.offset >= block.offset);
    if (inside) continue;
    if (!clear) return toStrictJson(expandInheritance(analysis));
    kept.push(r);
  }
  return (
    written(text, kept, expansion) ??
    applyEdits(text, [
      ...kept,
      ...blocks.map((e) => ({
        offset: e.offset,
        length: e.length,
        content: expansion.parts.slice(e.from, e.to).join(''),
      })),
    ])
  );
}

/**
 * The text with the removals and the blocks applied (each sorted), its parts joined once. At one
 * offset the block goes first, then what the removal skips. Undefined if two edits overlap (none
 * should): `applyEdits` then applies them as it always has.
 */
function written(
  text: string,
  removals: readonly TextEdit[],
  { edits: blocks, parts }: Expansion,
): string | undefined {
  const out: string[] = [];
  let at = 0;
  let r = 0;
  let b = 0;
  for (;;) {
    const removal = removals[r];
    const block = blocks[b];
    if (block !== undefined && (removal === undefined || block.offset <= removal.offset)) {
      if (block.offset < at) return undefined;
      out.push(text.slice(at, block.offset));
      for (let i = block.from; i < block.to; i++) out.push(parts[i] as string);
      at = block.offset + block.length;
      b++;
    } else if (removal !== undefined) {
      if (removal.offset < at) return undefined;
      out.push(text.slice(at, removal.offset));
      at = removal.offset + removal.length;
      r++;
    } else break;
  }
  out.push(text.slice(at));
  return out.join('');
}

function end(edit: { readonly offset: number; readonly length: number }): number {
  return edit.offset + edit.length;
}
