import type { ParsedText } from '../parse/parse-text.ts';
import { locate, locateInText } from '../parse/locate.ts';
import { locateInStrictJson } from '../parse/locate-strict.ts';
import { textOrder } from '../parse/path-order.ts';
import type { LineColumn, TextRange } from '../text-position.ts';
import { lineStarts, positionAt, positionsAt } from '../text-position.ts';
import type { Fix } from './fix.ts';
import type {
  Diagnostic,
  DiagnosticCode,
  DraftDiagnostic,
  JsonPath,
  Severity,
} from './diagnostic.ts';
import { SEVERITY_OF } from './diagnostic.ts';
import { slotCount, spreadBits } from '../open-slots.ts';

/** Above this many drafts to place, one pass over the text beats a scan to each. */
const FEW = 64;

/**
 * The diagnostics of `drafts`, repeats dropped, sorted by position in the text. Where the
 * value tells the text order (see path-order.ts), ranges and line/column are found only when
 * one is first read, all at once: a large file with thousands of warnings is analysed without
 * reading a single position, and whoever lists them pays one pass.
 */
export function finalizeDiagnostics(
  text: string,
  parsed: ParsedText,
  drafts: readonly DraftDiagnostic[],
): Diagnostic[] {
  if (drafts.length === 0) return [];
  const unique = withoutRepeats(drafts);
  const few = unplacedCount(drafts) <= FEW;
  const order =
    parsed.native === true && unplacedCount(unique) === unique.length
      ? textOrder(parsed.value, unique)
      : undefined;
  if (order === undefined) return placedNow(text, parsed, unique, few);
  const sorted = order.map((i) => unique[i]!);
  const placement = new Placement(text, sorted, few);
  return sorted.map((d, n) => new LazyDiagnostic(d, placement, n));
}

function unplacedCount(drafts: readonly DraftDiagnostic[]): number {
  let count = 0;
  for (const d of drafts) if (d.range === undefined) count++;
  return count;
}

/** The ranges and line/column of drafts in text order, all found when the first is read. */
class Placement {
  private placed: Placed | undefined;

  constructor(
    private readonly text: string,
    private readonly sorted: readonly DraftDiagnostic[],
    private readonly few: boolean,
  ) {}

  get(): Placed {
    if (this.placed !== undefined) return this.placed;
    const { text, sorted } = this;
    const ranges = this.few
      ? sorted.map((d) => locateInText(text, d.path, d.atKey))
      : locateInStrictJson(text, sorted);
    this.placed = { ranges, starts: startsOf(text, ranges) };
    return this.placed;
  }
}

/**
 * A diagnostic whose range and start are own enumerable getters (spreading, JSON and structured
 * cloning read them as plain values). The getters are one shared pair, defined on each object:
 * getters written in an object literal are new functions per object, which puts every object
 * in slow dictionary mode, about twice the time and several times the memory for thousands.
 * Defined with Annex B's `__defineGetter__`, which gives exactly what an object literal's getter
 * is (own, enumerable, configurable): `Object.defineProperty` reads its descriptor object's six
 * fields for each call, a fifth more time for the 2,321 objects of a 5 MB file, and
 * `Object.defineProperties` twice that.
 */
class LazyDiagnostic implements Diagnostic {
  readonly code: DiagnosticCode;
  readonly severity: Severity;
  readonly message: string;
  readonly path: JsonPath;
  declare readonly range: TextRange;
  declare readonly start: LineColumn;
  declare readonly setting?: JsonPath;
  declare readonly fix?: Fix;
  readonly #placement: Placement;
  readonly #n: number;

