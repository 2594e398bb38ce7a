import { defineTexts, type TextsShape } from '../i18n';

/**
 * The "Uitleg" (help) of every screen, keyed by route id (pages/routes.tsx) and by vault screen
 * (help/screens.ts). Each entry: what the screen is for, what the coordinator typically does here,
 * and one tip — 3 to 8 sentences in all, in plain Dutch (test/unit/help-texts.test.ts checks this).
 */
export interface ScreenHelp {
  title: string;
  what: string;
  how: string;
  tip: string;
}

const nl = {
  button: 'Uitleg',
  buttonLabel: 'Uitleg bij dit scherm',
  heading: (title: string) => `Uitleg: ${title}`,
  close: 'Uitleg sluiten',
  whatHeading: 'Waarvoor is dit scherm?',
  howHeading: 'Wat doet u hier?',
  tip: 'Tip',
  shortcut: 'U opent deze uitleg ook met de toets F1.',
  screens: {
    home: {
      title: 'Vandaag',
      what: 'Vandaag is uw startpagina: wat nu aandacht vraagt. U ziet de vrijlatingen in de komende 30 dagen, de acties die te laat zijn of binnenkort verlopen, meldingen van detentie zonder opvolging en het aantal dossiers per status. De kaart "Na vrijlating" toont wie na de vrijlating nog een eerste contact moet krijgen (binnen 48 uur, of de termijn uit de instellingen; gemist staat in rood), welke nazorgmomenten gepland of te laat zijn en welke cliënten niet bereikbaar zijn.',
      how: 'Begin de dag hier: open een dossier met een naderende vrijlating en kijk of de basisvoorwaarden op orde zijn. Via "Naar Rappel" belt of mailt u partners na over acties die te laat zijn. Klik op een naam op de kaart "Na vrijlating" en leg in het tabblad Na vrijlating het contact of het nazorgmoment vast.',
      tip: 'Een waarschuwingsdriehoek achter een naam betekent dat er veiligheidsaandachtspunten in het dossier staan: lees die vóór een gesprek of huisbezoek.',
    },
    dossiers: {
      title: 'Dossiers',
      what: 'Hier staan alle dossiers: cliënten in detentie, bij wie de vrijlating nadert, in nazorg en afgesloten. Per dossier ziet u de inrichting, de (verwachte) vrijlatingsdatum, de status en hoe de basisvoorwaarden ervoor staan.',
      how: 'Zoek op naam, BSN of inrichting, filter op status of op vrijlating binnen een aantal dagen, en klik op een naam om het dossier te openen. Komt er een melding van detentie binnen, dan maakt u hier met "Nieuw dossier" een dossier aan.',
      tip: 'Vink "Met te late acties" aan om snel te zien bij welke cliënten iets is blijven liggen.',
    },
    'dossier-new': {
      title: 'Nieuw dossier',
      what: 'Met dit formulier legt u een nieuw dossier aan, meestal na de melding van de start van een detentie in de Berichtenbox Re-integratie.',
      how: 'Alleen de achternaam is verplicht; de inrichting (PI), de datum van de melding en de verwachte vrijlating kunt u later aanvullen. Het BSN wordt gecontroleerd met de elfproef, en het programma waarschuwt als er al een dossier met hetzelfde BSN of dezelfde naam en geboortedatum bestaat.',
      tip: 'Typ datums als dd-mm-jjjj, bijvoorbeeld 05-03-2026.',
    },
    intake: {
      title: 'Nieuwe melding',
      what: 'Hier wordt een melding van detentie (een pagina uit het justitieportaal, een e-mail van de casemanager, een brief of een gescande PDF) het begin van een dossier. Het programma leest de melding op deze computer en stelt de velden voor; er gaat niets naar internet.',
      how: 'Plak de tekst, of kies of sleep een bestand. Controleer elk voorgesteld veld: "Controleren" betekent dat het programma niet zeker is, en bij elk veld staat uit welke woorden van de melding het komt. Pas aan wat niet klopt en kies "Dossier aanmaken". Hoort de melding bij een BSN dat al een dossier heeft, dan ziet u oud en nieuw naast elkaar en kiest u per veld wat u overneemt. De melding wordt als bijlage bij het dossier bewaard.',
      tip: 'Een scan lezen duurt enkele seconden per pagina; met "Annuleren" stopt u het lezen zonder dat er iets wordt opgeslagen.',
    },
    'dossier-detail': {
      title: 'Dossier',
      what: 'Het dossier van één cliënt: bovenaan de status (van melding ontvangen tot afgesloten), de stand van de basisvoorwaarden en eventuele veiligheidsaandachtspunten. In de tabbladen staan de persoon, de detentie, het plan, wat er na de vrijlating gebeurt, betrokkenen, toestemming, het journaal, bijlagen en de geschiedenis van alle wijzigingen.',
      how: 'Zet de status een stap verder met de knoppen onder het verloop, bijvoorbeeld "Naar: Vrijlating nadert" zodra de datum bekend is. In het tabblad Plan houdt u de basisvoorwaarden, de scores op de leefgebieden, de doelen en de acties bij. Met "Documenten" maakt u het actieplan of een overdrachtsbrief voor de reclassering. Na de vrijlating ziet u in het tabblad Na vrijlating de stand op de dag van vrijlating en legt u daar het eerste contact, de nazorgmomenten en de contactpogingen vast; ook drukt u daar het vrijlatingsblad voor de cliënt af.',
      tip: 'Leg in het tabblad Toestemming vast met welke partner u welke gegevens mag delen, zodat u per partner alleen deelt wat nodig is.',
    },
    overview: {
      title: 'Overzicht',
      what: 'Het overzicht geeft de aantallen voor de jaarlijkse verantwoording: geopende dossiers, vrijlatingen en afgesloten dossiers per reden, per maand of per kwartaal.',
      how: 'Kies het jaar en de periode en neem de cijfers over in uw rapportage, of exporteer ze als Excel-werkmap (of CSV) voor een spreadsheet.',
      tip: 'Ook deze export komt in het verstrekkingenregister; er staan alleen aantallen in, geen namen.',
    },
    rappel: {
      title: 'Rappel',
      what: 'Rappel verzamelt per partner de open acties die te laat zijn of binnenkort verlopen. Zo ziet u in één keer wie u moet nabellen of mailen.',
      how: 'Kopieer de tekst van de herinnering of open hem in uw e-mailprogramma, stuur hem naar de partner en klik daarna op "Herinnering verstuurd". Acties zonder partner staan apart: wijs ze toe in het plan van het dossier.',
      tip: 'Hoeveel dagen "binnenkort" is, stelt u in bij Leefgebieden en aftelschema.',
    },
    partners: {
      title: 'Partners',
      what: 'Het register van ketenpartners: de organisaties en contactpersonen aan wie u acties toedeelt, zoals de reclassering, het wijkteam, Werk en Inkomen, de woningcorporatie en de schuldhulpverlening.',
      how: 'Voeg een partner toe met e-mailadres en telefoonnummer en leg de contactpersonen vast. Open een partner om al zijn open en te late acties te zien, handig vóór een overleg of een telefoongesprek.',
      tip: 'Een partner met open acties kunt u niet verwijderen: rond de acties eerst af of deel ze toe aan een andere partner.',
    },
    'plan-settings': {
      title: 'Leefgebieden en aftelschema',
      what: 'Hier legt u uw eigen standaarden vast: welke leefgebieden u gebruikt, het aftelschema voor de vrijlating en wanneer een deadline "binnenkort" is.',
      how: 'Het aftelschema rekent terug vanaf de vrijlatingsdatum, bijvoorbeeld de uitkering acht weken en het identiteitsbewijs twee weken vóór de vrijlating aanvragen. Pas het aantal dagen aan of voeg regels toe; nieuwe voorstellen in de plannen volgen dan uw schema.',
      tip: 'Zet een leefgebied dat u niet gebruikt uit in plaats van het te verwijderen, dan blijven eerdere scores leesbaar.',
    },
    plan: {
      title: 'Plan',
      what: 'Het plan van één cliënt, hetzelfde als het tabblad Plan in het dossier. Bovenaan telt de vrijlating af en ziet u welke basisvoorwaarden (identiteitsbewijs, onderdak, werk en inkomen, schulden, zorg) nog niet op orde zijn.',
      how: 'Neem de voorstellen uit het aftelschema over, zet per basisvoorwaarde de stand en voeg acties toe met een partner en een deadline. Geef scores op de leefgebieden, van 1 (acute problematiek) tot 5 (volledig zelfredzaam).',
      tip: 'Begin met snelle resultaten zoals een identiteitsbewijs of een zorgverzekering: dat houdt het vertrouwen van de cliënt vast.',
    },
    meetings: {
      title: 'Regie- en toedelingsoverleg',
      what: 'Hier bereidt u het regie- en toedelingsoverleg voor, waarin de partners de dossiers bespreken en afspreken wie welk probleem oppakt, met een deadline.',
      how: 'Maak met "Nieuw overleg" een overleg aan met datum, plaats, aanwezige partners en de dossiers op de agenda. Open het overleg om tijdens de vergadering besluiten en acties vast te leggen.',
      tip: 'Via Uitwisselen zet u de overleggen als afspraak in uw agenda (ICS-bestand voor Outlook).',
    },
    'meeting-detail': {
      title: 'Overleg',
      what: 'Eén regie- en toedelingsoverleg: de aanwezige partners en per dossier op de agenda de bespreekpunten, besluiten en nieuwe acties.',
      how: 'Typ tijdens het overleg een besluit en druk op Enter. Een actie typt u als "wat @partner deadline", bijvoorbeeld "ID-kaart aanvragen @wijkteam +7"; die komt meteen in het plan van de cliënt. Na afloop maakt u het verslag en de actielijsten per partner als PDF.',
      tip: 'Vink "Cliënten pseudonimiseren" aan voor de vergaderstukken: dan staan er alleen initialen en geboortejaar in.',
    },
    'dossier-documents': {
      title: 'Documenten',
      what: 'De documenten van één dossier: het actieplan voor het overleg en de overdrachtsbrief aan de reclassering of een andere partner.',
      how: 'Sla het actieplan op als PDF of druk het af. Voor de brief kiest u een sjabloon en vult u het adres in; dat valt in het venster van een vensterenvelop, en het actieplan kan als bijlage mee.',
      tip: 'Elk document komt in het verstrekkingenregister, dus geef alleen mee wat de ontvanger nodig heeft.',
    },
    settings: {
      title: 'Instellingen',
      what: 'De instellingen van het programma: na hoeveel minuten de kluis vanzelf vergrendelt, het briefpapier (gemeente, adres, logo, uw naam en functie), taal en tekstgrootte, en de briefsjablonen.',
      how: 'Houd de gegevens van de gemeente en uzelf actueel, want die staan op elk document. Pas de briefsjablonen aan aan de huisstijl van uw gemeente; met "Startgids opnieuw doorlopen" loopt u de eerste stappen nog eens door.',
      tip: 'Houd de automatische vergrendeling kort, zeker op een werkplek waar collega’s langslopen.',
    },
    exchange: {
      title: 'Uitwisselen',
      what: 'Uitwisselen met collega’s die ook Nazorgdossier gebruiken, zoals een andere gemeente bij een verhuizing of het Zorg- en Veiligheidshuis. Ook maakt u hier spreadsheets (Excel-werkmap of CSV), agendabestanden (ICS) en de PDF voor een inzageverzoek van een cliënt.',
      how: 'Kies bij Versturen de dossiers en alleen de onderdelen die de ontvanger nodig heeft; het programma maakt een versleuteld .nazorg-bestand. Bij Inlezen ziet u eerst wat er binnenkomt en wat er verschilt, en er wordt niets opgeslagen tot u bevestigt.',
      tip: 'Geef het wachtwoord van het bestand altijd telefonisch door, nooit in dezelfde e-mail als het bestand.',
    },
    backups: {
      title: 'Reservekopieën',
      what: 'Reservekopieën beschermen de dossiers tegen een kapotte schijf of een vergissing. Het programma maakt zelf een versleutelde kopie bij het eerste ontgrendelen van de dag en bij het afsluiten.',
      how: 'Kies een map buiten deze computer, bijvoorbeeld een netwerkmap, en maak vóór grote wijzigingen een kopie met "Nu reservekopie maken". Met "Terugzetten" haalt u een oudere stand terug; de huidige stand wordt eerst zelf bewaard.',
      tip: 'Een reservekopie opent met hetzelfde wachtwoord of dezelfde herstelcode, dus bewaar de herstelcode goed.',
    },
    retention: {
      title: 'Bewaartermijn',
      what: 'Afgesloten dossiers worden na de bewaartermijn (standaard 2 jaar na afsluiten) voorgesteld voor vernietiging. Er is geen wettelijke termijn speciaal voor nazorg: stel de termijn in volgens het beleid van uw gemeente.',
      how: 'Controleer de lijst, selecteer de dossiers en bevestig door het aantal te typen. Vernietigen is definitief; in het verstrekkingenregister blijft alleen een regel met het aantal en de datum.',
      tip: 'Kijk hier bijvoorbeeld elk kwartaal, zodat u niets langer bewaart dan nodig.',
    },
    results: {
      title: 'Resultaten',
      what: 'Resultaten laat zien wat de nazorg in een periode heeft bereikt: hoeveel inwoners vrijkwamen, hoe vaak de vijf basisvoorwaarden op de dag van vrijlating op orde waren, wie binnen 48 uur bereikt is, hoe het na 3, 6 en 12 maanden ging, hoe snel de aftelacties klaar waren en welke partners op tijd leveren. Onder elk cijfer staat wat het telt. Alles is opgeteld; er staan geen namen, BSN’s of dossiernummers in.',
      how: 'Kies een jaar, een kwartaal of twee datums en klik op Toon cijfers. Met de knoppen eronder maakt u het rapport voor management en raad (PDF), de cijfers voor Excel (CSV) en het overzicht voor de bijdrageregeling; ze komen in het verstrekkingenregister als verstrekking zonder persoonsgegevens.',
      tip: 'Aantallen onder de 5 staan er als "< 5" en een percentage over minder dan 10 mensen wordt niet getoond, zodat in een kleine gemeente niemand herkenbaar is.',
    },
    register: {
      title: 'Verstrekkingenregister',
      what: 'Het verstrekkingenregister legt elke verstrekking van gegevens vast: wat, aan wie, waarom en wanneer. Documenten, exports, agenda- en uitwisselbestanden komen er vanzelf in, net als ontvangen bestanden.',
      how: 'Filter op soort, richting, periode of dossiernummer, bijvoorbeeld als een cliënt vraagt aan wie zijn gegevens zijn verstrekt. Exporteer het register als Excel-werkmap of CSV voor de privacyfunctionaris.',
      tip: 'Vul bij elke export een duidelijk doel of grondslag in; dan is het register later nog te begrijpen.',
    },
    audit: {
      title: 'Logboek',
      what: 'Het logboek laat zien wat er met de kluis is gebeurd: ontgrendelen, vergrendelen, mislukte pogingen, gewijzigde instellingen, reservekopieën en vernietigingen. Er staan geen namen of BSN’s in.',
      how: 'Filter op gebeurtenis of periode en exporteer als Excel-werkmap of CSV als de informatiebeveiliging (BIO) of een controle erom vraagt.',
      tip: 'Ziet u mislukte ontgrendelpogingen die u niet zelf deed, wijzig dan meteen uw wachtwoord.',
    },
    'first-run': {
      title: 'Startgids',
      what: 'De startgids zet Nazorgdossier in vijf korte stappen klaar voor uw gemeente: de gemeentegegevens voor het briefpapier, de herstelcode, de map voor reservekopieën, de partners met wie u samenwerkt en de demokluis.',
      how: 'Loop de stappen door met "Opslaan en verder" of sla een stap over met "Later instellen". Alles wat u hier invult, kunt u later wijzigen onder Instellingen.',
      tip: 'Kies voor de reservekopieën een map buiten deze computer, zoals een netwerkmap, en maak meteen een eerste kopie.',
    },
    setup: {
      title: 'Kluis inrichten',
      what: 'Bij de eerste start richt u de kluis in: alle dossiers worden versleuteld op deze computer bewaard en gaan alleen open met uw wachtwoord.',
      how: 'Kies een wachtwoord van minstens 12 tekens; een wachtzin van vier gewone woorden is sterk en goed te onthouden. Daarna krijgt u een herstelcode.',
      tip: 'Wilt u eerst rondkijken, open dan de demokluis met fictieve gegevens; uw eigen kluis blijft dan leeg.',
    },
    'setup-code': {
      title: 'Herstelcode',
      what: 'De herstelcode is uw reservesleutel: daarmee opent u de kluis als u het wachtwoord vergeet.',
      how: 'Print de code of schrijf hem over, en bewaar hem in een kluis of afgesloten kast, niet bij de computer. Typ ter controle de laatste groep van vier tekens.',
      tip: 'Zonder wachtwoord én zonder herstelcode kan niemand de gegevens nog openen, ook de leverancier niet.',
    },
    unlock: {
      title: 'Kluis ontgrendelen',
      what: 'De kluis is vergrendeld: na het opstarten, na een tijd zonder activiteit of omdat u op "Vergrendel nu" klikte.',
      how: 'Typ uw wachtwoord en klik op Ontgrendelen. Na drie verkeerde pogingen moet u steeds iets langer wachten.',
      tip: 'Wachtwoord vergeten? Kies "Herstelcode gebruiken" en stel een nieuw wachtwoord in; er gaan geen gegevens verloren.',
    },
    recovery: {
      title: 'Herstelcode gebruiken',
      what: 'Met de herstelcode opent u de kluis als u uw wachtwoord kwijt bent.',
      how: 'Typ de herstelcode (8 groepen van 4 tekens) en kies een nieuw wachtwoord. Alle gegevens blijven bewaard.',
      tip: 'De herstelcode blijft daarna geldig: leg hem terug op zijn veilige plek.',
    },
  } satisfies Record<string, ScreenHelp>,
};

