import { useSyncExternalStore } from 'react';
import type { Analysis } from '../../shared/analyze.ts';
import { analyzeText } from '../../shared/analyze.ts';
import { BACKGROUND_FROM, analyzeInWorker } from '../analysis/worker-analyzer.ts';
import { DocumentStore } from './document-store.ts';
import type { DocumentSnapshot } from './document-store.ts';

/** The one document store of this window; large texts typed in the JSON view are analysed in a worker. */
export const documentStore = new DocumentStore(analyzeText, {
  analyze: analyzeInWorker,
  from: BACKGROUND_FROM,
});

/** Reads a slice of the document snapshot; re-renders only when it changes. */
export function useDocument<S>(select: (snapshot: DocumentSnapshot) => S): S {
  return useSyncExternalStore(documentStore.subscribe, () => select(documentStore.getSnapshot()));
}

/** The analysis the form shows: the current one, or the last good one while the text does not parse. */
export function selectFormAnalysis(s: DocumentSnapshot): Analysis {
  return s.analysis.config !== undefined ? s.analysis : (s.lastGood ?? s.analysis);
}

/** True while the form must not edit: the text does not parse. */
export function selectReadOnly(s: DocumentSnapshot): boolean {
  return s.analysis.config === undefined;
}

/** The current text. */
export function currentText(): string {
  return documentStore.getSnapshot().text;
}
