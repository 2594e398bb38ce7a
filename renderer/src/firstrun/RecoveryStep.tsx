import { Alert, Box, Button, Checkbox, FormControlLabel, FormHelperText, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { RecoveryCodeSheet } from './RecoveryCodeSheet';
import { StepActions } from './StepActions';
import { ft } from './texts';

/**
 * Step 2: a reminder to keep the recovery code. Right after set-up the renderer still holds the code
 * (only in memory) and can print it; on a later unlock it is gone for good, and the step only asks
 * the coordinator to confirm they kept it.
 */
export function RecoveryStep({ code, onBack, onLater, onNext }: { code: string | null; onBack: () => void; onLater: () => void; onNext: () => void }) {
  const [kept, setKept] = useState(false);
  const [asked, setAsked] = useState(false);
  return (
    <Box>
      <Stack spacing={2}>
        <Typography>{ft.recovery.intro}</Typography>
        {code ? (
          <>
            <RecoveryCodeSheet code={code} />
            <Typography>{ft.recovery.printIntro}</Typography>
            <Button variant="outlined" sx={{ alignSelf: 'flex-start' }} onClick={() => window.print()}>
              {ft.recovery.print}
            </Button>
          </>
        ) : (
          <Alert severity="info">{ft.recovery.gone}</Alert>
        )}
        <Box>
          <FormControlLabel control={<Checkbox checked={kept} onChange={(e) => setKept(e.target.checked)} />} label={ft.recovery.confirm} />
          {asked && !kept && (
            <FormHelperText error role="alert">
              {ft.recovery.confirmNeeded}
            </FormHelperText>
          )}
        </Box>
      </Stack>
      <StepActions
        onBack={onBack}
        onLater={onLater}
        primary={ft.next}
        onPrimary={() => {
          setAsked(true);
          if (kept) onNext();
        }}
      />
    </Box>
  );
}
