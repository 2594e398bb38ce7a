import { Alert, AlertTitle, Button, Stack, Typography } from '@mui/material';
import type { VaultStatus } from '../../../common/api/vault';
import { formatDateNl } from '../../../common/dates';
import { api } from '../api';
import { useApiAction } from '../hooks/useApiAction';
import { useApiData } from '../hooks/useApiData';
import { bt } from './texts';

/**
 * Shown on the unlock screen when unlock found the database (or its key file) damaged: explains,
 * and offers to put back the newest copy that passes the integrity check, with the password just typed.
 */
export function DamagedVaultOffer({ password, onUnlocked }: { password: string; onUnlocked: (s: VaultStatus) => void }) {
  const { data: offer, error: loadError } = useApiData(() => api.backup.availableWhileLocked({}));
  const { run, busy, notice } = useApiAction();
  const error = notice?.text ?? loadError;
  const restore = () =>
    run(async () => {
      await api.backup.restoreNewestWhileLocked({ password });
      onUnlocked(await api.vault.status({}));
    });
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
