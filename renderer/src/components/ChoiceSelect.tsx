import { MenuItem, TextField, type TextFieldProps } from '@mui/material';
import { Controller, type FieldValues, type Path, type UseFormReturn } from 'react-hook-form';

interface ChoiceProps<T extends string> {
  label?: string;
  value: T | '';
  options: readonly T[];
  labelOf: (v: T) => string;
  onChange: (v: T) => void;
  /** The first option, standing for "none" (value ''); absent when a choice is required. */
  emptyLabel?: string;
  /** A message under the field: the refusal when `error`, else a hint. */
  helperText?: string;
  error?: boolean;
}

/** A labelled choice from a fixed list (MUI select: opens with click or keyboard, options by their label). */
export function ChoiceSelect<T extends string>({
  label,
  value,
  options,
  labelOf,
  onChange,
  emptyLabel,
  helperText,
  error,
  ...rest
}: ChoiceProps<T> & Omit<TextFieldProps, keyof ChoiceProps<T> | 'select' | 'children'>) {
  return (
    <TextField select label={label} value={value} onChange={(e) => onChange(e.target.value as T)} error={error} helperText={helperText} {...rest}>
      {emptyLabel !== undefined && <MenuItem value="">{emptyLabel}</MenuItem>}
      {options.map((o) => (
        <MenuItem key={o} value={o}>
          {labelOf(o)}
        </MenuItem>
      ))}
    </TextField>
  );
}

/** A ChoiceSelect bound to a react-hook-form field, showing that field's message under it. */
export function FormChoice<V extends FieldValues, T extends string>({
  form,
  name,
  helperText,
  ...rest
}: { form: UseFormReturn<V, unknown, FieldValues>; name: Path<V> } & Omit<Parameters<typeof ChoiceSelect<T>>[0], 'value' | 'onChange' | 'error'>) {
  return (
    <Controller
      control={form.control}
      name={name}
      render={({ field, fieldState }) => (
        <ChoiceSelect<T>
          {...rest}
          value={field.value as T | ''}
          onChange={field.onChange}
          onBlur={field.onBlur}
          inputRef={field.ref}
          error={!!fieldState.error}
          helperText={fieldState.error?.message ?? helperText}
        />
      )}
    />
  );
}
