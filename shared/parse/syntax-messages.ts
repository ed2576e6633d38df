import { ParseErrorCode } from './jsonc-codes.ts';

const MESSAGES: Readonly<Record<number, string>> = {
  [ParseErrorCode.InvalidSymbol]: 'Unexpected character',
  [ParseErrorCode.InvalidNumberFormat]: 'Invalid number',
  [ParseErrorCode.PropertyNameExpected]: 'Expected a property name in double quotes',
  [ParseErrorCode.ValueExpected]: 'Expected a value',
  [ParseErrorCode.ColonExpected]: "Expected ':' after the property name",
  [ParseErrorCode.CommaExpected]: "Expected ',' between entries",
  [ParseErrorCode.CloseBraceExpected]: "Expected '}' to close the object",
  [ParseErrorCode.CloseBracketExpected]: "Expected ']' to close the list",
  [ParseErrorCode.EndOfFileExpected]: 'Unexpected text after the end of the config',
  [ParseErrorCode.InvalidCommentToken]: 'Invalid comment',
  [ParseErrorCode.UnexpectedEndOfComment]: "Comment not closed: expected '*/'",
  [ParseErrorCode.UnexpectedEndOfString]: "Text not closed: expected '\"'",
  [ParseErrorCode.UnexpectedEndOfNumber]: 'Number not finished',
  [ParseErrorCode.InvalidUnicode]: 'Invalid \\u escape',
  [ParseErrorCode.InvalidEscapeCharacter]: 'Invalid escape character',
  [ParseErrorCode.InvalidCharacter]: 'Control character inside text: escape it',
};

/** A trader-readable description of a jsonc-parser error code. */
export function syntaxMessage(code: number): string {
  return MESSAGES[code] ?? 'Syntax error';
}
