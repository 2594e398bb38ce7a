import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Checkbox,
  Chip,
  FormControlLabel,
  List,
  ListItem,
  ListItemText,
  MenuItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { SparkLineChart } from '@mui/x-charts/SparkLineChart';
import { useCallback, useEffect, useRef, useState, type Ref } from 'react';
import { formatDateNl } from '../../../common/dates';
import { isOpenStatus } from '../../../common/plan/actions';
import { BASIS_STATES, isOfficialBasis, type BasisKey, type BasisState } from '../../../common/plan/basisvoorwaarden';
import type { CountdownProposal } from '../../../common/plan/countdown';
import type { ActionView, PartnerView, PlanView } from '../../../common/plan/types';
import { useFocusLater } from '../a11y/useFocusLater';
import { call, errorMessage } from '../api';
import { DateField } from '../components/DateField';
import { placeServerErrors, type PlacedErrors } from '../forms';
import {
  actionStatusLabel,
  basisInOrderText,
  basisLabel,
  basisStateLabel,
  countdownLabel,
  goalStatusLabel,
  lifeDomainLabel,
  lifeDomainLabelByKey,
  notInOrderText,
  proposalTitle,
  scoreLabel,
} from '../i18n/labels';
import { ActionDialog } from './ActionDialog';
import { BasisStrip } from './BasisStrip';
import { forgetPlanBadge } from './badges';
import { DueChip } from './DueChip';
import { tp } from './texts';
import { ReleaseMoveDialog } from './ReleaseMoveDialog';
import { jt } from '../dossiers/journey-texts';

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
  useEffect(() => {
    void run(() => call('plans.get', { dossierId }));
    call('partners.list', {}).then(setPartners, (err: unknown) => setError(errorMessage(err)));
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
            setPlan(next);
            forgetPlanBadge(next.dossierId);
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
      <BasisSection plan={plan} run={run} />
      <ActionsSection
        headingRef={actionsHeading}
        plan={plan}
        partners={partners}
        onPlan={(p) => {
          setPlan(p);
          forgetPlanBadge(p.dossierId);
        }}
        onPartnerAdded={(p) => setPartners((x) => [...x, p])}
        run={run}
      />
      <ScoresSection
        plan={plan}
        onPlan={(p) => {
          setPlan(p);
          forgetPlanBadge(p.dossierId);
        }}
      />
      <GoalsSection plan={plan} run={run} />
    </Stack>
  );
}

type Run = (fn: () => Promise<PlanView>) => Promise<void>;

function Section({ title, children, testId, headingRef }: { title: string; children: React.ReactNode; testId?: string; headingRef?: Ref<HTMLHeadingElement> }) {
  return (
    <Card variant="outlined" data-testid={testId} component="section" aria-label={title}>
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom ref={headingRef} tabIndex={headingRef ? -1 : undefined}>
          {title}
        </Typography>
        {children}
      </CardContent>
    </Card>
  );
}

/** The expected release date is the dossier's; editing it here goes through the dossier API (history included). */
function ReleaseDateEditor({ plan, run, inputRef, onMove }: { plan: PlanView; run: Run; inputRef: Ref<HTMLInputElement>; onMove: () => void }) {
  const [date, setDate] = useState(plan.releaseDate ?? '');
  const [error, setError] = useState<PlacedErrors | null>(null);
  useEffect(() => setDate(plan.releaseDate ?? ''), [plan.releaseDate]);
  async function save() {
    setError(null);
    try {
      await call('dossiers.update', { id: plan.dossierId, patch: { verwachteVrijlating: date || null } });
      await run(async () => {
        const next = await call('plans.get', { dossierId: plan.dossierId });
        // Ask right here whether the open countdown actions move along.
        if (next.releaseMove) onMove();
        return next;
      });
    } catch (err) {
      setError(placeServerErrors(err, ['verwachteVrijlating']));
    }
  }
  return (
    <Stack direction="row" spacing={1} component="form" noValidate onSubmit={(e) => (e.preventDefault(), void save())} sx={{ alignItems: 'flex-start', my: 1 }}>
      <DateField
        size="small"
        label={tp.plan.releaseDate}
        inputRef={inputRef}
        value={date}
        onChange={setDate}
        error={error?.fields['verwachteVrijlating']}
        helperText={error?.general ?? undefined}
      />
      <Button type="submit" variant="outlined" disabled={date === (plan.releaseDate ?? '')}>
        {tp.plan.releaseSave}
      </Button>
    </Stack>
  );
}

