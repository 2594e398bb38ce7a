import { Alert, Box, Button, Checkbox, Chip, Grid, LinearProgress, Link, MenuItem, Paper, Stack, TextField, Typography } from '@mui/material';
import { useState, type ReactNode } from 'react';
import { Controller, useForm, type FieldValues, type UseFormReturn } from 'react-hook-form';
import type { IntakeProgress, IntakeProposeResult, IntakeSource } from '../../../common/api/intake';
import { DEFAULT_INSTITUTIONS } from '../../../common/dossiers/institutions';
import type { DuplicateCandidate } from '../../../common/dossiers/types';
import { ATTACHMENT_LIMITS } from '../../../common/exchange/limits';
import { msg } from '../../../common/messages';
import { intakeFieldsSchema, type IntakeFormFields } from '../../../common/intake/form';
import type { FieldProposal } from '../../../common/intake/propose';
import type { IntakeField } from '../../../common/intake/rules';
import { SubmitButton } from '../a11y/SubmitButton';
import { ApiError, api, errorMessage } from '../api';
import { FormDate } from '../components/DateField';
import { FreeTextChoices } from '../dossiers/FreeTextChoices';
import { FormText } from '../components/FormText';
import { DataTable } from '../components/DataTable';
import { NoticeAlert } from '../components/NoticeAlert';
import { useApiAction } from '../hooks/useApiAction';
import { useChosenSet } from '../hooks/useChosenSet';
import { DuplicateCandidates } from '../components/DuplicateCandidates';
import { schemaResolver } from '../dossiers/resolver';
import { dt } from '../dossiers/texts';
import { FileReadError, FileTooLargeError, fileToBase64 } from '../exchange/download';
import { applyServerErrors } from '../forms';
import { localizeMessage } from '../i18n/message-codes';
import { navigate } from '../router';
import { fieldLabel, shownValue } from './fields';
import { SourceText } from './SourceText';
import { StartOverHeading } from './StartOverHeading';
import { BatchView } from './BatchView';
import type { BatchPreview } from '../../../common/intake/batch';
import { nt } from './texts';

type FormValues = { [K in keyof IntakeFormFields]: string };
type Form = UseFormReturn<FormValues, unknown, FieldValues>;

const EMPTY: FormValues = {
  achternaam: '',
  tussenvoegsel: '',
  voornamen: '',
  bsn: '',
  geboortedatum: '',
  institution: '',
  meldingDatum: '',
  detentieStart: '',
  verwachteVrijlating: '',
  reclasseringToezicht: 'onbekend',
  casemanagerNaam: '',
  casemanagerTelefoon: '',
  casemanagerEmail: '',
  reclasseringOrganisatie: '',
};
const FORM_FIELDS = Object.keys(EMPTY) as (keyof FormValues)[];

type Phase =
  | { kind: 'input'; notice?: { severity: 'info' | 'error'; text: string } }
  | { kind: 'reading'; jobId: string; progress: IntakeProgress | null }
  | { kind: 'proposal'; result: IntakeProposeResult; source: IntakeSource }
  | { kind: 'batch'; preview: BatchPreview; file: { name: string; data: string } };

