import { Button, Stack, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { api } from '../api';
import { navigate } from '../router';
import { GUIDE_PATH } from './FirstRunGuide';
import { ft } from './texts';

/** On Instellingen: walk through the first-run guide again. Not in the demo vault, which has no guide. */
export function ReopenGuide() {
  const [demo, setDemo] = useState<boolean | null>(null);
  useEffect(() => {
    api.vault.status({}).then(
      (s) => setDemo(s.demo),
      () => setDemo(null),
    );
  }, []);
  if (demo === null) return null;
  return (
    <Stack spacing={1}>
      <Typography variant="subtitle1" component="h2">
        {ft.title}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {demo ? ft.notInDemo : ft.reopenHelp}
      </Typography>
      {!demo && (
        <Button variant="outlined" sx={{ alignSelf: 'flex-start' }} onClick={() => navigate(GUIDE_PATH)}>
          {ft.reopen}
        </Button>
      )}
    </Stack>
  );
}
