import { memo } from 'react';
import { uiStore } from '../state/ui-store.ts';
import type { SizingCell, SizingRowModel } from './sizing-row-model.ts';
import { sameRow, sourceTitle } from './sizing-row-model.ts';

export interface EffectiveSizingRowProps {
  readonly model: SizingRowModel;
  readonly selected: boolean;
  /** Columns folded behind "All parameters" (parameters, or `errors`): kept in the row, not shown. */
  readonly folded: ReadonlySet<string>;
  /** False while no strategy's engine and guide sizes differ: the guide's column is folded too. */
  readonly guideShown: boolean;
}

/** What the engine trades, then the guide's figure and why they differ. */
function EngineCells({ m, guideShown }: { m: SizingRowModel; guideShown: boolean }) {
  return (
    <>
      <td
        data-param="engine_size_usd"
        data-diverges={m.diverges ? 'true' : undefined}
        title={
          m.notTradedTitle === '' ? 'What the engine trades' : `Not traded: ${m.notTradedTitle}`
        }
      >
        {m.diverges ? '≠ ' : ''}
        {m.engineUsd}
      </td>
      <td data-param="engine_size_units">{m.engineUnits}</td>
      <td data-param="risk_usd" title="The loss if the strategy's stop is hit">
        {m.riskUsd}
      </td>
      <td
        data-param="limits_applied"
        data-text="true"
        title={m.notTradedTitle === '' ? undefined : `Not traded: ${m.notTradedTitle}`}
      >
        {m.notTraded !== '' ? `not traded: ${m.notTraded}` : m.limits || '—'}
      </td>
      <td data-param="size_usd" hidden={!guideShown} data-same={m.diverges ? undefined : 'true'}>
        {m.guideUsd}
      </td>
      <td data-param="engine_why" data-text="true" hidden={!guideShown} title={m.whyTitle}>
        {m.why}
      </td>
    </>
  );
}

/** The parameter cells, each with its source; folded ones stay in the row, hidden. */
function ParameterCells({
  cells,
  folded,
}: {
  cells: readonly SizingCell[];
  folded: ReadonlySet<string>;
}) {
  return (
    <>
      {cells.map((c) => (
        <td
          key={c.key}
          data-param={c.key}
          hidden={folded.has(c.key)}
          {...(c.source === undefined ? {} : { 'data-source': c.source })}
          data-unused={c.unused ? 'true' : undefined}
          title={sourceTitle(c.key, c.source)}
        >
          {c.text}
        </td>
      ))}
    </>
  );
}

function select(index: number): void {
  uiStore.set({ selection: { kind: 'strategy', index } });
}

/** One strategy: what the engine trades first, then the guide's figure, then its parameters. */
export const EffectiveSizingRow = memo(
  function EffectiveSizingRow({ model: m, selected, folded, guideShown }: EffectiveSizingRowProps) {
    const [method, ...params] = m.cells;
    return (
      <tr
        data-strategy={m.name}
        aria-selected={selected}
        onClick={() => select(m.index)}
        style={{ cursor: 'pointer', fontStyle: m.enabled ? 'normal' : 'italic' }}
      >
        <th scope="row" title={m.name} style={{ fontWeight: selected ? 700 : 500 }}>
          {m.name}
        </th>
        <td data-param="market">{m.market}</td>
        {method !== undefined && (
          <td
            data-param="method"
            {...(method.source === undefined ? {} : { 'data-source': method.source })}
            title={sourceTitle('method', method.source)}
          >
            {method.text}
          </td>
        )}
        <EngineCells m={m} guideShown={guideShown} />
        <td
          data-param="errors"
          data-error={m.flagged ? 'true' : undefined}
          hidden={folded.has('errors')}
        >
          {m.errorText}
        </td>
        <ParameterCells cells={params} folded={folded} />
      </tr>
    );
  },
  (a, b) =>
    a.selected === b.selected &&
    a.folded === b.folded &&
    a.guideShown === b.guideShown &&
    sameRow(a.model, b.model),
);
