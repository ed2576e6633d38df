import { memo } from 'react';
import { uiStore } from '../state/ui-store.ts';
import type { SizingRowModel } from './sizing-row-model.ts';
import { sameRow, sourceTitle } from './sizing-row-model.ts';

export interface EffectiveSizingRowProps {
  readonly model: SizingRowModel;
  readonly selected: boolean;
}

function select(index: number): void {
  uiStore.set({ selection: { kind: 'strategy', index } });
}

/** One strategy's row: parameters marked by source (unused ones dimmed), then its preview. */
export const EffectiveSizingRow = memo(
  function EffectiveSizingRow({ model: m, selected }: EffectiveSizingRowProps) {
    return (
      <tr
        data-strategy={m.name}
        aria-selected={selected}
        onClick={() => select(m.index)}
        style={{ cursor: 'pointer', opacity: m.enabled ? 1 : 0.6 }}
      >
        <th scope="row" style={{ fontWeight: selected ? 700 : 500, textAlign: 'left' }}>
          {m.name}
        </th>
        {m.cells.map((c) => (
          <td
            key={c.key}
            data-param={c.key}
            {...(c.source === undefined ? {} : { 'data-source': c.source })}
            data-unused={c.unused ? 'true' : undefined}
            title={sourceTitle(c.key, c.source)}
          >
            {c.text}
          </td>
        ))}
        <td
          data-param="engine_size_usd"
          data-diverges={m.engineWhy === '' ? undefined : 'true'}
          title={
            m.engineWhy === ''
              ? `The engine's size${m.notTraded === '' ? '' : `; not traded: ${m.notTraded}`}`
              : `The engine ${m.engineWhy}`
          }
          style={{ fontWeight: 600 }}
        >
          {m.engineWhy === '' ? '' : '≠ '}
          {m.engineUsd}
        </td>
        <td data-param="engine_size_units">{m.engineUnits}</td>
        <td data-param="size_usd" data-same={m.engineWhy === '' ? 'true' : undefined}>
          {m.sizeUsd}
        </td>
        <td
          data-param="engine_why"
          style={{ textAlign: 'left', whiteSpace: 'normal', minWidth: 200 }}
        >
          {m.engineWhy === '' ? m.notTraded : `the engine ${m.engineWhy}`}
        </td>
        <td data-param="size_units">{m.sizeUnits}</td>
        <td data-param="risk_usd">{m.riskUsd}</td>
        <td data-param="limits_applied">{m.limits}</td>
        <td data-param="errors" data-error={m.flagged ? 'true' : undefined}>
          {m.errorText}
        </td>
      </tr>
    );
  },
  (a, b) => a.selected === b.selected && sameRow(a.model, b.model),
);
