import type { Handlers } from '../../../common/api/contract.js';
import type { meetingsMethods } from '../../../common/api/meetings.js';
import { recordAudit } from '../../../db/repositories/audit.js';
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
import type { HandlerContext } from './context.js';

type MeetingsHandlers = Pick<Handlers, keyof typeof meetingsMethods>;

export function meetingsHandlers({ session, clock }: HandlerContext): MeetingsHandlers {
  const db = () => session.requireVault().db;
  return {
    'meetings.list': async () => listMeetings(db()),
    'meetings.get': async ({ id }) => getMeeting(db(), id),
    'meetings.create': async (input) => {
      const id = await createMeeting(db(), input, clock().now);
      await recordAudit(db(), 'meeting.create', { meetingId: id, dossiers: input.dossierIds.length });
      return getMeeting(db(), id);
    },
    'meetings.update': async ({ id, ...patch }) => {
      await updateMeeting(db(), id, patch, clock().now);
      await recordAudit(db(), 'meeting.update', { meetingId: id, keys: Object.keys(patch) });
      return getMeeting(db(), id);
    },
    'meetings.delete': async ({ id }) => {
      await deleteMeeting(db(), id);
      await recordAudit(db(), 'meeting.delete', { meetingId: id });
      return { ok: true };
    },
    'meetings.setItemNote': async ({ itemId, note }) => getMeeting(db(), await setItemNote(db(), itemId, note)),
    'meetings.addDecision': async ({ itemId, text }) => getMeeting(db(), await addDecision(db(), itemId, text, clock().now)),
    'meetings.removeDecision': async ({ id }) => getMeeting(db(), await removeDecision(db(), id)),
    'meetings.addAction': async (input) => {
      const { meetingId, actionId } = await addMeetingAction(db(), input, clock(), await getPlanConfig(db()));
      await recordAudit(db(), 'meeting.action_added', { meetingId, actionId });
      return getMeeting(db(), meetingId);
    },
  };
}
