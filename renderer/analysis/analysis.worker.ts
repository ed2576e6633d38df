// The analysis worker: analyses large texts off the page's thread (see background-analyzer.ts).
import { analyzeText } from '../../shared/analyze.ts';
import type { AnalysisReply, AnalysisRequest } from './background-analyzer.ts';
import { toPayload } from './analysis-payload.ts';

self.onmessage = (event: MessageEvent<AnalysisRequest>) => {
  const { id, text, bom } = event.data;
  const reply: AnalysisReply = { id, payload: toPayload(analyzeText(text, bom)) };
  self.postMessage(reply);
};
