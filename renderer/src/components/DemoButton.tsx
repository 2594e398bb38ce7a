import { Button, Stack, Typography } from '@mui/material';
import type { VaultStatus } from '../../../common/api/vault';
import { api } from '../api';
import { useApiAction } from '../hooks/useApiAction';
import { NoticeAlert } from './NoticeAlert';
import { t } from '../texts';

/** Offered on the set-up and unlock screens: try the app on a separate vault of fictional data. */
export function DemoButton({ onOpened }: { onOpened: (s: VaultStatus) => void }) {
  const { run, busy, notice } = useApiAction();
  return (
    <Stack spacing={1} sx={{ mt: 3, pt: 2, borderTop: 1, borderColor: 'divider' }}>
      <NoticeAlert notice={notice} />
      <Button
        variant="text"
        disabled={busy}
        sx={{ alignSelf: 'flex-start' }}
        onClick={() => void run(() => api.vault.openDemo({})).then((r) => r.ok && onOpened(r.value))}
      >
        {t.demo.open}
      </Button>
      <Typography variant="body2" color="text.secondary">
        {t.demo.hint}
      </Typography>
    </Stack>
  );
}
