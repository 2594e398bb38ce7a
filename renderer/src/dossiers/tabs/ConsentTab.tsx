import { Grid, Paper, Stack, Typography } from '@mui/material';
import { formatDateNl } from '../../../../common/dates';
import { localTodayIso } from '../../../../common/calendar';
import { dossiersArea } from '../../../../common/api/dossiers';
import { consentFieldsSchema, LEGAL_BASES, type LegalBasis } from '../../../../common/dossiers/schema';
import { legalBasisLabel } from '../../i18n/labels';
import type { Consent, DossierDetail } from '../../../../common/dossiers/types';
import { api } from '../../api';
import { FormText } from '../../components/FormText';
import { FormSelect } from '../../components/FormSelect';
import { FormDate } from '../../components/DateField';
import { NoticeAlert } from '../../components/NoticeAlert';
import { useApiForm } from '../../hooks/useApiForm';
import { dt } from '../texts';
import { SubmitButton } from '../../a11y/SubmitButton';
import type { Reload } from './tab-tools';

function WithdrawConsent({ consent, reload }: { consent: Consent; reload: Reload }) {
  // The consent's id is part of the form's values, so the contract's whole rule (a date is required) checks the form.
  const { form, bind, run, busy, notice } = useApiForm(dossiersArea.withdrawConsent.input, { id: consent.id, withdrawnOn: localTodayIso() });
  const submit = form.handleSubmit(async (v) => {
    if ((await run(() => api.dossiers.withdrawConsent(v))).ok) await reload();
  });
  const idRefused = form.formState.errors.id?.message;
  return (
    <Stack direction="row" spacing={1} component="form" noValidate onSubmit={submit} sx={{ alignItems: 'flex-start', mt: 1, flexWrap: 'wrap' }}>
      <FormDate form={bind} name="withdrawnOn" size="small" label={dt.consent.withdrawnOn} fullWidth={false} />
      <SubmitButton variant="outlined" color="warning" busy={busy}>
        {dt.consent.withdraw}
      </SubmitButton>
      {/* The id has no field of its own: a refusal of it is the form's notice. */}
      <NoticeAlert notice={idRefused ? { severity: 'error', text: idRefused } : notice} sx={{ width: '100%' }} />
    </Stack>
  );
}

export function ConsentTab({ detail, reload }: { detail: DossierDetail; reload: Reload }) {
  const empty = { partner: '', scope: '', legalBasis: 'toestemming' as LegalBasis, givenOn: localTodayIso(), note: '' };
  const { form, bind, run, busy, notice } = useApiForm(consentFieldsSchema, empty);
  const submit = form.handleSubmit(async (v) => {
    if (!(await run(() => api.dossiers.addConsent({ dossierId: detail.dossier.id, ...v }))).ok) return;
    form.reset(empty);
    await reload();
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
        <NoticeAlert notice={notice} />
        <Grid container spacing={2}>
          <Grid size={{ xs: 12, md: 6 }}>
            <FormText form={bind} name="partner" label={c.partner} required />
          </Grid>
          <Grid size={{ xs: 12, md: 6 }}>
            <FormSelect form={bind} name="legalBasis" label={c.legalBasis} options={LEGAL_BASES} optionLabel={legalBasisLabel} />
          </Grid>
          <Grid size={12}>
            <FormText form={bind} name="scope" label={c.scope} required multiline minRows={2} />
          </Grid>
          <Grid size={{ xs: 12, md: 4 }}>
            <FormDate form={bind} name="givenOn" label={c.givenOn} />
          </Grid>
          <Grid size={{ xs: 12, md: 8 }}>
            <FormText form={bind} name="note" label={c.note} />
          </Grid>
        </Grid>
        <SubmitButton sx={{ mt: 2 }} busy={busy}>
          {c.add}
        </SubmitButton>
      </Paper>
    </Stack>
  );
}
