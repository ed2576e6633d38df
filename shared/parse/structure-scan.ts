import { createScanner } from 'jsonc-parser';
import { Kind, scanKind } from './jsonc-codes.ts';

/** What a single linear pass over the text learns before any recursive parser runs. */
export interface StructureScan {
  /** Colons outside strings and comments: in well-formed JSON, the number of object members. */
  readonly colons: number;
  /** Offset of the first bracket that nests deeper than the limit, or -1. */
  readonly tooDeepAt: number;
}

/** Deepest nesting any reader of the file accepts; real configs stay under ten. */
export const MAX_DEPTH = 256;

/**
 * Counts members and measures nesting iteratively, so no input can overflow the stack. Reads
 * the tokens jsonc-parser's scanner reads, so the parser that runs next sees the same brackets.
 */
export function scanStructure(text: string, maxDepth = MAX_DEPTH): StructureScan {
  const scanner = createScanner(text, true);
  let colons = 0;
  let depth = 0;
  for (let kind = scanKind(scanner); kind !== Kind.EOF; kind = scanKind(scanner)) {
    if (kind === Kind.OpenBrace || kind === Kind.OpenBracket) {
      if (++depth > maxDepth) return { colons, tooDeepAt: scanner.getTokenOffset() };
    } else if (kind === Kind.CloseBrace || kind === Kind.CloseBracket) {
      depth--;
    } else if (kind === Kind.Colon) {
      colons++;
    }
  }
  return { colons, tooDeepAt: -1 };
}
