import { MenuItem, TextField, type TextFieldProps } from '@mui/material';
import { useState } from 'react';
import { Controller, useForm, type UseFormReturn } from 'react-hook-form';
import { PARTNER_TYPE_KEYS, partnerInputSchema, type PartnerInput, type PartnerType } from '../../../common/plan/partners';
import type { PartnerView } from '../../../common/plan/types';
import { api } from '../api';
import { schemaResolver } from '../dossiers/resolver';
import { applyServerErrors } from '../forms';
import { partnerTypeLabel } from '../i18n/labels';

/** The partner form's own values: what the fields hold before the contract's schema turns them into a PartnerInput. */
export interface PartnerValues {
  type: PartnerType | '';
  name: string;
  email: string;
  phone: string;
  note: string;
}

const FIELDS = ['type', 'name', 'email', 'phone', 'note'];

export function partnerValues(p: PartnerView | null): PartnerValues {
  return p ? { type: p.type, name: p.name, email: p.email, phone: p.phone, note: p.note } : { type: '', name: '', email: '', phone: '', note: '' };
}

/**
 * Adds a partner, or saves the one given: the contract's schema checks the fields here and on the main side, and the
 * main side's field messages land on the fields. Shared by the partner dialog and "Nieuwe partner" beside an action.
 */
export function usePartnerForm(partner: PartnerView | null, onSaved: (p: PartnerView) => void) {
  const form = useForm<PartnerValues, unknown, PartnerInput>({ resolver: schemaResolver(partnerInputSchema), defaultValues: partnerValues(partner) });
  const [message, setMessage] = useState<string | null>(null);
  const save = form.handleSubmit(async (input) => {
    setMessage(null);
    try {
      onSaved(partner ? await api.partners.update({ ...input, id: partner.id }) : await api.partners.create(input));
    } catch (err) {
      setMessage(applyServerErrors(err, form.setError, FIELDS));
    }
  });
  return { form, save, message, setMessage };
}

/** The kind of partner, chosen from the list. */
export function PartnerTypeField({
  form,
  label,
  ...rest
}: { form: UseFormReturn<PartnerValues, unknown, PartnerInput>; label: string } & Omit<TextFieldProps, 'form' | 'label'>) {
  return (
    <Controller
      control={form.control}
      name="type"
      render={({ field, fieldState }) => (
        <TextField select label={label} {...field} error={!!fieldState.error} helperText={fieldState.error?.message} required {...rest}>
          {PARTNER_TYPE_KEYS.map((t) => (
            <MenuItem key={t} value={t}>
              {partnerTypeLabel(t)}
            </MenuItem>
          ))}
        </TextField>
      )}
    />
  );
}
