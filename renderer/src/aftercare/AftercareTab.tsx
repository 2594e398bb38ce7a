import {
  Alert,
  AlertTitle,
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
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
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { formatDateNl, formatDateTimeNl } from '../../../common/dates';
import {
  ATTEMPT_CHANNELS,
  ATTEMPT_RESULTS,
  FIRST_CONTACT_HOW,
  RECLASSERING_CONTACT,
  UNREACHABLE_ACTION_TITLE,
  WORK_STATES,
  isoAddDays,
  type AttemptChannel,
  type AttemptResult,
  type FirstContactHow,
  type ReclasseringContact,
  type WorkState,
} from '../../../common/aftercare/rules';
import type { AftercareView, DayOneEntry, FollowupView } from '../../../common/aftercare/types';
import { BASIS_KEYS, BASIS_STATES, type BasisKey, type BasisState } from '../../../common/plan/basisvoorwaarden';
import { api, errorMessage } from '../api';
import { ChoiceSelect } from '../components/ChoiceSelect';
import { DateField } from '../components/DateField';
import {
  attemptChannelLabel,
  attemptResultLabel,
  basisLabel,
  basisStateLabel,
  firstContactHowLabel,
  followupMomentLabel,
  reclasseringContactLabel,
  workStateLabel,
} from '../i18n/labels';
import { at } from './texts';
import { DocumentActions } from '../documents/DocumentActions';

/** A choice from a fixed list, as wide as its longest label usually needs. */
function Choice<T extends string>(props: Parameters<typeof ChoiceSelect<T>>[0]) {
  return <ChoiceSelect sx={{ minWidth: 220 }} {...props} />;
}

function Section({ title, children, testId }: { title: string; children: ReactNode; testId: string }) {
  return (
    <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-label={title} data-testid={testId}>
      <Typography variant="h6" component="h2" gutterBottom>
        {title}
      </Typography>
      {children}
    </Paper>
  );
}

/** Saves and shows the new view; resolves to the refusal's message (shown where the coordinator is working) or null. */
type Save = (fn: () => Promise<AftercareView>) => Promise<string | null>;

function Refused({ message }: { message: string | null }) {
  return message ? (
    <Alert severity="error" role="alert">
      {message}
    </Alert>
  ) : null;
}

function DayOneSection({ view, save }: { view: AftercareView; save: Save }) {
  const [editing, setEditing] = useState<DayOneEntry | null>(null);
  const [state, setState] = useState<BasisState>('onbekend');
  const [note, setNote] = useState('');
  const [reason, setReason] = useState('');
  const [refused, setRefused] = useState<string | null>(null);
  const rec = view.dayOne;
  if (!rec) return <Typography color="text.secondary">{at.dayOne.none}</Typography>;
  const open = (e: DayOneEntry) => {
    setEditing(e);
    setState(e.state);
    setNote(e.note);
    setReason('');
    setRefused(null);
  };
  return (
    <>
      <Typography sx={{ mb: 1 }}>{at.dayOne.intro(formatDateNl(rec.releaseDate), formatDateTimeNl(rec.recordedAt))}</Typography>
      <Table size="small" aria-label={at.dayOne.title}>
        <TableHead>
          <TableRow>
            <TableCell>{at.dayOne.basis}</TableCell>
            <TableCell>{at.dayOne.state}</TableCell>
            <TableCell />
          </TableRow>
        </TableHead>
        <TableBody>
          {rec.entries.map((e) => (
            <TableRow key={e.key} data-testid="day-one-row" data-key={e.key} data-state={e.state}>
              <TableCell>{basisLabel(e.key)}</TableCell>
              <TableCell>
                {basisStateLabel(e.state)}
                {e.note ? ` (${e.note})` : ''}
                {e.correctedAt && (
                  <Typography variant="body2" color="text.secondary">
                    {at.dayOne.corrected(formatDateNl(e.correctedAt.slice(0, 10)), e.correctionReason)}
                  </Typography>
                )}
              </TableCell>
              <TableCell>
                <Button size="small" onClick={() => open(e)}>
                  {at.dayOne.correct(basisLabel(e.key))}
                </Button>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {editing && (
        <Dialog open onClose={() => setEditing(null)} aria-labelledby="day-one-correct-title">
          <DialogTitle id="day-one-correct-title">{at.dayOne.correctTitle(basisLabel(editing.key))}</DialogTitle>
          <DialogContent>
            <Stack spacing={2} sx={{ mt: 1 }}>
              <Refused message={refused} />
              <Choice label={at.dayOne.state} value={state} options={BASIS_STATES} labelOf={basisStateLabel} onChange={setState} />
              <TextField label={at.note} value={note} onChange={(e) => setNote(e.target.value)} />
              <TextField label={at.dayOne.reason} value={reason} onChange={(e) => setReason(e.target.value)} required multiline minRows={2} />
            </Stack>
          </DialogContent>
          <DialogActions>
            <Button onClick={() => setEditing(null)}>{at.cancel}</Button>
            <Button
              variant="contained"
              onClick={async () => {
                const problem = await save(() => api.aftercare.correctDayOne({ dossierId: view.dossierId, key: editing.key, state, note, reason }));
                setRefused(problem);
                if (!problem) setEditing(null);
              }}
            >
              {at.save}
            </Button>
          </DialogActions>
        </Dialog>
      )}
    </>
  );
}

function FirstContactSection({ view, save }: { view: AftercareView; save: Save }) {
  const [date, setDate] = useState(view.today);
  const [time, setTime] = useState('');
  const [who, setWho] = useState('');
  const [how, setHow] = useState<FirstContactHow | ''>('');
  const [outcome, setOutcome] = useState('');
  const [refused, setRefused] = useState<string | null>(null);
  const fc = view.firstContact;
  if (fc)
    return (
      <Box data-testid="first-contact" data-state="done">
        <Typography>{at.first.done(formatDateTimeNl(fc.contactAt), firstContactHowLabel(fc.how), fc.who)}</Typography>
        <Typography color="text.secondary" sx={{ whiteSpace: 'pre-wrap' }}>
          {fc.outcome}
        </Typography>
      </Box>
    );
  const dueBy = formatDateNl(view.firstContactDueBy);
  return (
    <Stack spacing={2} data-testid="first-contact" data-state={view.firstContactState}>
      {view.firstContactState === 'missed' ? (
        <Alert severity="error">{at.first.missed(view.firstContactHours, dueBy)}</Alert>
      ) : (
        <Alert severity="warning">{at.first.dueBy(view.firstContactHours, dueBy)}</Alert>
      )}
      <Stack direction="row" spacing={2} sx={{ flexWrap: 'wrap', rowGap: 2 }}>
        <DateField label={at.date} value={date} onChange={setDate} />
        <TextField label={at.first.time} value={time} onChange={(e) => setTime(e.target.value)} placeholder="09:30" />
        <TextField label={at.first.who} value={who} onChange={(e) => setWho(e.target.value)} />
        <Choice label={at.first.how} value={how} options={FIRST_CONTACT_HOW} labelOf={firstContactHowLabel} onChange={setHow} />
      </Stack>
      <TextField label={at.first.outcome} value={outcome} onChange={(e) => setOutcome(e.target.value)} multiline minRows={2} />
      <Refused message={refused} />
      <Button
        variant="contained"
        sx={{ alignSelf: 'flex-start' }}
        onClick={async () =>
          setRefused(await save(() => api.aftercare.recordFirstContact({ dossierId: view.dossierId, date, time, who, how: how as FirstContactHow, outcome })))
        }
      >
        {at.first.record}
      </Button>
    </Stack>
  );
}

function CheckinDialog({ f, view, save, onClose }: { f: FollowupView; view: AftercareView; save: Save; onClose: () => void }) {
  const [doneOn, setDoneOn] = useState(view.today);
  const [reached, setReached] = useState<'ja' | 'nee' | ''>('');
  const [basis, setBasis] = useState<Record<BasisKey, BasisState>>(() => {
    // Start from the latest check-in, else the day-one record: the coordinator changes what moved.
    const last = [...view.followups].reverse().find((x) => x.doneOn);
    if (last) return { ...last.basis };
    return Object.fromEntries(BASIS_KEYS.map((k) => [k, view.dayOne?.entries.find((e) => e.key === k)?.state ?? 'onbekend'])) as Record<BasisKey, BasisState>;
  });
  const [work, setWork] = useState<WorkState | ''>('');
  const [reclassering, setReclassering] = useState<ReclasseringContact | ''>('');
  const [note, setNote] = useState('');
  const [refused, setRefused] = useState<string | null>(null);
  const label = followupMomentLabel(f.momentKey, f.label);
  return (
    <Dialog open onClose={onClose} aria-labelledby="checkin-title" maxWidth="md" fullWidth>
      <DialogTitle id="checkin-title">{at.followups.dialogTitle(label)}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ mt: 1 }}>
          <Refused message={refused} />
          <Stack direction="row" spacing={2}>
            <DateField label={at.date} value={doneOn} onChange={setDoneOn} />
            <Choice
              label={at.followups.reached}
              value={reached}
              options={['ja', 'nee'] as const}
              labelOf={(v) => (v === 'ja' ? at.followups.yes : at.followups.no)}
              onChange={setReached}
            />
          </Stack>
          <Typography variant="subtitle1" component="h3">
            {at.followups.basisNow}
          </Typography>
          <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, gap: 2 }}>
            {BASIS_KEYS.map((k) => (
              <Choice
                key={k}
                label={at.followups.basisState(basisLabel(k))}
                value={basis[k]}
                options={BASIS_STATES}
                labelOf={basisStateLabel}
                onChange={(v) => setBasis({ ...basis, [k]: v })}
              />
            ))}
          </Box>
          <Choice label={at.followups.work} value={work} options={WORK_STATES} labelOf={workStateLabel} onChange={setWork} />
          <Choice
            label={at.followups.reclassering}
            value={reclassering}
            options={RECLASSERING_CONTACT}
            labelOf={reclasseringContactLabel}
            onChange={setReclassering}
          />
          <TextField label={at.note} value={note} onChange={(e) => setNote(e.target.value)} multiline minRows={2} />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{at.cancel}</Button>
        <Button
          variant="contained"
          onClick={async () => {
            const problem = await save(() =>
              api.aftercare.recordFollowup({
                followupId: f.id,
                doneOn,
                reached: reached as 'ja',
                basis,
                work: work as WorkState,
                reclassering: reclassering as ReclasseringContact,
                note,
              }),
            );
            setRefused(problem);
            if (!problem) onClose();
          }}
        >
          {at.save}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

function FollowupsSection({ view, save }: { view: AftercareView; save: Save }) {
  const [open, setOpen] = useState<FollowupView | null>(null);
  const done = view.followups.filter((f) => f.doneOn);
  const todo = view.followups.filter((f) => !f.doneOn);
  if (view.followups.length === 0) return <Typography color="text.secondary">{at.followups.none}</Typography>;
  return (
    <Stack spacing={2}>
      {done.length > 0 && (
        <Box>
          <Typography variant="subtitle1" component="h3">
            {at.followups.timeline}
          </Typography>
          <Box component="ol" sx={{ pl: 3, m: 0 }} data-testid="followup-timeline">
            {done.map((f) => (
              <li key={f.id} data-testid="followup-done" data-moment={f.momentKey}>
                <strong>{formatDateNl(f.doneOn)}</strong> — {followupMomentLabel(f.momentKey, f.label)} —{' '}
                {f.reached === 'ja' ? at.followups.reachedYes : at.followups.reachedNo} — {workStateLabel(f.work)}
                {f.note ? ` — ${f.note}` : ''}
              </li>
            ))}
          </Box>
        </Box>
      )}
      <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0 }}>
        {todo.map((f) => (
          <Box component="li" key={f.id} sx={{ display: 'flex', alignItems: 'center', gap: 2, py: 0.5 }} data-testid="followup-open" data-state={f.state}>
            <Typography sx={{ minWidth: 220 }}>{followupMomentLabel(f.momentKey, f.label)}</Typography>
            <Typography color={f.state === 'overdue' ? 'error' : f.state === 'due' ? 'warning.main' : 'text.secondary'}>
              {f.state === 'overdue' ? at.followups.overdue(formatDateNl(f.dueOn)) : at.followups.due(formatDateNl(f.dueOn))}
            </Typography>
            <Button size="small" variant="outlined" onClick={() => setOpen(f)}>
              {at.followups.record(followupMomentLabel(f.momentKey, f.label))}
            </Button>
          </Box>
        ))}
      </Box>
      {open && <CheckinDialog f={open} view={view} save={save} onClose={() => setOpen(null)} />}
    </Stack>
  );
}

