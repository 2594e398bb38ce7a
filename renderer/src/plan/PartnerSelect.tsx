import { MenuItem, TextField, type TextFieldProps } from '@mui/material';
import type { FieldValues } from 'react-hook-form';
import { FormChoice } from '../components/ChoiceSelect';
import { tp } from './texts';

type Partners = readonly { id: number; name: string }[];

/** The choice of partner for an action (its value the partner's id as text), '' standing for "niet toegewezen". */
export function PartnerSelect({
  partners,
  value,
  onChange,
  ...rest
}: { partners: Partners; value: string; onChange: (id: string) => void } & Omit<TextFieldProps, 'select' | 'value' | 'onChange' | 'children'>) {
  return (
    <TextField select value={value} onChange={(e) => onChange(e.target.value)} {...rest}>
      <MenuItem value="">{tp.action.unassigned}</MenuItem>
      {partners.map((p) => (
        <MenuItem key={p.id} value={String(p.id)}>
          {p.name}
        </MenuItem>
      ))}
    </TextField>
  );
}

/** The choice of partner bound to a react-hook-form field (the partner's id as text, '' for "niet toegewezen"). */
export function FormPartnerChoice<V extends FieldValues>({
  partners,
  ...rest
}: { partners: Partners } & Omit<Parameters<typeof FormChoice<V, string>>[0], 'options' | 'labelOf' | 'emptyLabel'>) {
  return (
    <FormChoice
      {...rest}
      emptyLabel={tp.action.unassigned}
      options={partners.map((p) => String(p.id))}
      labelOf={(id) => partners.find((p) => String(p.id) === id)?.name ?? ''}
    />
  );
}
