import { Alert, Button, Checkbox, FormControlLabel, Paper, Stack, Typography } from '@mui/material';
import { useEffect, useRef, useState } from 'react';
import { useFocusLater } from '../a11y/useFocusLater';
import { formatDateNl } from '../../../common/dates';
import type { PartnerOption } from '../../../common/meetings/quick-entry';
import type { MeetingDetail } from '../../../common/meetings/types';
import { api, errorMessage } from '../api';
import { DocumentActions } from '../documents/DocumentActions';
import { navigate } from '../router';
import { AgendaItemCard } from './AgendaItemCard';
import { MeetingActionsCsv } from './MeetingActionsCsv';
import { MeetingForm } from './MeetingForm';
import { meetingTexts as t } from './texts';

const localToday = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

export function MeetingPage({ id }: { id: number }) {
  const [meeting, setMeeting] = useState<MeetingDetail | null>(null);
  const [partners, setPartners] = useState<PartnerOption[]>([]);
  const [editing, setEditing] = useState(false);
  const [pseudonymise, setPseudonymise] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const focusLater = useFocusLater();
  const stopEditing = () => {
    setEditing(false);
    focusLater(() => editButton.current);
  };

  useEffect(() => {
    api.meetings.get({ id }).then(setMeeting, (err: unknown) => setError(errorMessage(err)));
    api.partners.list({ includeArchived: false }).then(
      (ps) => setPartners(ps.map((p) => ({ id: p.id, name: p.name }))),
      () => undefined,
    );
  }, [id]);

  if (error) return <Alert severity="error">{error}</Alert>;
  if (!meeting) return null;
  const hasActions = meeting.items.some((i) => i.actions.length > 0);

  return (
    <Stack spacing={2} sx={{ maxWidth: 1000 }}>
      <a href="#/overleg">{t.meeting.back}</a>
      <Typography variant="h5" component="h1">
        {`${meeting.title} — ${formatDateNl(meeting.date)}${meeting.startTime ? ` ${meeting.startTime}` : ''}`}
      </Typography>
      <Typography>
        {meeting.place && `${meeting.place} · `}
        <strong>{t.meeting.present}:</strong> {meeting.partners.length > 0 ? meeting.partners.map((p) => p.name).join(', ') : t.meeting.nobody}
      </Typography>
      {editing ? (
        <Paper variant="outlined" sx={{ p: 2 }}>
          <MeetingForm
            initial={meeting}
            onSaved={(m) => {
              setMeeting(m);
              stopEditing();
            }}
            onCancel={stopEditing}
          />
        </Paper>
      ) : (
        <Stack direction="row" spacing={1}>
          <Button ref={editButton} variant="outlined" onClick={() => setEditing(true)}>
            {t.form.editAgenda}
          </Button>
          <Button
            color="error"
            onClick={() => {
              if (window.confirm(t.form.deleteConfirm)) void api.meetings.delete({ id }).then(() => navigate('/overleg'));
            }}
          >
            {t.form.delete}
          </Button>
        </Stack>
      )}

      <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-labelledby="meeting-docs">
        <Stack spacing={1.5}>
          <Typography variant="h6" component="h2" id="meeting-docs">
            {t.meeting.documents}
          </Typography>
          <FormControlLabel control={<Checkbox checked={pseudonymise} onChange={(e) => setPseudonymise(e.target.checked)} />} label={t.meeting.pseudonymise} />
          <DocumentActions
            label={t.meeting.pack}
            disabled={meeting.items.length === 0}
            make={() => api.documents.meetingPack({ meetingId: id, pseudonymise })}
          />
          <DocumentActions
            label={t.meeting.minutes}
            disabled={meeting.items.length === 0}
            make={() => api.documents.minutes({ meetingId: id, pseudonymise })}
          />
          <DocumentActions
            label={t.meeting.partnerLists}
            disabled={!hasActions}
            make={() => api.documents.partnerActionList({ meetingId: id, pseudonymise })}
          />
          <MeetingActionsCsv key={meeting.id} meeting={meeting} pseudonymise={pseudonymise} disabled={!hasActions} />
        </Stack>
      </Paper>

      <Typography variant="h6" component="h2">
        {t.meeting.agenda}
      </Typography>
      {meeting.items.length === 0 && <Typography color="text.secondary">{t.meeting.emptyAgenda}</Typography>}
      {meeting.items.map((item, i) => (
        <AgendaItemCard key={item.id} item={item} index={i} partners={partners} today={localToday()} onChange={setMeeting} />
      ))}
    </Stack>
  );
}
