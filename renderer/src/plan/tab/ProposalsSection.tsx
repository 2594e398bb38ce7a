import { Button, Typography } from '@mui/material';
import { useEffect, useRef, useState } from 'react';
import type { CountdownProposal } from '../../../../common/plan/countdown';
import type { PartnerView, PlanView } from '../../../../common/plan/types';
import { useFocusLater } from '../../a11y/useFocusLater';
import { api } from '../../api';
import { DataTable, type Column } from '../../components/DataTable';
import { DateField } from '../../components/DateField';
import { CellText } from '../../components/TableCellFields';
import { proposalTitle } from '../../i18n/labels';
import { PartnerSelect } from '../PartnerSelect';
import { tp } from '../texts';
import { type Run, Section } from './Section';

interface Draft {
  /** Null until the coordinator edits it: the proposal's title then follows the UI language. */
  title: string | null;
  deadline: string;
  partnerId: string;
}

export function Proposals({ plan, partners, run, onAllAccepted }: { plan: PlanView; partners: PartnerView[]; run: Run; onAllAccepted: () => void }) {
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});
  const acceptAllRef = useRef<HTMLButtonElement>(null);
  const focusLater = useFocusLater();
  // Accepting or dropping one proposal removes its row and the button just pressed.
  const afterOne = () => (plan.proposals.length > 1 ? focusLater(() => acceptAllRef.current) : onAllAccepted());
  useEffect(() => {
    const next: Record<string, Draft> = {};
    for (const p of plan.proposals) {
      const suggested = partners.find((x) => x.type === p.partnerType);
      next[p.templateKey] = { title: null, deadline: p.deadline, partnerId: suggested ? String(suggested.id) : '' };
    }
    setDrafts(next);
  }, [plan.proposals, partners]);
  const payload = (p: CountdownProposal) => {
    const d = drafts[p.templateKey] ?? { title: null, deadline: p.deadline, partnerId: '' };
    // An unreadable date goes to the main side as typed, which answers with its field message.
    return {
      templateKey: p.templateKey,
      title: d.title ?? proposalTitle(p),
      deadline: d.deadline,
      domainKey: p.domainKey,
      partnerId: d.partnerId ? Number(d.partnerId) : null,
    };
  };
  const setDraft = (key: string, k: keyof Draft, value: string) => setDrafts((x) => ({ ...x, [key]: { ...x[key]!, [k]: value } }));
  const draftOf = (p: CountdownProposal) => drafts[p.templateKey]!;
  const columns: Column<CountdownProposal>[] = [
    {
      label: tp.action.what,
      cellProps: () => ({ sx: { minWidth: 260 } }),
      cell: (p) => <CellText label={tp.action.what} value={draftOf(p).title ?? proposalTitle(p)} onChange={(v) => setDraft(p.templateKey, 'title', v)} />,
    },
    {
      label: tp.action.deadlineColumn,
      cell: (p) => (
        <DateField
          size="small"
          sx={{ width: 175 }}
          ariaLabel={tp.action.deadline}
          value={draftOf(p).deadline}
          onChange={(v) => setDraft(p.templateKey, 'deadline', v)}
          helperText={p.late ? tp.plan.proposalLate : undefined}
        />
      ),
    },
    {
      label: tp.action.partner,
      cellProps: () => ({ sx: { minWidth: 180 } }),
      cell: (p) => (
        <PartnerSelect
          size="small"
          fullWidth
          partners={partners}
          value={draftOf(p).partnerId}
          onChange={(v) => setDraft(p.templateKey, 'partnerId', v)}
          slotProps={{ htmlInput: { 'aria-label': tp.action.partner } }}
        />
      ),
    },
    {
      label: '',
      cellProps: () => ({ sx: { whiteSpace: 'nowrap' } }),
      cell: (p) => (
        <>
          <Button
            size="small"
            variant="outlined"
            onClick={() => void run(() => api.plans.acceptProposals({ dossierId: plan.dossierId, proposals: [payload(p)] })).then(afterOne)}
          >
            {tp.plan.accept}
          </Button>
          <Button size="small" onClick={() => void run(() => api.plans.dropProposal({ dossierId: plan.dossierId, templateKey: p.templateKey })).then(afterOne)}>
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
      <Button
        ref={acceptAllRef}
        sx={{ mb: 1 }}
        variant="contained"
        onClick={() => void run(() => api.plans.acceptProposals({ dossierId: plan.dossierId, proposals: plan.proposals.map(payload) })).then(onAllAccepted)}
      >
        {tp.plan.acceptAll}
      </Button>
      <DataTable
        rows={plan.proposals.filter((p) => drafts[p.templateKey])}
        columns={columns}
        rowKey={(p) => p.templateKey}
        empty=""
        rowProps={(p) => ({ 'data-testid': `proposal-${p.templateKey}` })}
      />
    </Section>
  );
}
