import { Alert, Box, Button, Chip, Stack, Typography } from '@mui/material';
import { useEffect, type Ref } from 'react';
import { Controller } from 'react-hook-form';
import { dossierFieldsObject } from '../../../../common/dossiers/schema';
import { formatDateNl } from '../../../../common/dates';
import type { PlanView } from '../../../../common/plan/types';
import { api } from '../../api';
import { DateField } from '../../components/DateField';
import { useApiForm } from '../../hooks/useApiForm';
import { countdownLabel, notInOrderText } from '../../i18n/labels';
import { BasisStrip } from '../BasisStrip';
import { tp } from '../texts';
import { jt } from '../../dossiers/journey-texts';
import { type Run, Section } from './Section';

/** The release date field, checked by the dossier's own rules. */
const releaseFields = dossierFieldsObject.pick({ verwachteVrijlating: true });

/** The expected release date is the dossier's; editing it here goes through the dossier API (history included). */
function ReleaseDateEditor({ plan, run, inputRef, onMove }: { plan: PlanView; run: Run; inputRef: Ref<HTMLInputElement>; onMove: () => void }) {
  const saved = plan.releaseDate ?? '';
  const { form, run: call, notice } = useApiForm(releaseFields, { verwachteVrijlating: saved });
  const { reset } = form;
  useEffect(() => reset({ verwachteVrijlating: saved }), [saved, reset]);
  const save = form.handleSubmit(async (patch) => {
    const done = await call(() => api.dossiers.update({ id: plan.dossierId, patch }));
    if (!done.ok) return;
    await run(async () => {
      const next = await api.plans.get({ dossierId: plan.dossierId });
      // Ask right here whether the open countdown actions move along.
      if (next.releaseMove) onMove();
      return next;
    });
  });
  return (
    <Stack direction="row" spacing={1} component="form" noValidate onSubmit={(e) => void save(e)} sx={{ alignItems: 'flex-start', my: 1 }}>
      {/* Not FormDate: the plan moves focus back to this field after the release-move question. */}
      <Controller
        control={form.control}
        name="verwachteVrijlating"
        render={({ field: { ref, ...field }, fieldState }) => (
          <DateField
            size="small"
            label={tp.plan.releaseDate}
            {...field}
            inputRef={(el: HTMLInputElement | null) => {
              ref(el);
              if (typeof inputRef === 'function') inputRef(el);
              else if (inputRef) inputRef.current = el;
            }}
            error={fieldState.error?.message}
            helperText={notice?.text}
          />
        )}
      />
      <Button type="submit" variant="outlined" disabled={form.watch('verwachteVrijlating') === saved}>
        {tp.plan.releaseSave}
      </Button>
    </Stack>
  );
}

export function CountdownSection({ plan, run, releaseInput, onMove }: { plan: PlanView; run: Run; releaseInput: Ref<HTMLInputElement>; onMove: () => void }) {
  return (
    <Section title={tp.plan.countdownHeading} testId="plan-countdown">
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap', mb: 1 }}>
        <Typography variant="h5" component="p" data-testid="countdown-text">
          {countdownLabel(plan.releaseDate, plan.today)}
        </Typography>
        {plan.releaseDate && <Typography color="text.secondary">({formatDateNl(plan.releaseDate)})</Typography>}
        <BasisStrip states={plan.basis.map((b) => b.state)} />
      </Stack>
      <ReleaseDateEditor plan={plan} run={run} inputRef={releaseInput} onMove={onMove} />
      {!plan.releaseDate && <Typography color="text.secondary">{tp.plan.noRelease}</Typography>}
      <Typography variant="subtitle1" component="h3" sx={{ mt: 1 }}>
        {tp.plan.notInOrder}
      </Typography>
      {plan.notInOrder.length === 0 ? (
        <Typography>{tp.plan.allInOrder}</Typography>
      ) : (
        <Box component="ul" data-testid="not-in-order" sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, listStyle: 'none', p: 0, m: 0 }}>
          {plan.notInOrder.map((i, n) => {
            const { label, detail } = notInOrderText(i);
            return (
              <Box component="li" key={n}>
                <Chip size="small" variant="outlined" sx={i.kind === 'basis' ? { borderColor: 'warning.main' } : undefined} label={`${label}: ${detail}`} />
              </Box>
            );
          })}
        </Box>
      )}
    </Section>
  );
}

/** A move left for later: the question stays on the plan until it is answered. */
export function PendingMove({ onReview }: { onReview: () => void }) {
  return (
    <Alert
      severity="warning"
      data-testid="release-move-pending"
      action={
        <Button color="inherit" variant="outlined" size="small" onClick={onReview}>
          {jt.move.review}
        </Button>
      }
    >
      {jt.move.pending}
    </Alert>
  );
}
