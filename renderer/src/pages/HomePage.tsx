import { Typography } from '@mui/material';
import { t } from '../texts';

export function HomePage() {
  return (
    <>
      <Typography variant="h5" component="h1" gutterBottom>
        {t.home.title}
      </Typography>
      <Typography>{t.home.intro}</Typography>
    </>
  );
}
