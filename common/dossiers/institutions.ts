/**
 * Dutch penitentiary institutions (PI's) and other DJI locations, offered as choices. A default list,
 * not law: locations open and close, so the coordinator may type any other name and the dossier keeps
 * the text it was given.
 */
export const DEFAULT_INSTITUTIONS: readonly string[] = [
  'PI Almelo',
  'PI Alphen aan den Rijn',
  'PI Arnhem',
  'PI Achterhoek (Zutphen)',
  'PI Dordrecht',
  'PI Grave',
  'PI Haaglanden (Den Haag)',
  'PI Haaglanden (Zoetermeer)',
  'PI Heerhugowaard',
  'PI Krimpen aan den IJssel',
  'PI Leeuwarden',
  'PI Lelystad',
  'PI Middelburg',
  'PI Nieuwegein',
  'PI Roermond',
  'PI Rotterdam (De Schie)',
  'PI Rotterdam (Hoogvliet)',
  'PI Sittard',
  'PI Ter Apel',
  'PI Veenhuizen (Norgerhaven)',
  'PI Veenhuizen (Esserheem)',
  'PI Vught',
  'PI Zaanstad',
  'PI Zwolle',
  'Justitieel Complex Schiphol',
  'Penitentiair Psychiatrisch Centrum (PPC)',
  'Forensisch Psychiatrisch Centrum (FPC)',
];

/** The three reclassering organisations (docs/domain/partners.md). */
export const RECLASSERING_ORGANISATIONS: readonly string[] = [
  'Reclassering Nederland',
  'Verslavingsreclassering GGZ (SVG)',
  'Leger des Heils Jeugdbescherming & Reclassering',
];