const en: TextsShape<typeof nl> = {
  button: 'Help',
  buttonLabel: 'Help for this screen',
  heading: (title: string) => `Help: ${title}`,
  close: 'Close help',
  whatHeading: 'What is this screen for?',
  howHeading: 'What do you do here?',
  tip: 'Tip',
  shortcut: 'You can also open this help with the F1 key.',
  screens: {
    home: {
      title: 'Today',
      what: 'Today is your start page: what needs attention now. It shows the releases in the coming 30 days, the actions that are overdue or due soon, notices of detention without follow-up and the number of case files per status. The "After release" card shows who still needs a first contact after release (within 48 hours, or the period set in the settings; missed ones in red), which follow-up moments are due or overdue and which clients cannot be reached.',
      how: 'Start your day here: open a case file with an upcoming release and check whether the basic conditions (basisvoorwaarden) are in order. Through "To reminders" you call or e-mail partners about overdue actions. Click a name on the "After release" card and record the contact or follow-up moment in the After release tab.',
      tip: 'A warning triangle after a name means the case file has safety notes: read them before a conversation or home visit.',
    },
    dossiers: {
      title: 'Case files',
      what: 'All case files: clients in detention, close to release, in aftercare and closed. For each you see the institution, the (expected) release date, the status and how the basic conditions stand.',
      how: 'Search by name, BSN or institution, filter by status or by release within a number of days, and click a name to open the case file. When a notice of detention arrives, create a case file here with "New case file".',
      tip: 'Tick "With overdue actions" to see quickly where something has been left lying.',
    },
    'dossier-new': {
      title: 'New case file',
      what: 'This form creates a new case file, usually after the notice that a detention started, received in the Berichtenbox Re-integratie.',
      how: 'Only the surname is required; the institution (PI), the date of the notice and the expected release can be added later. The BSN is checked with the eleven test, and the app warns when a case file with the same BSN, or the same name and date of birth, already exists.',
      tip: 'Type dates as dd-mm-yyyy, for example 05-03-2026.',
    },
    intake: {
      title: 'New notice',
      what: 'Here a notice of detention (a page from the justice portal, an e-mail from the casemanager, a letter or a scanned PDF) becomes the start of a case file. The app reads the notice on this computer and proposes the fields; nothing goes to the internet.',
      how: 'Paste the text, or choose or drop a file. Check every proposed field: "Check" means the app is not sure, and each field shows the words of the notice it came from. Correct what is wrong and choose "Create case file". When the notice is about a BSN that already has a case file, you see old and new side by side and choose per field what to take over. The notice is kept as an attachment of the case file.',
      tip: 'Reading a scan takes a few seconds per page; "Cancel" stops reading without saving anything.',
    },
    'dossier-detail': {
      title: 'Case file',
      what: 'The case file of one client: at the top the status (from notice received to closed), the state of the basic conditions and any safety notes. The tabs hold the person, the detention, the plan, what happens after release, people involved, consent, the journal, attachments and the history of every change.',
      how: 'Move the status one step on with the buttons below the timeline, for example "To: Vrijlating nadert" once the date is known. In the Plan tab you keep the basic conditions, the life-domain scores (leefgebieden), the goals and the actions. With "Documents" you make the action plan or a handover letter for the probation service (reclassering). After release the After release tab shows the state on the day of release, and there you record the first contact, the follow-up moments and the contact attempts and print the release sheet for the client.',
      tip: 'Record in the Consent tab which partner may receive which data, so you share with each partner only what is needed.',
    },
    overview: {
      title: 'Overview',
      what: 'The overview gives the figures for the annual report: case files opened, releases and case files closed by reason, per month or quarter.',
      how: 'Choose the year and the period and copy the figures into your report, or export them as an Excel workbook (or CSV) for a spreadsheet.',
      tip: 'This export is also written to the register of provisions; it holds counts only, no names.',
    },
    rappel: {
      title: 'Reminders',
      what: 'Reminders (rappel) gathers, per partner, the open actions that are overdue or due soon. You see at once whom to call or e-mail.',
      how: 'Copy the reminder text or open it in your e-mail program, send it to the partner and then click "Reminder sent". Actions without a partner are listed apart: assign them in the plan of the case file.',
      tip: 'How many days count as "soon" is set under Life domains and countdown.',
    },
    partners: {
      title: 'Partners',
      what: 'The register of chain partners: the organisations and contact persons you assign actions to, such as the probation service, the district team, Work and Income, the housing association and debt counselling.',
      how: 'Add a partner with e-mail address and phone number and record the contact persons. Open a partner to see all its open and overdue actions, useful before a meeting or a phone call.',
      tip: 'A partner with open actions cannot be removed: finish the actions first or assign them to another partner.',
    },
    'plan-settings': {
      title: 'Life domains and countdown',
      what: 'Here you set your own standards: which life domains you use, the countdown schedule for the release and when a deadline counts as "soon".',
      how: 'The countdown counts back from the release date, for example applying for the benefit eight weeks and for the ID two weeks before the release. Change the number of days or add rows; new proposals in the plans then follow your schedule.',
      tip: 'Switch off a life domain you do not use instead of deleting it, so earlier scores stay readable.',
    },
    plan: {
      title: 'Plan',
      what: 'The plan of one client, the same as the Plan tab of the case file. At the top the release counts down and you see which basic conditions (ID, housing, work and income, debts, care) are not yet in order.',
      how: 'Take over the proposals from the countdown, set the state of each basic condition and add actions with a partner and a deadline. Score the life domains from 1 (acute problems) to 5 (fully self-reliant).',
      tip: 'Start with quick wins such as an ID or a health insurance: that keeps the client’s trust.',
    },
    meetings: {
      title: 'Coordination and allocation meeting',
      what: 'Here you prepare the regie- en toedelingsoverleg, where the partners discuss the case files and agree who picks up which problem, with a deadline.',
      how: 'Create a meeting with "New meeting": date, place, partners present and the case files on the agenda. Open the meeting to record decisions and actions during it.',
      tip: 'Through Exchange you put the meetings in your calendar (an ICS file for Outlook).',
    },
    'meeting-detail': {
      title: 'Meeting',
      what: 'One coordination and allocation meeting: the partners present and, for each case file on the agenda, the points discussed, decisions and new actions.',
      how: 'During the meeting type a decision and press Enter. Type an action as "what @partner deadline", for example "Apply for ID card @district +7"; it goes straight into the client’s plan. Afterwards make the minutes and the action lists per partner as PDF.',
      tip: 'Tick "Pseudonymise clients" for the meeting pack: it then holds only initials and year of birth.',
    },
    'dossier-documents': {
      title: 'Documents',
      what: 'The documents of one case file: the action plan for the meeting and the handover letter to the probation service or another partner.',
      how: 'Save the action plan as PDF or print it. For the letter choose a template and fill in the address; it lands in the window of a window envelope, and the action plan can go along as an enclosure.',
      tip: 'Every document is written to the register of provisions, so include only what the recipient needs.',
    },
    settings: {
      title: 'Settings',
      what: 'The settings of the program: after how many minutes the vault locks itself, the letterhead (municipality, address, logo, your name and title), language and text size, and the letter templates.',
      how: 'Keep the details of the municipality and yourself up to date, as they appear on every document. Adapt the letter templates to your municipality’s house style; with "Go through the getting-started guide again" you repeat the first steps.',
      tip: 'Keep the automatic lock short, especially at a desk where colleagues walk past.',
    },
    exchange: {
      title: 'Exchange',
      what: 'Exchange with colleagues who also use Nazorgdossier, such as another municipality when a client moves or the Zorg- en Veiligheidshuis. Here you also make spreadsheets (Excel workbook or CSV), calendar files (ICS) and the PDF for a client’s access request.',
      how: 'Under Send choose the case files and only the parts the recipient needs; the program makes an encrypted .nazorg file. Under Import you first see what comes in and what differs, and nothing is saved until you confirm.',
      tip: 'Always give the file’s passphrase by phone, never in the same e-mail as the file.',
    },
    backups: {
      title: 'Backups',
      what: 'Backups protect the case files against a broken disk or a mistake. The program makes an encrypted copy itself at the first unlock of the day and when it closes.',
      how: 'Choose a folder outside this computer, for example a network folder, and make a copy with "Make a backup now" before big changes. With "Restore" you bring back an older state; the current state is saved first.',
      tip: 'A backup opens with the same password or recovery code, so keep the recovery code safe.',
    },
    retention: {
      title: 'Retention',
      what: 'Closed case files are proposed for destruction after the retention period (by default 2 years after closing). There is no legal period specific to aftercare: set the period according to your municipality’s policy.',
      how: 'Check the list, select the case files and confirm by typing their number. Destruction is final; the register of provisions keeps only a line with the number and the date.',
      tip: 'Look here every quarter, for example, so nothing is kept longer than needed.',
    },
    results: {
      title: 'Results',
      what: 'Results shows what aftercare achieved in a period: how many residents were released, how often the five basic conditions were in order on the day of release, who was reached within 48 hours, how things stood after 3, 6 and 12 months, how early the countdown actions were done and which partners deliver on time. Under every figure it says what it counts. Everything is totalled; there are no names, BSNs or case numbers.',
      how: 'Choose a year, a quarter or two dates and click Show figures. The buttons below make the report for management and council (PDF), the figures for Excel (CSV) and the overview for the contribution scheme; they go into the register of provisions as provisions without personal data.',
      tip: 'Counts under 5 show as "< 5" and a percentage over fewer than 10 people is withheld, so that nobody can be recognised in a small municipality.',
    },
    register: {
      title: 'Register of provisions',
      what: 'The register of provisions (verstrekkingenregister) records every provision of data: what, to whom, why and when. Documents, exports, calendar and exchange files are added automatically, as are files received.',
      how: 'Filter by kind, direction, period or case number, for example when a client asks to whom their data was given. Export the register as an Excel workbook or CSV for the privacy officer.',
      tip: 'Give every export a clear purpose or legal basis; the register then stays understandable later.',
    },
    audit: {
      title: 'Audit log',
      what: 'The audit log shows what happened to the vault: unlocking, locking, failed attempts, changed settings, backups and destructions. It holds no names or BSNs.',
      how: 'Filter by event or period and export as an Excel workbook or CSV when information security (BIO) or an audit asks for it.',
      tip: 'If you see failed unlock attempts that were not yours, change your password at once.',
    },
    'first-run': {
      title: 'Getting started',
      what: 'The getting-started guide prepares Nazorgdossier for your municipality in five short steps: the municipality details for the letterhead, the recovery code, the backup folder, the partners you work with and the demo vault.',
      how: 'Go through the steps with "Save and continue" or skip one with "Set up later". Everything you enter here can be changed later under Settings.',
      tip: 'Choose a backup folder outside this computer, such as a network folder, and make a first copy straight away.',
    },
    setup: {
      title: 'Set up the vault',
      what: 'At first start you set up the vault: all case files are stored encrypted on this computer and open only with your password.',
      how: 'Choose a password of at least 12 characters; a passphrase of four ordinary words is strong and easy to remember. Then you receive a recovery code.',
      tip: 'To look around first, open the demo vault with fictional data; your own vault then stays empty.',
    },
    'setup-code': {
      title: 'Recovery code',
      what: 'The recovery code is your spare key: with it you open the vault if you forget the password.',
      how: 'Print the code or write it down, and keep it in a safe or locked cabinet, not near the computer. To check, type the last group of four characters.',
      tip: 'Without the password and without the recovery code nobody can open the data again, not even the supplier.',
    },
    unlock: {
      title: 'Unlock the vault',
      what: 'The vault is locked: after starting, after a time without activity or because you clicked "Lock now".',
      how: 'Type your password and click Unlock. After three wrong attempts you have to wait a little longer each time.',
      tip: 'Forgot your password? Choose "Use the recovery code" and set a new password; no data is lost.',
    },
    recovery: {
      title: 'Use the recovery code',
      what: 'With the recovery code you open the vault when you have lost your password.',
      how: 'Type the recovery code (8 groups of 4 characters) and choose a new password. All data is kept.',
      tip: 'The recovery code stays valid afterwards: put it back in its safe place.',
    },
  },
};

export const ht = defineTexts('help', nl, en);

/** The help of one screen in the current language, or undefined for an unknown id. */
export function helpFor(screen: string): ScreenHelp | undefined {
  return (ht.screens as Record<string, ScreenHelp>)[screen];
}
