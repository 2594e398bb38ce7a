import { Typography } from '@mui/material';
import type { ReactNode } from 'react';

/** A screen's title (its one h1) and the sentence under it that says what the screen is for. */
export function ScreenHeading({ title, intro }: { title: ReactNode; intro?: ReactNode }) {
  return (
    <>
      <Typography variant="h5" component="h1" gutterBottom>
        {title}
      </Typography>
      {intro && (
        <Typography color="text.secondary" sx={{ mb: 2 }}>
          {intro}
        </Typography>
      )}
    </>
  );
}
