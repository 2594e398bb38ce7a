import { TextField, type TextFieldProps } from '@mui/material';
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';

/** A text field bound to a react-hook-form field, showing that field's Dutch message under it. */
export function FormText<T extends FieldValues>({
  form,
  name,
  label,
  ...rest
}: { form: UseFormReturn<T, unknown, FieldValues>; name: Path<T>; label: string } & Omit<TextFieldProps, 'name' | 'label' | 'form'>) {
  const err = form.formState.errors[name];
  return (
    <TextField
      label={label}
      {...form.register(name)}
      error={!!err}
      helperText={(err?.message as string | undefined) ?? rest.helperText}
      slotProps={{ inputLabel: { shrink: true } }}
      fullWidth
      {...rest}
    />
  );
}
