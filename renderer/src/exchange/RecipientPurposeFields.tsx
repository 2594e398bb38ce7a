import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { FormText } from '../components/FormText';
import { tx } from './texts';

/** To whom and why: asked before anything leaves the vault, and written to the register with the file. */
export function RecipientPurposeFields<T extends FieldValues & { recipient: string; purpose: string }>({
  form,
  multilinePurpose = false,
}: {
  form: UseFormReturn<T, unknown, FieldValues>;
  multilinePurpose?: boolean;
}) {
  return (
    <>
      <FormText form={form} name={'recipient' as Path<T>} label={tx.exchange.recipient} slotProps={{}} />
      <FormText
        form={form}
        name={'purpose' as Path<T>}
        label={tx.exchange.purpose}
        slotProps={{}}
        multiline={multilinePurpose}
        minRows={multilinePurpose ? 2 : undefined}
      />
    </>
  );
}