/** "Nieuwe melding": a notice in, proposed fields out; nothing is written until the coordinator confirms. */
export function IntakePage() {
  const [phase, setPhase] = useState<Phase>({ kind: 'input' });
  const [pasted, setPasted] = useState('');
  const [dragging, setDragging] = useState(false);

  const read = async (source: IntakeSource) => {
    const jobId = crypto.randomUUID();
    setPhase({ kind: 'reading', jobId, progress: null });
    // A scan takes seconds per page: ask how far it is, so the bar moves and Annuleren has something to stop.
    const timer = window.setInterval(() => {
      void api.intake
        .progress({ jobId })
        .then((progress) => setPhase((p) => (p.kind === 'reading' && p.jobId === jobId && progress ? { ...p, progress } : p)))
        .catch(() => undefined);
    }, 400);
    try {
      const result = await api.intake.propose({ jobId, source });
      if (result.status === 'cancelled') setPhase({ kind: 'input', notice: { severity: 'info', text: nt.cancelled } });
      else if (result.status === 'unsupported' || result.status === 'too-large')
        setPhase({ kind: 'input', notice: { severity: 'error', text: localizeMessage(result.message ?? msg('VALIDATION')) } });
      else setPhase({ kind: 'proposal', result, source });
    } catch (err) {
      setPhase({ kind: 'input', notice: { severity: 'error', text: errorMessage(err) } });
    } finally {
      window.clearInterval(timer);
    }
  };

  const readFile = async (file: File) => {
    let data: string;
    try {
      data = await fileToBase64(file, ATTACHMENT_LIMITS.maxBytes);
    } catch (err) {
      const text =
        err instanceof FileTooLargeError ? localizeMessage(msg('fileLargerThan25Mb')) : err instanceof FileReadError ? nt.unreadableFile : errorMessage(err);
      setPhase({ kind: 'input', notice: { severity: 'error', text } });
      return;
    }
    if (/\.(csv|xlsx)$/i.test(file.name)) {
      // A list of notices: a preview of every line instead of one proposal.
      setPhase({ kind: 'reading', jobId: 'list-preview', progress: null });
      try {
        const preview = await api.intake.batchPreview({ file: { name: file.name, data } });
        setPhase({ kind: 'batch', preview, file: { name: file.name, data } });
      } catch (err) {
        setPhase({ kind: 'input', notice: { severity: 'error', text: errorMessage(err) } });
      }
      return;
    }
    await read({ kind: 'file', name: file.name, data });
  };

  if (phase.kind === 'batch') return <BatchView preview={phase.preview} file={phase.file} onStartOver={() => setPhase({ kind: 'input' })} />;

  if (phase.kind === 'proposal')
    return (
      <ProposalView
        result={phase.result}
        source={phase.source}
        onStartOver={() => {
          setPasted('');
          setPhase({ kind: 'input' });
        }}
      />
    );

  const reading = phase.kind === 'reading' ? phase : null;
  return (
    <Stack spacing={2} sx={{ maxWidth: 960 }}>
      <Typography variant="h5" component="h1">
        {nt.title}
      </Typography>
      <Typography>{nt.intro}</Typography>
      {phase.kind === 'input' && phase.notice && <Alert severity={phase.notice.severity}>{phase.notice.text}</Alert>}
      {reading ? (
        <Paper variant="outlined" sx={{ p: 2 }}>
          <Stack spacing={1}>
            <Typography role="status">
              {reading.progress?.phase === 'ocr'
                ? nt.ocrProgress(reading.progress.page, reading.progress.pages, Math.round(reading.progress.progress * 100))
                : nt.reading}
            </Typography>
            <LinearProgress
              aria-label={nt.reading}
              variant={reading.progress ? 'determinate' : 'indeterminate'}
              value={Math.round((reading.progress?.progress ?? 0) * 100)}
            />
            <Box>
              <Button onClick={() => void api.intake.cancel({ jobId: reading.jobId })}>{nt.cancel}</Button>
            </Box>
          </Stack>
        </Paper>
      ) : (
        <>
          <TextField
            label={nt.pasteLabel}
            value={pasted}
            onChange={(e) => setPasted(e.target.value)}
            multiline
            minRows={8}
            fullWidth
            slotProps={{ htmlInput: { autoComplete: 'off', spellCheck: false } }}
          />
          <Box>
            <Button variant="contained" disabled={!pasted.trim()} onClick={() => void read({ kind: 'text', text: pasted })}>
              {nt.readText}
            </Button>
          </Box>
          <Paper
            variant="outlined"
            onDragOver={(e) => {
              e.preventDefault();
              setDragging(true);
            }}
            onDragLeave={() => setDragging(false)}
            onDrop={(e) => {
              e.preventDefault();
              setDragging(false);
              const file = e.dataTransfer.files[0];
              if (file) void readFile(file);
            }}
            sx={{ p: 3, textAlign: 'center', borderStyle: 'dashed', bgcolor: dragging ? 'action.hover' : undefined }}
          >
            <Stack spacing={1} sx={{ alignItems: 'center' }}>
              <Button variant="outlined" component="label">
                {nt.chooseFile}
                <input
                  hidden
                  type="file"
                  aria-label={nt.chooseFile}
                  accept=".pdf,.png,.jpg,.jpeg,.txt,.eml,.csv,.xlsx,application/pdf,image/png,image/jpeg,text/plain,message/rfc822"
                  onChange={(e) => {
                    const file = e.target.files?.[0];
                    e.target.value = '';
                    if (file) void readFile(file);
                  }}
                />
              </Button>
              <Typography color="text.secondary">{nt.dropHere}</Typography>
            </Stack>
          </Paper>
          <Typography variant="body2" color="text.secondary">
            {nt.batch.help}
          </Typography>
        </>
      )}
    </Stack>
  );
}

