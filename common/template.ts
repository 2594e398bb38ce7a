import { messageText, msg } from './messages';
/**
 * Letter templates with placeholders such as `{{client.naam}}`. A template is checked against the list of
 * placeholders its kind of letter offers before anything is made, so a typing error is reported in Dutch
 * instead of ending up in a letter. Values are plain text, a list, or a list in titled groups (rendered as
 * bullets when the placeholder stands alone in its paragraph, joined with commas inside a sentence).
 */
export type TemplateValue = string | { list: string[] } | { groups: TemplateGroup[] };

/** A list in parts, each under its own title (open actions per partner, say). */
export interface TemplateGroup {
  title: string;
  items: string[];
}

export type TemplateBlock = { kind: 'paragraph'; text: string } | { kind: 'list'; items: string[] } | { kind: 'groups'; groups: TemplateGroup[] };

const TOKEN = /\{\{([^{}]*)\}\}/g;
const NAME = /^[a-zA-Z][a-zA-Z0-9_]*(\.[a-zA-Z][a-zA-Z0-9_]*)*$/;

/** Every `{{…}}` in the text, trimmed, in order of appearance, without duplicates. */
export function findPlaceholders(template: string): string[] {
  const seen = new Set<string>();
  for (const m of template.matchAll(TOKEN)) seen.add(m[1]!.trim());
  return [...seen];
}

/** A message naming every problem, or null when the template can be used. */
export function validateTemplate(template: string, allowed: readonly string[]): string | null {
  const problems: string[] = [];
  const unknown = findPlaceholders(template).filter((p) => !NAME.test(p) || !allowed.includes(p));
  if (unknown.length > 0) {
    const list = unknown.map((p) => `{{${p}}}`).join(', ');
    problems.push(msg('unknownPlaceholders', { count: unknown.length, list }));
  }
  const withoutTokens = template.replace(TOKEN, '');
  if (withoutTokens.includes('{{') || withoutTokens.includes('}}')) {
    problems.push(msg('textWithoutCounterpart'));
  }
  if (problems.length === 0) return null;
  return msg('templateUseOnly', { problems, allowed: allowed.map((p) => `{{${p}}}`).join(', ') });
}

/** A template that cannot be used: `problem` is the message (a code, common/messages), `message` its Dutch. */
export class TemplateError extends Error {
  constructor(readonly problem: string) {
    super(messageText(problem));
    this.name = 'TemplateError';
  }
}

function asInline(v: TemplateValue): string {
  if (typeof v === 'string') return v;
  if ('list' in v) return v.list.join(', ');
  return v.groups.map((g) => `${g.title}: ${g.items.join(', ')}`).join('; ');
}

/** Fills a one-line template (a subject line, say); lists are joined with commas. */
export function fillInline(template: string, values: Record<string, TemplateValue>): string {
  const problem = validateTemplate(template, Object.keys(values));
  if (problem) throw new TemplateError(problem);
  return template.replace(TOKEN, (_, name: string) => asInline(values[name.trim()]!));
}

/**
 * Fills a body template into paragraphs (split on blank lines; single line breaks are kept inside a
 * paragraph). Throws TemplateError with the Dutch message when the template names anything unknown.
 */
export function renderTemplate(template: string, values: Record<string, TemplateValue>): TemplateBlock[] {
  const problem = validateTemplate(template, Object.keys(values));
  if (problem) throw new TemplateError(problem);
  const blocks: TemplateBlock[] = [];
  for (const raw of template.replace(/\r\n?/g, '\n').split(/\n\s*\n/)) {
    const para = raw.trim();
    if (!para) continue;
    const alone = /^\{\{([^{}]*)\}\}$/.exec(para);
    const value = alone ? values[alone[1]!.trim()] : undefined;
    if (value !== undefined && typeof value !== 'string') {
      blocks.push('list' in value ? { kind: 'list', items: value.list } : { kind: 'groups', groups: value.groups });
      continue;
    }
    blocks.push({ kind: 'paragraph', text: para.replace(TOKEN, (_, name: string) => asInline(values[name.trim()]!)) });
  }
  return blocks;
}
