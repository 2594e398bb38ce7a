import {
  Alert,
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useCallback, useEffect, useState } from 'react';
import type { AttachmentInfo } from '../../../common/api/attachments';
import { attachmentTypeLabel } from '../i18n/labels';
import { formatDateTimeNl } from '../../../common/dates';
import { msg } from '../../../common/messages';
import { ATTACHMENT_LIMITS } from '../../../common/exchange/limits';
import { api, errorMessage } from '../api';
import { localizeMessage } from '../i18n/message-codes';
import { navigate } from '../router';
import { FileReadError, FileTooLargeError, fileToBase64, saveDownload } from './download';
import { tx } from './texts';

const kb = (n: number) => `${Math.max(1, Math.round(n / 1024)).toLocaleString('nl-NL')} kB`;

/** The dossier's attachments: stored encrypted in the vault; images can be viewed, every type saved. */
export function AttachmentsTab({ dossierId }: { dossierId: number }) {
  const [items, setItems] = useState<AttachmentInfo[]>([]);
  const [note, setNote] = useState('');
  const [message, setMessage] = useState<{ severity: 'success' | 'error'; text: string } | null>(null);
  const [viewing, setViewing] = useState<{ name: string; url: string } | null>(null);
  const [removing, setRemoving] = useState<AttachmentInfo | null>(null);

  const load = useCallback(
    () => api.attachments.list({ dossierId }).then(setItems, (err: unknown) => setMessage({ severity: 'error', text: errorMessage(err) })),
    [dossierId],
  );
  useEffect(() => {
    void load();
  }, [load]);

  const upload = async (file: File) => {
    setMessage(null);
    let data: string;
    try {
      data = await fileToBase64(file, ATTACHMENT_LIMITS.maxBytes);
    } catch (err) {
      const text =
        err instanceof FileTooLargeError
          ? localizeMessage(msg('ATTACHMENT_TOO_LARGE'))
          : err instanceof FileReadError
            ? tx.attachments.unreadable
            : errorMessage(err);
      setMessage({ severity: 'error', text });
      return;
    }
    try {
      const a = await api.attachments.add({ dossierId, name: file.name, note, data });
      setNote('');
      setMessage({ severity: 'success', text: tx.attachments.added_(a.name) });
      await load();
    } catch (err) {
      setMessage({ severity: 'error', text: errorMessage(err) });
    }
  };

  const view = async (a: AttachmentInfo) => {
    const f = await api.attachments.get({ id: a.id });
    const bytes = Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0));
    setViewing({ name: a.name, url: URL.createObjectURL(new Blob([bytes], { type: f.mediaType })) });
  };

  return (
    <Stack spacing={2}>
      <Typography color="text.secondary">{tx.attachments.intro}</Typography>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }} useFlexGap>
        <TextField size="small" label={tx.attachments.note} value={note} onChange={(e) => setNote(e.target.value)} sx={{ minWidth: 280 }} />
        <Button variant="contained" component="label">
          {tx.attachments.add}
          <input
            hidden
            type="file"
            accept=".pdf,.png,.jpg,.jpeg,.docx,.odt"
            aria-label={tx.attachments.add}
            onChange={(e) => {
              const f = e.target.files?.[0];
              e.target.value = '';
              if (f) void upload(f);
            }}
          />
        </Button>
        <Button onClick={() => navigate(`/uitwisselen/${dossierId}`)}>{tx.attachments.share}</Button>
        <Button onClick={() => navigate(`/uitwisselen/inzage/${dossierId}`)}>{tx.attachments.inzage}</Button>
      </Stack>
      {message && <Alert severity={message.severity}>{message.text}</Alert>}
      {items.length === 0 ? (
        <Typography color="text.secondary">{tx.attachments.empty}</Typography>
      ) : (
        <Table size="small" aria-label={tx.attachments.tab}>
          <TableHead>
            <TableRow>
              <TableCell>{tx.attachments.name}</TableCell>
              <TableCell>{tx.attachments.type}</TableCell>
              <TableCell>{tx.attachments.size}</TableCell>
              <TableCell>{tx.attachments.added}</TableCell>
              <TableCell>{tx.attachments.source}</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {items.map((a) => (
              <TableRow key={a.id}>
                <TableCell>
                  {a.name}
                  {a.note && (
                    <Typography variant="caption" component="div" color="text.secondary">
                      {a.note}
                    </Typography>
                  )}
                </TableCell>
                <TableCell>{attachmentTypeLabel(a.kind)}</TableCell>
                <TableCell>{kb(a.size)}</TableCell>
                <TableCell>{formatDateTimeNl(a.addedAt)}</TableCell>
                <TableCell>{a.source === 'import' ? tx.attachments.fromImport : tx.attachments.fromUpload}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>
                  {(a.kind === 'png' || a.kind === 'jpeg') && (
                    <Button size="small" onClick={() => void view(a)}>
                      {tx.attachments.view}
                    </Button>
                  )}
                  <Button
                    size="small"
                    onClick={() => void api.attachments.get({ id: a.id }).then(saveDownload)}
                    aria-label={`${tx.attachments.save}: ${a.name}`}
                  >
                    {tx.attachments.save}
                  </Button>
                  <Button size="small" color="error" onClick={() => setRemoving(a)} aria-label={`${tx.attachments.remove}: ${a.name}`}>
                    {tx.attachments.remove}
                  </Button>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <Dialog
        open={!!viewing}
        onClose={() => {
          if (viewing) URL.revokeObjectURL(viewing.url);
          setViewing(null);
        }}
        maxWidth="lg"
      >
        <DialogTitle>{viewing?.name}</DialogTitle>
        <DialogContent>{viewing && <Box component="img" src={viewing.url} alt={viewing.name} sx={{ maxWidth: '100%' }} />}</DialogContent>
        <DialogActions>
          <Button
            onClick={() => {
              if (viewing) URL.revokeObjectURL(viewing.url);
              setViewing(null);
            }}
          >
            {tx.attachments.close}
          </Button>
        </DialogActions>
      </Dialog>
      <Dialog open={!!removing} onClose={() => setRemoving(null)}>
        <DialogContent>{removing && tx.attachments.confirmRemove(removing.name)}</DialogContent>
        <DialogActions>
          <Button onClick={() => setRemoving(null)}>{tx.attachments.cancel}</Button>
          <Button
            color="error"
            onClick={async () => {
              if (!removing) return;
              try {
                await api.attachments.remove({ id: removing.id });
                setMessage({ severity: 'success', text: tx.attachments.removed });
              } catch (err) {
                setMessage({ severity: 'error', text: errorMessage(err) });
              }
              setRemoving(null);
              await load();
            }}
          >
            {tx.attachments.remove}
          </Button>
        </DialogActions>
      </Dialog>
    </Stack>
  );
}
