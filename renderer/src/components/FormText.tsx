import { TextField, type TextFieldProps } from '@mui/material';
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';

/**
 * A text field bound to a react-hook-form field, showing that field's Dutch message under it. The message is read by
 * the field's path, so a field inside a list (`rows.3.title`) shows its own; a `helperText` given is the hint shown
 * while the field has no message.
 */
export function FormText<T extends FieldValues>({
  form,
  name,
  label,
  helperText,
  error,
  ...rest
}: { form: UseFormReturn<T, unknown, FieldValues>; name: Path<T>; label: string } & Omit<TextFieldProps, 'name' | 'label' | 'form'>) {
  const { error: fieldError } = form.getFieldState(name, form.formState);
  return (
    <TextField
      label={label}
      {...form.register(name)}
      slotProps={{ inputLabel: { shrink: true } }}
      fullWidth
      {...rest}
      error={!!fieldError || !!error}
      helperText={fieldError?.message ?? helperText}
    />
  );
}
