import { Alert, Box, Button, Card, CardContent, Link, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useCallback, useEffect, useState } from 'react';
import { formatDateNl } from '../../../common/dates';
import { dueLabel, unassignedLabel } from '../i18n/labels';
import type { ActionView, RappelGroupView } from '../../../common/plan/types';
import { api, errorMessage } from '../api';
import { tp } from './texts';

type Row = ActionView & { clientRef: string };

/** Rappel: overdue and soon-due actions per partner, with a ready reminder text, mailto and "herinnering verstuurd". */
export function RappelPage() {
  const [data, setData] = useState<{ today: string; soonDays: number; groups: RappelGroupView[] } | null>(null);
  const [notice, setNotice] = useState<{ severity: 'success' | 'error'; text: string } | null>(null);
  const load = useCallback(() => {
    api.plans.rappel({}).then(setData, (err: unknown) => setNotice({ severity: 'error', text: errorMessage(err) }));
  }, []);
  useEffect(load, [load]);

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
    try {
      const ids = [...g.overdue, ...g.soon].map((a) => a.id);
      const { recorded } = await api.plans.recordReminder({ partnerId: g.partnerId, actionIds: ids });
      setNotice({ severity: 'success', text: tp.rappel.recorded(recorded) });
      load();
    } catch (err) {
      setNotice({ severity: 'error', text: errorMessage(err) });
    }
  }

  return (
    <Box sx={{ maxWidth: 1100 }}>
      <Typography variant="h5" component="h1" gutterBottom>
        {tp.rappel.title}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        {tp.rappel.intro(data?.soonDays ?? 7)}
      </Typography>
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

function Rows({ title, rows, today }: { title: string; rows: Row[]; today: string }) {
  return (
    <>
      <Typography variant="subtitle2" component="h3" sx={{ mt: 1 }}>
        {title}
      </Typography>
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell>{tp.action.clientLabel}</TableCell>
            <TableCell>{tp.action.what}</TableCell>
            <TableCell>{tp.action.contact}</TableCell>
            <TableCell>{tp.action.deadlineColumn}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((a) => (
            <TableRow key={a.id} data-testid="rappel-action">
              <TableCell>
                <Link href={`#/dossiers/${a.dossierId}`}>{a.clientRef}</Link>
              </TableCell>
              <TableCell>{a.title}</TableCell>
              <TableCell>{a.contactName ?? ''}</TableCell>
              <TableCell>
                {formatDateNl(a.deadline)} ({dueLabel(a.deadline, today)})
                {a.lastReminderOn && (
                  <Typography variant="caption" component="p" color="text.secondary">
                    {tp.action.reminded(formatDateNl(a.lastReminderOn))}
                  </Typography>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}
