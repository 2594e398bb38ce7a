import { Button, Stack } from '@mui/material';
import { useEffect } from 'react';
import { backupArea, type BackupStatus } from '../../../common/api/backups';
import { api } from '../api';
import { FormText } from '../components/FormText';
import { useApiForm } from '../hooks/useApiForm';
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
  const { form, bind, run, busy, notice } = useApiForm(backupArea.setFolder.input, { dir: '' });
  const picker = !!status?.folderPicker;
  // The field shows the folder in use; typed (web mode) it stays empty for the default folder. The status arrives
  // after the page and is read again after changes: a folder being typed is kept, not overwritten by it.
  const { reset } = form;
  const shownOf = (s: BackupStatus) => (s.isDefaultFolder && !picker ? '' : s.folder);
  const shown = status ? shownOf(status) : null;
  useEffect(() => {
    if (shown !== null) reset({ dir: shown }, { keepDirtyValues: true });
  }, [shown, reset]);
  // What is not about the folder itself is said where the field stands (the page's or the step's message).
  useEffect(() => {
    if (notice) onError(notice.text);
  }, [notice]);

  const attempt = async (work: () => Promise<BackupStatus | null>) => {
    const r = await run(work);
    if (r.ok && r.value) {
      // Kept: the field now shows the folder as the main side holds it, no longer as typed.
      reset({ dir: shownOf(r.value) });
      onSaved(r.value);
    }
  };
  const save = form.handleSubmit((v) => attempt(() => api.backup.setFolder(v)));
  const choose = () =>
    attempt(async () => {
      const r = await api.backup.chooseFolder({});
      return r.chosen ? r.status : null;
    });

  const help = status?.isDefaultFolder ? bt.folderDefault(status.folder) : picker ? bt.folderPickerHelp : bt.folderHelp;
  return (
    <Stack direction="row" spacing={2} useFlexGap sx={{ alignItems: 'flex-start', flexWrap: 'wrap' }}>
      <FormText
        form={bind}
        name="dir"
        label={bt.folderLabel}
        helperText={help}
        fullWidth={false}
        sx={{ flexGrow: 1, minWidth: '16rem' }}
        slotProps={{ inputLabel: { shrink: true }, htmlInput: { readOnly: picker, spellCheck: false } }}
      />
      {picker ? (
        <>
          <Button variant="outlined" disabled={busy} onClick={() => void choose()} sx={{ mt: 1 }}>
            {bt.folderChoose}
          </Button>
          {!status?.isDefaultFolder && (
            <Button disabled={busy} onClick={() => void attempt(() => api.backup.setFolder({ dir: '' }))} sx={{ mt: 1 }}>
              {bt.folderUseDefault}
            </Button>
          )}
        </>
      ) : (
        <Button variant="outlined" disabled={busy} onClick={() => void save()} sx={{ mt: 1 }}>
          {bt.folderSave}
        </Button>
      )}
    </Stack>
  );
}
