import { createScanner } from 'jsonc-parser';
import type { TextRange } from '../text-position.ts';
import { Kind } from './jsonc-codes.ts';

/** A comment or trailing comma: what strict JSON readers reject and export removes. */
export interface NonStrictToken {
  readonly kind: 'comment' | 'comma';
  readonly range: TextRange;
}

/** Every comment and trailing comma in text order; stops after the first when `firstOnly`. */
export function nonStrictTokens(text: string, firstOnly = false): NonStrictToken[] {
  const scanner = createScanner(text, false);
  const found: NonStrictToken[] = [];
  let pendingComma: TextRange | undefined;
  for (let kind: number = scanner.scan(); kind !== Kind.EOF; kind = scanner.scan()) {
    const range = { offset: scanner.getTokenOffset(), length: scanner.getTokenLength() };
    if (kind === Kind.LineComment || kind === Kind.BlockComment) {
      found.push({ kind: 'comment', range });
    } else if (kind !== Kind.Trivia && kind !== Kind.LineBreak) {
      if (pendingComma !== undefined && (kind === Kind.CloseBrace || kind === Kind.CloseBracket)) {
        found.push({ kind: 'comma', range: pendingComma });
      }
      pendingComma = kind === Kind.Comma ? range : undefined;
    }
    if (firstOnly && found.length > 0) break;
  }
  // A trailing comma is recognised only at the bracket, after any comment that follows it.
  return found.sort((a, b) => a.range.offset - b.range.offset);
}
