import { describe, expect, it } from 'vitest';
import { formatEuroCents } from '../../common/money.js';
import { fillInline, findPlaceholders, renderTemplate, TemplateError, validateTemplate } from '../../common/template.js';
import { inDutch } from '../helpers/messages.js';

describe('formatEuroCents: Dutch euro amounts', () => {
  it.each([
    [123456, '€ 1.234,56'],
    [0, '€ 0,00'],
    [5, '€ 0,05'],
    [100, '€ 1,00'],
    [123456789, '€ 1.234.567,89'],
    [-6050, '€ -60,50'],
  ])('%i cents is %s', (cents, text) => {
    expect(formatEuroCents(cents)).toBe(text);
  });
});

describe('placeholder templates', () => {
  const allowed = ['client.naam', 'vrijlatingsdatum', 'openActies'];

  it('finds placeholders, with or without inner spaces', () => {
    expect(findPlaceholders('Beste {{ client.naam }}, op {{vrijlatingsdatum}} en {{client.naam}}')).toEqual(['client.naam', 'vrijlatingsdatum']);
  });

  it('names every unknown placeholder in Dutch and lists the allowed ones', () => {
    const msg = validateTemplate('Beste {{client.name}}, op {{vrijlatingsdatum}} in {{instelling}}.', allowed);
    expect(inDutch(msg)).toContain('Onbekende plaatshouders: {{client.name}}, {{instelling}}.');
    expect(inDutch(msg)).toContain('Gebruik alleen: {{client.naam}}, {{vrijlatingsdatum}}, {{openActies}}');
    expect(validateTemplate('Alleen {{ client.naam }}.', allowed)).toBeNull();
  });

  it('refuses an unclosed brace pair and odd placeholder syntax', () => {
    expect(inDutch(validateTemplate('Beste {{client.naam', allowed))).toContain('zonder tegenhanger');
    expect(inDutch(validateTemplate('Zie {{http://voorbeeld.example/x.png}}', allowed))).toContain(
      'Onbekende plaatshouder: {{http://voorbeeld.example/x.png}}',
    );
  });

  it('renders paragraphs, inline values and stand-alone lists', () => {
    const blocks = renderTemplate('Beste {{client.naam}},\n\nOpen:\n\n{{openActies}}\n\nIn een zin: {{openActies}}.', {
      'client.naam': 'Noël',
      vrijlatingsdatum: '14-12-2026',
      openActies: { list: ['ID-kaart', 'Bijstand'] },
    });
    expect(blocks).toEqual([
      { kind: 'paragraph', text: 'Beste Noël,' },
      { kind: 'paragraph', text: 'Open:' },
      { kind: 'list', items: ['ID-kaart', 'Bijstand'] },
      { kind: 'paragraph', text: 'In een zin: ID-kaart, Bijstand.' },
    ]);
  });

  it('throws a TemplateError before filling anything when a placeholder is unknown', () => {
    expect(() => renderTemplate('{{onbekend}}', { bekend: 'x' })).toThrow(TemplateError);
    expect(() => fillInline('Over {{client.bsn}}', { 'client.naam': 'x' })).toThrow('Onbekende plaatshouder: {{client.bsn}}');
    expect(fillInline('Over {{client.naam}}', { 'client.naam': 'Noël' })).toBe('Over Noël');
  });

  it('keeps a value that looks like a placeholder as plain text (no second pass)', () => {
    expect(fillInline('{{a}}', { a: '{{b}}', b: 'geheim' })).toBe('{{b}}');
  });
});
