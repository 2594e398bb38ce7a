import { Alert, Box, Button, Paper, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { HANDOVER_PLACEHOLDER_NAMES, type LetterTemplate } from '../../../common/documents/letter-placeholders';
import { placeholderHelp } from '../i18n/labels';
import { validateTemplate } from '../../../common/template';
import { api, errorMessage, ApiError } from '../api';
import { localizeMessage } from '../i18n/message-codes';
import { docTexts } from './texts';

/** Edit the letter templates; each field is checked for unknown placeholders as you type and again on save. */
export function LetterTemplatesSetting({ templates, onChange }: { templates: LetterTemplate[]; onChange: (ts: LetterTemplate[]) => void }) {
  const t = docTexts.templates;
  const [draft, setDraft] = useState<LetterTemplate[]>(templates);
  const [message, setMessage] = useState<{ severity: 'success' | 'error'; text: string } | null>(null);
  const [serverFields, setServerFields] = useState<Record<string, string>>({});

  const problem = (text: string) => {
    const p = validateTemplate(text, HANDOVER_PLACEHOLDER_NAMES);
    return p === null ? null : localizeMessage(p);
  };
  const update = (i: number, patch: Partial<LetterTemplate>) => setDraft((d) => d.map((x, j) => (j === i ? { ...x, ...patch } : x)));
  const hasProblems = draft.some((x) => problem(x.subject) || problem(x.body) || !x.name.trim());

  async function save() {
    setMessage(null);
    setServerFields({});
    try {
      const s = await api.settings.update({ letterTemplates: draft });
      onChange(s.letterTemplates);
      setDraft(s.letterTemplates);
      setMessage({ severity: 'success', text: t.saved });
    } catch (err) {
      if (err instanceof ApiError) setServerFields(err.fields);
      setMessage({ severity: 'error', text: errorMessage(err) });
    }
  }

  return (
    <Stack spacing={2}>
      <Typography variant="h6" component="h2">
        {t.title}
      </Typography>
      <Typography variant="body2">{t.intro}</Typography>
      <Box component="details">
        <Box component="summary" sx={{ cursor: 'pointer' }}>
          {t.placeholders}
        </Box>
        <Box component="ul" sx={{ fontSize: 14 }}>
          {HANDOVER_PLACEHOLDER_NAMES.map((name) => (
            <li key={name}>
              <code>{`{{${name}}}`}</code> — {placeholderHelp(name)}
            </li>
          ))}
        </Box>
      </Box>
      {message && <Alert severity={message.severity}>{message.text}</Alert>}
      {draft.map((tpl, i) => {
        const subjectProblem = problem(tpl.subject) ?? serverFields[`letterTemplates.${i}.subject`];
        const bodyProblem = problem(tpl.body) ?? serverFields[`letterTemplates.${i}.body`];
        return (
          <Paper key={tpl.id} variant="outlined" sx={{ p: 2 }}>
            <Stack spacing={2}>
              <TextField
                label={t.name}
                value={tpl.name}
                onChange={(e) => update(i, { name: e.target.value })}
                error={!tpl.name.trim()}
                slotProps={{ inputLabel: { shrink: true } }}
              />
              <TextField
                label={t.subject}
                value={tpl.subject}
                onChange={(e) => update(i, { subject: e.target.value })}
                error={!!subjectProblem}
                helperText={subjectProblem}
                slotProps={{ inputLabel: { shrink: true } }}
              />
              <TextField
                label={t.body}
                value={tpl.body}
                onChange={(e) => update(i, { body: e.target.value })}
                error={!!bodyProblem}
                helperText={bodyProblem}
                multiline
                minRows={8}
                slotProps={{ inputLabel: { shrink: true } }}
              />
              {draft.length > 1 && (
                <Button color="error" sx={{ alignSelf: 'flex-start' }} onClick={() => setDraft((d) => d.filter((_, j) => j !== i))}>
                  {t.remove}
                </Button>
              )}
            </Stack>
          </Paper>
        );
      })}
      <Stack direction="row" spacing={1}>
        <Button
          variant="outlined"
          disabled={draft.length >= 20}
          onClick={() =>
            setDraft((d) => [...d, { id: `sjabloon-${Date.now().toString(36)}`, name: t.newName, subject: 'Overdracht {{client.naam}}', body: t.newBody }])
          }
        >
          {t.add}
        </Button>
        <Button variant="contained" disabled={hasProblems} onClick={() => void save()}>
          {t.save}
        </Button>
      </Stack>
    </Stack>
  );
}
