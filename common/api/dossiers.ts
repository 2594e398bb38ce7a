import { z } from 'zod';
import { method, prefixed } from './define.js';
import type { FileDownload } from '../exchange/files.js';
import { spreadsheetFormatSchema } from './spreadsheet-format.js';
import {
  closingReasonSchema,
  consentFieldsSchema,
  contactFieldsSchema,
  dossierFieldsObject,
  addConsistencyIssues,
  ALWAYS,
  dossierPatchSchema,
  noteFieldsSchema,
  statusSchema,
} from '../dossiers/schema.js';
import { optionalDate, text } from '../dossiers/fields.js';
import type {
  Consent,
  Contact,
  CreateDossierResult,
  Dashboard,
  DossierDetail,
  DossierListItem,
  HistoryEntry,
  JournalNote,
  Overview,
} from '../dossiers/types.js';
import { msg } from '../messages/index.js';

const id = z.number().int().positive();

export const DOSSIER_SORTS = ['name', 'release', 'status', 'updated', 'created'] as const;
export type DossierSort = (typeof DOSSIER_SORTS)[number];

export const dossierListInput = z.object({
  query: z.string().max(200).optional().default(''),
  statuses: z.array(statusSchema).max(5).optional().default([]),
  /** Only dossiers whose expected (or actual, when not yet in nazorg) release falls within this many days from today. */
  releaseWithinDays: z.number().int().min(0).max(3650).nullable().optional().default(null),
  /**
   * Extension point for the plan issue: filters contributed by other areas, by name. The repository
   * applies the ones it knows (see db/repositories/dossier-filters.ts); unknown names are refused.
   */
  extraFilters: z.array(z.string().max(50)).max(10).optional().default([]),
  sort: z.enum(DOSSIER_SORTS).optional().default('name'),
  direction: z.enum(['asc', 'desc']).optional().default('asc'),
  offset: z.number().int().min(0).optional().default(0),
  limit: z.number().int().min(1).max(500).optional().default(100),
});
export type DossierListInput = z.output<typeof dossierListInput>;

export const createDossierInput = dossierFieldsObject
  .extend({ confirmDuplicate: z.boolean().optional().default(false) })
  .superRefine(addConsistencyIssues, ALWAYS);

export const transitionInput = z.object({
  id,
  to: statusSchema,
  closingReason: closingReasonSchema.nullable().optional(),
  closingNote: text(2000),
  werkelijkeVrijlating: optionalDate,
});

export const dossiersArea = {
  list: method<{ items: DossierListItem[]; total: number }>()(dossierListInput),
  /** Quick search box: best matches by name, BSN or institution. */
  search: method<{ items: DossierListItem[]; total: number }>()(
    z.object({ query: z.string().max(200), limit: z.number().int().min(1).max(100).optional().default(20) }),
  ),
  create: method<CreateDossierResult>()(createDossierInput),
  get: method<DossierDetail>()(z.object({ id })),
  update: method<DossierDetail>()(z.object({ id, patch: dossierPatchSchema })),
  transition: method<DossierDetail>()(transitionInput),
  history: method<HistoryEntry[]>()(z.object({ id })),
  addNote: method<JournalNote>()(noteFieldsSchema.and(z.object({ dossierId: id }))),
  addContact: method<Contact>()(contactFieldsSchema.extend({ dossierId: id })),
  updateContact: method<Contact>()(contactFieldsSchema.extend({ id })),
  removeContact: method<{ ok: true }>()(z.object({ id })),
  addConsent: method<Consent>()(consentFieldsSchema.and(z.object({ dossierId: id }))),
  withdrawConsent: method<Consent>()(
    z.object({ id, withdrawnOn: optionalDate }).superRefine((v, ctx) => {
      if (!v.withdrawnOn) ctx.addIssue({ code: 'custom', path: ['withdrawnOn'], message: msg('enterDateWithdrawal') });
    }),
  ),
  dashboard: method<Dashboard>()(z.object({})),
  overview: method<Overview>()(z.object({ year: z.number().int().min(2000).max(2100), period: z.enum(['month', 'quarter']).optional().default('month') })),
  /** The overview as an Excel workbook or a CSV file for Dutch Excel; recorded in the provisions register. */
  overviewCsv: method<FileDownload>()(
    z.object({
      year: z.number().int().min(2000).max(2100),
      period: z.enum(['month', 'quarter']).optional().default('month'),
      format: spreadsheetFormatSchema,
    }),
  ),
} as const;

/** The same methods under their full names ('area.method'), as the contract and the handlers know them. */
export const dossiersMethods = { ...prefixed('dossiers', dossiersArea) };
