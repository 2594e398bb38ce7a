import { Box, Button, Card, CardContent, Stack, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import type { PlanFigures } from '../../../common/plan/types';
import { call } from '../api';
import { navigate } from '../router';
import { tp } from './texts';

/** The dashboard's action figures: overdue, due soon, dossiers with overdue actions, unassigned. */
export function PlanFiguresCard() {
  const [f, setF] = useState<PlanFigures | null>(null);
  useEffect(() => {
    call('plans.figures', {}).then(setF, () => undefined);
  }, []);
  if (!f) return null;
  const cells: [string, number, string?][] = [
    [tp.figures.overdue, f.overdue, f.overdue > 0 ? 'error.main' : undefined],
    [tp.figures.soon(f.soonDays), f.soonDue],
    [tp.figures.dossiers, f.dossiersWithOverdue],
    [tp.figures.unassigned, f.unassignedOpen],
  ];
  return (
    <Card variant="outlined" component="section" aria-label={tp.figures.title} data-testid="plan-figures">
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          {tp.figures.title}
        </Typography>
        <Stack direction="row" spacing={3} sx={{ flexWrap: 'wrap' }}>
          {cells.map(([label, n, colour]) => (
            <Box key={label}>
              <Typography variant="h4" component="p" sx={{ color: colour }}>
                {n}
              </Typography>
              <Typography variant="body2" color="text.secondary">
                {label}
              </Typography>
            </Box>
          ))}
        </Stack>
        <Button sx={{ mt: 1 }} onClick={() => navigate('/rappel')}>
          {tp.figures.toRappel}
        </Button>
      </CardContent>
    </Card>
  );
}
