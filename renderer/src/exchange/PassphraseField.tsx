import Visibility from '@mui/icons-material/Visibility';
import VisibilityOff from '@mui/icons-material/VisibilityOff';
import { IconButton, InputAdornment, TextField, type SxProps, type Theme } from '@mui/material';
import { useState, type CSSProperties } from 'react';
import { tx } from './texts';

/**
 * The password of an exchange file, hidden or shown at the coordinator's choice: shown to read it out on the
 * phone, hidden when someone is looking along. The eye button says what it will do ("Wachtwoord tonen").
 */
export function PassphraseField({
  label,
  value,
  onChange,
  error,
  helperText,
  initiallyShown = false,
  sx,
  inputStyle,
}: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  error?: string | undefined;
  helperText?: string;
  initiallyShown?: boolean;
  sx?: SxProps<Theme>;
  inputStyle?: CSSProperties;
}) {
  const [shown, setShown] = useState(initiallyShown);
  return (
    <TextField
      label={label}
      type={shown ? 'text' : 'password'}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      error={!!error}
      helperText={error ?? helperText}
      sx={sx}
      slotProps={{
        htmlInput: { spellCheck: false, autoComplete: 'off', autoCapitalize: 'off', style: inputStyle },
        input: {
          endAdornment: (
            <InputAdornment position="end">
              <IconButton edge="end" onClick={() => setShown(!shown)} aria-label={shown ? tx.exchange.hidePassphrase : tx.exchange.showPassphrase}>
                {shown ? <VisibilityOff /> : <Visibility />}
              </IconButton>
            </InputAdornment>
          ),
        },
      }}
    />
  );
}
