import { Alert, Box, Button, Stack, Typography } from '@mui/material';
import { api } from '../api';
import { useApiAction } from '../hooks/useApiAction';
import { useApiData } from '../hooks/useApiData';
import { BackupFolderField } from '../backups/BackupFolderField';
import { when } from '../backups/format';
import { bt } from '../backups/texts';
import { StepActions } from './StepActions';
import { ft } from './texts';

/** Step 3: where the automatic copies go (the default shown, another folder optional), and a first copy on request. */
export function BackupStep({ onBack, onLater, onNext }: { onBack: () => void; onLater: () => void; onNext: () => void }) {
  const { data: status, error: loadError, setData: setStatus } = useApiData(() => api.backup.status({}));
  const { run, busy, notice, setNotice } = useApiAction();
  const message = notice ?? (loadError ? { severity: 'error' as const, text: loadError } : null);

  const makeCopy = () =>
    run(
      () => api.backup.create({}),
      (made) => bt.made(when(made.createdAt)),
    );

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
            setNotice({ severity: 'success', text: bt.folderSaved });
          }}
          onError={(text) => setNotice({ severity: 'error', text })}
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
