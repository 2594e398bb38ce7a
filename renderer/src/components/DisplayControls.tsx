import { MenuItem, Stack, TextField } from '@mui/material';
import { LANGUAGES, type Lang } from '../i18n';
import { TEXT_SCALE, usePreferences, type TextSize } from '../preferences';
import { t } from '../texts';

/** Language and text size, available before unlocking (vault screens) and in the settings page. */
export function DisplayControls({ compact = false }: { compact?: boolean }) {
  const p = usePreferences();
  return (
    <Stack direction={compact ? 'row' : 'column'} spacing={2} sx={compact ? { justifyContent: 'flex-end' } : { maxWidth: 320 }}>
      <TextField select size="small" label={t.display.language} value={p.language} onChange={(e) => p.setLanguage(e.target.value as Lang)}>
        {LANGUAGES.map((l) => (
          <MenuItem key={l.code} value={l.code} lang={l.code}>
            {l.label}
          </MenuItem>
        ))}
      </TextField>
      <TextField select size="small" label={t.display.textSize} value={p.textSize} onChange={(e) => p.setTextSize(e.target.value as TextSize)}>
        {(Object.keys(TEXT_SCALE) as TextSize[]).map((s) => (
          <MenuItem key={s} value={s}>
            {t.display.textSizes[s]}
          </MenuItem>
        ))}
      </TextField>
    </Stack>
  );
}
