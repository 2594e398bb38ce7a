import { Button, Stack, TextField } from '@mui/material';
import { useEffect, useState } from 'react';
import type { BackupStatus } from '../../../common/api/backups';
import { ApiError, call, errorMessage } from '../api';
import { bt } from './texts';

/**
 * The backup folder: typed (a network share or USB stick has no picker in web mode), proven writable by
 * the main side before it is kept. Empty means the default folder. Used on Reservekopieën and in the start guide.
 */
export function BackupFolderField({
  status,
  onSaved,
  onError,
}: {
  status: BackupStatus | null;
  onSaved: (s: BackupStatus) => void;
  onError: (text: string) => void;
}) {
  const [folder, setFolder] = useState('');
  const [folderError, setFolderError] = useState<string | null>(null);
  useEffect(() => {
    if (status) setFolder(status.isDefaultFolder ? '' : status.folder);
  }, [status]);

  const save = async () => {
    setFolderError(null);
    try {
      onSaved(await call('backup.setFolder', { dir: folder }));
    } catch (err) {
      if (err instanceof ApiError && err.fields['dir']) setFolderError(err.fields['dir']);
      else onError(errorMessage(err));
    }
  };

  return (
    <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start' }}>
      <TextField
        label={bt.folderLabel}
        value={folder}
        onChange={(e) => setFolder(e.target.value)}
        error={!!folderError}
        helperText={folderError ?? (status?.isDefaultFolder ? bt.folderDefault(status.folder) : bt.folderHelp)}
        sx={{ flexGrow: 1 }}
        slotProps={{ inputLabel: { shrink: true } }}
      />
      <Button variant="outlined" onClick={() => void save()} sx={{ mt: 1 }}>
        {bt.folderSave}
      </Button>
    </Stack>
  );
}
