import type { Node, ParseError } from 'jsonc-parser';
import { parseTree } from 'jsonc-parser';
import type { DraftDiagnostic, JsonPath } from '../diagnostics/diagnostic.ts';
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
  /** The jsonc-parser tree with offsets, built on first use only (it costs ~7× a plain parse). */
  tree(): Node | undefined;
}

const PARSE_OPTIONS = { allowTrailingComma: true, disallowComments: false } as const;

/** Parses JSONC without ever throwing; strict JSON takes the native fast path. */
export function parseText(text: string): ParsedText {
  const scan = scanStructure(text);
  if (scan.tooDeepAt >= 0) {
    return failed(text, {
      code: 'syntax',
      message: `Nesting deeper than ${MAX_DEPTH} levels: no Spark Stacker config nests like this, and the file cannot be read safely.`,
      path: [],
      range: { offset: scan.tooDeepAt, length: 1 },
    });
  }
  if (text.trim() === '') {
    return failed(text, {
      code: 'syntax',
      message: 'The file is empty: a config must be a JSON object, such as {}.',
      path: [],
      range: { offset: 0, length: 0 },
    });
  }
  const fast = tryNativeParse(text);
  if (fast !== undefined) {
    const walked = walkValue(fast.value);
    // Duplicate keys vanish in JSON.parse; fewer members than colons means some were dropped.
    if (walked.keyCount === scan.colons) {
      const drafts = walked.nonFinite.map(nonFiniteDraft);
      return lazyTreeResult(text, fast.value, true, drafts);
    }
  }
  return parseSlow(text);
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
  const [nonStrict] = nonStrictTokens(text, true);
  if (nonStrict !== undefined) {
    const what = nonStrict.kind === 'comment' ? 'comments' : 'a trailing comma';
    drafts.unshift({
      code: 'not-strict-json',
      message: `The file has ${what}: Spark Stacker's json.load rejects them. Export writes strict JSON without them.`,
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

function failed(text: string, draft: DraftDiagnostic): ParsedText {
  return { text, value: undefined, strict: false, drafts: [draft], tree: () => undefined };
}

function lazyTreeResult(
  text: string,
  value: unknown,
  strict: boolean,
  drafts: readonly DraftDiagnostic[],
): ParsedText {
  let root: Node | undefined | null = null;
  return {
    text,
    value,
    strict,
    drafts,
    tree() {
      if (root === null) root = parseTree(text, [], PARSE_OPTIONS);
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

interface Walked {
  keyCount: number;
  nonFinite: { path: JsonPath; value: number }[];
}

/** Counts object members and finds numbers too large for a double, without recursion limits of concern (depth is bounded by the scan). */
function walkValue(value: unknown): Walked {
  const out: Walked = { keyCount: 0, nonFinite: [] };
  const visit = (v: unknown, path: (string | number)[]): void => {
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) out.nonFinite.push({ path: [...path], value: v });
    } else if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        path.push(i);
        visit(v[i], path);
        path.pop();
      }
    } else if (v !== null && typeof v === 'object') {
      const record = v as Record<string, unknown>;
      for (const key of Object.keys(record)) {
        out.keyCount++;
        path.push(key);
        visit(record[key], path);
        path.pop();
      }
    }
  };
  visit(value, []);
  return out;
}

function nonFiniteDraft(found: { path: JsonPath; value: number }): DraftDiagnostic {
  return {
    code: 'range',
    message: `This number is too ${found.value > 0 ? 'large' : 'small'} to represent: it would become ${found.value > 0 ? '' : '-'}Infinity.`,
    path: found.path,
  };
}
