import { Box, Tooltip } from '@mui/material';
import { BASIS_KEYS, decodeStrip, trafficLight, type BasisState, type TrafficLight } from '../../../common/plan/basisvoorwaarden';
import { basisLabel, basisShortLabel, basisStateLabel } from '../i18n/labels';
import { tp } from './texts';

/** Colours chosen for contrast with white text-free dots; the state is also in the label, never colour alone. */
export const LIGHT_COLOURS: Record<TrafficLight, string> = {
  red: '#c62828',
  orange: '#ef8f00',
  green: '#2e7d32',
  grey: '#9e9e9e',
  neutral: '#e0e0e0',
};

/** The traffic-light strip of the basisvoorwaarden: one dot with its short name per key. */
export function BasisStrip({ states, compact = false }: { states: BasisState[] | string; compact?: boolean }) {
  const list = typeof states === 'string' ? decodeStrip(states) : states;
  const summary = BASIS_KEYS.map((key, i) => `${basisLabel(key)}: ${basisStateLabel(list[i] ?? 'onbekend')}`).join(', ');
  return (
    <Box
      role="img"
      aria-label={`${tp.list.column} — ${summary}`}
      data-testid="basis-strip"
      data-strip={list.join(',')}
      sx={{ display: 'inline-flex', gap: compact ? 0.25 : 0.75, alignItems: 'center' }}
    >
      {BASIS_KEYS.map((key, i) => {
        const state = list[i] ?? 'onbekend';
        const title = `${basisLabel(key)}: ${basisStateLabel(state)}`;
        return (
          <Tooltip key={key} title={title}>
            <Box role="img" aria-label={title} sx={{ display: 'inline-flex', flexDirection: 'column', alignItems: 'center', minWidth: compact ? 12 : 34 }}>
              <Box
                component="span"
                sx={{
                  width: compact ? 10 : 14,
                  height: compact ? 10 : 14,
                  borderRadius: '50%',
                  bgcolor: LIGHT_COLOURS[trafficLight(state)],
                  border: '1px solid rgba(0,0,0,0.35)',
                }}
              />
              {!compact && (
                <Box component="span" aria-hidden sx={{ fontSize: '0.7rem', color: 'text.secondary' }}>
                  {basisShortLabel(key)}
                </Box>
              )}
            </Box>
          </Tooltip>
        );
      })}
    </Box>
  );
}
