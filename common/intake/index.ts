export { proposeFields, labelKey, type FieldProposal, type IntakeProposals, type ProposeOptions, type ProposalVia } from './propose.js';
export { INTAKE_FIELDS, CERTAIN_FROM, type IntakeField } from './rules.js';
export { findDates, monthNumber, centuryFor, type FoundDate, type DateKind } from './dates.js';
export { splitName, nameCase, type SplitName, type NamePart } from './names.js';
export { findInstitutions, findReclassering, type FoundName } from './institutions.js';
export { splitLines, markNoise, type Line } from './text.js';
