import Box from '@mui/material/Box';
import Divider from '@mui/material/Divider';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { Analysis } from '../../shared/analyze.ts';
import { RiskAdjustmentFields } from './RiskAdjustmentFields.tsx';
import { StrategyGeneralFields } from './StrategyGeneralFields.tsx';
import { StrategySizingSection } from './StrategySizingSection.tsx';

/** Every field of one strategy, then its position sizing and risk adjustment. */
export function StrategyForm({ analysis, index }: { analysis: Analysis; index: number }) {
  const strategy = analysis.strategies[index];
  if (strategy === undefined) {
    return <Typography color="text.secondary">This strategy no longer exists.</Typography>;
  }
  return (
    <Stack spacing={3} component="section" aria-label={`Strategy ${strategy.name}`}>
      <Box>
        <Typography variant="h6" component="h2">
          {strategy.name}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          Strategy {index + 1} of {analysis.strategies.length}
          {strategy.enabled ? '' : ' · disabled'}
        </Typography>
      </Box>
      <StrategySizingSection analysis={analysis} strategy={strategy} />
      <Divider />
      <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
        Strategy details
      </Typography>
      <StrategyGeneralFields analysis={analysis} strategy={strategy} />
      <Divider />
      <RiskAdjustmentFields analysis={analysis} strategy={strategy} />
    </Stack>
  );
}
