import Visibility from '@mui/icons-material/Visibility';
import VisibilityOff from '@mui/icons-material/VisibilityOff';
import { IconButton, InputAdornment, TextField, type TextFieldProps } from '@mui/material';
import { useState, type CSSProperties } from 'react';
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { defineTexts, type TextsShape } from '../i18n';

const texts = defineTexts('passwordField', { show: 'Wachtwoord tonen', hide: 'Wachtwoord verbergen' }, {
  show: 'Show password',
  hide: 'Hide password',
} satisfies TextsShape<{ show: string; hide: string }>);

export type PasswordFieldProps = Omit<TextFieldProps, 'type'> & {
  /**
   * An eye button that shows and hides the text, saying what it will do ("Wachtwoord tonen"): for a password that
   * is read out on the phone. Without it the field stays hidden, as on the vault's screens.
   */
  canShow?: boolean;
  initiallyShown?: boolean;
  inputStyle?: CSSProperties;
};

/** The one password field of the UI: the vault's password, the recovery form and an exchange file's password. */
export function PasswordField({ canShow = false, initiallyShown = false, inputStyle, ...field }: PasswordFieldProps) {
  const [shown, setShown] = useState(initiallyShown);
  if (!canShow) return <TextField {...field} type="password" />;
  return (
    <TextField
      {...field}
      type={shown ? 'text' : 'password'}
      slotProps={{
        ...field.slotProps,
        htmlInput: { spellCheck: false, autoComplete: 'off', autoCapitalize: 'off', style: inputStyle },
        input: {
          endAdornment: (
            <InputAdornment position="end">
              <IconButton edge="end" onClick={() => setShown(!shown)} aria-label={shown ? texts.hide : texts.show}>
                {shown ? <VisibilityOff /> : <Visibility />}
              </IconButton>
            </InputAdornment>
          ),
        },
      }}
    />
  );
}

/** A PasswordField bound to a react-hook-form field, showing that field's message under it. */
export function FormPassword<T extends FieldValues>({
  form,
  name,
  ...rest
}: { form: UseFormReturn<T, unknown, FieldValues>; name: Path<T>; label: string } & Omit<PasswordFieldProps, 'name' | 'form'>) {
  const err = form.formState.errors[name];
  return <PasswordField {...rest} {...form.register(name)} error={!!err} helperText={(err?.message as string | undefined) ?? rest.helperText} />;
}