function AttemptsSection({ view, save, onPlanChanged }: { view: AftercareView; save: Save; onPlanChanged: () => void }) {
  const [date, setDate] = useState(view.today);
  const [channel, setChannel] = useState<AttemptChannel | ''>('');
  const [result, setResult] = useState<AttemptResult | ''>('');
  const [note, setNote] = useState('');
  const [proposed, setProposed] = useState<string | null>(null);
  const [refused, setRefused] = useState<string | null>(null);
  return (
    <Stack spacing={2}>
      {view.unreachable && (
        <Alert
          severity="error"
          data-testid="unreachable-flag"
          action={
            <Button
              color="inherit"
              onClick={async () => {
                try {
                  await api.plans.addAction({ dossierId: view.dossierId, title: UNREACHABLE_ACTION_TITLE, deadline: isoAddDays(view.today, 7) });
                  setProposed(at.attempts.proposed);
                  onPlanChanged();
                } catch (err) {
                  setProposed(errorMessage(err));
                }
              }}
            >
              {at.attempts.propose}
            </Button>
          }
        >
          <AlertTitle>{at.attempts.flagTitle}</AlertTitle>
          {at.attempts.flag(view.failedAttempts)}
        </Alert>
      )}
      {proposed && <Alert severity="info">{proposed}</Alert>}
      {view.attempts.length === 0 ? (
        <Typography color="text.secondary">{at.attempts.none}</Typography>
      ) : (
        <Box component="ol" sx={{ pl: 3, m: 0 }} data-testid="attempts">
          {view.attempts.map((a) => (
            <li key={a.id} data-testid="attempt" data-result={a.result}>
              {formatDateNl(a.date)} — {attemptChannelLabel(a.channel)} — {attemptResultLabel(a.result)}
              {a.note ? ` — ${a.note}` : ''}
            </li>
          ))}
        </Box>
      )}
      <Refused message={refused} />
      <Stack direction="row" spacing={2} sx={{ flexWrap: 'wrap', rowGap: 2, alignItems: 'flex-start' }}>
        <DateField label={at.date} value={date} onChange={setDate} />
        <Choice label={at.attempts.channel} value={channel} options={ATTEMPT_CHANNELS} labelOf={attemptChannelLabel} onChange={setChannel} />
        <Choice label={at.attempts.result} value={result} options={ATTEMPT_RESULTS} labelOf={attemptResultLabel} onChange={setResult} />
        <TextField label={at.note} value={note} onChange={(e) => setNote(e.target.value)} />
        <Button
          variant="outlined"
          onClick={async () => {
            const problem = await save(() =>
              api.aftercare.addAttempt({ dossierId: view.dossierId, date, channel: channel as AttemptChannel, result: result as AttemptResult, note }),
            );
            setRefused(problem);
            if (!problem) {
              setChannel('');
              setResult('');
              setNote('');
            }
          }}
        >
          {at.attempts.record}
        </Button>
      </Stack>
    </Stack>
  );
}

