import { Button, Stack } from '@mui/material';
import { ft } from './texts';

/** The buttons under every step: back, "Later instellen" (skip this step) and the step's own primary action. */
export function StepActions({
  onBack,
  onLater,
  primary,
  onPrimary,
  busy = false,
}: {
  onBack?: () => void;
  onLater?: () => void;
  primary: string;
  /** Without a handler the primary button submits the step's form. */
  onPrimary?: () => void;
  busy?: boolean;
}) {
  return (
    <Stack direction="row" spacing={2} sx={{ mt: 3, pt: 2, borderTop: 1, borderColor: 'divider', alignItems: 'center' }}>
      {onBack && <Button onClick={onBack}>{ft.back}</Button>}
      <Stack direction="row" spacing={2} sx={{ ml: 'auto' }}>
        {onLater && (
          <Button variant="outlined" onClick={onLater} disabled={busy}>
            {ft.later}
          </Button>
        )}
        <Button variant="contained" type={onPrimary ? 'button' : 'submit'} onClick={onPrimary} disabled={busy}>
          {primary}
        </Button>
      </Stack>
    </Stack>
  );
}
