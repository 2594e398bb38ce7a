import { Alert, Checkbox, FormControlLabel, Paper, Stack, Typography } from '@mui/material';
import { useEffect, useState, type ReactNode } from 'react';
import { Controller } from 'react-hook-form';
import type { z } from 'zod';
import { addresseeSchema, documentsArea } from '../../../common/api/documents';
import type { LetterTemplate } from '../../../common/documents/letter-placeholders';
import { errorPayload } from '../../../common/errors';
import { fullName } from '../../../common/people/names';
import { ApiError, api, errorMessage } from '../api';
import { FormChoice } from '../components/ChoiceSelect';
import { FormText } from '../components/FormText';
import { applyServerErrors } from '../forms';
import { useApiForm } from '../hooks/useApiForm';
import { meetingTexts } from '../meetings/texts';
import { DocumentActions } from './DocumentActions';
import { at } from '../aftercare/texts';

const ADDRESS_FIELDS = ['organisation', 'department', 'attention', 'street', 'postcodeCity'] as const;
type AddressField = (typeof ADDRESS_FIELDS)[number];

/** The letter's fields, the addressee's lines beside the template and the enclosures: the contract's own rules. */
const letterFields = documentsArea.handoverLetter.input.omit({ dossierId: true, addressee: true }).extend(addresseeSchema.shape);
type Values = Record<AddressField | 'templateId', string> & { includePlan: boolean; includeReleaseSheet: boolean };
type Letter = z.output<typeof letterFields>;
const FIELDS = ['templateId', ...ADDRESS_FIELDS, 'includePlan', 'includeReleaseSheet'] as const;
const EMPTY: Values = {
  templateId: '',
  organisation: '',
  department: '',
  attention: '',
  street: '',
  postcodeCity: '',
  includePlan: true,
  includeReleaseSheet: false,
};

/** One kind of document on the page: its heading, what it is, and what to do with it. */
function DocumentSection({ id, title, intro, children }: { id: string; title: string; intro: string; children: ReactNode }) {
  return (
    <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-labelledby={id}>
      <Stack spacing={2}>
        <Typography variant="h6" component="h2" id={id}>
          {title}
        </Typography>
        <Typography variant="body2">{intro}</Typography>
        {children}
      </Stack>
    </Paper>
  );
}

/** The documents of one dossier: its action plan and a handover letter from a template. */
export function DossierDocumentsPage({ dossierId }: { dossierId: number }) {
  const t = meetingTexts.dossierDocs;
  const [name, setName] = useState('');
  const [templates, setTemplates] = useState<LetterTemplate[]>([]);
  const [error, setError] = useState<string | null>(null);
  // The letter is made through DocumentActions' own call; the form gives the fields and their rules.
  const { form, bind } = useApiForm(letterFields, EMPTY);
  const { setValue } = form;
  const templateId = form.watch('templateId');

  useEffect(() => {
    api.dossiers.get({ id: dossierId }).then(
      (d) => {
        setName(fullName(d.dossier));
        const reclassering = d.contacts.find((c) => c.role === 'reclassering');
        if (reclassering) {
          setValue('organisation', reclassering.organisation);
          setValue('attention', reclassering.name);
        }
      },
      (err: unknown) => setError(errorMessage(err)),
    );
    api.settings.get({}).then(
      (s) => {
        setTemplates(s.letterTemplates);
        setValue('templateId', s.letterTemplates[0]?.id ?? '');
      },
      (err: unknown) => setError(errorMessage(err)),
    );
  }, [dossierId, setValue]);

  /** Checked by the form first (each missing line on its field); the main side's refusals land on the fields too. */
  async function makeLetter() {
    let letter: Letter | null = null;
    await form.handleSubmit((v) => {
      letter = v;
    })();
    if (!letter) throw new ApiError(errorPayload('VALIDATION'), t.addressMissing);
    const { templateId: chosen, includePlan, includeReleaseSheet, ...addressee } = letter as Letter;
    try {
      return await api.documents.handoverLetter({ dossierId, templateId: chosen, addressee, includePlan, includeReleaseSheet });
    } catch (err) {
      applyServerErrors(err, form.setError, FIELDS);
      throw err;
    }
  }

  const tick = (field: 'includePlan' | 'includeReleaseSheet', label: string) => (
    <Controller
      control={form.control}
      name={field}
      render={({ field: f }) => <FormControlLabel control={<Checkbox checked={f.value} onChange={(e) => f.onChange(e.target.checked)} />} label={label} />}
    />
  );

  return (
    <Stack spacing={2} sx={{ maxWidth: 860 }}>
      <Typography variant="h5" component="h1">
        {`${t.title}${name ? ` — ${name}` : ''}`}
      </Typography>
      {error && <Alert severity="error">{error}</Alert>}
      <DocumentSection id="doc-plan" title={t.actionPlan} intro={t.actionPlanIntro}>
        <DocumentActions label={t.actionPlan} make={() => api.documents.actionPlan({ dossierId })} />
      </DocumentSection>
      <DocumentSection id="doc-sheet" title={at.sheet.title} intro={at.sheet.intro}>
        <DocumentActions label={at.sheet.nl} make={() => api.documents.releaseSheet({ dossierId, language: 'nl' })} />
        <DocumentActions label={at.sheet.en} make={() => api.documents.releaseSheet({ dossierId, language: 'en' })} />
      </DocumentSection>
      <DocumentSection id="doc-letter" title={t.letter} intro={t.letterIntro}>
        <FormChoice
          form={bind}
          name="templateId"
          label={t.template}
          options={templates.map((tpl) => tpl.id)}
          labelOf={(id) => templates.find((tpl) => tpl.id === id)?.name ?? id}
        />
        <a href="#/instellingen">{t.templatesLink}</a>
        {ADDRESS_FIELDS.map((f) => (
          <FormText key={f} form={bind} name={f} label={t[f]} helperText={f === 'attention' ? t.attentionHelp : undefined} />
        ))}
        {tick('includePlan', t.includePlan)}
        {tick('includeReleaseSheet', t.includeReleaseSheet)}
        <DocumentActions label={t.letter} disabled={!templateId} make={makeLetter} />
      </DocumentSection>
    </Stack>
  );
}
