import { Paper, Typography } from '@mui/material';
import type { ReactNode } from 'react';

/** One part of the "Na vrijlating" tab, named by its heading. */
export function AftercareSection({ title, children, testId }: { title: string; children: ReactNode; testId: string }) {
  return (
    <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-label={title} data-testid={testId}>
      <Typography variant="h6" component="h2" gutterBottom>
        {title}
      </Typography>
      {children}
    </Paper>
  );
}
