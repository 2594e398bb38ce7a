import { Alert, Autocomplete, Box, Button, Checkbox, FormControlLabel, FormGroup, FormHelperText, FormLabel, Stack, TextField } from '@mui/material';
import { useEffect, useState } from 'react';
import { Controller } from 'react-hook-form';
import { meetingFieldsSchema } from '../../../common/api/meetings';
import type { MeetingDetail } from '../../../common/meetings/types';
import { localTodayIso } from '../../../common/calendar';
import { api, errorMessage } from '../api';
import { FormDate } from '../components/DateField';
import { FormText } from '../components/FormText';
import { NoticeAlert } from '../components/NoticeAlert';
import { useApiForm } from '../hooks/useApiForm';
import { listName } from '../../../common/people/names';
import { meetingTexts as t } from './texts';

interface DossierOption {
  id: number;
  label: string;
}

const dossierLabel = (d: { achternaam: string; tussenvoegsel: string; voornamen: string; geboortedatum: string | null }) =>
  `${listName(d)}${d.geboortedatum ? ` (${d.geboortedatum.slice(0, 4)})` : ''}`;

/** Ticks one id in or out of a list of ids. */
const toggled = (ids: readonly number[], id: number, on: boolean) => (on ? [...ids, id] : ids.filter((x) => x !== id));

/** Create or change a meeting: date, time, place, partners present and the dossiers on the agenda. */
export function MeetingForm({ initial, onSaved, onCancel }: { initial: MeetingDetail | null; onSaved: (m: MeetingDetail) => void; onCancel?: () => void }) {
  const { form, bind, run, notice, setNotice } = useApiForm(meetingFieldsSchema, {
    title: initial?.title ?? t.form.defaultTitle,
    date: initial?.date ?? localTodayIso(),
    startTime: initial?.startTime ?? '',
    place: initial?.place ?? '',
    partnerIds: initial?.partners.map((p) => p.id) ?? [],
    dossierIds: initial?.items.map((i) => i.dossierId) ?? [],
  });
  /** The names of the dossiers chosen so far (the form holds their ids). */
  const [names, setNames] = useState<Record<number, string>>(() => Object.fromEntries(initial?.items.map((i) => [i.dossierId, i.clientName]) ?? []));
  const [partners, setPartners] = useState<{ id: number; name: string }[]>([]);
  const [options, setOptions] = useState<DossierOption[]>([]);
  const [query, setQuery] = useState('');

  useEffect(() => {
    api.partners.list({ includeArchived: false }).then(
      (ps) => setPartners(ps.map((p) => ({ id: p.id, name: p.name }))),
      (err: unknown) => setNotice({ severity: 'error', text: errorMessage(err) }),
    );
  }, [setNotice]);
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

  const save = form.handleSubmit(async (v) => {
    const r = await run(() => (initial ? api.meetings.update({ id: initial.id, ...v }) : api.meetings.create(v)));
    if (r.ok) onSaved(r.value);
  });

  return (
    <Stack spacing={2} component="form" noValidate onSubmit={save}>
      <NoticeAlert notice={notice} />
      {/* The form replaces the button that opened it: focus goes into the form, not back to the page body. */}
      <FormText form={bind} name="title" label={t.form.title} autoFocus />
      <Stack direction="row" spacing={2}>
        <FormDate form={bind} name="date" label={t.form.date} fullWidth={false} sx={{ minWidth: 190 }} />
        <FormText form={bind} name="startTime" label={t.form.startTime} fullWidth={false} />
        <FormText form={bind} name="place" label={t.form.place} fullWidth={false} sx={{ flexGrow: 1 }} />
      </Stack>
      <Controller
        control={form.control}
        name="partnerIds"
        render={({ field, fieldState: { error } }) => (
          <Box component="fieldset" sx={{ border: 0, p: 0, m: 0 }}>
            <FormLabel component="legend" error={!!error}>
              {t.form.partners}
            </FormLabel>
            {error && <FormHelperText error>{error.message}</FormHelperText>}
            {partners.length === 0 ? (
              <Alert severity="info">{t.form.noPartners}</Alert>
            ) : (
              <FormGroup row>
                {partners.map((p) => (
                  <FormControlLabel
                    key={p.id}
                    label={p.name}
                    control={<Checkbox checked={field.value.includes(p.id)} onChange={(e) => field.onChange(toggled(field.value, p.id, e.target.checked))} />}
                  />
                ))}
              </FormGroup>
            )}
          </Box>
        )}
      />
      <Controller
        control={form.control}
        name="dossierIds"
        render={({ field, fieldState: { error } }) => (
          <Autocomplete
            multiple
            options={options}
            value={field.value.map((id) => ({ id, label: names[id] ?? '' }))}
            filterOptions={(x) => x}
            isOptionEqualToValue={(a, b) => a.id === b.id}
            getOptionLabel={(o) => o.label}
            onChange={(_, chosen) => {
              setNames((n) => ({ ...n, ...Object.fromEntries(chosen.map((o) => [o.id, o.label])) }));
              field.onChange(chosen.map((o) => o.id));
            }}
            onInputChange={(_, v) => setQuery(v)}
            renderInput={(params) => (
              <TextField {...params} inputRef={field.ref} label={t.form.dossiers} helperText={error?.message ?? t.form.dossiersHelp} error={!!error} />
            )}
          />
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
