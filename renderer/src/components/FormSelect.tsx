import { MenuItem, TextField, type TextFieldProps } from '@mui/material';
import { Controller, type FieldValues, type Path, type UseFormReturn } from 'react-hook-form';

interface SelectProps<T extends FieldValues, V extends string> {
  form: UseFormReturn<T, unknown, FieldValues>;
  name: Path<T>;
  label: string;
  options: readonly V[];
  /** The value's name in the UI's language (a label function of i18n/labels.ts). */
  optionLabel: (value: V) => string;
}

/** A choice list bound to a react-hook-form field, showing that field's message under it. */
export function FormSelect<T extends FieldValues, V extends string>(props: SelectProps<T, V> & Omit<TextFieldProps, keyof SelectProps<T, V> | 'select'>) {
  const { form, name, label, options, optionLabel, ...rest } = props;
  const entries = options.map((v) => (
    <MenuItem key={v} value={v}>
      {optionLabel(v)}
    </MenuItem>
  ));
  return (
    <Controller
      control={form.control}
      name={name}
      render={({ field, fieldState: { error } }) => (
        <TextField select label={label} {...field} error={!!error} helperText={error?.message} fullWidth slotProps={{ inputLabel: { shrink: true } }} {...rest}>
          {entries}
        </TextField>
      )}
    />
  );
}
