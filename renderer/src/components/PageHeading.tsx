import { Typography } from '@mui/material';
import type { ReactNode } from 'react';

/** A screen's title (its one h1) with the sentence that says what the screen is for. */
export function PageHeading({ title, intro }: { title: string; intro: ReactNode }) {
  return (
    <>
      <Typography variant="h5" component="h1" gutterBottom>
        {title}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        {intro}
      </Typography>
    </>
  );
}
