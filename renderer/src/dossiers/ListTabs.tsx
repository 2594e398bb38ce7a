import {
  Alert,
  Box,
  Button,
  Divider,
  Grid,
  List,
  ListItem,
  ListItemText,
  MenuItem,
  Paper,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useEffect, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { formatDateNl, formatDateTimeNl } from '../../../common/dates';
import { localTodayIso } from '../../../common/calendar';
import { consentFieldsSchema, LEGAL_BASES, noteFieldsSchema, type ConsentFields, type ContactRole, type NoteFields } from '../../../common/dossiers/schema';
import type { ClosingReason, DossierStatus } from '../../../common/dossiers/status';
import { aanhefLabel, closingReasonLabel, contactRoleLabel, legalBasisLabel, statusLabel } from '../i18n/labels';
import type { Consent, Contact, DossierDetail, HistoryEntry } from '../../../common/dossiers/types';
import type { Aanhef } from '../../../common/people/names';
import { call, errorMessage } from '../api';
import { applyServerErrors, placeServerErrors } from '../forms';
import { ContactForm, EMPTY_CONTACT, type ContactFormValues } from './ContactForm';
import { FormText } from './FormText';
import { DateField, FormDate } from '../components/DateField';
import { schemaResolver } from './resolver';
import { dt } from './texts';
import { planHistoryLabel } from '../plan/historyLabels';
import { SubmitButton } from '../a11y/SubmitButton';

type Reload = () => Promise<void>;

function useFormError() {
  const [error, setError] = useState<string | null>(null);
  return { error, setError };
}

function contactValues(c: Contact): ContactFormValues {
  return { role: c.role, name: c.name, organisation: c.organisation, relation: c.relation, telefoon: c.telefoon, email: c.email, note: c.note };
}

export function PeopleTab({ detail, reload }: { detail: DossierDetail; reload: Reload }) {
  const { error, setError } = useFormError();
  const [editing, setEditing] = useState<number | null>(null);
  const remove = async (id: number) => {
    try {
      await call('dossiers.removeContact', { id });
      await reload();
    } catch (err) {
      setError(errorMessage(err));
    }
  };
  const p = dt.people;
  return (
    <Stack spacing={2} sx={{ maxWidth: 960 }}>
      {error && <Alert severity="error">{error}</Alert>}
      {detail.contacts.length === 0 ? (
        <Typography color="text.secondary">{p.none}</Typography>
      ) : (
        <List>
          {detail.contacts.map((c) =>
            editing === c.id ? (
              <ListItem key={c.id} divider sx={{ display: 'block' }}>
                <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-label={p.editTitle(c.name)}>
                  <Typography variant="subtitle1" component="h3" sx={{ mb: 1 }}>
                    {p.editTitle(c.name)}
                  </Typography>
                  <ContactForm
                    initial={contactValues(c)}
                    submitLabel={p.save}
                    onCancel={() => setEditing(null)}
                    save={async (v) => {
                      await call('dossiers.updateContact', { id: c.id, ...v });
                      setEditing(null);
                      await reload();
                    }}
                  />
                </Paper>
              </ListItem>
            ) : (
              <ListItem
                key={c.id}
                divider
                secondaryAction={
                  <Stack direction="row" spacing={1}>
                    <Button onClick={() => setEditing(c.id)} aria-label={p.editFor(c.name)}>
                      {p.edit}
                    </Button>
                    <Button color="error" onClick={() => void remove(c.id)} aria-label={p.removeFor(c.name)}>
                      {p.remove}
                    </Button>
                  </Stack>
                }
                sx={{ pr: 28 }}
              >
                <ListItemText
                  primary={`${c.name} — ${contactRoleLabel(c.role)}${c.organisation ? ` (${c.organisation})` : ''}${c.relation ? `, ${c.relation}` : ''}`}
                  secondary={[c.telefoon, c.email, c.note].filter(Boolean).join(' · ')}
                />
              </ListItem>
            ),
          )}
        </List>
      )}
      <Paper variant="outlined" sx={{ p: 2 }}>
        <Typography variant="h6" component="h2" gutterBottom>
          {p.add}
        </Typography>
        <ContactForm
          initial={EMPTY_CONTACT}
          submitLabel={p.add}
          resetAfterSave
          save={async (v) => {
            await call('dossiers.addContact', { dossierId: detail.dossier.id, ...v });
            await reload();
          }}
        />
      </Paper>
    </Stack>
  );
}

function WithdrawConsent({ consent, reload }: { consent: Consent; reload: Reload }) {
  const [date, setDate] = useState(localTodayIso());
  const [error, setError] = useState<{ field?: string; general: string | null } | null>(null);
  const go = async () => {
    setError(null);
    try {
      await call('dossiers.withdrawConsent', { id: consent.id, withdrawnOn: date || null });
      await reload();
    } catch (err) {
      const placed = placeServerErrors(err, ['withdrawnOn']);
      setError({ field: placed.fields['withdrawnOn'], general: placed.general });
    }
  };
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start', mt: 1, flexWrap: 'wrap' }}>
      <DateField size="small" label={dt.consent.withdrawnOn} value={date} onChange={setDate} error={error?.field} />
      <Button variant="outlined" color="warning" onClick={() => void go()}>
        {dt.consent.withdraw}
      </Button>
      {error?.general && (
        <Alert severity="error" sx={{ width: '100%' }}>
          {error.general}
        </Alert>
      )}
    </Stack>
  );
}

