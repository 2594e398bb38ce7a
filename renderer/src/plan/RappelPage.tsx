import { Alert, Box, Button, Card, CardContent, Link, Stack, TextField, Typography } from '@mui/material';
import { formatDateNl } from '../../../common/dates';
import { dueLabel, unassignedLabel } from '../i18n/labels';
import type { ActionView, RappelGroupView } from '../../../common/plan/types';
import { api, errorMessage } from '../api';
import { DataTable, type Column } from '../components/DataTable';
import { PageHeading } from '../components/PageHeading';
import { useApiAction } from '../hooks/useApiAction';
import { useApiData } from '../hooks/useApiData';
import { tp } from './texts';

type Row = ActionView & { clientRef: string };

/** Rappel: overdue and soon-due actions per partner, with a ready reminder text, mailto and "herinnering verstuurd". */
export function RappelPage() {
  const { data, error, refresh } = useApiData(() => api.plans.rappel({}));
  const { run, notice, setNotice } = useApiAction();

  async function copy(text: string) {
    try {
      await navigator.clipboard.writeText(text);
      setNotice({ severity: 'success', text: tp.rappel.copied });
    } catch {
      // Clipboard refused (web mode over http): the text field stays selectable by hand.
      setNotice({ severity: 'error', text: errorMessage(null) });
    }
  }
  async function record(g: RappelGroupView) {
    const ids = [...g.overdue, ...g.soon].map((a) => a.id);
    const done = await run(
      () => api.plans.recordReminder({ partnerId: g.partnerId, actionIds: ids }),
      ({ recorded }) => tp.rappel.recorded(recorded),
    );
    if (done.ok) void refresh();
  }

  return (
    <Box sx={{ maxWidth: 1100 }}>
      <PageHeading title={tp.rappel.title} intro={tp.rappel.intro(data?.soonDays ?? 7)} />
      {error && (
        <Alert severity="error" sx={{ mb: 2 }}>
          {error}
        </Alert>
      )}
      {notice && (
        <Alert severity={notice.severity} sx={{ mb: 2 }} onClose={() => setNotice(null)} role="status">
          {notice.text}
        </Alert>
      )}
      {data === null ? (
        <Typography>{tp.common.loading}</Typography>
      ) : data.groups.length === 0 ? (
        <Typography>{tp.rappel.empty}</Typography>
      ) : (
        <Stack spacing={2}>
          {data.groups.map((g) => (
            <Card
              key={g.partnerId ?? 'none'}
              variant="outlined"
              component="section"
              aria-label={g.partnerId !== null ? g.partnerName : unassignedLabel()}
              data-testid="rappel-group"
              data-partner={g.partnerName}
            >
              <CardContent>
                <Typography variant="h6" component="h2">
                  {g.partnerId !== null ? <Link href={`#/partners/${g.partnerId}`}>{g.partnerName}</Link> : unassignedLabel()}
                </Typography>
                {g.overdue.length > 0 && <Rows title={tp.rappel.overdue} rows={g.overdue} today={data.today} />}
                {g.soon.length > 0 && <Rows title={tp.rappel.soon} rows={g.soon} today={data.today} />}
                {g.partnerId === null ? (
                  <Typography color="text.secondary">{tp.rappel.unassignedHint}</Typography>
                ) : (
                  <>
                    <TextField
                      label={tp.rappel.text}
                      value={g.body}
                      multiline
                      fullWidth
                      minRows={4}
                      maxRows={14}
                      sx={{ my: 1 }}
                      slotProps={{ htmlInput: { readOnly: true } }}
                    />
                    <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
                      <Button variant="outlined" onClick={() => void copy(`${g.subject}\n\n${g.body}`)}>
                        {tp.rappel.copy}
                      </Button>
                      {g.email && g.mailto ? (
                        <Button variant="outlined" href={g.mailto}>
                          {tp.rappel.mail}
                        </Button>
                      ) : (
                        <Typography variant="body2" color="text.secondary">
                          {tp.rappel.noEmail}
                        </Typography>
                      )}
                      <Button variant="contained" onClick={() => void record(g)}>
                        {tp.rappel.record}
                      </Button>
                    </Stack>
                  </>
                )}
              </CardContent>
            </Card>
          ))}
        </Stack>
      )}
    </Box>
  );
}

const rowColumns = (today: string): Column<Row>[] => [
  { label: tp.action.clientLabel, cell: (a) => <Link href={`#/dossiers/${a.dossierId}`}>{a.clientRef}</Link> },
  { label: tp.action.what, cell: (a) => a.title },
  { label: tp.action.contact, cell: (a) => a.contactName ?? '' },
  {
    label: tp.action.deadlineColumn,
    cell: (a) => (
      <>
        {formatDateNl(a.deadline)} ({dueLabel(a.deadline, today)})
        {a.lastReminderOn && (
          <Typography variant="caption" component="p" color="text.secondary">
            {tp.action.reminded(formatDateNl(a.lastReminderOn))}
          </Typography>
        )}
      </>
    ),
  },
];

function Rows({ title, rows, today }: { title: string; rows: Row[]; today: string }) {
  return (
    <>
      <Typography variant="subtitle2" component="h3" sx={{ mt: 1 }}>
        {title}
      </Typography>
      <DataTable rows={rows} columns={rowColumns(today)} rowKey={(a) => a.id} empty="" rowProps={() => ({ 'data-testid': 'rappel-action' })} />
    </>
  );
}
