import type { Node, ParseError } from 'jsonc-parser';
import { parseTree } from 'jsonc-parser';
import type { DraftDiagnostic, JsonPath } from '../diagnostics/diagnostic.ts';
import type { SchemaIssue } from '../schema/validate.ts';
import { validateAndMeasure } from '../schema/validate.ts';
import { buildPositionTree } from './position-tree.ts';
import { MAX_DEPTH, scanStructure } from './structure-scan.ts';
import { syntaxMessage } from './syntax-messages.ts';
import { nonStrictTokens } from './non-strict.ts';
import { treeToValue } from './tree-to-value.ts';

/** The text read as JSONC: its value (undefined when it does not parse) and what reading found. */
export interface ParsedText {
  readonly text: string;
  readonly value: unknown;
  /** Comments or trailing commas present (the engine's `json.load` would reject the file). */
  readonly strict: boolean;
  readonly drafts: readonly DraftDiagnostic[];
  /**
   * True when `JSON.parse` read the text: strict JSON without a repeated key, whose positions
   * may be found by skipping (see locate-strict.ts).
   */
  readonly native?: boolean;
  /** The schema's issues of `value`, when asked for and found in reading's walk of it. */
  readonly schemaIssues?: readonly SchemaIssue[];
  /** The jsonc-parser tree with offsets, built on first use only (it costs a few plain parses). */
  tree(): Node | undefined;
}

const PARSE_OPTIONS = { allowTrailingComma: true, disallowComments: false } as const;

/** What {@link parseText} does besides reading. */
export interface ParseOptions {
  /**
   * Validate the value against the schema in the walk reading takes of it anyway, giving
   * {@link ParsedText.schemaIssues} (for strict JSON; a JSONC value is validated by whoever
   * asks). Only the analysis wants it: an edit parses without paying for it.
   */
  readonly schema?: boolean;
}

/** Parses JSONC without ever throwing; strict JSON takes the native fast path. */
export function parseText(text: string, options: ParseOptions = {}): ParsedText {
  if (!/\S/.test(text)) {
    return failed(text, {
      code: 'syntax',
      message: 'The file is empty: a config must be a JSON object, such as {}.',
      path: [],
      range: { offset: 0, length: 0 },
    });
  }
  const fast = tryNativeParse(text);
  if (fast !== undefined) {
    // One walk of the value for the schema and for what the text itself must be checked for.
    const walked = validateAndMeasure(fast.value, options.schema === true, true);
    if (!walked.tooDeep && noKeyRepeated(text, walked.keyCount)) {
      const issues = options.schema === true ? walked.issues : undefined;
      // The tree's nodes: the root, a property, key and value per member, a value per list item.
      const nodes = 1 + 3 * walked.keyCount + walked.itemCount;
      return nativeResult(text, fast.value, nodes, issues, walked.nonFinite.map(nonFiniteDraft));
    }
  }
  // jsonc-parser recurses per level; measure the nesting first so no input can overflow the stack.
  const scan = scanStructure(text);
  if (scan.tooDeepAt >= 0) {
    return failed(text, {
      code: 'syntax',
      message: `Nesting deeper than ${MAX_DEPTH} levels: no Spark Stacker config nests like this, and the file cannot be read safely.`,
      path: [],
      range: { offset: scan.tooDeepAt, length: 1 },
    });
  }
  return parseSlow(text);
}

/**
 * True when the text (strict JSON, `members` members kept by JSON.parse) repeats no key:
 * JSON.parse keeps one member of each repeated key, so the text then has more members.
 *
 * Why equality proves it: let C be the text's colons, S its key separators as
 * {@link countKeySeparators} counts them, T its members (repeats included), P = `members`.
 * Every member has one colon of its own after its key; any other colon is in a string. So
 * C >= S >= T >= P, and C = P or S = P forces T = P: nothing was dropped. Colons alone are
 * counted first: the look-back per colon is a sixth of the count, and only a colon in a string
 * (or a repeat) makes C exceed P and asks for it.
 */
function noKeyRepeated(text: string, members: number): boolean {
  return countColons(text) === members || countKeySeparators(text) === members;
}

export function countColons(text: string): number {
  let count = 0;
  for (let i = text.indexOf(':'); i >= 0; i = text.indexOf(':', i + 1)) count++;
  return count;
}

/**
 * Colons preceded (across whitespace) by a closing quote. In strict JSON every member has one;
 * a colon inside a string can only add to the count, so equality with the parsed member count
 * proves there was no duplicate key.
 */
export function countKeySeparators(text: string): number {
  let count = 0;
  for (let i = text.indexOf(':'); i >= 0; i = text.indexOf(':', i + 1)) {
    let j = i - 1;
    let c = text.charCodeAt(j);
    while (c === 32 || c === 10 || c === 13 || c === 9) c = text.charCodeAt(--j);
    if (c === 34) count++;
  }
  return count;
}

function parseSlow(text: string): ParsedText {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, PARSE_OPTIONS);
  if (errors.length > 0 || root === undefined) {
    const drafts = errors.slice(0, 20).map((e): DraftDiagnostic => ({
      code: 'syntax',
      message: syntaxMessage(e.error),
      path: [],
      range: { offset: e.offset, length: e.length },
    }));
    return { text, value: undefined, strict: false, drafts, tree: () => root };
  }
  const converted = treeToValue(root);
  const drafts: DraftDiagnostic[] = [
    ...converted.duplicates,
    ...converted.nonFinite.map(nonFiniteDraft),
  ];
  const tokens = nonStrictTokens(text);
  const nonStrict = tokens[0];
  if (nonStrict !== undefined) {
    drafts.unshift({
      code: 'not-strict-json',
      message: `The file has ${nonStrictSummary(tokens)}, so the engine exits on this file as saved (its json.load rejects them). Export writes strict JSON without them.`,
      path: [],
      range: nonStrict.range,
    });
  }
  return {
    text,
    value: converted.value,
    strict: nonStrict === undefined,
    drafts,
    tree: () => root,
  };
}

/** "2 comments and 1 trailing comma". */
function nonStrictSummary(tokens: readonly { kind: 'comment' | 'comma' }[]): string {
  const comments = tokens.filter((t) => t.kind === 'comment').length;
  const commas = tokens.length - comments;
  const count = (n: number, noun: string): string =>
    n === 0 ? '' : `${n} ${noun}${n === 1 ? '' : 's'}`;
  return [count(comments, 'comment'), count(commas, 'trailing comma')]
    .filter((s) => s !== '')
    .join(' and ');
}

function failed(text: string, draft: DraftDiagnostic): ParsedText {
  return { text, value: undefined, strict: false, drafts: [draft], tree: () => undefined };
}

/** A text JSON.parse read, its position tree built on first use. */
function nativeResult(
  text: string,
  value: unknown,
  nodes: number,
  schemaIssues: readonly SchemaIssue[] | undefined,
  drafts: readonly DraftDiagnostic[],
): ParsedText {
  let root: Node | undefined | null = null;
  return {
    text,
    value,
    strict: true,
    drafts,
    native: true,
    ...(schemaIssues === undefined ? {} : { schemaIssues }),
    tree() {
      if (root === null) root = buildPositionTree(text, true, nodes);
      return root;
    },
  };
}

function tryNativeParse(text: string): { value: unknown } | undefined {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch {
    return undefined;
  }
}

function nonFiniteDraft(found: { path: JsonPath; value: number }): DraftDiagnostic {
  return {
    code: 'range',
    message: `This number is too ${found.value > 0 ? 'large' : 'small'} to represent: it would become ${found.value > 0 ? '' : '-'}Infinity.`,
    path: found.path,
  };
}
