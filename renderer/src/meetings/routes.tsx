import type { AppRoute } from '../router';
import { DossierDocumentsPage } from '../documents/DossierDocumentsPage';
import { MeetingPage } from './MeetingPage';
import { MeetingsPage } from './MeetingsPage';
import { meetingTexts } from './texts';

export const meetingRoutes: AppRoute[] = [
  {
    id: 'meeting-detail',
    match: (p) => {
      const m = /^\/overleg\/(\d+)$/.exec(p);
      return m ? <MeetingPage key={m[1]} id={Number(m[1])} /> : null;
    },
  },
  { id: 'meetings', nav: { label: () => meetingTexts.nav, path: '/overleg' }, match: (p) => (p === '/overleg' ? <MeetingsPage /> : null) },
  {
    id: 'dossier-documents',
    match: (p) => {
      const m = /^\/documenten\/dossier\/(\d+)$/.exec(p);
      return m ? <DossierDocumentsPage key={m[1]} dossierId={Number(m[1])} /> : null;
    },
  },
];
