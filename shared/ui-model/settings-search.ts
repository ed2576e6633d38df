import { parseAmount } from '../format/parse-amount.ts';
import { parsePercentOrFraction } from '../format/money.ts';
import type { Source } from '../resolve/inheritance.ts';

/** The `@` filters of the settings search, as VS Code's `@modified`. */
export const SEARCH_FILTERS = ['overridden', 'errors', 'disabled', 'diverges'] as const;
export type SearchFilter = (typeof SEARCH_FILTERS)[number];

/** What each filter keeps, in the words the search box's menu shows. */
export const FILTER_TEXT: Readonly<Record<SearchFilter, string>> = {
  overridden: 'strategies that override a global or default value',
  errors: 'strategies with errors',
  disabled: 'strategies that do not run',
  diverges: "strategies the engine sizes differently from the guide (at the preview's inputs)",
};

/** A search as typed: words to find (lower case), filters to apply, `@` words not known. */
export interface SettingsQuery {
  readonly terms: readonly string[];
  readonly filters: readonly SearchFilter[];
  readonly unknown: readonly string[];
}

/** Splits a query into words and `@` filters (case-insensitive; `@overriden` is unknown). */
export function parseQuery(text: string): SettingsQuery {
  const terms: string[] = [];
  const filters: SearchFilter[] = [];
  const unknown: string[] = [];
  for (const word of text.trim().toLowerCase().split(/\s+/)) {
    if (word === '') continue;
    if (!word.startsWith('@')) terms.push(word);
    else if ((SEARCH_FILTERS as readonly string[]).includes(word.slice(1)))
      filters.push(word.slice(1) as SearchFilter);
    else unknown.push(word);
  }
  return { terms, filters, unknown };
}

/** True when the query asks for nothing: every strategy shows. */
export function isEmptyQuery(query: SettingsQuery): boolean {
  return query.terms.length + query.filters.length + query.unknown.length === 0;
}

/** One field a form shows, as the search reads it. */
export interface SearchableField {
  /** Canonical key: what a match names. */
  readonly key: string;
  /** Every spelling the key may have in a file (`fixed_amount_usd`, `fixed_usd_amount`). */
  readonly spellings: readonly string[];
  readonly label: string;
  /** The effective value (set here or inherited). */
  readonly value: unknown;
  readonly source?: Source | undefined;
  /** A diagnostic marks the field. */
  readonly error?: boolean;
}

/** What the search knows about one strategy. */
export interface SearchableStrategy {
  readonly name: string;
  readonly market: string | undefined;
  /** False when the guide or the engine does not run it. */
  readonly enabled: boolean;
  readonly errors: number;
  /** The engine's size differs from the guide's. */
  readonly diverges: boolean;
  readonly fields: readonly SearchableField[];
}

/** Whether a strategy is kept, and the keys of its fields a term or filter picked out. */
export interface StrategyMatch {
  readonly matches: boolean;
  readonly fields: ReadonlySet<string>;
}

/** A number a term stands for: `5000`, `$5,000`, `5k`, `2%` (0.02); undefined for a word. */
function numberOf(term: string): number | undefined {
  const amount = parseAmount(term, 'any');
  if (amount.ok) return amount.value;
  return term.endsWith('%') ? parsePercentOrFraction(term) : undefined;
}

function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** `term` starts a word of `text` (after `_`, a space, a bracket…): `eth` is not in `method`. */
function startsWord(text: string, term: string): boolean {
  const lower = text.toLowerCase();
  for (let at = lower.indexOf(term); at >= 0; at = lower.indexOf(term, at + 1)) {
    if (at === 0 || !/[a-z0-9]/.test(lower.charAt(at - 1))) return true;
  }
  return false;
}

/** A term finds a field by a word of its key (any spelling), of its label, or by its value. */
function termMatchesField(term: string, field: SearchableField): boolean {
  if (field.spellings.some((s) => startsWord(s, term)) || startsWord(field.label, term))
    return true;
  if (typeof field.value === 'string') return startsWord(field.value, term);
  const n = numberOf(term);
  return n !== undefined && typeof field.value === 'number' && sameNumber(n, field.value);
}

/** The keys of the fields any term finds. */
function matchingFields(fields: readonly SearchableField[], terms: readonly string[]): Set<string> {
  return new Set(fields.filter((f) => terms.some((t) => termMatchesField(t, f))).map((f) => f.key));
}

/** Every term finds the block: by `named` (its name or market), or in one of its fields. */
function findsAll(
  terms: readonly string[],
  fields: readonly SearchableField[],
  named: (term: string) => boolean,
): boolean {
  return terms.every((t) => named(t) || fields.some((f) => termMatchesField(t, f)));
}

/**
 * The keys the query picks out in the global block, kept as a strategy is: every word must find
 * one of its fields (it has no name or market) and an unknown `@` word keeps nothing. The filters
 * choose strategies, so they leave the global block alone; a query of filters only picks nothing.
 */
export function matchGlobal(fields: readonly SearchableField[], query: SettingsQuery): Set<string> {
  const kept = query.unknown.length === 0 && findsAll(query.terms, fields, () => false);
  return kept ? matchingFields(fields, query.terms) : new Set();
}

function passes(filter: SearchFilter, s: SearchableStrategy): boolean {
  switch (filter) {
    case 'overridden':
      return s.fields.some((f) => f.source === 'strategy');
    case 'errors':
      return s.errors > 0;
    case 'disabled':
      return !s.enabled;
    case 'diverges':
      return s.diverges;
  }
}

/** Fields a filter picks out: the overrides for `@overridden`, fields in error for `@errors`. */
function filterFields(filter: SearchFilter, s: SearchableStrategy): SearchableField[] {
  if (filter === 'overridden') return s.fields.filter((f) => f.source === 'strategy');
  if (filter === 'errors') return s.fields.filter((f) => f.error === true);
  return [];
}

/**
 * Every word must find the strategy (its name, market, or one of its fields) and every filter
 * must keep it; an unknown `@` word keeps nothing.
 */
export function matchStrategy(s: SearchableStrategy, query: SettingsQuery): StrategyMatch {
  const fields = matchingFields(s.fields, query.terms);
  const named = (t: string) =>
    s.name.toLowerCase().includes(t) || (s.market ?? '').toLowerCase().includes(t);
  const matches =
    query.unknown.length === 0 &&
    query.filters.every((f) => passes(f, s)) &&
    findsAll(query.terms, s.fields, named);
  for (const filter of query.filters) for (const f of filterFields(filter, s)) fields.add(f.key);
  return { matches, fields: matches ? fields : new Set() };
}
