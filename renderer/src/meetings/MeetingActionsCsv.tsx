import TableViewIcon from '@mui/icons-material/TableView';
import { Button, Stack, TextField } from '@mui/material';
import { useState } from 'react';
import { formatDateNl } from '../../../common/dates';
import type { MeetingDetail } from '../../../common/meetings/types';
import { DEFAULT_SPREADSHEET_FORMAT, type SpreadsheetFormat } from '../../../common/exchange/table';
import { api } from '../api';
import { NoticeAlert } from '../components/NoticeAlert';
import { useApiAction } from '../hooks/useApiAction';
import { saveDownload } from '../exchange/download';
import { FormatChoice } from '../exchange/FormatChoice';
import { meetingTexts as t } from './texts';

/**
 * The actions allocated in this meeting as a spreadsheet for the partners. Like every spreadsheet export (Excel or CSV) it asks to whom
 * and why (for the register); both are proposed from the meeting: the partners present and the meeting itself.
 */
export function MeetingActionsCsv({ meeting, pseudonymise, disabled }: { meeting: MeetingDetail; pseudonymise: boolean; disabled: boolean }) {
  const [recipient, setRecipient] = useState(() => meeting.partners.map((p) => p.name).join(', '));
  const [purpose, setPurpose] = useState(() => t.csv.defaultPurpose(meeting.title, formatDateNl(meeting.date)));
  const [format, setFormat] = useState<SpreadsheetFormat>(DEFAULT_SPREADSHEET_FORMAT);
  const { run, busy, notice, setNotice, fields } = useApiAction(['recipient', 'purpose']);

  const make = () =>
    run(
      () => api.exports.meetingActionsCsv({ meetingId: meeting.id, pseudonymise, recipient, purpose, format }),
      (file) => {
        saveDownload(file);
        return t.csv.done;
      },
    );

  return (
    <Stack spacing={1.5} sx={{ alignItems: 'flex-start' }}>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={1.5} sx={{ alignSelf: 'stretch' }}>
        <TextField
          size="small"
          label={t.csv.recipient}
          value={recipient}
          onChange={(e) => setRecipient(e.target.value)}
          error={!!fields['recipient']}
          helperText={fields['recipient']}
          sx={{ flex: 1 }}
        />
        <TextField
          size="small"
          label={t.csv.purpose}
          value={purpose}
          onChange={(e) => setPurpose(e.target.value)}
          error={!!fields['purpose']}
          helperText={fields['purpose']}
          sx={{ flex: 1 }}
        />
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
