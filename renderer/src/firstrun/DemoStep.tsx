import { Alert, Box, Button, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { errorMessage } from '../api';
import { StepActions } from './StepActions';
import { ft } from './texts';

/** Step 4 (optional): what the demo vault is, with a way in. Opening it locks the coordinator's own vault. */
export function DemoStep({ onBack, onOpenDemo, onFinish }: { onBack: () => void; onOpenDemo: () => Promise<void>; onFinish: () => Promise<void> }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    work().catch((err: unknown) => {
      setError(errorMessage(err));
      setBusy(false);
    });
  };
  return (
    <Box>
      <Stack spacing={2}>
        {error && <Alert severity="error">{error}</Alert>}
        <Typography>{ft.demo.intro}</Typography>
        <Typography>{ft.demo.how}</Typography>
        <Button variant="outlined" sx={{ alignSelf: 'flex-start' }} disabled={busy} onClick={() => run(onOpenDemo)}>
          {ft.demo.open}
        </Button>
      </Stack>
      <StepActions onBack={onBack} primary={ft.finish} onPrimary={() => run(onFinish)} busy={busy} />
    </Box>
  );
}
