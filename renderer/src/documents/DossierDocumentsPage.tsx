import { Alert, Checkbox, FormControlLabel, MenuItem, Paper, Stack, TextField, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { addresseeSchema } from '../../../common/api/documents';
import type { LetterTemplate } from '../../../common/documents/letter-placeholders';
import { fullName } from '../../../common/people/names';
import { ApiError, api, errorMessage } from '../api';
import { localizeMessage } from '../i18n/message-codes';
import { errorPayload } from '../../../common/errors';
import { meetingTexts } from '../meetings/texts';
import { DocumentActions } from './DocumentActions';
import { at } from '../aftercare/texts';

const ADDRESS_FIELDS = ['organisation', 'department', 'attention', 'street', 'postcodeCity'] as const;
type AddressField = (typeof ADDRESS_FIELDS)[number];

/** The documents of one dossier: its action plan and a handover letter from a template. */
export function DossierDocumentsPage({ dossierId }: { dossierId: number }) {
  const t = meetingTexts.dossierDocs;
  const [name, setName] = useState('');
  const [templates, setTemplates] = useState<LetterTemplate[]>([]);
  const [templateId, setTemplateId] = useState('');
  const [address, setAddress] = useState<Record<AddressField, string>>({ organisation: '', department: '', attention: '', street: '', postcodeCity: '' });
  const [includePlan, setIncludePlan] = useState(true);
  const [includeReleaseSheet, setIncludeReleaseSheet] = useState(false);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    api.dossiers.get({ id: dossierId }).then(
      (d) => {
        setName(fullName(d.dossier));
        const reclassering = d.contacts.find((c) => c.role === 'reclassering');
        if (reclassering) setAddress((a) => ({ ...a, organisation: reclassering.organisation, attention: reclassering.name }));
      },
      (err: unknown) => setError(errorMessage(err)),
    );
    api.settings.get({}).then(
      (s) => {
        setTemplates(s.letterTemplates);
        setTemplateId(s.letterTemplates[0]?.id ?? '');
      },
      (err: unknown) => setError(errorMessage(err)),
    );
  }, [dossierId]);

  async function makeLetter() {
    const parsed = addresseeSchema.safeParse(address);
    if (!parsed.success) {
      setFields(Object.fromEntries(parsed.error.issues.map((i) => [i.path.join('.'), localizeMessage(i.message)])));
      throw new ApiError(errorPayload('VALIDATION'), t.addressMissing);
    }
    setFields({});
    try {
      return await api.documents.handoverLetter({ dossierId, templateId, addressee: parsed.data, includePlan, includeReleaseSheet });
    } catch (err) {
      if (err instanceof ApiError) setFields(Object.fromEntries(Object.entries(err.fields).map(([k, v]) => [k.replace(/^addressee\./, ''), v])));
      throw err;
    }
  }

  return (
    <Stack spacing={2} sx={{ maxWidth: 860 }}>
      <Typography variant="h5" component="h1">
        {`${t.title}${name ? ` — ${name}` : ''}`}
      </Typography>
      {error && <Alert severity="error">{error}</Alert>}
      <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-labelledby="doc-plan">
        <Stack spacing={1}>
          <Typography variant="h6" component="h2" id="doc-plan">
            {t.actionPlan}
          </Typography>
          <Typography variant="body2">{t.actionPlanIntro}</Typography>
          <DocumentActions label={t.actionPlan} make={() => api.documents.actionPlan({ dossierId })} />
        </Stack>
      </Paper>
      <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-labelledby="doc-sheet">
        <Stack spacing={1}>
          <Typography variant="h6" component="h2" id="doc-sheet">
            {at.sheet.title}
          </Typography>
          <Typography variant="body2">{at.sheet.intro}</Typography>
          <DocumentActions label={at.sheet.nl} make={() => api.documents.releaseSheet({ dossierId, language: 'nl' })} />
          <DocumentActions label={at.sheet.en} make={() => api.documents.releaseSheet({ dossierId, language: 'en' })} />
        </Stack>
      </Paper>
      <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-labelledby="doc-letter">
        <Stack spacing={2}>
          <Typography variant="h6" component="h2" id="doc-letter">
            {t.letter}
          </Typography>
          <Typography variant="body2">{t.letterIntro}</Typography>
          <TextField
            select
            label={t.template}
            value={templateId}
            onChange={(e) => setTemplateId(e.target.value)}
            error={!!fields['templateId']}
            helperText={fields['templateId']}
          >
            {templates.map((tpl) => (
              <MenuItem key={tpl.id} value={tpl.id}>
                {tpl.name}
              </MenuItem>
            ))}
          </TextField>
          <a href="#/instellingen">{t.templatesLink}</a>
          {ADDRESS_FIELDS.map((f) => (
            <TextField
              key={f}
              label={t[f]}
              value={address[f]}
              onChange={(e) => setAddress((a) => ({ ...a, [f]: e.target.value }))}
              error={!!fields[f]}
              helperText={fields[f] ?? (f === 'attention' ? t.attentionHelp : undefined)}
              slotProps={{ inputLabel: { shrink: true } }}
            />
          ))}
          <FormControlLabel control={<Checkbox checked={includePlan} onChange={(e) => setIncludePlan(e.target.checked)} />} label={t.includePlan} />
          <FormControlLabel
            control={<Checkbox checked={includeReleaseSheet} onChange={(e) => setIncludeReleaseSheet(e.target.checked)} />}
            label={t.includeReleaseSheet}
          />
          <DocumentActions label={t.letter} disabled={!templateId} make={makeLetter} />
        </Stack>
      </Paper>
    </Stack>
  );
}