export function ConsentTab({ detail, reload }: { detail: DossierDetail; reload: Reload }) {
  type V = { partner: string; scope: string; legalBasis: string; givenOn: string; note: string };
  const empty: V = { partner: '', scope: '', legalBasis: 'toestemming', givenOn: localTodayIso(), note: '' };
  const form = useForm<V, unknown, ConsentFields>({ resolver: schemaResolver(consentFieldsSchema), defaultValues: empty });
  const { error, setError } = useFormError();
  const submit = form.handleSubmit(async (v) => {
    setError(null);
    try {
      await call('dossiers.addConsent', { dossierId: detail.dossier.id, ...v });
      form.reset(empty);
      await reload();
    } catch (err) {
      setError(applyServerErrors(err, form.setError, Object.keys(empty)));
    }
  });
  const c = dt.consent;
  return (
    <Stack spacing={2} sx={{ maxWidth: 960 }}>
      {detail.consents.length === 0 ? (
        <Typography color="text.secondary">{c.none}</Typography>
      ) : (
        detail.consents.map((x) => (
          <Paper key={x.id} variant="outlined" sx={{ p: 2, opacity: x.withdrawnOn ? 0.75 : 1 }}>
            <Typography sx={{ fontWeight: 600 }}>{x.partner}</Typography>
            <Typography>{x.scope}</Typography>
            <Typography variant="body2" color="text.secondary">
              {legalBasisLabel(x.legalBasis)} · {c.givenAt(formatDateNl(x.givenOn))}
              {x.withdrawnOn ? ` · ${c.withdrawnAt(formatDateNl(x.withdrawnOn))}` : ''}
            </Typography>
            {x.note && <Typography variant="body2">{x.note}</Typography>}
            {!x.withdrawnOn && <WithdrawConsent consent={x} reload={reload} />}
          </Paper>
        ))
      )}
      <Paper variant="outlined" component="form" noValidate onSubmit={submit} sx={{ p: 2 }}>
        <Typography variant="h6" component="h2" gutterBottom>
          {c.add}
        </Typography>
        {error && <Alert severity="error">{error}</Alert>}
        <Grid container spacing={2}>
          <Grid size={{ xs: 12, md: 6 }}>
            <FormText form={form} name="partner" label={c.partner} required />
          </Grid>
          <Grid size={{ xs: 12, md: 6 }}>
            <Controller
              control={form.control}
              name="legalBasis"
              render={({ field }) => (
                <TextField select label={c.legalBasis} {...field} fullWidth slotProps={{ inputLabel: { shrink: true } }}>
                  {LEGAL_BASES.map((b) => (
                    <MenuItem key={b} value={b}>
                      {legalBasisLabel(b)}
                    </MenuItem>
                  ))}
                </TextField>
              )}
            />
          </Grid>
          <Grid size={12}>
            <FormText form={form} name="scope" label={c.scope} required multiline minRows={2} />
          </Grid>
          <Grid size={{ xs: 12, md: 4 }}>
            <FormDate form={form} name="givenOn" label={c.givenOn} />
          </Grid>
          <Grid size={{ xs: 12, md: 8 }}>
            <FormText form={form} name="note" label={c.note} />
          </Grid>
        </Grid>
        <SubmitButton sx={{ mt: 2 }} busy={form.formState.isSubmitting}>
          {c.add}
        </SubmitButton>
      </Paper>
    </Stack>
  );
}

