import { Alert, Box, Button, Chip, FormControlLabel, Paper, Radio, RadioGroup, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import type { ImportPreview, ImportResult, SectionChoice } from '../../../common/api/exchange';
import type { ExchangeSection } from '../../../common/exchange/payload';
import { formatDateTimeNl } from '../../../common/dates';
import { EXCHANGE_LIMITS } from '../../../common/exchange/limits';
import { api } from '../api';
import { ChooseFileButton } from '../components/ChooseFileButton';
import { DataTable } from '../components/DataTable';
import { NoticeAlert } from '../components/NoticeAlert';
import { useApiAction } from '../hooks/useApiAction';
import { navigate } from '../router';
import { readChosenFile } from './download';
import { PasswordField } from '../components/PasswordField';
import { t as appTexts } from '../texts';
import { tx } from './texts';

const LIST_SECTIONS: ReadonlySet<ExchangeSection> = new Set(['contacts', 'notes', 'actions', 'attachments']);
type Choices = Record<string, Partial<Record<ExchangeSection, SectionChoice>>>;

const megabytes = (n: number) => `${Math.max(1, Math.round(n / 1024 / 1024)).toLocaleString('nl-NL')} MB`;
const tooLarge = (size: number) => tx.exchange.fileTooLarge(megabytes(size), megabytes(EXCHANGE_LIMITS.maxFileBytes));

/** Import wizard: file + passphrase -> preview with differences and a choice per section -> one confirmed write. */
export function ImportPanel() {
  // The file is only read when it is checked, after its size is known to be sensible.
  const [file, setFile] = useState<{ name: string; blob: File; base64: string | null } | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [choices, setChoices] = useState<Choices>({});
  const [done, setDone] = useState<ImportResult['dossiers'] | null>(null);
  const { run, busy, notice, setNotice, fields, refuse } = useApiAction(['passphrase']);

  const check = async () => {
    setPreview(null);
    setDone(null);
    if (!file) return refuse(tx.exchange.noFile);
    const read = await readChosenFile(file.blob, EXCHANGE_LIMITS.maxFileBytes, { tooLarge, unreadable: tx.exchange.fileUnreadable });
    if ('problem' in read) return refuse(read.problem);
    setFile({ ...file, base64: read.base64 });
    const r = await run(() => api.exchange.previewImport({ file: read.base64, passphrase }));
    if (!r.ok) return;
    setPreview(r.value);
    // Default: keep what is here; the coordinator opts in per section.
    setChoices(Object.fromEntries(r.value.dossiers.filter((d) => d.action === 'update').map((d) => [d.ref, {}])));
  };

  const confirm = async () => {
    if (!file?.base64 || !preview) return;
    const r = await run(
      () => api.exchange.applyImport({ file: file.base64 ?? '', passphrase, choices }),
      (result) => tx.exchange.imported(result.created, result.updated),
    );
    if (!r.ok) return;
    setDone(r.value.dossiers);
    setPreview(null);
  };

  const setChoice = (ref: string, s: ExchangeSection, c: SectionChoice) => setChoices({ ...choices, [ref]: { ...choices[ref], [s]: c } });

  return (
    <Stack spacing={2} sx={{ maxWidth: 1000 }}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <ChooseFileButton
          variant="outlined"
          accept=".nazorg"
          inputLabel={tx.exchange.file}
          onFile={(f) => {
            setPreview(null);
            setNotice(null);
            setDone(null);
            if (f && f.size > EXCHANGE_LIMITS.maxFileBytes) {
              setFile(null);
              refuse(tooLarge(f.size));
              return;
            }
            setFile(f ? { name: f.name, blob: f, base64: null } : null);
          }}
        >
          {tx.exchange.chooseFile}
        </ChooseFileButton>
        <Typography>{file ? file.name : tx.exchange.noFile}</Typography>
      </Stack>
      <PasswordField
        canShow
        label={tx.exchange.importPassphrase}
        value={passphrase}
        onChange={(e) => setPassphrase(e.target.value)}
        error={!!fields['passphrase']}
        helperText={fields['passphrase']}
      />
      <Button variant="contained" onClick={() => void check()} disabled={busy} sx={{ alignSelf: 'flex-start' }}>
        {tx.exchange.check}
      </Button>
      <NoticeAlert notice={notice} />
      {done && done.length > 0 && (
        <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
          {done.slice(0, 20).map((d) => (
            <Button key={d.id} size="small" variant="outlined" onClick={() => navigate(`/dossiers/${d.id}`)}>
              {tx.exchange.openDossier(d.name)}
            </Button>
          ))}
        </Stack>
      )}
      {preview && (
        <Box>
          <Typography variant="h6" component="h2">
            {tx.exchange.previewTitle}
          </Typography>
          <Typography>{tx.exchange.previewFrom(preview.sender.organisation, preview.sender.coordinator, formatDateTimeNl(preview.createdAt))}</Typography>
          <Typography>{tx.exchange.previewPurpose(preview.purpose)}</Typography>
          <Typography sx={{ mb: 1 }}>{tx.exchange.previewCounts(preview.toCreate, preview.toUpdate)}</Typography>
          <Alert severity="info" sx={{ mb: 2 }}>
            {tx.exchange.nothingWritten}
          </Alert>
          <Stack spacing={2}>
            {preview.dossiers.map((d) => (
              <Paper key={d.ref} variant="outlined" sx={{ p: 2 }} component="section" aria-label={d.name}>
                <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1 }}>
                  <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
                    {d.name}
                  </Typography>
                  {d.bsn && <Typography color="text.secondary">{appTexts.common.bsn(d.bsn)}</Typography>}
                  <Chip
                    size="small"
                    variant="outlined"
                    color={d.action === 'create' ? 'primary' : 'secondary'}
                    label={d.action === 'create' ? tx.exchange.create : tx.exchange.update}
                  />
                </Stack>
                {d.action === 'update' && (
                  <DataTable
                    aria-label={`${d.name}: ${tx.exchange.previewTitle}`}
                    rows={d.sections}
                    rowKey={(s) => s.section}
                    rowProps={() => ({ sx: { verticalAlign: 'top' } })}
                    empty={null}
                    columns={[
                      { label: '', rowHeader: true, cell: (s) => tx.sectionLabels[s.section] },
                      { label: tx.exchange.current, sx: { whiteSpace: 'pre-line' }, cell: (s) => s.current.join('\n') || tx.exchange.empty },
                      { label: tx.exchange.incoming, sx: { whiteSpace: 'pre-line' }, cell: (s) => s.incoming.join('\n') || tx.exchange.empty },
                      {
                        label: '',
                        cell: (s) =>
                          s.same ? (
                            <Chip size="small" label={tx.exchange.same} />
                          ) : (
                            <RadioGroup
                              aria-label={`${tx.sectionLabels[s.section]}`}
                              value={choices[d.ref]?.[s.section] ?? 'keep'}
                              onChange={(e) => setChoice(d.ref, s.section, e.target.value as SectionChoice)}
                            >
                              <FormControlLabel value="keep" control={<Radio size="small" />} label={tx.exchange.keep} />
                              <FormControlLabel
                                value="take"
                                control={<Radio size="small" />}
                                label={
                                  s.section === 'consents' ? tx.exchange.takeConsents : LIST_SECTIONS.has(s.section) ? tx.exchange.takeList : tx.exchange.take
                                }
                              />
                            </RadioGroup>
                          ),
                      },
                    ]}
                  />
                )}
              </Paper>
            ))}
          </Stack>
          <Stack direction="row" spacing={2} sx={{ mt: 2 }}>
            <Button variant="contained" color="primary" onClick={() => void confirm()} disabled={busy}>
              {tx.exchange.confirm}
            </Button>
            <Button onClick={() => setPreview(null)}>{tx.exchange.cancel}</Button>
          </Stack>
        </Box>
      )}
    </Stack>
  );
}
