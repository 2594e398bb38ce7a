import { z } from 'zod';
import { DEFAULT_RETENTION_YEARS } from './retention.js';
import { DEFAULT_RELEASE_WINDOW_DAYS } from './dossiers/status-proposal.js';
import { DEFAULT_LETTER_TEMPLATES, HANDOVER_PLACEHOLDER_NAMES } from './documents/letter-placeholders.js';
import { FIRST_RUN_STEPS, FIRST_RUN_STATES } from './first-run.js';
import { logoProblem } from './logo.js';
import { validateTemplate } from './template.js';
import { costBudgetsSchema } from './costs/schema.js';
import { DEFAULT_FIRST_CONTACT_HOURS, DEFAULT_FOLLOWUP_MOMENTS, DEFAULT_UNREACHABLE_AFTER, MOMENT_UNITS, momentKey } from './aftercare/rules.js';
import { msg } from './messages/index.js';
import { maxText } from './text-schema.js';

const templateText = (max: number) =>
  z
    .string()
    .max(max)
    .superRefine((text, ctx) => {
      const problem = validateTemplate(text, HANDOVER_PLACEHOLDER_NAMES);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    });

export const letterTemplateSchema = z.object({
  id: z.string().min(1).max(60),
  name: z.string().trim().min(1, msg('giveTemplateName')).max(100),
  subject: templateText(300),
  body: templateText(20_000).refine((b) => b.trim().length > 0, msg('letterTextEmpty')),
});

/**
 * Application settings stored inside the encrypted vault (one row per key).
 * Every key has a default, so a new vault and a vault from an older version read the same way.
 */
export const settingsSchema = z.object({
  autoLockMinutes: z.number().int().min(1, msg('least1Minute')).max(240, msg('most240Minutes')),
  municipalityName: maxText(200),
  municipalityAddress: maxText(500),
  coordinatorName: maxText(200),
  coordinatorPhone: maxText(50),
  coordinatorEmail: z.union([z.literal(''), z.email(msg('notValidEMailAddress'))]),
  /** Folder for reserve copies (a network share or USB stick); empty means `<app-data>/backups`. */
  backupDir: z.string().max(1000, msg('pathTooLong')),
  /** Closed dossiers older than this many years are proposed for destruction. */
  retentionYears: z.number().int().min(1, msg('least1Year')).max(20, msg('most20Years')),
  coordinatorTitle: maxText(200),
  /** Data URL (PNG/JPEG, checked by its first bytes), or '' for no logo. */
  logo: z.string().superRefine((v, ctx) => {
    const problem = logoProblem(v);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  }),
  letterTemplates: z
    .array(letterTemplateSchema)
    .min(1, msg('thereMustLeastOneLetter'))
    .max(20)
    .refine((ts) => new Set(ts.map((t) => t.id)).size === ts.length, msg('twoTemplatesHaveSameKey')),
  /** Where this vault's first-run guide stands (see first-run.ts); kept in the vault so it follows the vault, not the computer. */
  firstRunGuide: z.enum(FIRST_RUN_STATES),
  /** The step to resume at when the guide was left half-way (the app closed, or the coordinator went elsewhere). */
  firstRunStep: z
    .number()
    .int()
    .min(0)
    .max(FIRST_RUN_STEPS.length - 1),
  /** Days before the expected release from which "Vrijlating nadert" is proposed (the countdown window). */
  releaseWindowDays: z.number().int().min(1, msg('least1Day')).max(365, msg('most365Days')),
  /** Hours after release within which the first contact is due. */
  firstContactHours: z.number().int().min(1, msg('least1Hour')).max(336, msg('most336Hours14Days')),
  /** The follow-up moments made for every release. */
  followupMoments: z
    .array(z.object({ amount: z.number().int().min(1, msg('least1')).max(60, msg('most60')), unit: z.enum(MOMENT_UNITS) }))
    .min(1, msg('thereMustLeastOneFollow'))
    .max(12, msg('most12FollowUpMoments'))
    .refine((ms) => new Set(ms.map(momentKey)).size === ms.length, msg('twoFollowUpMomentsSame')),
  /** Failed contact attempts in a row after which a client counts as not reachable. */
  unreachableAfterAttempts: z.number().int().min(1, msg('least1Attempt')).max(20, msg('most20Attempts')),
  /** The yearly budget per cost category, by year ('2026' → category → cents). */
  costBudgets: costBudgetsSchema,
});

export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  autoLockMinutes: 10,
  municipalityName: '',
  municipalityAddress: '',
  coordinatorName: '',
  coordinatorPhone: '',
  coordinatorEmail: '',
  backupDir: '',
  retentionYears: DEFAULT_RETENTION_YEARS,
  coordinatorTitle: 'Coördinator nazorg ex-gedetineerden',
  logo: '',
  letterTemplates: DEFAULT_LETTER_TEMPLATES,
  // Vaults from before the guide existed (and vaults made outside the set-up screen) are already in use.
  firstRunGuide: 'not-offered',
  firstRunStep: 0,
  releaseWindowDays: DEFAULT_RELEASE_WINDOW_DAYS,
  firstContactHours: DEFAULT_FIRST_CONTACT_HOURS,
  followupMoments: DEFAULT_FOLLOWUP_MOMENTS.map((m) => ({ ...m })),
  unreachableAfterAttempts: DEFAULT_UNREACHABLE_AFTER,
  costBudgets: {},
};

export const settingsPatchSchema = settingsSchema.partial();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

/** Merge stored values over defaults; unknown or invalid stored keys fall back to the default. */
export function readSettings(stored: Record<string, unknown>): Settings {
  const out: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
    if (!(key in stored)) continue;
    const parsed = settingsSchema.shape[key].safeParse(stored[key]);
    if (parsed.success) out[key] = parsed.data;
  }
  return out as Settings;
}
