import { Box, Button, Card, CardContent, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import type { PlanFigures } from '../../../common/plan/types';
import { api } from '../api';
import { navigate } from '../router';
import { tp } from './texts';

/** The dashboard's action figures: overdue, due soon, dossiers with overdue actions, unassigned. */
export function PlanFiguresCard() {
  const [f, setF] = useState<PlanFigures | null>(null);
  useEffect(() => {
    api.plans.figures({}).then(setF, () => undefined);
  }, []);
  if (!f) return null;
  const cells: [string, number, string?][] = [
    [tp.figures.overdue, f.overdue, f.overdue > 0 ? 'error.main' : undefined],
    [tp.figures.soon(f.soonDays), f.soonDue],
    [tp.figures.dossiers, f.dossiersWithOverdue],
    [tp.figures.unassigned, f.unassignedOpen],
  ];
  return (
    <Card variant="outlined" component="section" aria-label={tp.figures.title} data-testid="plan-figures" sx={{ containerType: 'inline-size' }}>
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          {tp.figures.title}
        </Typography>
        {/* Equal columns (four, or two by two in a narrow card): the figures stand on one line, their labels under them. */}
        <Box
          sx={{
            display: 'grid',
            gridTemplateColumns: 'repeat(2, minmax(0, 1fr))',
            '@container (min-width: 26rem)': { gridTemplateColumns: 'repeat(4, minmax(0, 1fr))' },
            columnGap: 2,
            rowGap: 1.5,
            alignItems: 'start',
          }}
        >
          {cells.map(([label, n, colour]) => (
            <Box key={label} data-testid="plan-figure">
              <Typography variant="h4" component="p" sx={{ color: colour, fontVariantNumeric: 'tabular-nums', lineHeight: 1.2 }}>
                {n}
              </Typography>
              <Typography variant="body2" color="text.secondary">
                {label}
              </Typography>
            </Box>
          ))}
        </Box>
        <Button sx={{ mt: 1, ml: -1 }} onClick={() => navigate('/rappel')}>
          {tp.figures.toRappel}
        </Button>
      </CardContent>
    </Card>
  );
}
