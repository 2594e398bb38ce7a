import { Alert, Button, Grid, MenuItem, Paper, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { formatDateNl } from '../../../../common/dates';
import { localTodayIso } from '../../../../common/dossiers/fields';
import { consentFieldsSchema, LEGAL_BASES, type ConsentFields } from '../../../../common/dossiers/schema';
import { legalBasisLabel } from '../../i18n/labels';
import type { Consent, DossierDetail } from '../../../../common/dossiers/types';
import { api } from '../../api';
import { applyServerErrors, placeServerErrors } from '../../forms';
import { FormText } from '../../components/FormText';
import { DateField, FormDate } from '../../components/DateField';
import { schemaResolver } from '../resolver';
import { dt } from '../texts';
import { SubmitButton } from '../../a11y/SubmitButton';
import { type Reload, useFormError } from './tab-tools';

function WithdrawConsent({ consent, reload }: { consent: Consent; reload: Reload }) {
  const [date, setDate] = useState(localTodayIso());
  const [error, setError] = useState<{ field?: string; general: string | null } | null>(null);
  const go = async () => {
    setError(null);
    try {
      await api.dossiers.withdrawConsent({ id: consent.id, withdrawnOn: date || null });
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
      await api.dossiers.addConsent({ dossierId: detail.dossier.id, ...v });
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
