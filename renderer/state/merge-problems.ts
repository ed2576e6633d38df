import type { Diagnostic, DiagnosticCode, Severity } from '../../shared/diagnostics/diagnostic.ts';
import { canonicalKeyOf } from '../../shared/sizing-keys.ts';

/**
 * What the Problems tab lists: a diagnostic, or one mistake that a guide code and an engine-*
 * code both report (then `codes` holds every code it stands for, the guide's first). The CLI
 * keeps every code (SPEC §6); only the app shows one problem (docs/decisions.md).
 */
export interface Problem extends Diagnostic {
  readonly codes?: readonly DiagnosticCode[];
}

/** Every code a problem stands for. */
export function codesOf(p: Problem): readonly DiagnosticCode[] {
  return p.codes ?? [p.code];
}

/** Guide and engine codes that say the same thing of one value, and how that value is keyed. */
interface Pair {
  readonly guide: readonly DiagnosticCode[];
  readonly engine: readonly DiagnosticCode[];
  readonly key: (d: Diagnostic) => string;
}

const samePath = (d: Diagnostic): string => JSON.stringify(d.path);

/** Both spellings of one sizing key in one block are one setting. */
const sameSetting = (d: Diagnostic): string => {
  const last = d.path.at(-1);
  const key = typeof last === 'string' ? (canonicalKeyOf(last) ?? last) : last;
  return JSON.stringify([...d.path.slice(0, -1), key]);
};

const PAIRS: readonly Pair[] = [
  // "unknown method": the guide names the valid ones, the engine sizes as fixed_usd.
  { guide: ['unknown-method'], engine: ['engine-unknown-method'], key: samePath },
  // A strategy-root value out of range or of the wrong type is also why the engine will not start.
  { guide: ['type', 'range', 'suspicious-unit'], engine: ['engine-start'], key: samePath },
  // Two spellings with different values: the guide says keep one, the engine says which it reads.
  { guide: ['alias-conflict'], engine: ['engine-ignored-key'], key: sameSetting },
];

const PAIR_OF = new Map<DiagnosticCode, number>(
  PAIRS.flatMap((p, i) => [...p.guide, ...p.engine].map((code) => [code, i] as const)),
);

const RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/**
 * One problem per mistake, in the diagnostics' (text) order; a merged one sits at its first.
 * Diagnostics that merge with none are returned as they are (no copy: 100,000 of them are common).
 */
export function mergeProblems(diagnostics: readonly Diagnostic[]): readonly Problem[] {
  const groups = new Map<string, number[]>();
  diagnostics.forEach((d, i) => {
    const pair = PAIR_OF.get(d.code);
    if (pair === undefined) return;
    const id = `${pair}\u0000${PAIRS[pair]?.key(d) ?? ''}`;
    const group = groups.get(id);
    if (group === undefined) groups.set(id, [i]);
    else group.push(i);
  });
  const merged = new Map<number, Problem>();
  const absorbed = new Set<number>();
  for (const group of groups.values()) {
    const members = group.map((i) => diagnostics[i] as Diagnostic);
    if (!members.some(isEngine) || members.every(isEngine)) continue;
    merged.set(group[0] as number, mergeGroup(members));
    for (const i of group.slice(1)) absorbed.add(i);
  }
  if (merged.size === 0) return diagnostics;
  const out: Problem[] = [];
  diagnostics.forEach((d, i) => {
    if (!absorbed.has(i)) out.push(merged.get(i) ?? d);
  });
  return out;
}

function isEngine(d: Diagnostic): boolean {
  return d.code.startsWith('engine-');
}

/** The guide's words first, then the engine's consequence; the more severe member's place and severity. */
function mergeGroup(members: readonly Diagnostic[]): Problem {
  const ordered = [...members.filter((d) => !isEngine(d)), ...members.filter(isEngine)];
  const first = ordered[0] as Diagnostic;
  const primary = ordered.reduce((a, b) => (RANK[b.severity] < RANK[a.severity] ? b : a));
  const fix = ordered.find((d) => d.fix !== undefined)?.fix;
  const setting = ordered.find((d) => d.setting !== undefined)?.setting;
  const prefix = /^[^:]*: /.exec(first.message)?.[0];
  const message = ordered
    .map((d, i) => (i > 0 && prefix !== undefined ? withoutPrefix(d.message, prefix) : d.message))
    .join(' ');
  return {
    code: primary.code,
    severity: primary.severity,
    message,
    path: primary.path,
    range: primary.range,
    start: primary.start,
    codes: ordered.map((d) => d.code),
    ...(setting === undefined ? {} : { setting }),
    ...(fix === undefined ? {} : { fix }),
  };
}

/** `Strategy "a": the engine …` after `Strategy "a": …` reads `The engine …`. */
function withoutPrefix(message: string, prefix: string): string {
  if (!message.startsWith(prefix)) return message;
  const rest = message.slice(prefix.length);
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}
