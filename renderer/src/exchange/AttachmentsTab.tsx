import { Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { attachmentsArea, type AttachmentInfo } from '../../../common/api/attachments';
import { attachmentTypeLabel } from '../i18n/labels';
import { formatDateTimeNl } from '../../../common/dates';
import { msg } from '../../../common/messages';
import { ATTACHMENT_LIMITS } from '../../../common/exchange/limits';
import { api } from '../api';
import { ChooseFileButton } from '../components/ChooseFileButton';
import { DataTable } from '../components/DataTable';
import { base64ToBlob } from '../components/download';
import { FormText } from '../components/FormText';
import { NoticeAlert } from '../components/NoticeAlert';
import { useApiData } from '../hooks/useApiData';
import { useApiForm } from '../hooks/useApiForm';
import { localizeMessage } from '../i18n/message-codes';
import { navigate } from '../router';
import { readChosenFile, saveDownload } from './download';
import { tx } from './texts';

/** The note typed beside the file chooser, checked by the contract's rule before the file is read. */
const noteFields = attachmentsArea.add.input.pick({ note: true });

const kb = (n: number) => `${Math.max(1, Math.round(n / 1024)).toLocaleString('nl-NL')} kB`;

/** The dossier's attachments: stored encrypted in the vault; images can be viewed, every type saved. */
export function AttachmentsTab({ dossierId }: { dossierId: number }) {
  const list = useApiData(() => api.attachments.list({ dossierId }), dossierId);
  const { form, bind, run, notice, refuse } = useApiForm(noteFields, { note: '' });
  const [viewing, setViewing] = useState<{ name: string; url: string } | null>(null);
  const [removing, setRemoving] = useState<AttachmentInfo | null>(null);

  const upload = (file: File) => form.handleSubmit((v) => store(file, v.note))();
  const store = async (file: File, note: string) => {
    const read = await readChosenFile(file, ATTACHMENT_LIMITS.maxBytes, {
      tooLarge: () => localizeMessage(msg('ATTACHMENT_TOO_LARGE')),
      unreadable: tx.attachments.unreadable,
    });
    if ('problem' in read) return refuse(read.problem);
    const r = await run(
      () => api.attachments.add({ dossierId, name: file.name, note, data: read.base64 }),
      (a) => tx.attachments.added_(a.name),
    );
    if (!r.ok) return;
    form.reset({ note: '' });
    await list.refresh();
  };

  const remove = async (a: AttachmentInfo) => {
    await run(
      () => api.attachments.remove({ id: a.id }),
      () => tx.attachments.removed,
    );
    setRemoving(null);
    await list.refresh();
  };

  const view = async (a: AttachmentInfo) => {
    const f = await api.attachments.get({ id: a.id });
    setViewing({ name: a.name, url: URL.createObjectURL(base64ToBlob(f.base64, f.mediaType)) });
  };

  const closeView = () => {
    if (viewing) URL.revokeObjectURL(viewing.url);
    setViewing(null);
  };

  return (
    <Stack spacing={2}>
      <Typography color="text.secondary">{tx.attachments.intro}</Typography>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }} useFlexGap>
        <FormText form={bind} name="note" size="small" label={tx.attachments.note} fullWidth={false} sx={{ minWidth: 280 }} />
        <ChooseFileButton variant="contained" accept=".pdf,.png,.jpg,.jpeg,.docx,.odt" inputLabel={tx.attachments.add} onFile={(f) => f && void upload(f)}>
          {tx.attachments.add}
        </ChooseFileButton>
        <Button onClick={() => navigate(`/uitwisselen/${dossierId}`)}>{tx.attachments.share}</Button>
        <Button onClick={() => navigate(`/uitwisselen/inzage/${dossierId}`)}>{tx.attachments.inzage}</Button>
      </Stack>
      <NoticeAlert notice={list.error ? { severity: 'error', text: list.error } : notice} />
      <DataTable
        aria-label={tx.attachments.tab}
        rows={list.data ?? []}
        rowKey={(a) => a.id}
        empty={tx.attachments.empty}
        columns={[
          {
            label: tx.attachments.name,
            cell: (a) => (
              <>
                {a.name}
                {a.note && (
                  <Typography variant="caption" component="div" color="text.secondary">
                    {a.note}
                  </Typography>
                )}
              </>
            ),
          },
          { label: tx.attachments.type, cell: (a) => attachmentTypeLabel(a.kind) },
          { label: tx.attachments.size, cell: (a) => kb(a.size) },
          { label: tx.attachments.added, cell: (a) => formatDateTimeNl(a.addedAt) },
          { label: tx.attachments.source, cell: (a) => (a.source === 'import' ? tx.attachments.fromImport : tx.attachments.fromUpload) },
          {
            label: '',
            cell: (a) => (
              <Box component="span" sx={{ whiteSpace: 'nowrap' }}>
                {(a.kind === 'png' || a.kind === 'jpeg') && (
                  <Button size="small" onClick={() => void view(a)}>
                    {tx.attachments.view}
                  </Button>
                )}
                <Button size="small" onClick={() => void api.attachments.get({ id: a.id }).then(saveDownload)} aria-label={`${tx.attachments.save}: ${a.name}`}>
                  {tx.attachments.save}
                </Button>
                <Button size="small" color="error" onClick={() => setRemoving(a)} aria-label={`${tx.attachments.remove}: ${a.name}`}>
                  {tx.attachments.remove}
                </Button>
              </Box>
            ),
          },
        ]}
      />
      <Dialog open={!!viewing} onClose={closeView} maxWidth="lg">
        <DialogTitle>{viewing?.name}</DialogTitle>
        <DialogContent>{viewing && <Box component="img" src={viewing.url} alt={viewing.name} sx={{ maxWidth: '100%' }} />}</DialogContent>
        <DialogActions>
          <Button onClick={closeView}>{tx.attachments.close}</Button>
        </DialogActions>
      </Dialog>
      <Dialog open={!!removing} onClose={() => setRemoving(null)}>
        <DialogContent>{removing && tx.attachments.confirmRemove(removing.name)}</DialogContent>
        <DialogActions>
          <Button onClick={() => setRemoving(null)}>{tx.attachments.cancel}</Button>
          <Button color="error" onClick={() => removing && void remove(removing)}>
            {tx.attachments.remove}
          </Button>
        </DialogActions>
      </Dialog>
    </Stack>
  );
}
