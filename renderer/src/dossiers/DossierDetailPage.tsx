import { Alert, AlertTitle, Box, Button, Chip, Link, Paper, Stack, Step, StepLabel, Stepper, Tab, Tabs, Typography } from '@mui/material';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useFocusLater } from '../a11y/useFocusLater';
import { formatDateNl, formatDateTimeNl } from '../../../common/dates';
import { fullName } from '../../../common/people/names';
import { allowedTransitions, DOSSIER_STATUSES, type DossierStatus } from '../../../common/dossiers/status';
import { closingReasonLabel, statusLabel } from '../i18n/labels';
import type { DossierDetail } from '../../../common/dossiers/types';
import { api, errorMessage } from '../api';
import { navigate } from '../router';
import { EditSection } from './EditSection';
import { ConsentTab } from './tabs/ConsentTab';
import { HistoryTab } from './tabs/HistoryTab';
import { JournalTab } from './tabs/JournalTab';
import { PeopleTab } from './tabs/PeopleTab';
import { TransitionDialog } from './TransitionDialog';
import { StatusProposalNotice } from './StatusProposal';
import { localTodayIso } from '../../../common/calendar';
import { dt } from './texts';
import { t as appTexts } from '../texts';
import { PlanSummary } from '../plan/PlanSummary';
import { PlanTab } from '../plan/PlanTab';
import { ReleaseMoveDialog } from '../plan/ReleaseMoveDialog';
import type { PlanView } from '../../../common/plan/types';
import DescriptionIcon from '@mui/icons-material/Description';
import { meetingTexts } from '../meetings/texts';

import { AttachmentsTab } from '../exchange/AttachmentsTab';
import { tx } from '../exchange/texts';
import { AftercareTab } from '../aftercare/AftercareTab';
import { CostsTab } from '../costs/CostsTab';
import { ct } from '../costs/texts';
import { UnreachableBanner } from '../aftercare/UnreachableBanner';
import { at } from '../aftercare/texts';

const TABS = ['person', 'detention', 'plan', 'aftercare', 'people', 'consent', 'journal', 'costs', 'attachments', 'history'] as const;
type TabId = (typeof TABS)[number];

/** The journey as steps, with when each status was reached; a closed dossier shows its reason. */
function StatusTimeline({ detail }: { detail: DossierDetail }) {
  const { dossier, timeline } = detail;
  const reached = new Map<DossierStatus, string>();
  for (const e of timeline) reached.set(e.to, e.at);
  const active = DOSSIER_STATUSES.indexOf(dossier.status);
  return (
    <Box>
      <Stepper activeStep={active} alternativeLabel aria-label={dt.detail.timeline}>
        {DOSSIER_STATUSES.map((s, i) => (
          <Step key={s} completed={reached.has(s) && (i < active || s === 'afgesloten')}>
            <StepLabel optional={reached.has(s) ? <Typography variant="caption">{dt.detail.since(formatDateNl(reached.get(s)!))}</Typography> : undefined}>
              {statusLabel(s)}
            </StepLabel>
          </Step>
        ))}
      </Stepper>
      <Typography variant="body2" color="text.secondary" component="ol" sx={{ mt: 1, pl: 3 }} data-testid="status-timeline">
        {timeline.map((e, i) => (
          <li key={i}>
            {formatDateTimeNl(e.at)} — {statusLabel(e.to)}
          </li>
        ))}
      </Typography>
      {dossier.status === 'afgesloten' && dossier.closingReason && (
        <Alert severity="info" sx={{ mt: 1 }}>
          {dt.detail.closedBecause(closingReasonLabel(dossier.closingReason), formatDateNl(dossier.closedAt))}
          {dossier.closingNote ? ` — ${dossier.closingNote}` : ''}
        </Alert>
      )}
    </Box>
  );
}

