import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Analysis } from '../../../shared/analyze.ts';
import { analyzeText } from '../../../shared/analyze.ts';
import type { BackgroundAnalyzer } from '../../../renderer/analysis/background-analyzer.ts';
import { minimalEdit } from '../../../shared/edits/text-edit.ts';
import { DocumentStore, analysisDelay } from '../../../renderer/state/document-store.ts';

const LARGE = 40;
const doc = (text: string) => ({ path: null, name: 'c.json', bom: false, stamp: null, text });
const big = (n: number) => JSON.stringify({ log_level: 'INFO', n, pad: 'x'.repeat(LARGE) });

/** A background analyzer whose answers the test releases. */
function controlledBackground() {
  const calls: { text: string; resolve(a: Analysis | undefined): void; reject(e: Error): void }[] =
    [];
  const analyze: BackgroundAnalyzer = (text) =>
    new Promise((resolve, reject) => calls.push({ text, resolve, reject }));
  return { calls, analyze };
}

async function typeAndWait(store: DocumentStore, text: string): Promise<void> {
  store.type(minimalEdit(store.getSnapshot().text, text));
  await vi.advanceTimersByTimeAsync(analysisDelay(text.length));
}

describe('document-store', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  describe('type() with a background analyzer', () => {
    it('analyses a large text in the background, keeping the last analysis meanwhile', async () => {
      const bg = controlledBackground();
      const store = new DocumentStore(analyzeText, { analyze: bg.analyze, from: LARGE });
      store.open(doc(big(1)));
      const before = store.getSnapshot().analysis;
      await typeAndWait(store, big(2));
      expect(bg.calls.map((c) => c.text)).toEqual([big(2)]);
      expect(store.getSnapshot()).toMatchObject({ text: big(2), pending: true, analysis: before });
      bg.calls[0]?.resolve(analyzeText(big(2)));
      await vi.runAllTimersAsync();
      expect(store.getSnapshot().pending).toBe(false);
      expect(store.getSnapshot().analysis.config).toMatchObject({ n: 2 });
    });

    it('drops a result for a text that changed since', async () => {
      const bg = controlledBackground();
      const store = new DocumentStore(analyzeText, { analyze: bg.analyze, from: LARGE });
      store.open(doc(big(1)));
      await typeAndWait(store, big(2));
      await typeAndWait(store, big(3));
      bg.calls[0]?.resolve(analyzeText(big(2)));
      await vi.runAllTimersAsync();
      expect(store.getSnapshot()).toMatchObject({ text: big(3), pending: true });
      expect(store.getSnapshot().analysis.config).toMatchObject({ n: 1 });
      bg.calls[1]?.resolve(analyzeText(big(3)));
      await vi.runAllTimersAsync();
      expect(store.getSnapshot().analysis.config).toMatchObject({ n: 3 });
    });

    it('drops a background result once flush() analysed in place', async () => {
      const bg = controlledBackground();
      const store = new DocumentStore(analyzeText, { analyze: bg.analyze, from: LARGE });
      store.open(doc(big(1)));
      await typeAndWait(store, big(2));
      store.flush();
      const flushed = store.getSnapshot().analysis;
      expect(flushed.config).toMatchObject({ n: 2 });
      bg.calls[0]?.resolve(analyzeText(big(2)));
      await vi.runAllTimersAsync();
      expect(store.getSnapshot().analysis).toBe(flushed);
    });

    it('analyses in place when the background fails', async () => {
      const bg = controlledBackground();
      const store = new DocumentStore(analyzeText, { analyze: bg.analyze, from: LARGE });
      store.open(doc(big(1)));
      await typeAndWait(store, big(2));
      bg.calls[0]?.reject(new Error('worker failed'));
      await vi.runAllTimersAsync();
      expect(store.getSnapshot()).toMatchObject({ pending: false, text: big(2) });
      expect(store.getSnapshot().analysis.config).toMatchObject({ n: 2 });
    });

    it('analyses a small text in place, without the background', async () => {
      const bg = controlledBackground();
      const store = new DocumentStore(analyzeText, { analyze: bg.analyze, from: LARGE });
      store.open(doc('{"a": 1}'));
      await typeAndWait(store, '{"a": 2}');
      expect(bg.calls).toHaveLength(0);
      expect(store.getSnapshot()).toMatchObject({ pending: false, analysis: { config: { a: 2 } } });
    });

    it('keeps the last good analysis for the form while the typed text does not parse', async () => {
      const bg = controlledBackground();
      const store = new DocumentStore(analyzeText, { analyze: bg.analyze, from: LARGE });
      store.open(doc(big(1)));
      const good = store.getSnapshot().analysis;
      const broken = `${big(2)},`;
      await typeAndWait(store, broken);
      bg.calls[0]?.resolve(analyzeText(broken));
      await vi.runAllTimersAsync();
      expect(store.getSnapshot().analysis.config).toBeUndefined();
      expect(store.getSnapshot().lastGood).toBe(good);
    });
  });

  describe('edit()', () => {
    it('analyses a form edit in place and records it for undo', () => {
      const store = new DocumentStore();
      store.open(doc('{"a": 1}'));
      store.edit([{ offset: 6, length: 1, content: '2' }], 'a');
      expect(store.getSnapshot()).toMatchObject({ text: '{"a": 2}', pending: false });
      expect(store.getSnapshot().analysis.config).toEqual({ a: 2 });
      store.undo();
      expect(store.getSnapshot().text).toBe('{"a": 1}');
    });
  });
});
