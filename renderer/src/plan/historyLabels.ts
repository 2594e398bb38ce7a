import { BASIS_KEYS, type BasisKey } from '../../../common/plan/basisvoorwaarden';
import { basisLabel } from '../i18n/labels';
import { tp } from './texts';

/** Labels for the plan's entries in the dossier's "Geschiedenis" tab (fields 'plan.*'). */
export function planHistoryLabel(field: string): string | null {
  if (!field.startsWith('plan.')) return null;
  const [, kind, sub] = field.split('.');
  if (kind === 'basis') return `${tp.history.basis}: ${BASIS_KEYS.includes(sub as BasisKey) ? basisLabel(sub as BasisKey) : sub}`;
  if (kind === 'score') return tp.history.score;
  if (kind === 'goal') return tp.history.goal;
  if (kind === 'proposal') return tp.history.proposal;
  if (kind === 'action' && sub === 'reminder') return tp.history.reminder;
  if (kind === 'action' && sub) return tp.history.actionField((tp.history.actionFields as Record<string, string>)[sub] ?? sub);
  return tp.history.action;
}