export function JournalTab({ detail, reload }: { detail: DossierDetail; reload: Reload }) {
  type V = { date: string; text: string };
  const empty: V = { date: localTodayIso(), text: '' };
  const form = useForm<V, unknown, NoteFields>({ resolver: schemaResolver(noteFieldsSchema), defaultValues: empty });
  const { error, setError } = useFormError();
  const submit = form.handleSubmit(async (v) => {
    setError(null);
    try {
      await call('dossiers.addNote', { dossierId: detail.dossier.id, ...v });
      form.reset(empty);
      await reload();
    } catch (err) {
      setError(applyServerErrors(err, form.setError, ['date', 'text']));
    }
  });
  const j = dt.journal;
  return (
    <Stack spacing={2} sx={{ maxWidth: 960 }}>
      <Paper variant="outlined" component="form" noValidate onSubmit={submit} sx={{ p: 2 }}>
        {error && <Alert severity="error">{error}</Alert>}
        <Stack spacing={2}>
          <Box sx={{ maxWidth: 240 }}>
            <FormDate form={form} name="date" label={j.date} />
          </Box>
          <FormText form={form} name="text" label={j.text} multiline minRows={3} />
          <SubmitButton sx={{ alignSelf: 'flex-start' }} busy={form.formState.isSubmitting}>
            {j.add}
          </SubmitButton>
        </Stack>
      </Paper>
      {detail.notes.length === 0 ? (
        <Typography color="text.secondary">{j.none}</Typography>
      ) : (
        detail.notes.map((n) => (
          <Box key={n.id}>
            <Typography variant="subtitle2">{formatDateNl(n.date)}</Typography>
            <Typography sx={{ whiteSpace: 'pre-wrap' }}>{n.text}</Typography>
            <Divider sx={{ mt: 1 }} />
          </Box>
        ))
      )}
    </Stack>
  );
}

const DATE_VALUE_FIELDS = new Set(['geboortedatum', 'meldingDatum', 'detentieStart', 'verwachteVrijlating', 'werkelijkeVrijlating']);

function fieldLabel(field: string): string {
  const plan = planHistoryLabel(field);
  if (plan) return plan;
  const fields = dt.fields as Record<string, string>;
  if (fields[field]) return fields[field].replace(/ \((dd-mm-jjjj|dd-mm-yyyy)\)$/, '');
  const lists = dt.history.listFields as Record<string, string>;
  if (field.startsWith('contact.')) return `${lists['contact']} (${contactRoleLabel(field.slice(8) as ContactRole)})`;
  return lists[field] ?? field;
}

function valueLabel(field: string, v: string | null): string {
  if (v === null) return '—';
  if (field === 'status') return statusLabel(v as DossierStatus);
  if (field === 'closingReason') return closingReasonLabel(v as ClosingReason);
  if (field === 'reclasseringToezicht') return dt.toezicht[v as 'ja' | 'nee' | 'onbekend'] ?? v;
  if (field === 'aanhef') return aanhefLabel(v as Aanhef);
  if (DATE_VALUE_FIELDS.has(field) || field === 'consent.withdrawn') return formatDateNl(v) || v;
  return v;
}

export function HistoryTab({ dossierId, version }: { dossierId: number; version: string }) {
  const [entries, setEntries] = useState<HistoryEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    call('dossiers.history', { id: dossierId }).then(setEntries, (err: unknown) => setError(errorMessage(err)));
  }, [dossierId, version]);
  const h = dt.history;
  if (error) return <Alert severity="error">{error}</Alert>;
  if (!entries) return null;
  if (entries.length === 0) return <Typography color="text.secondary">{h.none}</Typography>;
  return (
    <Table size="small" aria-label={dt.detail.tabs.history}>
      <TableHead>
        <TableRow>
          <TableCell>{h.at}</TableCell>
          <TableCell>{h.field}</TableCell>
          <TableCell>{h.old}</TableCell>
          <TableCell>{h.new}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {entries.map((e) => (
          <TableRow key={e.id}>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDateTimeNl(e.at)}</TableCell>
            <TableCell>{e.field === 'status' && e.oldValue === null ? h.created : fieldLabel(e.field)}</TableCell>
            <TableCell sx={{ whiteSpace: 'pre-wrap' }}>{valueLabel(e.field, e.oldValue)}</TableCell>
            <TableCell sx={{ whiteSpace: 'pre-wrap' }}>{valueLabel(e.field, e.newValue)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
