import type { Handlers } from '../../../common/api/contract.js';
import type { aftercareMethods } from '../../../common/api/aftercare.js';
import { addContactAttempt, aftercareToday, correctDayOne, getAftercare, recordFirstContact, recordFollowup } from '../../../db/repositories/aftercare.js';
import { audited } from '../../../db/repositories/audit.js';
import { getSettings } from '../../../db/repositories/settings.js';
import type { HandlerContext } from './context.js';

type AftercareHandlers = Pick<Handlers, keyof typeof aftercareMethods>;

/** Due dates are calendar days on the coordinator's own clock (the one the handlers share, so tests can set it). */
export function aftercareHandlers({ session, clock }: HandlerContext): AftercareHandlers {
  const db = () => session.requireVault().db;
  const view = async (dossierId: number) => getAftercare(db(), dossierId, clock().today, await getSettings(db()));
  return {
    'aftercare.get': async ({ dossierId }) => view(dossierId),
    'aftercare.correctDayOne': async (input) => {
      const c = clock();
      await audited(
        db(),
        (tx) => correctDayOne(tx, input, c),
        () => ({ event: 'aftercare.day_one_correct', detail: { id: input.dossierId, key: input.key }, at: c.now }),
      );
      return view(input.dossierId);
    },
    'aftercare.recordFirstContact': async ({ date, time, ...rest }) => {
      const c = clock();
      await audited(
        db(),
        (tx) => recordFirstContact(tx, { ...rest, contactAt: `${date}T${time}` }, c),
        () => ({ event: 'aftercare.first_contact', detail: { id: rest.dossierId }, at: c.now }),
      );
      return view(rest.dossierId);
    },
    'aftercare.recordFollowup': async (input) => {
      const c = clock();
      const dossierId = await audited(
        db(),
        (tx) => recordFollowup(tx, input, c),
        (id) => ({ event: 'aftercare.followup', detail: { id, followupId: input.followupId }, at: c.now }),
      );
      return view(dossierId);
    },
    'aftercare.addAttempt': async (input) => {
      const c = clock();
      await audited(
        db(),
        (tx) => addContactAttempt(tx, input, c),
        () => ({ event: 'aftercare.contact_attempt', detail: { id: input.dossierId }, at: c.now }),
      );
      return view(input.dossierId);
    },
    'aftercare.today': async () => aftercareToday(db(), clock().today, await getSettings(db())),
  };
}
