import type { FieldValues } from 'react-hook-form';
import type { z } from 'zod';
import type { AftercareView } from '../../../common/aftercare/types';
import { useApiForm } from '../hooks/useApiForm';

/** What the tab does with a form's save: show the new view and say so, or take back an earlier "Opgeslagen.". */
export interface AftercareSave {
  saved: (view: AftercareView) => void;
  started: () => void;
}

/**
 * A form of the "Na vrijlating" tab: its fields checked by the contract's schema, the main side's refusals on
 * their fields (the rest in `notice`), and a submit that hands the new view to the tab.
 */
export function useAftercareForm<V extends FieldValues, S extends z.ZodType>(schema: S, defaults: V, save: AftercareSave) {
  const apiForm = useApiForm(schema, defaults);
  const { form, run } = apiForm;
  const submit = (call: (values: z.output<S>) => Promise<AftercareView>, after?: () => void) =>
    form.handleSubmit(async (values) => {
      save.started();
      const done = await run(() => call(values));
      if (!done.ok) return;
      save.saved(done.value);
      after?.();
    }, save.started);
  return { ...apiForm, submit };
}
