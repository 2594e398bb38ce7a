import { Button, Stack, TextField } from '@mui/material';
import { useEffect, useState } from 'react';
import type { BackupStatus } from '../../../common/api/backups';
import { api } from '../api';
import { useApiAction } from '../hooks/useApiAction';
import { bt } from './texts';

/**
 * The backup folder. The desktop app chooses it with the system's folder dialog; web mode has none, so the
 * folder is typed there (a network share or USB stick). Either way the main side checks that the folder exists
 * and takes a file before it is kept, and names the problem on the field. Empty means the default folder.
 * Used on Reservekopieën and in the start guide.
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
  const { run, busy, notice, fields } = useApiAction(['dir'], { quietWhenPlaced: true });
  const folderError = fields['dir'] ?? null;
  useEffect(() => {
    if (status) setFolder(status.isDefaultFolder ? '' : status.folder);
  }, [status]);
  // What is not about the folder itself is said where the field stands (the page's or the step's message).
  useEffect(() => {
    if (notice) onError(notice.text);
  }, [notice]);
  const picker = !!status?.folderPicker;

  const attempt = async (work: () => Promise<BackupStatus | null>) => {
    const r = await run(work);
    if (r.ok && r.value) onSaved(r.value);
  };
  const save = (dir: string) => attempt(() => api.backup.setFolder({ dir }));
  const choose = () =>
    attempt(async () => {
      const r = await api.backup.chooseFolder({});
      return r.chosen ? r.status : null;
    });

  const help = folderError ?? (status?.isDefaultFolder ? bt.folderDefault(status.folder) : picker ? bt.folderPickerHelp : bt.folderHelp);
  return (
    <Stack direction="row" spacing={2} useFlexGap sx={{ alignItems: 'flex-start', flexWrap: 'wrap' }}>
      <TextField
        label={bt.folderLabel}
        value={picker && status?.isDefaultFolder ? status.folder : folder}
        onChange={(e) => setFolder(e.target.value)}
        error={!!folderError}
        helperText={help}
        sx={{ flexGrow: 1, minWidth: '16rem' }}
        slotProps={{ inputLabel: { shrink: true }, htmlInput: { readOnly: picker, spellCheck: false } }}
      />
      {picker ? (
        <>
          <Button variant="outlined" disabled={busy} onClick={() => void choose()} sx={{ mt: 1 }}>
            {bt.folderChoose}
          </Button>
          {!status?.isDefaultFolder && (
            <Button disabled={busy} onClick={() => void save('')} sx={{ mt: 1 }}>
              {bt.folderUseDefault}
            </Button>
          )}
        </>
      ) : (
        <Button variant="outlined" disabled={busy} onClick={() => void save(folder)} sx={{ mt: 1 }}>
          {bt.folderSave}
        </Button>
      )}
    </Stack>
  );
}
