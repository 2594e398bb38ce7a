import { Table, TableBody, TableCell, TableRow, Typography } from '@mui/material';
import { useEffect } from 'react';
import { setBasisSchema } from '../../../../common/api/plans';
import { formatDateNl } from '../../../../common/dates';
import { BASIS_STATES, isOfficialBasis } from '../../../../common/plan/basisvoorwaarden';
import type { PlanView } from '../../../../common/plan/types';
import { api } from '../../api';
import { FormSelect } from '../../components/FormSelect';
import { NoticeAlert } from '../../components/NoticeAlert';
import { useApiForm } from '../../hooks/useApiForm';
import { basisInOrderText, basisLabel, basisStateLabel } from '../../i18n/labels';
import { FormCellText } from '../FormCellText';
import { tp } from '../texts';
import { Section } from './Section';

/** A row's fields, checked by the contract's rules. */
const basisFields = setBasisSchema.pick({ state: true, note: true });

export function BasisSection({ plan, onPlan }: { plan: PlanView; onPlan: (p: PlanView) => void }) {
  return (
    <Section title={tp.plan.basisHeading} testId="basis">
      <Table size="small">
        <TableBody>
          {plan.basis.map((b) => (
            <BasisRow key={b.key} dossierId={plan.dossierId} basis={b} onPlan={onPlan} />
          ))}
        </TableBody>
      </Table>
    </Section>
  );
}

/** One basisvoorwaarde: a new state saves at once, the note when the coordinator leaves it changed. */
function BasisRow({ dossierId, basis: b, onPlan }: { dossierId: number; basis: PlanView['basis'][number]; onPlan: (p: PlanView) => void }) {
  const { form, bind, run, notice } = useApiForm(basisFields, { state: b.state, note: b.note });
  const { reset } = form;
  useEffect(() => reset({ state: b.state, note: b.note }), [b.state, b.note, reset]);
  const save = form.handleSubmit(async (v) => {
    const done = await run(() => api.plans.setBasis({ dossierId, key: b.key, ...v }));
    if (done.ok) onPlan(done.value);
  });
  const name = basisLabel(b.key);
  return (
    <TableRow data-testid={`basis-${b.key}`}>
      <TableCell>
        <Typography sx={{ fontWeight: isOfficialBasis(b.key) ? 600 : 400 }}>{name}</Typography>
        <Typography variant="caption" color="text.secondary">
          {basisInOrderText(b.key)}
        </Typography>
        <NoticeAlert notice={notice} sx={{ mt: 0.5 }} />
      </TableCell>
      <TableCell sx={{ minWidth: 160 }}>
        <FormSelect
          form={bind}
          name="state"
          label=""
          size="small"
          options={BASIS_STATES}
          optionLabel={basisStateLabel}
          onChange={(e) => {
            form.setValue('state', e.target.value as typeof b.state);
            void save();
          }}
          slotProps={{ htmlInput: { 'aria-label': `${name}: ${tp.plan.basisState}` } }}
        />
      </TableCell>
      <TableCell sx={{ minWidth: 200 }}>
        <FormCellText form={bind} name="note" label={`${name}: ${tp.plan.basisNote}`} onBlur={() => form.getValues('note') !== b.note && void save()} />
      </TableCell>
      <TableCell>
        <Typography variant="caption" color="text.secondary">
          {b.changedOn ? tp.plan.basisChanged(formatDateNl(b.changedOn)) : tp.plan.basisNever}
        </Typography>
      </TableCell>
    </TableRow>
  );
}
