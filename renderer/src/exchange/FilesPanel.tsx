import { Button, Checkbox, FormControlLabel, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import type { FileDownload } from '../../../common/exchange/files';
import { DEFAULT_SPREADSHEET_FORMAT, type SpreadsheetFormat } from '../../../common/exchange/table';
import { api } from '../api';
import { NoticeAlert } from '../components/NoticeAlert';
import { useApiAction } from '../hooks/useApiAction';
import { saveDownload } from './download';
import { FormatChoice } from './FormatChoice';
import { tx } from './texts';

/** Spreadsheet (Excel or CSV) and ICS exports, each recorded in the register with the recipient and purpose asked here. */
export function FilesPanel() {
  const [recipient, setRecipient] = useState('');
  const [purpose, setPurpose] = useState('');
  const [includeBsn, setIncludeBsn] = useState(false);
  const [format, setFormat] = useState<SpreadsheetFormat>(DEFAULT_SPREADSHEET_FORMAT);
  const [openOnly, setOpenOnly] = useState(true);
  /** '' stands for all partners in one file. */
  const [partnerId, setPartnerId] = useState('');
  const [partners, setPartners] = useState<{ id: number; name: string; archived: boolean }[]>([]);
  const action = useApiAction(['recipient', 'purpose', 'partnerId']);
  const { fields } = action;

  useEffect(() => {
    // Archived partners can still hold actions from before; they are offered, marked as archived.
    api.partners.list({ includeArchived: true }).then(
      (ps) => setPartners(ps.map((p) => ({ id: p.id, name: p.name, archived: p.archived })).sort((a, b) => a.name.localeCompare(b.name, 'nl'))),
      () => undefined,
    );
  }, []);

  const run = (label: string, make: () => Promise<FileDownload>) =>
    action.run(make, (file) => {
      saveDownload(file);
      return tx.files.done(label);
    });

  return (
    <Stack spacing={2} sx={{ maxWidth: 720 }}>
      <Typography color="text.secondary">{tx.files.intro}</Typography>
      <TextField
        label={tx.exchange.recipient}
        value={recipient}
        onChange={(e) => setRecipient(e.target.value)}
        error={!!fields['recipient']}
        helperText={fields['recipient']}
      />
      <TextField
        label={tx.exchange.purpose}
        value={purpose}
        onChange={(e) => setPurpose(e.target.value)}
        error={!!fields['purpose']}
        helperText={fields['purpose']}
      />
      <NoticeAlert notice={action.notice} />
      <FormatChoice value={format} onChange={setFormat} />
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <Button variant="outlined" onClick={() => void run(tx.files.dossiersCsv, () => api.exports.dossiersCsv({ recipient, purpose, includeBsn, format }))}>
          {tx.files.dossiersCsv}
        </Button>
        <FormControlLabel control={<Checkbox checked={includeBsn} onChange={(e) => setIncludeBsn(e.target.checked)} />} label={tx.files.includeBsn} />
      </Stack>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
        <TextField
          select
          size="small"
          label={tx.files.partner}
          value={partnerId}
          onChange={(e) => setPartnerId(e.target.value)}
          error={!!fields['partnerId']}
          helperText={fields['partnerId']}
          sx={{ minWidth: 260 }}
          slotProps={{ inputLabel: { shrink: true }, select: { displayEmpty: true } }}
        >
          <MenuItem value="">{tx.files.allPartners}</MenuItem>
          {partners.map((p) => (
            <MenuItem key={p.id} value={String(p.id)}>
              {p.archived ? tx.files.archivedPartner(p.name) : p.name}
            </MenuItem>
          ))}
        </TextField>
        <Button
          variant="outlined"
          onClick={() =>
            void run(tx.files.actionsCsv, () =>
              api.exports.actionsCsv({ recipient, purpose, openOnly, partnerId: partnerId ? Number(partnerId) : null, format }),
            )
          }
        >
          {tx.files.actionsCsv}
        </Button>
        <FormControlLabel control={<Checkbox checked={openOnly} onChange={(e) => setOpenOnly(e.target.checked)} />} label={tx.files.openOnly} />
      </Stack>
      <Stack spacing={0.5}>
        <Button
          variant="outlined"
          sx={{ alignSelf: 'flex-start' }}
          onClick={() => void run(tx.files.actionsIcs, () => api.exports.actionsIcs({ recipient, purpose }))}
        >
          {tx.files.actionsIcs}
        </Button>
        <Typography variant="caption" color="text.secondary">
          {tx.files.icsHelp}
        </Typography>
        <Button
          variant="outlined"
          sx={{ alignSelf: 'flex-start' }}
          onClick={() => void run(tx.files.meetingsIcs, () => api.exports.meetingsIcs({ recipient, purpose }))}
        >
          {tx.files.meetingsIcs}
        </Button>
      </Stack>
    </Stack>
  );
}