function ProposalView({ result, source, onStartOver }: { result: IntakeProposeResult; source: IntakeSource; onStartOver: () => void }) {
  const [active, setActive] = useState<string | null>(null);
  const proposals = Object.values(result.fields) as FieldProposal[];
  return (
    <Stack spacing={2}>
      <StartOverHeading title={nt.title} onStartOver={onStartOver} />
      {result.status === 'unreadable' && (
        <Alert severity="warning">
          {localizeMessage(result.message ?? '')} {nt.unreadableForm}
        </Alert>
      )}
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, lg: 7 }}>
          {result.existing ? (
            <UpdateView result={result} existing={result.existing} source={source} onFocusField={setActive} />
          ) : (
            <CreateForm result={result} source={source} onFocusField={setActive} />
          )}
        </Grid>
        <Grid size={{ xs: 12, lg: 5 }}>
          <Paper variant="outlined" sx={{ p: 2, position: 'sticky', top: 8 }}>
            <Typography variant="h6" component="h2" gutterBottom>
              {nt.sourceTitle}
            </Typography>
            <SourceText text={result.text} proposals={proposals} active={active} labelOf={fieldLabel} />
          </Paper>
        </Grid>
      </Grid>
    </Stack>
  );
}

/** Under each proposed field: how sure the app is, and the words of the notice it came from. */
function ProposalMark({ proposal, field }: { proposal: FieldProposal | undefined; field: string }) {
  if (!proposal) return null;
  const pct = Math.round(proposal.confidence * 100);
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mt: 0.5 }} data-testid={`proposal-${field}`}>
      <Chip
        size="small"
        color={proposal.certain ? 'success' : 'warning'}
        variant={proposal.certain ? 'outlined' : 'filled'}
        label={proposal.certain ? nt.certain : nt.check}
        title={nt.confidence(pct)}
        aria-label={`${fieldLabel(field)}: ${proposal.certain ? nt.certain : nt.check}, ${nt.confidence(pct)}`}
      />
      <Typography variant="caption" color="text.secondary" sx={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
        {nt.from(proposal.snippet)}
        {proposal.problem ? ` — ${localizeMessage(proposal.problem)}` : ''}
      </Typography>
    </Stack>
  );
}

/** One group of the proposed fields, under its heading. */
function FieldGroup({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper variant="outlined" sx={{ p: 2 }}>
      <Typography variant="subtitle1" component="h3" gutterBottom>
        {title}
      </Typography>
      <Grid container spacing={2}>
        {children}
      </Grid>
    </Paper>
  );
}

