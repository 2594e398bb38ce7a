import { Button, Stack, Typography } from '@mui/material';
import { nt } from './texts';

/** The heading of a read notice or list, with the way back to reading another. */
export function StartOverHeading({ title, onStartOver }: { title: string; onStartOver: () => void }) {
  return (
    <Stack direction="row" sx={{ alignItems: 'center' }}>
      <Typography variant="h5" component="h1" sx={{ flexGrow: 1 }}>
        {title}
      </Typography>
      <Button onClick={onStartOver}>{nt.startOver}</Button>
    </Stack>
  );
}
