import { format } from 'date-fns';
import type { Handlers } from '../../../common/api/contract.js';
import type { aftercareMethods } from '../../../common/api/aftercare.js';
import {
  addContactAttempt,
  aftercareToday,
  correctDayOne,
  getAftercare,
  recordFirstContact,
  recordFollowup,
  type AftercareClock,
} from '../../../db/repositories/aftercare.js';
import { getSettings } from '../../../db/repositories/settings.js';
import type { HandlerContext } from './context.js';

type AftercareHandlers = Pick<Handlers, keyof typeof aftercareMethods>;

/** Due dates are calendar days on the coordinator's own clock. */
function clock(): AftercareClock {
  const d = new Date();
  return { today: format(d, 'yyyy-MM-dd'), now: d.toISOString() };
}

export function aftercareHandlers({ session }: HandlerContext): AftercareHandlers {
  const db = () => session.requireVault().db;
  const view = async (dossierId: number) => getAftercare(db(), dossierId, clock().today, await getSettings(db()));
  return {
    'aftercare.get': async ({ dossierId }) => view(dossierId),
    'aftercare.correctDayOne': async (input) => {
      await correctDayOne(db(), input, clock());
      return view(input.dossierId);
    },
    'aftercare.recordFirstContact': async ({ date, time, ...rest }) => {
      await recordFirstContact(db(), { ...rest, contactAt: `${date}T${time}` }, clock());
      return view(rest.dossierId);
    },
    'aftercare.recordFollowup': async (input) => view(await recordFollowup(db(), input, clock())),
    'aftercare.addAttempt': async (input) => {
      await addContactAttempt(db(), input, clock());
      return view(input.dossierId);
    },
    'aftercare.today': async () => aftercareToday(db(), clock().today, await getSettings(db())),
  };
}
