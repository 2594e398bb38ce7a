import { Alert, Button, Paper, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useRef, useState } from 'react';
import { useFocusLater } from '../a11y/useFocusLater';
import { formatDateNl } from '../../../common/dates';
import { api } from '../api';
import { useApiData } from '../hooks/useApiData';
import { navigate } from '../router';
import { MeetingForm } from './MeetingForm';
import { meetingTexts as t } from './texts';

export function MeetingsPage() {
  const { data: meetings, error } = useApiData(() => api.meetings.list({}));
  const [creating, setCreating] = useState(false);
  const createButton = useRef<HTMLButtonElement>(null);
  const focusLater = useFocusLater();
  return (
    <Stack spacing={2} sx={{ maxWidth: 1000 }}>
      <Typography variant="h5" component="h1">
        {t.list.title}
      </Typography>
      <Typography variant="body2">{t.list.intro}</Typography>
      {error && <Alert severity="error">{error}</Alert>}
      {creating ? (
        <Paper variant="outlined" sx={{ p: 2 }}>
          <MeetingForm
            initial={null}
            onSaved={(m) => navigate(`/overleg/${m.id}`)}
            onCancel={() => {
              setCreating(false);
              focusLater(() => createButton.current);
            }}
          />
        </Paper>
      ) : (
        <Button ref={createButton} variant="contained" sx={{ alignSelf: 'flex-start' }} onClick={() => setCreating(true)}>
          {t.list.create}
        </Button>
      )}
      {meetings && meetings.length === 0 && <Typography color="text.secondary">{t.list.none}</Typography>}
      {meetings && meetings.length > 0 && (
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{t.list.date}</TableCell>
              <TableCell>{t.list.name}</TableCell>
              <TableCell>{t.list.place}</TableCell>
              <TableCell align="right">{t.list.dossiers}</TableCell>
              <TableCell align="right">{t.list.partners}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {meetings.map((m) => (
              <TableRow key={m.id} hover sx={{ cursor: 'pointer' }} onClick={() => navigate(`/overleg/${m.id}`)}>
                <TableCell>
                  <a href={`#/overleg/${m.id}`} onClick={(e) => e.stopPropagation()}>{`${formatDateNl(m.date)}${m.startTime ? ` ${m.startTime}` : ''}`}</a>
                </TableCell>
                <TableCell>{m.title}</TableCell>
                <TableCell>{m.place}</TableCell>
                <TableCell align="right">{m.dossierCount}</TableCell>
                <TableCell align="right">{m.partnerCount}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Stack>
  );
}
