import { useMemo } from 'react';
import type { Analysis } from '../../shared/analyze.ts';
import type { Preview } from '../../shared/sizing/preview.ts';
import { canonicalKeyOf } from '../../shared/sizing-keys.ts';
import type { SettingsQuery } from '../../shared/ui-model/settings-search.ts';
import {
  isEmptyQuery,
  matchGlobal,
  matchStrategy,
  parseQuery,
} from '../../shared/ui-model/settings-search.ts';
import {
  searchableGlobalFields,
  searchableStrategy,
} from '../../shared/ui-model/searchable-strategy.ts';
import { perAnalysis } from './per-analysis.ts';
import { usePreview } from './preview.ts';
import { strategyCounts } from './strategy-counts.ts';
import { uiStore } from './ui-store.ts';
import { useValue } from './value-store.ts';

const NONE: ReadonlySet<number> = new Set();
const NO_FIELDS: ReadonlySet<string> = new Set();

/** The strategies whose engine and guide sizes differ at the preview's inputs, by index. */
export function divergingOf(preview: Preview | null): ReadonlySet<number> {
  if (preview === null) return NONE;
  let out = divergingCache.get(preview);
  if (out === undefined) {
    const found = new Set<number>();
    preview.strategies.forEach((row, i) => {
      if ((row.engine?.why.length ?? 0) > 0) found.add(i);
    });
    divergingCache.set(preview, (out = found));
  }
  return out;
}

const divergingCache = new WeakMap<Preview, ReadonlySet<number>>();

/** Canonical sizing keys an error marks in each strategy's position_sizing, by strategy index. */
const fieldErrorsOf = perAnalysis((analysis) => {
  const out = new Map<number, Set<string>>();
  for (const d of analysis.diagnostics) {
    const [root, index, block, spelled] = d.path;
    if (d.severity !== 'error' || root !== 'strategies' || typeof index !== 'number') continue;
    if (block !== 'position_sizing' || typeof spelled !== 'string') continue;
    let keys = out.get(index);
    if (keys === undefined) out.set(index, (keys = new Set()));
    keys.add(canonicalKeyOf(spelled) ?? spelled);
  }
  return out;
});

/** What the settings search shows: the strategies it keeps, and the fields it picks out. */
export interface SearchResult {
  readonly query: SettingsQuery;
  /** False for an empty query: everything shows, nothing is picked out. */
  readonly active: boolean;
  readonly visible: Analysis['strategies'];
  /** Field keys picked out per strategy index (only for kept strategies). */
  readonly fields: ReadonlyMap<number, ReadonlySet<string>>;
  readonly globalFields: ReadonlySet<string>;
}

function search(analysis: Analysis, text: string, diverging: ReadonlySet<number>): SearchResult {
  const query = parseQuery(text);
  if (isEmptyQuery(query)) {
    return {
      query,
      active: false,
      visible: analysis.strategies,
      fields: new Map(),
      globalFields: NO_FIELDS,
    };
  }
  const counts = strategyCounts(analysis);
  const fieldErrors = fieldErrorsOf(analysis);
  const fields = new Map<number, ReadonlySet<string>>();
  const visible = analysis.strategies.filter((s) => {
    const facts = {
      errors: counts[s.index]?.errors ?? 0,
      diverges: diverging.has(s.index),
      engineEnabled: analysis.engine?.strategies[s.index]?.enabled !== false,
      fieldErrors: fieldErrors.get(s.index) ?? NO_FIELDS,
    };
    const match = matchStrategy(searchableStrategy(s, facts), query);
    if (match.matches) fields.set(s.index, match.fields);
    return match.matches;
  });
  const globalFields = matchGlobal(searchableGlobalFields(analysis.globalLayer), query);
  return { query, active: true, visible, fields, globalFields };
}

/** The last search per analysis: the navigator and the form it shows read the same result. */
const lastSearch = perAnalysis(
  (): { text?: string; diverging?: ReadonlySet<number>; result?: SearchResult } => ({}),
);

function searchOnce(analysis: Analysis, text: string, diverging: ReadonlySet<number>) {
  const last = lastSearch(analysis);
  if (last.result === undefined || last.text !== text || last.diverging !== diverging) {
    last.result = search(analysis, text, diverging);
    last.text = text;
    last.diverging = diverging;
  }
  return last.result;
}

/** The navigator's search over the analysis on screen, recomputed when the text or query changes. */
export function useSearch(analysis: Analysis): SearchResult {
  const text = useValue(uiStore, (s) => s.filter);
  const preview = usePreview(analysis).preview;
  // The preview changes with every input typed; only @diverges reads it.
  const diverging = /@diverges/i.test(text) ? divergingOf(preview) : NONE;
  return useMemo(() => searchOnce(analysis, text, diverging), [analysis, text, diverging]);
}

/** The field keys the search picks out in one strategy's form (or the global form: index null). */
export function useSearchedFields(analysis: Analysis, index: number | null): ReadonlySet<string> {
  const result = useSearch(analysis);
  if (!result.active) return NO_FIELDS;
  return index === null ? result.globalFields : (result.fields.get(index) ?? NO_FIELDS);
}
