import type { Analysis } from '../../shared/analyze.ts';
import { analyzeText } from '../../shared/analyze.ts';

/**
 * The saved text and the text on disk can both be on screen (the Changes tab and the compare
 * view), so two analyses are kept: one entry would re-analyse on every render of either.
 */
const KEPT = 2;
const kept = new Map<string, Analysis>();

/** The analysis of a text that is not the document's own (the file as saved, or as on disk). */
export function analysisOfText(text: string): Analysis {
  const hit = kept.get(text);
  if (hit !== undefined) {
    kept.delete(text);
    kept.set(text, hit);
    return hit;
  }
  const analysis = analyzeText(text);
  kept.set(text, analysis);
  for (const oldest of kept.keys()) {
    if (kept.size <= KEPT) break;
    kept.delete(oldest);
  }
  return analysis;
}
