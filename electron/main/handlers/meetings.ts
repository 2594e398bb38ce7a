import type { Handlers } from '../../../common/api/contract.js';
import type { meetingsMethods } from '../../../common/api/meetings.js';
import { audited } from '../../../db/repositories/audit.js';
import {
  addDecision,
  addMeetingAction,
  createMeeting,
  deleteMeeting,
  getMeeting,
  listMeetings,
  removeDecision,
  setItemNote,
  updateMeeting,
} from '../../../db/repositories/meetings.js';
import { getPlanConfig } from '../../../db/repositories/plan-config.js';
import { clockNow } from '../documents/build.js';
import type { HandlerContext } from './context.js';

type MeetingsHandlers = Pick<Handlers, keyof typeof meetingsMethods>;

export function meetingsHandlers({ session }: HandlerContext): MeetingsHandlers {
  const db = () => session.requireVault().db;
  const now = () => new Date().toISOString();
  return {
    'meetings.list': async () => listMeetings(db()),
    'meetings.get': async ({ id }) => getMeeting(db(), id),
    'meetings.create': async (input) => {
      const id = await audited(
        db(),
        (tx) => createMeeting(tx, input, now()),
        (meetingId) => ({ event: 'meeting.create', detail: { meetingId, dossiers: input.dossierIds.length } }),
      );
      return getMeeting(db(), id);
    },
    'meetings.update': async ({ id, ...patch }) => {
      await audited(
        db(),
        (tx) => updateMeeting(tx, id, patch, now()),
        () => ({ event: 'meeting.update', detail: { meetingId: id, keys: Object.keys(patch) } }),
      );
      return getMeeting(db(), id);
    },
    'meetings.delete': async ({ id }) => {
      await audited(
        db(),
        (tx) => deleteMeeting(tx, id),
        () => ({ event: 'meeting.delete', detail: { meetingId: id } }),
      );
      return { ok: true };
    },
    'meetings.setItemNote': async ({ itemId, note }) => getMeeting(db(), await setItemNote(db(), itemId, note)),
    'meetings.addDecision': async ({ itemId, text }) => getMeeting(db(), await addDecision(db(), itemId, text, now())),
    'meetings.removeDecision': async ({ id }) => getMeeting(db(), await removeDecision(db(), id)),
    'meetings.addAction': async (input) => {
      const config = await getPlanConfig(db());
      const { meetingId } = await audited(
        db(),
        (tx) => addMeetingAction(tx, input, clockNow(), config),
        (r) => ({ event: 'meeting.action_added', detail: { meetingId: r.meetingId, actionId: r.actionId } }),
      );
      return getMeeting(db(), meetingId);
    },
  };
}
