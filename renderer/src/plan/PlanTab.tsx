import { Alert, Stack, Typography } from '@mui/material';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { PartnerView, PlanView } from '../../../common/plan/types';
import { useFocusLater } from '../a11y/useFocusLater';
import { api, errorMessage } from '../api';
import { placeServerErrors } from '../forms';
import { forgetPlanBadge } from './badges';
import { tp } from './texts';
import { ReleaseMoveDialog } from './ReleaseMoveDialog';
import { CountdownSection, PendingMove } from './tab/CountdownSection';
import { Proposals } from './tab/ProposalsSection';
import { BasisSection } from './tab/BasisSection';
import { ActionsSection } from './tab/ActionsSection';
import { ScoresSection } from './tab/ScoresSection';
import { GoalsSection } from './tab/GoalsSection';

/** The plan of one dossier: countdown, basisvoorwaarden, domain scores, goals and actions. */
export function PlanTab({ dossierId }: { dossierId: number }) {
  const [plan, setPlan] = useState<PlanView | null>(null);
  const [partners, setPartners] = useState<PartnerView[]>([]);
  const [error, setError] = useState<string | null>(null);
  const actionsHeading = useRef<HTMLHeadingElement>(null);
  const releaseInput = useRef<HTMLInputElement>(null);
  const [moveOpen, setMoveOpen] = useState(false);
  const focusLater = useFocusLater();
  const run = useCallback(
    async (fn: () => Promise<PlanView>) => {
      setError(null);
      try {
        setPlan(await fn());
        forgetPlanBadge(dossierId);
      } catch (err) {
        // These controls have no field of their own to mark: refused fields are named in the message.
        setError(placeServerErrors(err, []).general);
      }
    },
    [dossierId],
  );
  const onPlan = useCallback((p: PlanView) => {
    setPlan(p);
    forgetPlanBadge(p.dossierId);
  }, []);
  useEffect(() => {
    void run(() => api.plans.get({ dossierId }));
    api.partners.list({}).then(setPartners, (err: unknown) => setError(errorMessage(err)));
  }, [dossierId, run]);

  if (!plan) return error ? <Alert severity="error">{error}</Alert> : <Typography>{tp.common.loading}</Typography>;
  return (
    <Stack spacing={3} data-testid="plan-tab">
      {error && <Alert severity="error">{error}</Alert>}
      <CountdownSection plan={plan} run={run} releaseInput={releaseInput} onMove={() => setMoveOpen(true)} />
      {plan.releaseMove && !moveOpen && <PendingMove onReview={() => setMoveOpen(true)} />}
      {plan.releaseMove && moveOpen && (
        <ReleaseMoveDialog
          plan={plan}
          onDone={(next) => {
            onPlan(next);
            setMoveOpen(false);
            focusLater(() => releaseInput.current);
          }}
          onClose={() => {
            setMoveOpen(false);
            focusLater(() => releaseInput.current);
          }}
        />
      )}
      {plan.proposals.length > 0 && <Proposals plan={plan} partners={partners} run={run} onAllAccepted={() => focusLater(() => actionsHeading.current)} />}
      <BasisSection plan={plan} onPlan={onPlan} />
      <ActionsSection
        headingRef={actionsHeading}
        plan={plan}
        partners={partners}
        onPlan={onPlan}
        onPartnerAdded={(p) => setPartners((x) => [...x, p])}
        run={run}
      />
      <ScoresSection plan={plan} onPlan={onPlan} />
      <GoalsSection plan={plan} run={run} onPlan={onPlan} />
    </Stack>
  );
}
