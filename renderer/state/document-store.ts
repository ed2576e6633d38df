import type { Analysis } from '../../shared/analyze.ts';
import { analyzeText } from '../../shared/analyze.ts';
import type { TextEdit } from '../../shared/edits/text-edit.ts';
import { applyEdits } from '../../shared/edits/text-edit.ts';
import type { FileStamp, OpenedDocument } from '../../shared/ipc/contract.ts';
import type { BackgroundAnalyzer } from '../analysis/background-analyzer.ts';
import type { UndoHistory } from './undo-history.ts';
import { EMPTY_HISTORY, record, redo, seal, undo } from './undo-history.ts';

/** What the app knows about the open file besides its text. */
export interface DocumentMeta {
  readonly path: string | null;
  readonly name: string;
  readonly bom: boolean;
  readonly stamp: FileStamp | null;
}

/** Everything views read about the document; replaced (never mutated) on every change. */
export interface DocumentSnapshot {
  /** null while no document is open (the empty state). */
  readonly meta: DocumentMeta | null;
  /** The source of truth. */
  readonly text: string;
  /** Bumped on every change of `text`: a view that saw `version - 1` applies `edits` and is in step. */
  readonly version: number;
  /** The edits that made `text` from the text of `version - 1`; null when it was replaced whole. */
  readonly edits: readonly TextEdit[] | null;
  readonly savedText: string;
  /** Analysis of `text`, or of an older text while `pending` (JSON typing is debounced). */
  readonly analysis: Analysis;
  readonly pending: boolean;
  /** The newest analysis whose text parsed: the read-only form while the text does not. */
  readonly lastGood: Analysis | null;
  readonly history: UndoHistory;
  /** Where the last change came from, so a view can skip echoing its own edit. */
  readonly origin: 'open' | 'form' | 'json' | 'undo';
}

type Listener = () => void;

/** Analysis off the page's thread, for large texts typed in the JSON view. */
export interface BackgroundAnalysis {
  readonly analyze: BackgroundAnalyzer;
  /** Texts at least this long are analysed there; shorter ones in place (sooner). */
  readonly from: number;
}

/** Debounce of analysis after JSON typing; longer for large texts. */
export function analysisDelay(textLength: number): number {
  return textLength > 200_000 ? 300 : 120;
}

/** The document store: owns text, analysis and undo; React reads it via useSyncExternalStore. */
export class DocumentStore {
  private snapshot: DocumentSnapshot;
  private readonly listeners = new Set<Listener>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Bumped whenever the text changes or is analysed in place: older background results drop. */
  private generation = 0;

  constructor(
    private readonly analyze: (text: string, bom: boolean) => Analysis = analyzeText,
    private readonly background?: BackgroundAnalysis,
  ) {
    const analysis = analyze('{}', false);
    this.snapshot = {
      meta: null,
      text: '{}',
      version: 0,
      edits: null,
      savedText: '{}',
      analysis,
      pending: false,
      lastGood: analysis,
      history: EMPTY_HISTORY,
      origin: 'open',
    };
  }