function CreateForm({ result, source, onFocusField }: { result: IntakeProposeResult; source: IntakeSource; onFocusField: (f: string | null) => void }) {
  const defaults: FormValues = { ...EMPTY };
  for (const [k, p] of Object.entries(result.fields)) if (k in defaults) defaults[k as keyof FormValues] = p.value;
  const form = useForm<FormValues, unknown, IntakeFormFields>({ resolver: schemaResolver(intakeFieldsSchema), defaultValues: defaults });
  const [error, setError] = useState<string | null>(null);
  const [existingId, setExistingId] = useState<number | null>(null);
  const [candidates, setCandidates] = useState<DuplicateCandidate[] | null>(null);
  const f = form as unknown as Form;

  const save = async (values: IntakeFormFields, confirmDuplicate: boolean) => {
    setError(null);
    try {
      const res = await api.intake.create({ ...values, source, confirmDuplicate });
      if (res.created) navigate(`/dossiers/${res.id}`);
      else setCandidates(res.candidates);
    } catch (err) {
      if (err instanceof ApiError && err.code === 'DUPLICATE_BSN') setExistingId(Number(err.details?.['existingId']));
      setError(applyServerErrors(err, form.setError, FORM_FIELDS));
    }
  };
  const submit = form.handleSubmit(
    (v) => save(v, false),
    () => setError(nt.checkFields),
  );

  const field = (name: keyof FormValues, input: ReactNode, size: number) => (
    <Grid size={{ xs: 12, md: size }} onFocusCapture={() => onFocusField(name)}>
      {input}
      <ProposalMark proposal={result.fields[name as IntakeField]} field={name} />
    </Grid>
  );

  return (
    <Box component="form" noValidate onSubmit={submit}>
      <Stack spacing={2}>
        <Box>
          <Typography variant="h6" component="h2">
            {nt.proposalTitle}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {nt.proposalHelp}
          </Typography>
        </Box>
        {error && <Alert severity="error">{error}</Alert>}
        <DuplicateCandidates
          existingId={existingId}
          candidates={candidates}
          intro={nt.sameName}
          confirmLabel={nt.confirmSave}
          onConfirm={() => void form.handleSubmit((v) => save(v, true))()}
        />
        <FieldGroup title={nt.person}>
          {field('achternaam', <FormText form={f} name="achternaam" label={dt.fields.achternaam} required autoComplete="off" />, 5)}
          {field('tussenvoegsel', <FormText form={f} name="tussenvoegsel" label={dt.fields.tussenvoegsel} autoComplete="off" />, 2)}
          {field('voornamen', <FormText form={f} name="voornamen" label={dt.fields.voornamen} autoComplete="off" />, 5)}
          {field('geboortedatum', <FormDate form={f} name="geboortedatum" label={dt.fields.geboortedatum} />, 6)}
          {field('bsn', <FormText form={f} name="bsn" label={dt.fields.bsn} autoComplete="off" />, 6)}
        </FieldGroup>
        <FieldGroup title={nt.detention}>
          {field('institution', <FreeTextChoices form={f} name="institution" label={dt.fields.institution} options={DEFAULT_INSTITUTIONS} />, 6)}
          {field('meldingDatum', <FormDate form={f} name="meldingDatum" label={dt.fields.meldingDatum} />, 6)}
          {field('detentieStart', <FormDate form={f} name="detentieStart" label={dt.fields.detentieStart} />, 6)}
          {field('verwachteVrijlating', <FormDate form={f} name="verwachteVrijlating" label={dt.fields.verwachteVrijlating} />, 6)}
          {field(
            'reclasseringToezicht',
            <Controller
              control={form.control}
              name="reclasseringToezicht"
              render={({ field: c }) => (
                <TextField select fullWidth label={dt.fields.reclasseringToezicht} value={c.value} onChange={c.onChange} onBlur={c.onBlur} inputRef={c.ref}>
                  {(['onbekend', 'ja', 'nee'] as const).map((v) => (
                    <MenuItem key={v} value={v}>
                      {dt.toezicht[v]}
                    </MenuItem>
                  ))}
                </TextField>
              )}
            />,
            6,
          )}
        </FieldGroup>
        <FieldGroup title={nt.contacts}>
          {field('casemanagerNaam', <FormText form={f} name="casemanagerNaam" label={nt.casemanagerNaam} autoComplete="off" />, 6)}
          {field('casemanagerTelefoon', <FormText form={f} name="casemanagerTelefoon" label={nt.casemanagerTelefoon} autoComplete="off" />, 6)}
          {field('casemanagerEmail', <FormText form={f} name="casemanagerEmail" label={nt.casemanagerEmail} autoComplete="off" />, 6)}
          {field('reclasseringOrganisatie', <FormText form={f} name="reclasseringOrganisatie" label={nt.reclasseringOrganisatie} autoComplete="off" />, 6)}
        </FieldGroup>
        <Box>
          <SubmitButton busy={form.formState.isSubmitting}>{nt.save}</SubmitButton>
        </Box>
      </Stack>
    </Box>
  );
}

