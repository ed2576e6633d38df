import type { JSONScanner } from 'jsonc-parser';

// jsonc-parser ships these as ambient const enums, which isolated modules cannot read.

/** jsonc-parser's SyntaxKind values. */
export const Kind = {
  OpenBrace: 1,
  CloseBrace: 2,
  OpenBracket: 3,
  CloseBracket: 4,
  Comma: 5,
  Colon: 6,
  Null: 7,
  True: 8,
  False: 9,
  String: 10,
  Number: 11,
  LineComment: 12,
  BlockComment: 13,
  LineBreak: 14,
  Trivia: 15,
  Unknown: 16,
  EOF: 17,
} as const;

/** jsonc-parser's ParseErrorCode values. */
export const ParseErrorCode = {
  InvalidSymbol: 1,
  InvalidNumberFormat: 2,
  PropertyNameExpected: 3,
  ValueExpected: 4,
  ColonExpected: 5,
  CommaExpected: 6,
  CloseBraceExpected: 7,
  CloseBracketExpected: 8,
  EndOfFileExpected: 9,
  InvalidCommentToken: 10,
  UnexpectedEndOfComment: 11,
  UnexpectedEndOfString: 12,
  UnexpectedEndOfNumber: 13,
  InvalidUnicode: 14,
  InvalidEscapeCharacter: 15,
  InvalidCharacter: 16,
} as const;

/** The scanner's next token as a plain number, comparable with {@link Kind}. */
export function scanKind(scanner: JSONScanner): number {
  return scanner.scan();
}

/** The scanner's current token as a plain number, comparable with {@link Kind}. */
export function tokenKind(scanner: JSONScanner): number {
  return scanner.getToken();
}
