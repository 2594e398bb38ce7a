/**
 * The intake engine on the main side: text out of a dropped or pasted notice, then proposed dossier fields.
 * No dossier is written here; the screens show the proposals and the coordinator confirms them.
 */
export {
  extractText,
  detectKind,
  decodeText,
  INTAKE_LIMITS,
  MESSAGES,
  type ExtractResult,
  type ExtractProgress,
  type ExtractOptions,
  type ExtractSource,
  type ExtractStatus,
} from './extract.js';
export { stopOcr, ocrAvailable, ocrPaths } from './ocr.js';
export { proposeFields, type IntakeProposals, type FieldProposal } from '../../../common/intake/index.js';
