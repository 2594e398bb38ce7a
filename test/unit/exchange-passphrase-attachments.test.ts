import { describe, expect, it } from 'vitest';
import { randomInt } from 'node:crypto';
import { DUTCH_WORDS } from '../../common/exchange/wordlist-nl.js';
import { PASSPHRASE_WORDS, normalisePassphrase, passphraseEntropyBits, proposePassphrase } from '../../common/exchange/passphrase.js';
import { ATTACHMENT_LIMITS } from '../../common/exchange/limits.js';
import { checkAttachment, safeAttachmentFileName, sniffAttachmentKind } from '../../common/exchange/attachment-type.js';
import { makeZip } from '../helpers/parse-back.js';

describe('passphrase proposer', () => {
  it('has a list of at least 2048 distinct plain Dutch words', () => {
    expect(DUTCH_WORDS.length).toBeGreaterThanOrEqual(2048);
    expect(new Set(DUTCH_WORDS).size).toBe(DUTCH_WORDS.length);
    for (const w of DUTCH_WORDS) expect(w, w).toMatch(/^[a-z]{3,10}$/);
  });

  it('proposes six words, at least 66 bits', () => {
    expect(passphraseEntropyBits()).toBeGreaterThanOrEqual(66);
    const p = proposePassphrase(randomInt);
    const words = p.split(' ');
    expect(words).toHaveLength(PASSPHRASE_WORDS);
    for (const w of words) expect(DUTCH_WORDS).toContain(w);
    // Deterministic source: first and last words of the list, to show the index is used as given.
    expect(proposePassphrase(() => 0, 2)).toBe(`${DUTCH_WORDS[0]} ${DUTCH_WORDS[0]}`);
    expect(proposePassphrase((n) => n - 1, 1)).toBe(DUTCH_WORDS.at(-1));
  });

  it('normalises what people type after a phone call', () => {
    expect(normalisePassphrase('  Fiets-REGEN,  lamp_tulp ')).toBe('fiets regen lamp tulp');
    expect(normalisePassphrase('fiets regen')).not.toBe(normalisePassphrase('fietsregen'));
  });
});

describe('attachment types by content', () => {
  const pdf = Buffer.from('%PDF-1.7\n%âãÏÓ\n');
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
  const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46]);
  const docx = makeZip([
    { name: '[Content_Types].xml', data: '<Types/>' },
    { name: '_rels/.rels', data: '<Relationships/>' },
    { name: 'word/document.xml', data: '<w:document/>' },
  ]);
  const odt = makeZip([
    { name: 'mimetype', data: 'application/vnd.oasis.opendocument.text' },
    { name: 'content.xml', data: '<office:document-content/>' },
  ]);

  it('recognises PDF, PNG, JPEG, DOCX and ODT', () => {
    expect(sniffAttachmentKind(pdf)).toBe('pdf');
    expect(sniffAttachmentKind(png)).toBe('png');
    expect(sniffAttachmentKind(jpeg)).toBe('jpeg');
    expect(sniffAttachmentKind(docx)).toBe('docx');
    expect(sniffAttachmentKind(odt)).toBe('odt');
  });

  it('refuses other zips, spreadsheets, programs and text, whatever their name', () => {
    const xlsx = makeZip([
      { name: '[Content_Types].xml', data: '<Types/>' },
      { name: 'xl/workbook.xml', data: '<workbook/>' },
    ]);
    const ods = makeZip([{ name: 'mimetype', data: 'application/vnd.oasis.opendocument.spreadsheet' }]);
    const exe = Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1');
    const brokenZip = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(40)]);
    for (const b of [xlsx, ods, exe, brokenZip, Buffer.from('gewone tekst'), Buffer.from('<html>')]) {
      expect(sniffAttachmentKind(b)).toBeNull();
      expect(checkAttachment(b)).toEqual({ ok: false, code: 'ATTACHMENT_TYPE' });
    }
  });

  it('limits size to 25 MB and refuses empty files', () => {
    expect(checkAttachment(Buffer.alloc(0))).toEqual({ ok: false, code: 'ATTACHMENT_EMPTY' });
    const atLimit = Buffer.alloc(ATTACHMENT_LIMITS.maxBytes);
    pdf.copy(atLimit);
    expect(checkAttachment(atLimit)).toMatchObject({ ok: true, kind: 'pdf', size: ATTACHMENT_LIMITS.maxBytes });
    const over = Buffer.alloc(ATTACHMENT_LIMITS.maxBytes + 1);
    pdf.copy(over);
    expect(checkAttachment(over)).toEqual({ ok: false, code: 'ATTACHMENT_TOO_LARGE' });
  });

  it('offers a safe file name with the extension of the real type', () => {
    expect(safeAttachmentFileName('C:\\Users\\x\\D&R-plan.exe', 'pdf')).toBe('D&R-plan.pdf');
    expect(safeAttachmentFileName('../../etc/passwd', 'png')).toBe('passwd.png');
    expect(safeAttachmentFileName('brief:<1>?.docx', 'docx')).toBe('brief_1_.docx');
    expect(safeAttachmentFileName('', 'odt')).toBe('bijlage.odt');
  });
});
