import type { FieldValues } from 'react-hook-form';
import type { LifeDomain } from '../../../common/plan/domains';
import { FormChoice } from '../components/ChoiceSelect';
import { lifeDomainLabel } from '../i18n/labels';

/** A life domain chosen from the given catalogue entries (by key), bound to a react-hook-form field. */
export function FormDomainChoice<V extends FieldValues>({
  domains,
  ...rest
}: { domains: readonly LifeDomain[] } & Omit<Parameters<typeof FormChoice<V, string>>[0], 'options' | 'labelOf'>) {
  return <FormChoice {...rest} options={domains.map((d) => d.key)} labelOf={(key) => lifeDomainLabel(domains.find((d) => d.key === key)!)} />;
}