  readonly subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): DocumentSnapshot => this.snapshot;

  /** Replaces the document (opening a file or the example); history starts empty. */
  open(doc: OpenedDocument): void {
    this.cancelPending();
    const meta = { path: doc.path, name: doc.name, bom: doc.bom, stamp: doc.stamp };
    const analysis = this.analyze(doc.text, doc.bom);
    this.set({
      meta,
      text: doc.text,
      version: this.snapshot.version + 1,
      edits: null,
      savedText: doc.text,
      analysis,
      pending: false,
      lastGood: analysis.config === undefined ? null : analysis,
      history: EMPTY_HISTORY,
      origin: 'open',
    });
  }

  /** Closes the document, back to the empty state. */
  close(): void {
    this.cancelPending();
    this.set({ ...this.snapshot, meta: null, history: EMPTY_HISTORY, origin: 'open' });
  }

  /** Applies a form edit: recorded for undo (merged with the same `key` while typing), analysed now. */
  edit(edits: readonly TextEdit[], key: string | null = null): void {
    if (edits.length === 0 || this.snapshot.meta === null) return;
    this.replace(applyEdits(this.snapshot.text, edits), key, 'form', edits);
  }

  /**
   * Takes the edits typed in the JSON view (as Monaco reported them); analysis follows after a
   * short pause, in the background for a large text (the views keep the last analysis
   * meanwhile, marked `pending`).
   */
  type(edits: readonly TextEdit[]): void {
    if (edits.length === 0 || this.snapshot.meta === null) return;
    const before = this.snapshot.text;
    const text = applyEdits(before, edits);
    const history = record(this.snapshot.history, before, text, 'json', Date.now(), edits);
    this.set({
      ...this.snapshot,
      ...this.changed(text, edits),
      history,
      pending: true,
      origin: 'json',
    });
    this.cancelPending();
    this.timer = setTimeout(() => this.analyseTyped(), analysisDelay(text.length));
  }

  private analyseTyped(): void {
    this.timer = undefined;
    const { text, meta } = this.snapshot;
    const background = this.background;
    if (background === undefined || text.length < background.from) {
      this.flush();
      return;
    }
    const generation = this.generation;
    const current = () => generation === this.generation && this.snapshot.text === text;
    background.analyze(text, meta?.bom ?? false).then(
      (analysis) => {
        if (analysis === undefined || !current() || !this.snapshot.pending) return;
        this.set({ ...this.snapshot, ...this.withAnalysis(analysis), pending: false });
      },
      // The worker failed (it should not): analyse in place instead.
      () => {
        if (current()) this.flush();
      },
    );
  }

  /** Runs a pending analysis now (before a form edit reads it, or before saving). */
  flush(): void {
    this.cancelPending();
    if (!this.snapshot.pending) return;
    this.set({ ...this.snapshot, ...this.analysed(this.snapshot.text), pending: false });
  }

  undo(): void {
    this.step(undo);
  }

  redo(): void {
    this.step(redo);
  }

  /** Ends the current typing step (a field lost focus). */
  seal(): void {
    this.snapshot = { ...this.snapshot, history: seal(this.snapshot.history) };
  }

  /** Records a successful save: `text` is what was written. */
  saved(text: string, meta: Partial<DocumentMeta>): void {
    const current = this.snapshot.meta;
    if (current === null) return;
    this.set({ ...this.snapshot, savedText: text, meta: { ...current, ...meta } });
  }

  private step(move: typeof undo): void {
    this.flush();
    const result = move(this.snapshot.history, this.snapshot.text);
    if (result === undefined) return;
    this.set({
      ...this.snapshot,
      ...this.changed(result.text, [result.edit]),
      history: result.history,
      ...this.analysed(result.text),
      pending: false,
      origin: 'undo',
    });
  }

  private replace(
    text: string,
    key: string | null,
    origin: DocumentSnapshot['origin'],
    edits: readonly TextEdit[],
  ): void {
    this.cancelPending();
    const before = this.snapshot.text;
    const history = record(this.snapshot.history, before, text, key, Date.now(), edits);
    this.set({
      ...this.snapshot,
      ...this.changed(text, edits),
      history,
      ...this.analysed(text),
      pending: false,
      origin,
    });
  }

  private changed(
    text: string,
    edits: readonly TextEdit[],
  ): Pick<DocumentSnapshot, 'text' | 'version' | 'edits'> {
    return { text, version: this.snapshot.version + 1, edits };
  }

  private analysed(text: string): Pick<DocumentSnapshot, 'analysis' | 'lastGood'> {
    return this.withAnalysis(this.analyze(text, this.snapshot.meta?.bom ?? false));
  }

  private withAnalysis(analysis: Analysis): Pick<DocumentSnapshot, 'analysis' | 'lastGood'> {
    return {
      analysis,
      lastGood: analysis.config === undefined ? this.snapshot.lastGood : analysis,
    };
  }

  private cancelPending(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    this.generation++;
  }

  private set(next: DocumentSnapshot): void {
    this.snapshot = next;
    for (const listener of this.listeners) listener();
  }
}
