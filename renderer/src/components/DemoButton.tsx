import { Alert, Button, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import type { VaultStatus } from '../../../common/api/vault';
import { api, errorMessage } from '../api';
import { t } from '../texts';

/** Offered on the set-up and unlock screens: try the app on a separate vault of fictional data. */
export function DemoButton({ onOpened }: { onOpened: (s: VaultStatus) => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <Stack spacing={1} sx={{ mt: 3, pt: 2, borderTop: 1, borderColor: 'divider' }}>
      {error && <Alert severity="error">{error}</Alert>}
      <Button
        variant="text"
        disabled={busy}
        sx={{ alignSelf: 'flex-start' }}
        onClick={() => {
          setBusy(true);
          setError(null);
          api.vault.openDemo({}).then(onOpened, (err: unknown) => {
            setError(errorMessage(err));
            setBusy(false);
          });
        }}
      >
        {t.demo.open}
      </Button>
      <Typography variant="body2" color="text.secondary">
        {t.demo.hint}
      </Typography>
    </Stack>
  );
}
