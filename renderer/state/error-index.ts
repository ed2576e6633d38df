import { indexStrategyErrors } from '../../shared/analyze.ts';
import { perAnalysis } from './per-analysis.ts';

/** The analysis' errors by strategy, built once per analysis for every view that needs them. */
export const errorIndexOf = perAnalysis(indexStrategyErrors);
