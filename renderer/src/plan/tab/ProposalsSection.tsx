import { Button, Typography } from '@mui/material';
import { useEffect, useRef } from 'react';
import { useFieldArray } from 'react-hook-form';
import { z } from 'zod';
import { acceptProposalsSchema } from '../../../../common/api/plans';
import type { PartnerView, PlanView } from '../../../../common/plan/types';
import { useFocusLater } from '../../a11y/useFocusLater';
import { api } from '../../api';
import { DataTable, type Column } from '../../components/DataTable';
import { FormDate } from '../../components/DateField';
import { useApiForm } from '../../hooks/useApiForm';
import { proposalTitle } from '../../i18n/labels';
import { FormCellText } from '../FormCellText';
import { FormPartnerChoice } from '../PartnerSelect';
import { tp } from '../texts';
import { type Run, Section } from './Section';

const proposalRule = acceptProposalsSchema.shape.proposals.element;
/** One proposal as its row holds it (the partner chosen as text), checked by the contract's rules. */
const rowFields = proposalRule.pick({ templateKey: true, title: true, deadline: true, domainKey: true }).extend({
  partnerId: z
    .string()
    .transform((v) => (v === '' ? null : Number(v)))
    .pipe(proposalRule.shape.partnerId.unwrap()),
});
const proposalFields = z.object({ proposals: z.array(rowFields) });
type Row = z.input<typeof rowFields>;

/** The rows as proposed: the title in the UI's language, the partner of the proposal's kind from the register. */
function rowsOf(proposals: PlanView['proposals'], partners: PartnerView[]): { proposals: Row[] } {
  return {
    proposals: proposals.map((p) => {
      const suggested = partners.find((x) => x.type === p.partnerType);
      return {
        templateKey: p.templateKey,
        title: proposalTitle(p),
        deadline: p.deadline,
        domainKey: p.domainKey,
        partnerId: suggested ? String(suggested.id) : '',
      };
    }),
  };
}

const sameRow = (a: Row, b: Row) => a.title === b.title && a.deadline === b.deadline && a.partnerId === b.partnerId && a.domainKey === b.domainKey;

export function Proposals({ plan, partners, run, onAllAccepted }: { plan: PlanView; partners: PartnerView[]; run: Run; onAllAccepted: () => void }) {
  const { form, bind } = useApiForm(proposalFields, rowsOf(plan.proposals, partners));
  const { control, reset, trigger, getValues } = form;
  const rows = useFieldArray({ control, name: 'proposals' });
  const acceptAllRef = useRef<HTMLButtonElement>(null);
  const focusLater = useFocusLater();
  // The plan is read again after every change on the tab (accepting one proposal, too). A row adjusted by hand, one
  // that differs from what was last proposed for its template, keeps what was typed; the others follow the plan.
  const proposed = useRef(new Map<string, Row>());
  useEffect(() => {
    const fresh = rowsOf(plan.proposals, partners).proposals;
    const typed = new Map(getValues('proposals').map((r) => [r.templateKey, r]));
    const rowsNow = fresh.map((p) => {
      const now = typed.get(p.templateKey);
      const before = proposed.current.get(p.templateKey);
      return now && before && !sameRow(now, before) ? now : p;
    });
    proposed.current = new Map(fresh.map((p) => [p.templateKey, p]));
    reset({ proposals: rowsNow });
  }, [plan.proposals, partners, reset, getValues]);
  // Accepting or dropping one proposal removes its row and the button just pressed.
  const afterOne = () => (plan.proposals.length > 1 ? focusLater(() => acceptAllRef.current) : onAllAccepted());
  /** One row checked on its own, so a refused date elsewhere does not hold this one back. */
  async function acceptOne(i: number) {
    if (!(await trigger(`proposals.${i}`))) return;
    const row = rowFields.parse(getValues(`proposals.${i}`));
    await run(() => api.plans.acceptProposals({ dossierId: plan.dossierId, proposals: [row] }));
    afterOne();
  }
  const acceptAll = form.handleSubmit(async ({ proposals }) => {
    await run(() => api.plans.acceptProposals({ dossierId: plan.dossierId, proposals }));
    onAllAccepted();
  });
  const late = new Set(plan.proposals.filter((p) => p.late).map((p) => p.templateKey));
  const columns: Column<{ templateKey: string; i: number }>[] = [
    {
      label: tp.action.what,
      cellProps: () => ({ sx: { minWidth: 260 } }),
      cell: ({ i }) => <FormCellText form={bind} name={`proposals.${i}.title`} label={tp.action.what} />,
    },
    {
      label: tp.action.deadlineColumn,
      cell: ({ templateKey, i }) => (
        <FormDate
          form={bind}
          name={`proposals.${i}.deadline`}
          label=""
          ariaLabel={tp.action.deadline}
          size="small"
          fullWidth={false}
          sx={{ width: 175 }}
          helperText={late.has(templateKey) ? tp.plan.proposalLate : undefined}
        />
      ),
    },
    {
      label: tp.action.partner,
      cellProps: () => ({ sx: { minWidth: 180 } }),
      cell: ({ i }) => (
        <FormPartnerChoice
          form={bind}
          name={`proposals.${i}.partnerId`}
          size="small"
          fullWidth
          partners={partners}
          slotProps={{ htmlInput: { 'aria-label': tp.action.partner } }}
        />
      ),
    },
    {
      label: '',
      cellProps: () => ({ sx: { whiteSpace: 'nowrap' } }),
      cell: ({ templateKey, i }) => (
        <>
          <Button size="small" variant="outlined" onClick={() => void acceptOne(i)}>
            {tp.plan.accept}
          </Button>
          <Button size="small" onClick={() => void run(() => api.plans.dropProposal({ dossierId: plan.dossierId, templateKey })).then(afterOne)}>
            {tp.plan.drop}
          </Button>
        </>
      ),
    },
  ];
  return (
    <Section title={tp.plan.proposalsHeading} testId="proposals">
      <Typography color="text.secondary" sx={{ mb: 1 }}>
        {tp.plan.proposalsIntro}
      </Typography>
      {/* Before the table: the usual choice, reachable without tabbing through every proposal's fields. */}
      <Button ref={acceptAllRef} sx={{ mb: 1 }} variant="contained" onClick={() => void acceptAll()}>
        {tp.plan.acceptAll}
      </Button>
      <DataTable
        rows={rows.fields.map((f, i) => ({ templateKey: f.templateKey, i }))}
        columns={columns}
        rowKey={(r) => r.templateKey}
        empty=""
        rowProps={(r) => ({ 'data-testid': `proposal-${r.templateKey}` })}
      />
    </Section>
  );
}
