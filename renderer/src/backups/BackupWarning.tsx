import { Alert, Button } from '@mui/material';
import { useEffect, useState } from 'react';
import type { BackupStatus } from '../../../common/api/backups';
import { api } from '../api';
import { navigate } from '../router';
import { bt } from './texts';

const RECHECK_MS = 5 * 60 * 1000;

/** The app-wide warning when the last good copy is too old or the backup folder cannot be reached. */
export function BackupWarning({ path }: { path: string }) {
  const [status, setStatus] = useState<BackupStatus | null>(null);
  useEffect(() => {
    const check = () =>
      void api.backup.status({}).then(
        (s) => setStatus(s),
        () => undefined,
      );
    check();
    const id = setInterval(check, RECHECK_MS);
    return () => clearInterval(id);
  }, [path]);
  if (!status?.warning || path === '/reservekopieen') return null;
  const toBackups = (
    <Button color="inherit" size="small" onClick={() => navigate('/reservekopieen')}>
      {bt.warning.action}
    </Button>
  );
  return (
    <Alert severity="warning" sx={{ mb: 2 }} data-testid="backup-warning" action={toBackups}>
      {bt.warning[status.warning]}
    </Alert>
  );
}