export function DossierDetailPage({ id }: { id: number }) {
  const [detail, setDetail] = useState<DossierDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [tab, setTab] = useState<TabId>('person');
  const [moveTo, setMoveTo] = useState<DossierStatus | null>(null);
  const [movePlan, setMovePlan] = useState<PlanView | null>(null);
  const [version, setVersion] = useState(0);
  /** Rebuilds the Persoon/Detentie forms after changes made elsewhere; their own save keeps them (and focus) in place. */
  const [formKey, setFormKey] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  const focusLater = useFocusLater();

  const reload = useCallback(async () => {
    try {
      setDetail(await api.dossiers.get({ id }));
      setVersion((v) => v + 1);
      setFormKey((k) => k + 1);
    } catch (err) {
      setError(errorMessage(err));
    }
  }, [id]);
  useEffect(() => {
    void reload();
  }, [reload]);

  if (error) return <Alert severity="error">{error}</Alert>;
  if (!detail) return <Typography>{dt.list.loading}</Typography>;
  const d = detail.dossier;
  const updated = (next: DossierDetail, fromForm = false) => {
    setDetail(next);
    setVersion((v) => v + 1);
    if (!fromForm) setFormKey((k) => k + 1);
  };
  const savedByForm = (next: DossierDetail) => {
    const moved = next.dossier.verwachteVrijlating !== d.verwachteVrijlating;
    updated(next, true);
    // A moved release date may move the open countdown actions: ask here, where the date was changed.
    if (moved)
      api.plans.get({ dossierId: d.id }).then(
        (plan) => setMovePlan(plan.releaseMove ? plan : null),
        // Not fatal: the plan tab still offers the pending move.
        () => undefined,
      );
  };

  return (
    <Stack spacing={2}>
      <Link href="#/dossiers" onClick={() => navigate('/dossiers')} sx={{ alignSelf: 'flex-start' }}>
        {dt.detail.back}
      </Link>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography variant="h5" component="h1" ref={heading} tabIndex={-1}>
          {fullName(d)}
        </Typography>
        <Chip label={statusLabel(d.status)} color={d.status === 'afgesloten' ? 'default' : 'primary'} data-testid="dossier-status" />
        {d.bsn && <Typography color="text.secondary">{appTexts.common.bsn(d.bsn)}</Typography>}
        {d.geboortedatum && <Typography color="text.secondary">{formatDateNl(d.geboortedatum)}</Typography>}
        <Button variant="outlined" size="small" href={`#/documenten/dossier/${d.id}`} startIcon={<DescriptionIcon />}>
          {meetingTexts.dossierDocs.title}
        </Button>
      </Stack>
      <PlanSummary dossierId={d.id} version={version} />
      <UnreachableBanner dossierId={d.id} version={version} onOpen={() => setTab('aftercare')} />
      {d.veiligheid && (
        <Alert severity="warning" role="alert" sx={{ border: 2, borderColor: 'warning.main', fontSize: '1.05rem' }}>
          <AlertTitle>{dt.detail.safetyTitle}</AlertTitle>
          <Box sx={{ whiteSpace: 'pre-wrap' }}>{d.veiligheid}</Box>
        </Alert>
      )}
      <Paper variant="outlined" sx={{ p: 2 }}>
        <StatusTimeline detail={detail} />
        <StatusProposalNotice
          dossier={d}
          today={localTodayIso()}
          onAccepted={(next) => {
            updated(next);
            // The proposal (and its button) is gone once accepted: start again at the dossier's heading.
            focusLater(() => heading.current);
          }}
        />
        <Stack direction="row" spacing={1} sx={{ mt: 2, flexWrap: 'wrap' }}>
          {allowedTransitions(d.status).map((to) => (
            <Button key={to} variant="outlined" onClick={() => setMoveTo(to)}>
              {dt.detail.moveTo(statusLabel(to))}
            </Button>
          ))}
        </Stack>
      </Paper>
      <Tabs value={tab} onChange={(_e, v: TabId) => setTab(v)} variant="scrollable" aria-label={dt.detail.tabsLabel}>
        {TABS.map((t) => (
          <Tab
            key={t}
            value={t}
            label={t === 'attachments' ? tx.attachments.tab : t === 'aftercare' ? at.tab : t === 'costs' ? ct.tab : dt.detail.tabs[t]}
            id={`tab-${t}`}
            aria-controls={`panel-${t}`}
          />
        ))}
      </Tabs>
      <Box role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
        {tab === 'person' && <EditSection key={`p${formKey}`} dossier={d} part="person" onSaved={savedByForm} />}
        {tab === 'detention' && (
          <Stack spacing={2}>
            <EditSection key={`d${formKey}`} dossier={d} part="detention" onSaved={savedByForm} />
            {detail.releaseHistory.length > 1 && (
              <Box>
                <Typography variant="subtitle1" component="h2">
                  {dt.detail.releaseHistory}
                </Typography>
                <ul>
                  {detail.releaseHistory.map((r, i) => (
                    <li key={i}>
                      {r.date ? formatDateNl(r.date) : dt.detail.noDate} ({formatDateTimeNl(r.changedAt)})
                    </li>
                  ))}
                </ul>
              </Box>
            )}
          </Stack>
        )}
        {tab === 'plan' && <PlanTab dossierId={d.id} />}
        {tab === 'aftercare' && <AftercareTab dossierId={d.id} onChanged={() => setVersion((v) => v + 1)} />}
        {tab === 'people' && <PeopleTab detail={detail} reload={reload} />}
        {tab === 'consent' && <ConsentTab detail={detail} reload={reload} />}
        {tab === 'journal' && <JournalTab detail={detail} reload={reload} />}
        {tab === 'costs' && <CostsTab dossierId={d.id} onChanged={() => setVersion((v) => v + 1)} />}
        {tab === 'attachments' && <AttachmentsTab dossierId={d.id} />}
        {tab === 'history' && <HistoryTab dossierId={d.id} version={String(version)} />}
      </Box>
      {movePlan && (
        <ReleaseMoveDialog
          plan={movePlan}
          onDone={() => {
            setMovePlan(null);
            setVersion((v) => v + 1);
          }}
          onClose={() => setMovePlan(null)}
        />
      )}
      {moveTo && (
        <TransitionDialog
          dossier={d}
          to={moveTo}
          onClose={() => setMoveTo(null)}
          onDone={(next) => {
            setMoveTo(null);
            updated(next);
            // The button that opened the dialog is gone with the old status: start again at the dossier's heading.
            focusLater(() => heading.current);
          }}
        />
      )}
    </Stack>
  );
}
