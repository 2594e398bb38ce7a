import { Alert, Button, Paper, Stack, Typography } from '@mui/material';
import { DataTable } from '../components/DataTable';
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
      {meetings && (
        <DataTable
          rows={meetings}
          rowKey={(m) => m.id}
          rowProps={(m) => ({ hover: true, sx: { cursor: 'pointer' }, onClick: () => navigate(`/overleg/${m.id}`) })}
          empty={t.list.none}
          columns={[
            {
              label: t.list.date,
              cell: (m) => (
                <a href={`#/overleg/${m.id}`} onClick={(e) => e.stopPropagation()}>{`${formatDateNl(m.date)}${m.startTime ? ` ${m.startTime}` : ''}`}</a>
              ),
            },
            { label: t.list.name, cell: (m) => m.title },
            { label: t.list.place, cell: (m) => m.place },
            { label: t.list.dossiers, align: 'right', cell: (m) => m.dossierCount },
            { label: t.list.partners, align: 'right', cell: (m) => m.partnerCount },
          ]}
        />
      )}
    </Stack>
  );
}
