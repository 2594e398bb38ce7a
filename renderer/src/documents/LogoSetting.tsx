import { Alert, Box, Button, Stack, Typography } from '@mui/material';
import { useRef, useState } from 'react';
import { LOGO_MAX_BYTES } from '../../../common/logo';
import { api, errorMessage } from '../api';
import { docTexts } from './texts';

function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(String(r.result));
    r.onerror = () => reject(r.error);
    r.readAsDataURL(file);
  });
}

/** Choose, preview and remove the municipal logo. The main side checks type, bytes and size again. */
export function LogoSetting({ logo, onChange }: { logo: string; onChange: (logo: string) => void }) {
  const input = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState<{ severity: 'success' | 'error'; text: string } | null>(null);
  const t = docTexts.letterhead;

  async function save(next: string, done: string) {
    setMessage(null);
    try {
      const s = await api.settings.update({ logo: next });
      onChange(s.logo);
      setMessage({ severity: 'success', text: done });
    } catch (err) {
      const fields = (err as { fields?: Record<string, string> }).fields ?? {};
      setMessage({ severity: 'error', text: fields['logo'] ?? errorMessage(err) });
    }
  }

  async function picked(file: File | undefined) {
    if (!file) return;
    if (file.size > LOGO_MAX_BYTES) return setMessage({ severity: 'error', text: t.logoTooBig });
    if (!['image/png', 'image/jpeg'].includes(file.type)) return setMessage({ severity: 'error', text: t.logoWrongType });
    let dataUrl: string;
    try {
      dataUrl = await readAsDataUrl(file);
    } catch {
      return setMessage({ severity: 'error', text: t.logoUnreadable });
    }
    await save(dataUrl, t.logoSaved);
  }

  return (
    <Stack spacing={1}>
      <Typography variant="subtitle1" component="h3">
        {t.logo}
      </Typography>
      {message && <Alert severity={message.severity}>{message.text}</Alert>}
      {logo ? (
        <Box component="img" src={logo} alt={t.logoAlt} sx={{ maxWidth: 240, maxHeight: 90, objectFit: 'contain', border: 1, borderColor: 'divider', p: 1 }} />
      ) : (
        <Typography variant="body2" color="text.secondary">
          {t.noLogo}
        </Typography>
      )}
      <Typography variant="caption" color="text.secondary">
        {t.logoHelp}
      </Typography>
      <Stack direction="row" spacing={1}>
        <Button variant="outlined" onClick={() => input.current?.click()}>
          {t.chooseLogo}
        </Button>
        {logo && (
          <Button color="error" onClick={() => void save('', t.logoRemoved)}>
            {t.removeLogo}
          </Button>
        )}
      </Stack>
      <input
        ref={input}
        type="file"
        accept="image/png,image/jpeg"
        hidden
        data-testid="logo-input"
        onChange={(e) => {
          void picked(e.target.files?.[0]);
          e.target.value = '';
        }}
      />
    </Stack>
  );
}
