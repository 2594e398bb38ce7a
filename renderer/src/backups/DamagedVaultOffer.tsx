import { Alert, AlertTitle, Button, Stack, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import type { VaultStatus } from '../../../common/api/vault';
import { formatDateNl } from '../../../common/dates';
import { api, errorMessage } from '../api';
import { bt } from './texts';

/**
 * Shown on the unlock screen when unlock found the database (or its key file) damaged: explains,
 * and offers to put back the newest copy that passes the integrity check, with the password just typed.
 */
export function DamagedVaultOffer({ password, onUnlocked }: { password: string; onUnlocked: (s: VaultStatus) => void }) {
  const [offer, setOffer] = useState<{ count: number; newest: string | null } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    api.backup.availableWhileLocked({}).then(setOffer, (err: unknown) => setError(errorMessage(err)));
  }, []);
  const restore = async () => {
    setBusy(true);
    setError(null);
    try {
      await api.backup.restoreNewestWhileLocked({ password });
      onUnlocked(await api.vault.status({}));
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Alert severity="error" role="alert" data-testid="damaged-vault">
      <AlertTitle>{bt.damaged.title}</AlertTitle>
      <Stack spacing={1}>
        <Typography variant="body2">{bt.damaged.explain}</Typography>
        {offer && offer.count > 0 && offer.newest && <Typography variant="body2">{bt.damaged.offer(formatDateNl(offer.newest), offer.count)}</Typography>}
        {offer && offer.count === 0 && <Typography variant="body2">{bt.damaged.none}</Typography>}
        {error && <Typography variant="body2">{error}</Typography>}
        {offer && offer.count > 0 && (
          <Button variant="contained" color="warning" disabled={busy} onClick={() => void restore()} sx={{ alignSelf: 'flex-start' }}>
            {bt.damaged.restore}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}
