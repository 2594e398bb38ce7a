import TableViewIcon from '@mui/icons-material/TableView';
import { Button, Stack } from '@mui/material';
import { useState } from 'react';
import { recipientPurposeSchema } from '../../../common/api/provisions';
import { formatDateNl } from '../../../common/dates';
import type { MeetingDetail } from '../../../common/meetings/types';
import { DEFAULT_SPREADSHEET_FORMAT, type SpreadsheetFormat } from '../../../common/exchange/table';
import { api } from '../api';
import { FormText } from '../components/FormText';
import { NoticeAlert } from '../components/NoticeAlert';
import { useApiForm } from '../hooks/useApiForm';
import { saveDownload } from '../exchange/download';
import { FormatChoice } from '../exchange/FormatChoice';
import { meetingTexts as t } from './texts';

/**
 * The actions allocated in this meeting as a spreadsheet for the partners. Like every spreadsheet export (Excel or CSV) it asks to whom
 * and why (for the register); both are proposed from the meeting: the partners present and the meeting itself.
 */
export function MeetingActionsCsv({ meeting, pseudonymise, disabled }: { meeting: MeetingDetail; pseudonymise: boolean; disabled: boolean }) {
  const [format, setFormat] = useState<SpreadsheetFormat>(DEFAULT_SPREADSHEET_FORMAT);
  const { form, bind, run, busy, notice, setNotice } = useApiForm(
    recipientPurposeSchema,
    { recipient: meeting.partners.map((p) => p.name).join(', '), purpose: t.csv.defaultPurpose(meeting.title, formatDateNl(meeting.date)) },
    { quietWhenPlaced: false },
  );

  const make = form.handleSubmit(({ recipient, purpose }) =>
    run(
      () => api.exports.meetingActionsCsv({ meetingId: meeting.id, pseudonymise, recipient, purpose, format }),
      (file) => {
        saveDownload(file);
        return t.csv.done;
      },
    ),
  );

  return (
    <Stack spacing={1.5} sx={{ alignItems: 'flex-start' }}>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={1.5} sx={{ alignSelf: 'stretch' }}>
        <FormText form={bind} name="recipient" label={t.csv.recipient} size="small" fullWidth={false} sx={{ flex: 1 }} />
        <FormText form={bind} name="purpose" label={t.csv.purpose} size="small" fullWidth={false} sx={{ flex: 1 }} />
      </Stack>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
        <Button variant="outlined" startIcon={<TableViewIcon />} disabled={busy || disabled} onClick={() => void make()}>
          {t.csv.button}
        </Button>
        <FormatChoice value={format} onChange={setFormat} />
      </Stack>
      <NoticeAlert notice={notice} onClose={() => setNotice(null)} />
    </Stack>
  );
}