function CountdownSection({ plan, run, releaseInput, onMove }: { plan: PlanView; run: Run; releaseInput: Ref<HTMLInputElement>; onMove: () => void }) {
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
function PendingMove({ onReview }: { onReview: () => void }) {
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

interface Draft {
  /** Null until the coordinator edits it: the proposal's title then follows the UI language. */
  title: string | null;
  deadline: string;
  partnerId: string;
}

function Proposals({ plan, partners, run, onAllAccepted }: { plan: PlanView; partners: PartnerView[]; run: Run; onAllAccepted: () => void }) {
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
        onClick={() => void run(() => call('plans.acceptProposals', { dossierId: plan.dossierId, proposals: plan.proposals.map(payload) })).then(onAllAccepted)}
      >
        {tp.plan.acceptAll}
      </Button>
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell>{tp.action.what}</TableCell>
            <TableCell>{tp.action.deadlineColumn}</TableCell>
            <TableCell>{tp.action.partner}</TableCell>
            <TableCell />
          </TableRow>
        </TableHead>
        <TableBody>
          {plan.proposals.map((p) => {
            const d = drafts[p.templateKey];
            if (!d) return null;
            return (
              <TableRow key={p.templateKey} data-testid={`proposal-${p.templateKey}`}>
                <TableCell sx={{ minWidth: 260 }}>
                  <TextField
                    size="small"
                    fullWidth
                    value={d.title ?? proposalTitle(p)}
                    onChange={(e) => setDraft(p.templateKey, 'title', e.target.value)}
                    slotProps={{ htmlInput: { 'aria-label': tp.action.what } }}
                  />
                </TableCell>
                <TableCell>
                  <DateField
                    size="small"
                    sx={{ width: 175 }}
                    ariaLabel={tp.action.deadline}
                    value={d.deadline}
                    onChange={(v) => setDraft(p.templateKey, 'deadline', v)}
                    helperText={p.late ? tp.plan.proposalLate : undefined}
                  />
                </TableCell>
                <TableCell sx={{ minWidth: 180 }}>
                  <TextField
                    select
                    size="small"
                    fullWidth
                    value={d.partnerId}
                    onChange={(e) => setDraft(p.templateKey, 'partnerId', e.target.value)}
                    slotProps={{ htmlInput: { 'aria-label': tp.action.partner } }}
                  >
                    <MenuItem value="">{tp.action.unassigned}</MenuItem>
                    {partners.map((x) => (
                      <MenuItem key={x.id} value={String(x.id)}>
                        {x.name}
                      </MenuItem>
                    ))}
                  </TextField>
                </TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>
                  <Button
                    size="small"
                    variant="outlined"
                    onClick={() => void run(() => call('plans.acceptProposals', { dossierId: plan.dossierId, proposals: [payload(p)] })).then(afterOne)}
                  >
                    {tp.plan.accept}
                  </Button>
                  <Button
                    size="small"
                    onClick={() => void run(() => call('plans.dropProposal', { dossierId: plan.dossierId, templateKey: p.templateKey })).then(afterOne)}
                  >
                    {tp.plan.drop}
                  </Button>
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </Section>
  );
}

function BasisSection({ plan, run }: { plan: PlanView; run: Run }) {
  const [notes, setNotes] = useState<Record<string, string>>({});
  useEffect(() => setNotes(Object.fromEntries(plan.basis.map((b) => [b.key, b.note]))), [plan.basis]);
  const save = (key: BasisKey, state: BasisState, note: string) => void run(() => call('plans.setBasis', { dossierId: plan.dossierId, key, state, note }));
  return (
    <Section title={tp.plan.basisHeading} testId="basis">
      <Table size="small">
        <TableBody>
          {plan.basis.map((b) => {
            const name = basisLabel(b.key);
            return (
              <TableRow key={b.key} data-testid={`basis-${b.key}`}>
                <TableCell>
                  <Typography sx={{ fontWeight: isOfficialBasis(b.key) ? 600 : 400 }}>{name}</Typography>
                  <Typography variant="caption" color="text.secondary">
                    {basisInOrderText(b.key)}
                  </Typography>
                </TableCell>
                <TableCell sx={{ minWidth: 160 }}>
                  <TextField
                    select
                    size="small"
                    fullWidth
                    value={b.state}
                    onChange={(e) => save(b.key, e.target.value as BasisState, notes[b.key] ?? '')}
                    slotProps={{ htmlInput: { 'aria-label': `${name}: ${tp.plan.basisState}` } }}
                  >
                    {BASIS_STATES.map((s) => (
                      <MenuItem key={s} value={s}>
                        {basisStateLabel(s)}
                      </MenuItem>
                    ))}
                  </TextField>
                </TableCell>
                <TableCell sx={{ minWidth: 200 }}>
                  <TextField
                    size="small"
                    fullWidth
                    value={notes[b.key] ?? ''}
                    onChange={(e) => setNotes((x) => ({ ...x, [b.key]: e.target.value }))}
                    onBlur={() => (notes[b.key] ?? '') !== b.note && save(b.key, b.state, notes[b.key] ?? '')}
                    slotProps={{ htmlInput: { 'aria-label': `${name}: ${tp.plan.basisNote}`, maxLength: 300 } }}
                  />
                </TableCell>
                <TableCell>
                  <Typography variant="caption" color="text.secondary">
                    {b.changedOn ? tp.plan.basisChanged(formatDateNl(b.changedOn)) : tp.plan.basisNever}
                  </Typography>
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </Section>
  );
}

function ActionsSection({
  plan,
  partners,
  onPlan,
  onPartnerAdded,
  run,
  headingRef,
}: {
  plan: PlanView;
  partners: PartnerView[];
  onPlan: (p: PlanView) => void;
  onPartnerAdded: (p: PartnerView) => void;
  run: Run;
  headingRef: React.RefObject<HTMLHeadingElement | null>;
}) {
  const focusLater = useFocusLater();
  const [dialog, setDialog] = useState<{ open: boolean; action: ActionView | null }>({ open: false, action: null });
  const [showFinished, setShowFinished] = useState(true);
  const shown = plan.actions.filter((a) => showFinished || isOpenStatus(a.status));
  return (
    <Section title={tp.plan.actionsHeading} testId="actions" headingRef={headingRef}>
      <Stack direction="row" spacing={2} sx={{ mb: 1, alignItems: 'center' }}>
        <Button variant="contained" onClick={() => setDialog({ open: true, action: null })}>
          {tp.plan.actionAdd}
        </Button>
        <FormControlLabel control={<Checkbox checked={showFinished} onChange={(e) => setShowFinished(e.target.checked)} />} label={tp.plan.showFinished} />
      </Stack>
      {shown.length === 0 ? (
        <Typography>{tp.plan.actionNone}</Typography>
      ) : (
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{tp.action.what}</TableCell>
              <TableCell>{tp.action.domain}</TableCell>
              <TableCell>{tp.action.partner}</TableCell>
              <TableCell>{tp.action.deadlineColumn}</TableCell>
              <TableCell>{tp.action.status}</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {shown.map((a) => (
              <TableRow key={a.id} data-testid="action-row" data-action-id={a.id} data-template={a.templateKey ?? ''} data-status={a.status} data-due={a.due}>
                <TableCell>
                  {a.title}
                  {a.templateKey && <Chip size="small" variant="outlined" label={tp.action.template} sx={{ ml: 1 }} />}
                  {a.resultNote && (
                    <Typography variant="caption" component="p" color="text.secondary">
                      {a.resultNote}
                    </Typography>
                  )}
                </TableCell>
                <TableCell>{a.domainKey ? lifeDomainLabelByKey(plan.lifeDomains, a.domainKey) : ''}</TableCell>
                <TableCell>
                  {a.partnerName ?? <Chip size="small" variant="outlined" sx={{ borderColor: 'warning.main' }} label={tp.action.unassigned} />}
                  {a.contactName && (
                    <Typography variant="caption" component="p">
                      {a.contactName}
                    </Typography>
                  )}
                </TableCell>
                <TableCell data-testid="action-deadline">
                  {formatDateNl(a.deadline)}
                  <DueChip due={a.due} />
                  {(a.appointmentTime || a.appointmentPlace) && (
                    <Typography variant="caption" component="p" data-testid="action-appointment">
                      {tp.action.appointment([a.appointmentTime, a.appointmentPlace].filter(Boolean).join(', '))}
                    </Typography>
                  )}
                  {a.lastReminderOn && (
                    <Typography variant="caption" component="p" color="text.secondary">
                      {tp.action.reminded(formatDateNl(a.lastReminderOn))}
                    </Typography>
                  )}
                </TableCell>
                <TableCell>
                  {actionStatusLabel(a.status)}
                  {a.completedOn && (
                    <Typography variant="caption" component="p" color="text.secondary">
                      {formatDateNl(a.completedOn)}
                    </Typography>
                  )}
                </TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>
                  {isOpenStatus(a.status) && (
                    <Button
                      size="small"
                      onClick={() =>
                        // The button goes with the open status; focus moves on to the row's edit button.
                        void run(() => call('plans.updateAction', { id: a.id, status: 'gedaan' })).then(() =>
                          focusLater(() => document.getElementById(`action-edit-${a.id}`) ?? headingRef.current),
                        )
                      }
                      aria-label={`${tp.action.done}: ${a.title}`}
                    >
                      {tp.action.done}
                    </Button>
                  )}
                  <Button
                    size="small"
                    id={`action-edit-${a.id}`}
                    onClick={() => setDialog({ open: true, action: a })}
                    aria-label={`${tp.common.edit}: ${a.title}`}
                  >
                    {tp.common.edit}
                  </Button>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <ActionDialog
        open={dialog.open}
        action={dialog.action}
        dossierId={plan.dossierId}
        today={plan.today}
        domains={plan.lifeDomains}
        partners={partners}
        onClose={() => setDialog({ open: false, action: null })}
        onSaved={onPlan}
        onPartnerAdded={onPartnerAdded}
      />
    </Section>
  );
}

/** The score form's fields, as the main side names them. */
const SCORE_FIELDS = ['domainKey', 'score', 'assessedOn', 'note'];

function ScoresSection({ plan, onPlan }: { plan: PlanView; onPlan: (p: PlanView) => void }) {
  const active = plan.lifeDomains.filter((d) => d.active || plan.scores.some((s) => s.domainKey === d.key));
  const [form, setForm] = useState({ domainKey: '', score: '3', assessedOn: plan.today, note: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const add = async () => {
    setErrors({});
    setGeneral(null);
    if (!form.domainKey) return setErrors({ domainKey: tp.plan.scoreDomainMissing });
    // Its own call, not run(): a refused score marks the field it concerns.
    try {
      onPlan(
        await call('plans.addScore', {
          dossierId: plan.dossierId,
          domainKey: form.domainKey,
          score: Number(form.score),
          assessedOn: form.assessedOn,
          note: form.note,
        }),
      );
      setForm((f) => ({ ...f, note: '' }));
    } catch (err) {
      const placed = placeServerErrors(err, SCORE_FIELDS);
      setErrors(placed.fields);
      setGeneral(placed.general);
    }
  };
  return (
    <Section title={tp.plan.scoresHeading} testId="scores">
      {general && (
        <Alert severity="error" sx={{ mb: 1 }}>
          {general}
        </Alert>
      )}
      <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(200px, 1fr))', gap: 1.5, mb: 2 }}>
        {active.map((d) => {
          const history = plan.scores.filter((s) => s.domainKey === d.key);
          const last = history.at(-1);
          return (
            <Card key={d.key} variant="outlined" data-testid={`domain-${d.key}`}>
              <CardContent sx={{ p: 1.5, '&:last-child': { pb: 1.5 } }}>
                <Typography variant="subtitle2" component="h3">
                  {lifeDomainLabel(d)}
                </Typography>
                {last ? (
                  <Typography variant="body2">
                    <strong>{last.score}</strong> — {scoreLabel(last.score)} ({formatDateNl(last.assessedOn)})
                  </Typography>
                ) : (
                  <Typography variant="body2" color="text.secondary">
                    {tp.plan.scoreNone}
                  </Typography>
                )}
                {history.length > 1 && (
                  <Box role="img" aria-label={`${tp.plan.scoreChart(lifeDomainLabel(d))}: ${history.map((h) => h.score).join(', ')}`}>
                    <SparkLineChart data={history.map((h) => h.score)} height={40} yAxis={{ min: 1, max: 5 }} showHighlight showTooltip />
                  </Box>
                )}
              </CardContent>
            </Card>
          );
        })}
      </Box>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={1} sx={{ alignItems: 'flex-start' }}>
        <TextField
          select
          size="small"
          label={tp.plan.scoreDomain}
          value={form.domainKey}
          onChange={(e) => setForm({ ...form, domainKey: e.target.value })}
          sx={{ minWidth: 220 }}
          error={!!errors['domainKey']}
          helperText={errors['domainKey']}
        >
          {plan.lifeDomains
            .filter((d) => d.active)
            .map((d) => (
              <MenuItem key={d.key} value={d.key}>
                {lifeDomainLabel(d)}
              </MenuItem>
            ))}
        </TextField>
        <TextField
          select
          size="small"
          label={tp.plan.scoreValue}
          value={form.score}
          onChange={(e) => setForm({ ...form, score: e.target.value })}
          sx={{ minWidth: 220 }}
          error={!!errors['score']}
          helperText={errors['score']}
        >
          {[1, 2, 3, 4, 5].map((n) => (
            <MenuItem key={n} value={String(n)}>
              {n} — {scoreLabel(n)}
            </MenuItem>
          ))}
        </TextField>
        <DateField
          size="small"
          label={tp.plan.scoreDate}
          value={form.assessedOn}
          onChange={(assessedOn) => setForm({ ...form, assessedOn })}
          error={errors['assessedOn']}
          sx={{ minWidth: 180 }}
        />
        <TextField
          size="small"
          label={tp.plan.scoreNote}
          value={form.note}
          onChange={(e) => setForm({ ...form, note: e.target.value })}
          error={!!errors['note']}
          helperText={errors['note']}
        />
        <Button variant="outlined" onClick={() => void add()}>
          {tp.plan.scoreAdd}
        </Button>
      </Stack>
    </Section>
  );
}

function GoalsSection({ plan, run }: { plan: PlanView; run: Run }) {
  const [text, setText] = useState('');
  const [domainKey, setDomainKey] = useState('');
  return (
    <Section title={tp.plan.goalsHeading} testId="goals">
      {plan.goals.length === 0 ? (
        <Typography color="text.secondary">{tp.plan.goalNone}</Typography>
      ) : (
        <List dense>
          {plan.goals.map((g) => (
            <ListItem
              key={g.id}
              disableGutters
              secondaryAction={
                g.status === 'open' ? (
                  <>
                    <Button size="small" onClick={() => void run(() => call('plans.updateGoal', { id: g.id, status: 'bereikt' }))}>
                      {tp.plan.goalAchieved}
                    </Button>
                    <Button size="small" onClick={() => void run(() => call('plans.updateGoal', { id: g.id, status: 'vervallen' }))}>
                      {tp.plan.goalDropped}
                    </Button>
                  </>
                ) : (
                  <Button size="small" onClick={() => void run(() => call('plans.updateGoal', { id: g.id, status: 'open' }))}>
                    {tp.plan.goalReopen}
                  </Button>
                )
              }
            >
              <ListItemText
                primary={g.text}
                secondary={`${g.domainKey ? lifeDomainLabelByKey(plan.lifeDomains, g.domainKey) : tp.common.noDomain} · ${goalStatusLabel(g.status)}`}
                sx={{ textDecoration: g.status === 'open' ? 'none' : 'line-through', pr: 24 }}
              />
            </ListItem>
          ))}
        </List>
      )}
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={1}>
        <TextField size="small" label={tp.plan.goalText} value={text} onChange={(e) => setText(e.target.value)} sx={{ flex: 1 }} />
        <TextField select size="small" label={tp.action.domain} value={domainKey} onChange={(e) => setDomainKey(e.target.value)} sx={{ minWidth: 200 }}>
          <MenuItem value="">{tp.common.noDomain}</MenuItem>
          {plan.lifeDomains
            .filter((d) => d.active)
            .map((d) => (
              <MenuItem key={d.key} value={d.key}>
                {lifeDomainLabel(d)}
              </MenuItem>
            ))}
        </TextField>
        <Button
          variant="outlined"
          disabled={!text.trim()}
          onClick={() =>
            void run(async () => {
              const p = await call('plans.addGoal', { dossierId: plan.dossierId, domainKey: domainKey || null, text });
              setText('');
              return p;
            })
          }
        >
          {tp.plan.goalAdd}
        </Button>
      </Stack>
    </Section>
  );
}