/** A notice for a dossier that exists: old and new side by side, the coordinator chooses per field. */
function UpdateView({
  result,
  existing,
  source,
  onFocusField,
}: {
  result: IntakeProposeResult;
  existing: NonNullable<IntakeProposeResult['existing']>;
  source: IntakeSource;
  onFocusField: (f: string | null) => void;
}) {
  const old: Record<string, string | null> = { ...(existing.dossier as unknown as Record<string, string | null>), ...existing.contacts };
  const rows = FORM_FIELDS.filter((k) => result.fields[k as IntakeField]).map((k) => {
    const p = result.fields[k as IntakeField]!;
    const before = k in old ? (old[k] ?? '') : '';
    return { field: k, before, after: p.value, differs: before !== p.value, proposal: p };
  });
  const [take, choose] = useChosenSet(() => rows.filter((r) => r.differs).map((r) => r.field));
  const { run, busy, notice, refuse } = useApiAction();
  const name = [existing.dossier.voornamen, existing.dossier.tussenvoegsel, existing.dossier.achternaam].filter(Boolean).join(' ');
  const save = async () => {
    if (take.size === 0) return refuse(nt.nothingChosen);
    const patch = Object.fromEntries(rows.filter((r) => take.has(r.field)).map((r) => [r.field, r.after]));
    const done = await run(() => api.intake.update({ id: existing.id, patch, take: [...take] as IntakeField[], source }));
    if (done.ok) navigate(`/dossiers/${existing.id}`);
  };

  return (
    <Stack spacing={2}>
      <Alert severity="info">
        <strong>{nt.existingTitle}</strong> {nt.existingHelp(name)} <Link href={`#/dossiers/${existing.id}`}>{nt.openExisting}</Link>
      </Alert>
      <NoticeAlert notice={notice} />
      <DataTable
        aria-label={nt.existingTitle}
        rows={rows}
        rowKey={(r) => r.field}
        empty={nt.empty}
        rowProps={(r) => ({ selected: r.differs, onFocusCapture: () => onFocusField(r.field), onMouseEnter: () => onFocusField(r.field) })}
        columns={[
          { label: nt.diffField, rowHeader: true, cell: (r) => fieldLabel(r.field) },
          { label: nt.diffOld, cell: (r) => shownValue(r.field, r.before) },
          {
            label: nt.diffNew,
            cell: (r) => (
              <>
                {shownValue(r.field, r.after)}
                <ProposalMark proposal={r.proposal} field={r.field} />
              </>
            ),
          },
          {
            label: nt.diffTake,
            cell: (r) => (
              <Checkbox
                checked={take.has(r.field)}
                disabled={!r.differs}
                slotProps={{ input: { 'aria-label': nt.takeField(fieldLabel(r.field)) } }}
                onChange={(e) => choose(r.field, e.target.checked)}
              />
            ),
          },
        ]}
      />
      <Box>
        <Button variant="contained" aria-disabled={busy || undefined} onClick={() => !busy && void save()}>
          {nt.saveUpdate}
        </Button>
      </Box>
    </Stack>
  );
}
