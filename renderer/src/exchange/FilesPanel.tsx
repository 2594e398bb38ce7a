import { Button, Checkbox, FormControlLabel, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { recipientPurposeSchema } from '../../../common/api/provisions';
import type { FileDownload } from '../../../common/exchange/files';
import { DEFAULT_SPREADSHEET_FORMAT, type SpreadsheetFormat } from '../../../common/exchange/table';
import { api } from '../api';
import { NoticeAlert } from '../components/NoticeAlert';
import { schemaResolver } from '../dossiers/resolver';
import { useApiAction } from '../hooks/useApiAction';
import { useRefusedFieldsOnForm } from '../hooks/useRefusedFieldsOnForm';
import { saveDownload } from './download';
import { FormatChoice } from './FormatChoice';
import { RecipientPurposeFields } from './RecipientPurposeFields';
import { tx } from './texts';

type RecipientPurpose = z.output<typeof recipientPurposeSchema>;

/** Spreadsheet (Excel or CSV) and ICS exports, each recorded in the register with the recipient and purpose asked here. */
export function FilesPanel() {
  const form = useForm<RecipientPurpose, unknown, RecipientPurpose>({
    resolver: schemaResolver(recipientPurposeSchema),
    defaultValues: { recipient: '', purpose: '' },
  });
  const [includeBsn, setIncludeBsn] = useState(false);
  const [format, setFormat] = useState<SpreadsheetFormat>(DEFAULT_SPREADSHEET_FORMAT);
  const [openOnly, setOpenOnly] = useState(true);
  /** '' stands for all partners in one file. */
  const [partnerId, setPartnerId] = useState('');
  const [partners, setPartners] = useState<{ id: number; name: string; archived: boolean }[]>([]);
  const action = useApiAction(['recipient', 'purpose', 'partnerId']);
  const { fields } = action;
  useRefusedFieldsOnForm(form, fields);

  useEffect(() => {
    // Archived partners can still hold actions from before; they are offered, marked as archived.
    api.partners.list({ includeArchived: true }).then(
      (ps) => setPartners(ps.map((p) => ({ id: p.id, name: p.name, archived: p.archived })).sort((a, b) => a.name.localeCompare(b.name, 'nl'))),
      () => undefined,
    );
  }, []);

  /** Every file asks to whom and why first; the form checks that before the main side is asked. */
  const run = (label: string, make: (asked: RecipientPurpose) => Promise<FileDownload>) =>
    form.handleSubmit((asked) =>
      action.run(
        () => make(asked),
        (file) => {
          saveDownload(file);
          return tx.files.done(label);
        },
      ),
    )();

  return (
    <Stack spacing={2} sx={{ maxWidth: 720 }}>
      <Typography color="text.secondary">{tx.files.intro}</Typography>
      <RecipientPurposeFields form={form} />
      <NoticeAlert notice={action.notice} />
      <FormatChoice value={format} onChange={setFormat} />
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <Button variant="outlined" onClick={() => void run(tx.files.dossiersCsv, (asked) => api.exports.dossiersCsv({ ...asked, includeBsn, format }))}>
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
            void run(tx.files.actionsCsv, (asked) => api.exports.actionsCsv({ ...asked, openOnly, partnerId: partnerId ? Number(partnerId) : null, format }))
          }
        >
          {tx.files.actionsCsv}
        </Button>
        <FormControlLabel control={<Checkbox checked={openOnly} onChange={(e) => setOpenOnly(e.target.checked)} />} label={tx.files.openOnly} />
      </Stack>
      <Stack spacing={0.5}>
        <Button variant="outlined" sx={{ alignSelf: 'flex-start' }} onClick={() => void run(tx.files.actionsIcs, (asked) => api.exports.actionsIcs(asked))}>
          {tx.files.actionsIcs}
        </Button>
        <Typography variant="caption" color="text.secondary">
          {tx.files.icsHelp}
        </Typography>
        <Button variant="outlined" sx={{ alignSelf: 'flex-start' }} onClick={() => void run(tx.files.meetingsIcs, (asked) => api.exports.meetingsIcs(asked))}>
          {tx.files.meetingsIcs}
        </Button>
      </Stack>
    </Stack>
  );
}
