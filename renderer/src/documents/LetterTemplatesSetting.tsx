import { Box, Button, Paper, Stack, Typography } from '@mui/material';
import { useFieldArray, useForm, useWatch, type FieldPath } from 'react-hook-form';
import { HANDOVER_PLACEHOLDER_NAMES, type LetterTemplate } from '../../../common/documents/letter-placeholders';
import { settingsSchema } from '../../../common/settings';
import { api } from '../api';
import { FormText } from '../components/FormText';
import { NoticeAlert } from '../components/NoticeAlert';
import { schemaResolver } from '../dossiers/resolver';
import { useApiAction } from '../hooks/useApiAction';
import { useRefusedFieldsOnForm } from '../hooks/useRefusedFieldsOnForm';
import { placeholderHelp } from '../i18n/labels';
import { docTexts } from './texts';

/** The templates as the settings keep them: a name, and subject and body with known placeholders only. */
const templateFields = settingsSchema.pick({ letterTemplates: true });
type Values = { letterTemplates: LetterTemplate[] };
const TEMPLATE_FIELDS = ['name', 'subject', 'body'] as const;

/** Edit the letter templates; each field is checked by the settings' rules as you type and again on save. */
export function LetterTemplatesSetting({ templates, onChange }: { templates: LetterTemplate[]; onChange: (ts: LetterTemplate[]) => void }) {
  const t = docTexts.templates;
  const form = useForm<Values, unknown, Values>({ resolver: schemaResolver(templateFields), defaultValues: { letterTemplates: templates }, mode: 'onChange' });
  // The template's own `id` is a field of the form, so the list keys its rows under another name.
  const rows = useFieldArray({ control: form.control, name: 'letterTemplates', keyName: 'key' });
  const count = useWatch({ control: form.control, name: 'letterTemplates' }).length;
  const action = useApiAction(Array.from({ length: count }, (_, i) => TEMPLATE_FIELDS.map((f) => `letterTemplates.${i}.${f}`)).flat(), {
    quietWhenPlaced: false,
  });
  useRefusedFieldsOnForm(form, action.fields);
  // A template's fields sit inside the list; FormText finds each one's message by its path.
  const text = (i: number, f: (typeof TEMPLATE_FIELDS)[number], label: string, more: { multiline?: boolean; minRows?: number } = {}) => {
    const name: FieldPath<Values> = `letterTemplates.${i}.${f}`;
    return <FormText form={form} name={name} label={label} {...more} />;
  };
  const listProblem = form.formState.errors.letterTemplates?.root?.message ?? form.formState.errors.letterTemplates?.message;

  const save = form.handleSubmit(async (v) => {
    const r = await action.run(
      () => api.settings.update(v),
      () => t.saved,
    );
    if (!r.ok) return;
    onChange(r.value.letterTemplates);
    form.reset({ letterTemplates: r.value.letterTemplates });
  });

  return (
    <Stack spacing={2} component="form" noValidate onSubmit={(e) => void save(e)}>
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
      <NoticeAlert notice={listProblem ? { severity: 'error', text: listProblem } : action.notice} />
      {rows.fields.map((row, i) => (
        <Paper key={row.key} variant="outlined" sx={{ p: 2 }}>
          <Stack spacing={2}>
            {text(i, 'name', t.name)}
            {text(i, 'subject', t.subject)}
            {text(i, 'body', t.body, { multiline: true, minRows: 8 })}
            {rows.fields.length > 1 && (
              <Button color="error" sx={{ alignSelf: 'flex-start' }} onClick={() => rows.remove(i)}>
                {t.remove}
              </Button>
            )}
          </Stack>
        </Paper>
      ))}
      <Stack direction="row" spacing={1}>
        <Button
          variant="outlined"
          disabled={rows.fields.length >= 20}
          onClick={() => rows.append({ id: `sjabloon-${Date.now().toString(36)}`, name: t.newName, subject: 'Overdracht {{client.naam}}', body: t.newBody })}
        >
          {t.add}
        </Button>
        <Button type="submit" variant="contained" disabled={!form.formState.isValid || action.busy}>
          {t.save}
        </Button>
      </Stack>
    </Stack>
  );
}
