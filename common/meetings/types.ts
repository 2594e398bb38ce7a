/** What the API returns about allocation meetings (regie- en toedelingsoverleg). */
export interface MeetingSummary {
  id: number;
  title: string;
  date: string;
  startTime: string;
  place: string;
  dossierCount: number;
  partnerCount: number;
}

export interface MeetingAction {
  id: number;
  title: string;
  partnerId: number | null;
  partnerName: string | null;
  deadline: string | null;
  status: string;
}

export interface MeetingItemView {
  id: number;
  dossierId: number;
  position: number;
  /** "Achternaam, Voornamen" as the coordinator sees it in the app. */
  clientName: string;
  note: string;
  decisions: { id: number; text: string }[];
  actions: MeetingAction[];
}

export interface MeetingDetail extends Omit<MeetingSummary, 'dossierCount' | 'partnerCount'> {
  partners: { id: number; name: string }[];
  items: MeetingItemView[];
}