/** The dossier's "Na vrijlating" tab: day-one record, first contact, follow-up moments, contact attempts. */
export function AftercareTab({ dossierId, onChanged }: { dossierId: number; onChanged: () => void }) {
  const [view, setView] = useState<AftercareView | null>(null);
  const [notice, setNotice] = useState<{ severity: 'success' | 'error'; text: string } | null>(null);
  const load = useCallback(
    () => api.aftercare.get({ dossierId }).then(setView, (err: unknown) => setNotice({ severity: 'error', text: errorMessage(err) })),
    [dossierId],
  );
  useEffect(() => {
    void load();
  }, [load]);
  const save: Save = async (fn) => {
    try {
      setView(await fn());
      setNotice({ severity: 'success', text: at.saved });
      onChanged();
      return null;
    } catch (err) {
      setNotice(null);
      return errorMessage(err);
    }
  };
  if (!view) return notice ? <Alert severity="error">{notice.text}</Alert> : <Typography>{at.loading}</Typography>;
  return (
    <Stack spacing={2}>
      {notice && (
        <Alert severity={notice.severity} role={notice.severity === 'error' ? 'alert' : 'status'}>
          {notice.text}
        </Alert>
      )}
      {!view.releaseDate ? (
        <Alert severity="info">{at.notReleased}</Alert>
      ) : (
        <>
          <Section title={at.dayOne.title} testId="day-one">
            <DayOneSection view={view} save={save} />
          </Section>
          <Section title={at.first.title} testId="first-contact-section">
            <FirstContactSection key={view.firstContact ? 'done' : 'open'} view={view} save={save} />
          </Section>
          <Section title={at.followups.title} testId="followups">
            <FollowupsSection view={view} save={save} />
          </Section>
        </>
      )}
      <Section title={at.sheet.title} testId="release-sheet">
        <Typography variant="body2" sx={{ mb: 1 }}>
          {at.sheet.intro}
        </Typography>
        <Stack spacing={1}>
          <DocumentActions label={at.sheet.nl} make={() => api.documents.releaseSheet({ dossierId: view.dossierId, language: 'nl' })} />
          <DocumentActions label={at.sheet.en} make={() => api.documents.releaseSheet({ dossierId: view.dossierId, language: 'en' })} />
        </Stack>
      </Section>
      <Section title={at.attempts.title} testId="contact-attempts">
        <AttemptsSection view={view} save={save} onPlanChanged={onChanged} />
      </Section>
    </Stack>
  );
}
