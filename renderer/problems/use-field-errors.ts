import { useMemo } from 'react';
import type { Analysis } from '../../shared/analyze.ts';
import type { JsonPath } from '../../shared/diagnostics/diagnostic.ts';
import { canonicalKeyOf } from '../../shared/sizing-keys.ts';
import { problemsOf } from '../state/problems.ts';

/**
 * Messages of error and warning problems directly under `prefix`, by the next path step
 * (sizing keys by their canonical name), for showing under form fields.
 */
function fieldMessages(analysis: Analysis, prefix: JsonPath): Map<string, string> {
  const out = new Map<string, string>();
  for (const d of problemsOf(analysis)) {
    // A setting the text lacks (a missing parameter) is shown at the field that would hold it.
    const path = d.setting ?? d.path;
    if (d.severity === 'info' || path.length <= prefix.length) continue;
    if (!prefix.every((step, i) => path[i] === step)) continue;
    const next = path[prefix.length];
    if (typeof next !== 'string') continue;
    const inSizing = prefix.at(-1) === 'position_sizing';
    const key = inSizing ? (canonicalKeyOf(next) ?? next) : next;
    if (!out.has(key)) out.set(key, d.message);
  }
  return out;
}

/** {@link fieldMessages}, memoised on the analysis. */
export function useFieldErrors(analysis: Analysis, prefix: JsonPath): Map<string, string> {
  const key = JSON.stringify(prefix);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the prefix is compared by value
  return useMemo(() => fieldMessages(analysis, prefix), [analysis, key]);
}