  static readonly #range = function (this: LazyDiagnostic): TextRange | undefined {
    return this.#placement.get().ranges[this.#n];
  };

  static readonly #start = function (this: LazyDiagnostic): LineColumn | undefined {
    return this.#placement.get().starts[this.#n];
  };

  constructor(d: DraftDiagnostic, placement: Placement, n: number) {
    this.code = d.code;
    this.severity = SEVERITY_OF[d.code];
    this.message = d.message;
    this.path = d.path;
    this.#placement = placement;
    this.#n = n;
    const legacy = this as unknown as LegacyAccessors;
    legacy.__defineGetter__('range', LazyDiagnostic.#range);
    legacy.__defineGetter__('start', LazyDiagnostic.#start);
    const self = this as { setting?: JsonPath; fix?: Fix };
    if (d.setting !== undefined) self.setting = d.setting;
    if (d.fix !== undefined) self.fix = d.fix;
  }
}

/** Annex B's getter definition, which TypeScript's libraries leave out; every engine has it. */
interface LegacyAccessors {
  __defineGetter__(key: string, get: () => unknown): void;
}

interface Placed {
  readonly ranges: readonly TextRange[];
  readonly starts: readonly LineColumn[];
}

/**
 * The drafts without repeats of an earlier one (same code, path and message): `drafts` itself
 * when there are none, as nearly always (no copy grown one push at a time).
 */
function withoutRepeats(drafts: readonly DraftDiagnostic[]): readonly DraftDiagnostic[] {
  // Slots by a number made of the code and path, sized once for every draft (a Map grew and
  // was copied a dozen times for thousands): a Map keyed by the message would flatten and hash
  // every message, each a fresh concatenation. Probes run past the drafts of the same number.
  const size = slotCount(drafts.length);
  const mask = size - 1;
  const held = new Int32Array(size).fill(-1);
  const keys = new Int32Array(size);
  let unique: DraftDiagnostic[] | undefined;
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i]!;
    const key = placeKey(d);
    let slot = spreadBits(key) & mask;
    let repeat = false;
    for (let h = held[slot]!; h !== -1; h = held[slot]!) {
      if (keys[slot] === key && isRepeat(drafts[h]!, d)) {
        repeat = true;
        break;
      }
      slot = (slot + 1) & mask;
    }
    if (repeat) {
      unique ??= drafts.slice(0, i);
      continue;
    }
    held[slot] = i;
    keys[slot] = key;
    unique?.push(d);
  }
  return unique ?? drafts;
}

/** A number equal for equal code and path (and rarely for others). */
function placeKey(d: DraftDiagnostic): number {
  let key = d.code.length;
  for (const step of d.path) {
    key = (Math.imul(key, 31) + (typeof step === 'number' ? step : step.length + 0x40000000)) | 0;
  }
  return key;
}

function isRepeat(earlier: DraftDiagnostic, d: DraftDiagnostic): boolean {
  return earlier.code === d.code && samePath(earlier.path, d.path) && earlier.message === d.message;
}

function samePath(a: JsonPath, b: JsonPath): boolean {
  return a.length === b.length && a.every((step, i) => step === b[i]);
}

/** Places every draft first, then sorts by offset (stable: equal offsets keep their order). */
function placedNow(
  text: string,
  parsed: ParsedText,
  unique: readonly DraftDiagnostic[],
  few: boolean,
): Diagnostic[] {
  const ranges = rangesOf(text, parsed, unique, few);
  const order = unique.map((_, i) => i).sort((a, b) => ranges[a]!.offset - ranges[b]!.offset);
  const starts = startsOf(
    text,
    order.map((i) => ranges[i]!),
  );
  return order.map((i, n) => {
    const d = unique[i]!;
    return {
      code: d.code,
      severity: SEVERITY_OF[d.code],
      message: d.message,
      path: d.path,
      range: ranges[i]!,
      start: starts[n]!,
      ...(d.setting === undefined ? {} : { setting: d.setting }),
      ...(d.fix === undefined ? {} : { fix: d.fix }),
    };
  });
}

/**
 * Each draft's range: its own, else found from its path. A few are found by scanning to each;
 * many in strict JSON by one skipping pass over the text; many in JSONC from the tree.
 */
function rangesOf(
  text: string,
  parsed: ParsedText,
  unique: readonly DraftDiagnostic[],
  few: boolean,
): TextRange[] {
  if (few || parsed.native !== true) {
    return unique.map(
      (d) =>
        d.range ??
        (few ? locateInText(text, d.path, d.atKey) : locate(parsed.tree(), d.path, d.atKey)),
    );
  }
  const found = locateInStrictJson(
    text,
    unique.filter((d) => d.range === undefined),
  );
  let next = 0;
  return unique.map((d) => d.range ?? found[next++]!);
}

/** Line and column of each range's start; one forward pass when they come in text order. */
function startsOf(text: string, ranges: readonly TextRange[]): LineColumn[] {
  const offsets = ranges.map((r) => r.offset);
  if (offsets.every((o, i) => i === 0 || offsets[i - 1]! <= o)) return positionsAt(text, offsets);
  const starts = lineStarts(text);
  return offsets.map((o) => positionAt(starts, o));
}
