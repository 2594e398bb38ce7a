import { Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, Paper, Stack, Typography } from '@mui/material';
import { DataTable } from '../components/DataTable';
import { useCallback, useEffect, useState } from 'react';
import type { BackupListItem, BackupStatus } from '../../../common/api/backups';
import { api, errorMessage } from '../api';
import { useApiAction } from '../hooks/useApiAction';
import { BackupFolderField } from './BackupFolderField';
import { describeCounts, formatSize, when } from './format';
import { bt } from './texts';
import { ScreenHeading } from '../components/ScreenHeading';

export function BackupsPage() {
  const [status, setStatus] = useState<BackupStatus | null>(null);
  const [backups, setBackups] = useState<BackupListItem[]>([]);
  const action = useApiAction();
  const { busy, notice: message, setNotice: setMessage } = action;
  const [chosen, setChosen] = useState<BackupListItem | null>(null);

  const load = useCallback(async () => {
    const [s, l] = await Promise.all([api.backup.status({}), api.backup.list({})]);
    setStatus(s);
    setBackups(l.backups);
  }, []);

  useEffect(() => {
    load().catch((err: unknown) => setMessage({ severity: 'error', text: errorMessage(err) }));
  }, [load]);

  const run = async (work: () => Promise<string>) => {
    await action.run(work, (said) => said);
    await load().catch(() => undefined);
  };

  return (
    <Box sx={{ maxWidth: 980 }}>
      <ScreenHeading title={bt.title} intro={bt.intro} />
      <Stack spacing={2}>
        {message && (
          <Alert severity={message.severity} role={message.severity === 'error' ? 'alert' : 'status'}>
            {message.text}
          </Alert>
        )}
        {status?.warning && <Alert severity="warning">{bt.warning[status.warning]}</Alert>}
        {status?.lastGoodAt && <Typography>{bt.lastGood(when(status.lastGoodAt))}</Typography>}

        <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-labelledby="backup-folder-title">
          <Typography variant="h6" component="h2" gutterBottom id="backup-folder-title">
            {bt.folderTitle}
          </Typography>
          <BackupFolderField
            status={status}
            onSaved={(s) => {
              setMessage({ severity: 'success', text: bt.folderSaved });
              setStatus(s);
              void load().catch(() => undefined);
            }}
            onError={(text) => setMessage({ severity: 'error', text })}
          />
        </Paper>

        <Box>
          <Button
            variant="contained"
            disabled={busy}
            onClick={() =>
              void run(async () => {
                const made = await api.backup.create({});
                return bt.made(when(made.createdAt));
              })
            }
          >
            {bt.makeNow}
          </Button>
        </Box>

        <Typography variant="h6" component="h2">
          {bt.listTitle}
        </Typography>
        <DataTable
          aria-label={bt.listTitle}
          rows={backups}
          rowKey={(b) => b.name}
          rowProps={() => ({ 'data-testid': 'backup-row' })}
          empty={bt.none}
          columns={[
            { label: bt.colDate, cell: (b) => when(b.createdAt) },
            { label: bt.colReason, cell: (b) => bt.reasons[b.reason] ?? b.reason },
            { label: bt.colCounts, cell: (b) => describeCounts(b.counts) },
            { label: bt.colSize, cell: (b) => formatSize(b.sizeBytes) },
            {
              label: '',
              align: 'right',
              cell: (b) => (
                <Button size="small" disabled={busy} onClick={() => setChosen(b)} aria-label={`${bt.restore} ${when(b.createdAt)}`}>
                  {bt.restore}
                </Button>
              ),
            },
          ]}
        />
      </Stack>

      <Dialog open={!!chosen} onClose={() => setChosen(null)} aria-labelledby="restore-title">
        <DialogTitle id="restore-title">{bt.confirmTitle}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>{chosen && bt.confirmIntro(when(chosen.createdAt))}</DialogContentText>
          <DialogContentText>
            {bt.confirmCounts} {chosen && describeCounts(chosen.counts)}
          </DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setChosen(null)}>{bt.cancel}</Button>
          <Button
            variant="contained"
            color="warning"
            disabled={busy}
            onClick={() => {
              const b = chosen!;
              setChosen(null);
              void run(async () => {
                await api.backup.restore({ name: b.name });
                return bt.restored(when(b.createdAt));
              });
            }}
          >
            {bt.confirm}
          </Button>
        </DialogActions>
      </Dialog>
    </Box>
  );
}
