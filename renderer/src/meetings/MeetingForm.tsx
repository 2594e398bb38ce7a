import { Alert, Autocomplete, Box, Button, Checkbox, FormControlLabel, FormGroup, FormHelperText, FormLabel, Stack, TextField } from '@mui/material';
import { useEffect, useState } from 'react';
import { meetingFieldsSchema } from '../../../common/api/meetings';
import type { MeetingDetail } from '../../../common/meetings/types';
import { localTodayIso } from '../../../common/calendar';
import { api, errorMessage } from '../api';
import { DateField } from '../components/DateField';
import { placeServerErrors } from '../forms';
import { localizeMessage } from '../i18n/message-codes';
import { listName } from '../../../common/people/names';
import { meetingTexts as t } from './texts';

/** The fields this form shows, as the contract names them. */
const FIELDS = ['title', 'date', 'startTime', 'place', 'partnerIds', 'dossierIds'];

interface DossierOption {
  id: number;
  label: string;
}

const dossierLabel = (d: { achternaam: string; tussenvoegsel: string; voornamen: string; geboortedatum: string | null }) =>
  `${listName(d)}${d.geboortedatum ? ` (${d.geboortedatum.slice(0, 4)})` : ''}`;

/** Create or change a meeting: date, time, place, partners present and the dossiers on the agenda. */
export function MeetingForm({ initial, onSaved, onCancel }: { initial: MeetingDetail | null; onSaved: (m: MeetingDetail) => void; onCancel?: () => void }) {
  const [title, setTitle] = useState(initial?.title ?? t.form.defaultTitle);
  const [date, setDate] = useState(initial?.date ?? localTodayIso());
  const [startTime, setStartTime] = useState(initial?.startTime ?? '');
  const [place, setPlace] = useState(initial?.place ?? '');
  const [partnerIds, setPartnerIds] = useState<number[]>(initial?.partners.map((p) => p.id) ?? []);
  const [agenda, setAgenda] = useState<DossierOption[]>(initial?.items.map((i) => ({ id: i.dossierId, label: i.clientName })) ?? []);
  const [partners, setPartners] = useState<{ id: number; name: string }[]>([]);
  const [options, setOptions] = useState<DossierOption[]>([]);
  const [query, setQuery] = useState('');
  const [fields, setFields] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    api.partners.list({ includeArchived: false }).then(
      (ps) => setPartners(ps.map((p) => ({ id: p.id, name: p.name }))),
      (err: unknown) => setError(errorMessage(err)),
    );
  }, []);
  useEffect(() => {
    let live = true;
    api.dossiers.list({ query, statuses: ['melding', 'detentie', 'vrijlating_nadert', 'nazorg'], limit: 50 }).then(
      (r) => live && setOptions(r.items.map((d) => ({ id: d.id, label: dossierLabel(d) }))),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [query]);

  async function save() {
    setError(null);
    const input = { title, date, startTime, place, partnerIds, dossierIds: agenda.map((a) => a.id) };
    const parsed = meetingFieldsSchema.safeParse(input);
    if (!parsed.success) {
      setFields(Object.fromEntries(parsed.error.issues.map((i) => [i.path.join('.'), localizeMessage(i.message)])));
      return;
    }
    setFields({});
    try {
      onSaved(initial ? await api.meetings.update({ id: initial.id, ...input }) : await api.meetings.create(input));
    } catch (err) {
      const placed = placeServerErrors(err, FIELDS);
      setFields(placed.fields);
      setError(placed.general);
    }
  }

  return (
    <Stack spacing={2} component="form" noValidate onSubmit={(e) => (e.preventDefault(), void save())}>
      {error && <Alert severity="error">{error}</Alert>}
      {/* The form replaces the button that opened it: focus goes into the form, not back to the page body. */}
      <TextField
        label={t.form.title}
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        error={!!fields['title']}
        helperText={fields['title']}
        autoFocus
      />
      <Stack direction="row" spacing={2}>
        <DateField label={t.form.date} value={date} onChange={setDate} error={fields['date']} sx={{ minWidth: 190 }} />
        <TextField
          label={t.form.startTime}
          value={startTime}
          onChange={(e) => setStartTime(e.target.value)}
          error={!!fields['startTime']}
          helperText={fields['startTime']}
          slotProps={{ inputLabel: { shrink: true } }}
        />
        <TextField
          label={t.form.place}
          value={place}
          onChange={(e) => setPlace(e.target.value)}
          sx={{ flexGrow: 1 }}
          error={!!fields['place']}
          helperText={fields['place']}
          slotProps={{ inputLabel: { shrink: true } }}
        />
      </Stack>
      <Box component="fieldset" sx={{ border: 0, p: 0, m: 0 }}>
        <FormLabel component="legend" error={!!fields['partnerIds']}>
          {t.form.partners}
        </FormLabel>
        {fields['partnerIds'] && <FormHelperText error>{fields['partnerIds']}</FormHelperText>}
        {partners.length === 0 ? (
          <Alert severity="info">{t.form.noPartners}</Alert>
        ) : (
          <FormGroup row>
            {partners.map((p) => (
              <FormControlLabel
                key={p.id}
                control={
                  <Checkbox
                    checked={partnerIds.includes(p.id)}
                    onChange={(e) => setPartnerIds((ids) => (e.target.checked ? [...ids, p.id] : ids.filter((x) => x !== p.id)))}
                  />
                }
                label={p.name}
              />
            ))}
          </FormGroup>
        )}
      </Box>
      <Autocomplete
        multiple
        options={options}
        value={agenda}
        filterOptions={(x) => x}
        isOptionEqualToValue={(a, b) => a.id === b.id}
        getOptionLabel={(o) => o.label}
        onChange={(_, v) => setAgenda(v)}
        onInputChange={(_, v) => setQuery(v)}
        renderInput={(params) => (
          <TextField {...params} label={t.form.dossiers} helperText={fields['dossierIds'] ?? t.form.dossiersHelp} error={!!fields['dossierIds']} />
        )}
      />
      <Stack direction="row" spacing={1}>
        <Button type="submit" variant="contained">
          {t.form.save}
        </Button>
        {onCancel && <Button onClick={onCancel}>{t.form.cancel}</Button>}
      </Stack>
    </Stack>
  );
}
