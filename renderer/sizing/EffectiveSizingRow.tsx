import { memo } from 'react';
import type { ResolvedStrategy } from '../../shared/resolve/resolve-strategies.ts';
import type { StrategyPreview } from '../../shared/sizing/preview.ts';
import type { CanonicalKey } from '../../shared/sizing-keys.ts';
import { SIZING_KEYS, USED_BY_METHOD } from '../../shared/sizing-keys.ts';
import { formatUnits, formatUsd } from '../../shared/format/money.ts';
import { shownValue, sizingValueText } from '../form/value-text.ts';
import { uiStore } from '../ui/ui-store.ts';

const LIMIT_LABEL: Readonly<Record<string, string>> = {
  max_position_size_usd: 'max',
  min_position_size_usd: 'min',
  max_leverage: 'leverage',
};

export interface EffectiveSizingRowProps {
  readonly strategy: ResolvedStrategy;
  readonly keys: readonly CanonicalKey[];
  readonly row: StrategyPreview | undefined;
  readonly errors: number;
  readonly selected: boolean;
}

/** One strategy's row: parameters marked by source (unused ones dimmed), then its preview. */
export const EffectiveSizingRow = memo(function EffectiveSizingRow(p: EffectiveSizingRowProps) {
  const s = p.strategy;
  const method = s.sizing.method;
  const used = method === undefined ? [] : USED_BY_METHOD[method];
  const isUsed = (k: CanonicalKey) => k === 'method' || used.includes(k) || k in LIMIT_LABEL;
  const num = (v: number | null | undefined, f: (n: number) => string) =>
    v === null || v === undefined ? '—' : f(v);
  return (
    <tr
      data-strategy={s.name}
      aria-selected={p.selected}
      onClick={() => uiStore.set({ selection: { kind: 'strategy', index: s.index } })}
      style={{ cursor: 'pointer', opacity: s.enabled ? 1 : 0.6 }}
    >
      <th scope="row" style={{ fontWeight: p.selected ? 700 : 500, textAlign: 'left' }}>
        {s.name}
      </th>
      {p.keys.map((k) => {
        const source = s.sizing.sources[k];
        return (
          <td
            key={k}
            data-param={k}
            {...(source === undefined ? {} : { 'data-source': source })}
            data-unused={isUsed(k) ? undefined : 'true'}
            title={
              source === undefined
                ? 'not set'
                : `${SIZING_KEYS[k].label}: ${source === 'strategy' ? 'set on this strategy' : source === 'global' ? 'from global' : 'built-in default'}`
            }
          >
            {k === 'method'
              ? shownValue(s.sizing.values.method)
              : sizingValueText(k, s.sizing.values[k])}
          </td>
        );
      })}
      <td data-param="size_usd">{num(p.row?.size_usd, formatUsd)}</td>
      <td data-param="size_units">{num(p.row?.size_units, formatUnits)}</td>
      <td data-param="risk_usd">{num(p.row?.risk_usd, formatUsd)}</td>
      <td data-param="limits_applied">
        {p.row?.limits_applied.map((l) => LIMIT_LABEL[l] ?? l).join(', ') || '—'}
      </td>
      <td
        data-param="errors"
        data-error={p.row?.error != null || p.errors > 0 ? 'true' : undefined}
      >
        {p.row?.error ?? (p.errors > 0 ? `${p.errors}` : '—')}
      </td>
    </tr>
  );
});
