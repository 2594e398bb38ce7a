import { Box, Button, FormHelperText, Stack, Typography } from '@mui/material';
import { LOGO_MAX_BYTES } from '../../../common/logo';
import { settingsSchema } from '../../../common/settings';
import { api } from '../api';
import { ChooseFileButton } from '../components/ChooseFileButton';
import { NoticeAlert } from '../components/NoticeAlert';
import { readChosenFile } from '../exchange/download';
import { useApiForm } from '../hooks/useApiForm';
import { docTexts } from './texts';

/** The logo as the settings keep it: a PNG or JPEG data URL, checked by its first bytes (the settings' own rule). */
const logoFields = settingsSchema.pick({ logo: true });

/**
 * Choose, preview and remove the municipal logo. The settings' rule checks the chosen file here (type by its
 * first bytes, size) and the main side checks it again; a refused file changes nothing.
 */
export function LogoSetting({ logo, onChange }: { logo: string; onChange: (logo: string) => void }) {
  const t = docTexts.letterhead;
  const { form, run, notice, refuse } = useApiForm(logoFields, { logo });
  const problem = form.formState.errors.logo?.message;

  const save = (next: string, done: string) => {
    form.clearErrors();
    form.setValue('logo', next);
    return form.handleSubmit(async (v) => {
      const r = await run(
        () => api.settings.update(v),
        () => done,
      );
      if (r.ok) onChange(r.value.logo);
    })();
  };

  async function picked(file: File | undefined) {
    if (!file) return;
    form.clearErrors();
    const read = await readChosenFile(file, LOGO_MAX_BYTES, { tooLarge: () => t.logoTooBig, unreadable: t.logoUnreadable });
    if ('problem' in read) return refuse(read.problem);
    await save(`data:${file.type};base64,${read.base64}`, t.logoSaved);
  }

  return (
    <Stack spacing={1}>
      <Typography variant="subtitle1" component="h3">
        {t.logo}
      </Typography>
      <NoticeAlert notice={problem ? { severity: 'error', text: problem } : notice} />
      {logo ? (
        <Box component="img" src={logo} alt={t.logoAlt} sx={{ maxWidth: 240, maxHeight: 90, objectFit: 'contain', border: 1, borderColor: 'divider', p: 1 }} />
      ) : (
        <Typography variant="body2" color="text.secondary">
          {t.noLogo}
        </Typography>
      )}
      <FormHelperText sx={{ mt: 0 }}>{t.logoHelp}</FormHelperText>
      <Stack direction="row" spacing={1}>
        <ChooseFileButton variant="outlined" accept="image/png,image/jpeg" inputLabel={t.chooseLogo} onFile={(f) => void picked(f)}>
          {t.chooseLogo}
        </ChooseFileButton>
        {logo && (
          <Button color="error" onClick={() => void save('', t.logoRemoved)}>
            {t.removeLogo}
          </Button>
        )}
      </Stack>
    </Stack>
  );
}
