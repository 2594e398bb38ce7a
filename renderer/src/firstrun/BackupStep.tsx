import { Alert, Box, Button, Stack, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import type { BackupStatus } from '../../../common/api/backups';
import { api, errorMessage } from '../api';
import { BackupFolderField } from '../backups/BackupFolderField';
import { when } from '../backups/format';
import { bt } from '../backups/texts';
import { StepActions } from './StepActions';
import { ft } from './texts';

type Message = { severity: 'success' | 'error'; text: string } | null;

/** Step 3: where the automatic copies go (the default shown, another folder optional), and a first copy on request. */
export function BackupStep({ onBack, onLater, onNext }: { onBack: () => void; onLater: () => void; onNext: () => void }) {
  const [status, setStatus] = useState<BackupStatus | null>(null);
  const [message, setMessage] = useState<Message>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    api.backup.status({}).then(setStatus, (err: unknown) => setMessage({ severity: 'error', text: errorMessage(err) }));
  }, []);

  const makeCopy = async () => {
    setBusy(true);
    setMessage(null);
    try {
      const made = await api.backup.create({});
      setMessage({ severity: 'success', text: bt.made(when(made.createdAt)) });
    } catch (err) {
      setMessage({ severity: 'error', text: errorMessage(err) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Box>
      <Stack spacing={2}>
        <Typography>{ft.backups.intro}</Typography>
        {status && <Typography data-testid="default-backup-folder">{ft.backups.defaultFolder(status.defaultFolder)}</Typography>}
        {message && (
          <Alert severity={message.severity} role={message.severity === 'error' ? 'alert' : 'status'}>
            {message.text}
          </Alert>
        )}
        <BackupFolderField
          status={status}
          onSaved={(s) => {
            setStatus(s);
            setMessage({ severity: 'success', text: bt.folderSaved });
          }}
          onError={(text) => setMessage({ severity: 'error', text })}
        />
        {status && !status.isDefaultFolder && <Typography>{ft.backups.currentFolder(status.folder)}</Typography>}
        <Typography>{ft.backups.firstCopy}</Typography>
        <Button variant="outlined" sx={{ alignSelf: 'flex-start' }} disabled={busy} onClick={() => void makeCopy()}>
          {bt.makeNow}
        </Button>
      </Stack>
      <StepActions onBack={onBack} onLater={onLater} primary={ft.next} onPrimary={onNext} busy={busy} />
    </Box>
  );
}
