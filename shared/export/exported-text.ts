import type { Analysis } from '../analyze.ts';
import type { TextEdit } from '../edits/text-edit.ts';
import { applyEdits } from '../edits/text-edit.ts';
import { expandInheritance, expansionEdits } from './expand-inheritance.ts';
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
 * Expands and strips in one pass over the text: the removals of comments and commas that lie in
 * a block the expansion replaces are dropped, the others applied with the new blocks. Where a
 * removal straddles a new block's edge (no layout found one so far), expands first, then strips.
 */
function expandedStrictJson(analysis: Analysis): string {
  const blocks = expansionEdits(analysis);
  const removals = strictEdits(analysis.text);
  const kept: TextEdit[] = [];
  let b = 0;
  for (const r of removals) {
    while (b < blocks.length && end(blocks[b] as TextEdit) <= r.offset) b++;
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
  // Removals first: at one offset, the later-given edit (a new block) is applied first.
  return applyEdits(analysis.text, [...kept, ...blocks]);
}

function end(edit: TextEdit): number {
  return edit.offset + edit.length;
}
