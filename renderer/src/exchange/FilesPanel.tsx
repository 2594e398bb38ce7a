import { Button, Checkbox, FormControlLabel, Stack, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { z } from 'zod';
import { exportsArea } from '../../../common/api/exports';
import { recipientPurposeSchema } from '../../../common/api/provisions';
import type { FileDownload } from '../../../common/exchange/files';
import { DEFAULT_SPREADSHEET_FORMAT, type SpreadsheetFormat } from '../../../common/exchange/table';
import { api } from '../api';
import { FormChoice } from '../components/ChoiceSelect';
import { NoticeAlert } from '../components/NoticeAlert';
import { useApiForm } from '../hooks/useApiForm';
import { saveDownload } from './download';
import { FormatChoice } from './FormatChoice';
import { RecipientPurposeFields } from './RecipientPurposeFields';
import { tx } from './texts';

/** To whom and why, and the partner of the action list ('' stands for all partners in one file): the contract's rules. */
const filesFields = recipientPurposeSchema.extend({
  partnerId: z.preprocess((v) => (v === '' ? null : Number(v)), exportsArea.actionsCsv.input.shape.partnerId),
});
type Asked = z.output<typeof filesFields>;
type RecipientPurpose = z.output<typeof recipientPurposeSchema>;

/** Spreadsheet (Excel or CSV) and ICS exports, each recorded in the register with the recipient and purpose asked here. */
export function FilesPanel() {
  const { form, bind, ...action } = useApiForm(filesFields, { recipient: '', purpose: '', partnerId: '' }, { quietWhenPlaced: false });
  const [includeBsn, setIncludeBsn] = useState(false);
  const [format, setFormat] = useState<SpreadsheetFormat>(DEFAULT_SPREADSHEET_FORMAT);
  const [openOnly, setOpenOnly] = useState(true);
  const [partners, setPartners] = useState<{ id: number; name: string; archived: boolean }[]>([]);

  useEffect(() => {
    // Archived partners can still hold actions from before; they are offered, marked as archived.
    api.partners.list({ includeArchived: true }).then(
      (ps) => setPartners(ps.map((p) => ({ id: p.id, name: p.name, archived: p.archived })).sort((a, b) => a.name.localeCompare(b.name, 'nl'))),
      () => undefined,
    );
  }, []);

  /** Every file asks to whom and why first; the form checks that before the main side is asked. */
  const run = (label: string, make: (asked: RecipientPurpose, partnerId: Asked['partnerId']) => Promise<FileDownload>) =>
    form.handleSubmit(({ partnerId, ...asked }) =>
      action.run(
        () => make(asked, partnerId),
        (file) => {
          saveDownload(file);
          return tx.files.done(label);
        },
      ),
    )();

  return (
    <Stack spacing={2} sx={{ maxWidth: 720 }}>
      <Typography color="text.secondary">{tx.files.intro}</Typography>
      <RecipientPurposeFields form={bind} />
      <NoticeAlert notice={action.notice} />
      <FormatChoice value={format} onChange={setFormat} />
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <Button variant="outlined" onClick={() => void run(tx.files.dossiersCsv, (asked) => api.exports.dossiersCsv({ ...asked, includeBsn, format }))}>
          {tx.files.dossiersCsv}
        </Button>
        <FormControlLabel control={<Checkbox checked={includeBsn} onChange={(e) => setIncludeBsn(e.target.checked)} />} label={tx.files.includeBsn} />
      </Stack>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
        <FormChoice
          form={bind}
          name="partnerId"
          size="small"
          label={tx.files.partner}
          emptyLabel={tx.files.allPartners}
          options={partners.map((p) => String(p.id))}
          labelOf={(id) => {
            const p = partners.find((x) => String(x.id) === id)!;
            return p.archived ? tx.files.archivedPartner(p.name) : p.name;
          }}
          sx={{ minWidth: 260 }}
          slotProps={{ inputLabel: { shrink: true }, select: { displayEmpty: true } }}
        />
        <Button
          variant="outlined"
          onClick={() => void run(tx.files.actionsCsv, (asked, partnerId) => api.exports.actionsCsv({ ...asked, openOnly, partnerId, format }))}
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
