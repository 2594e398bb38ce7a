import { defineTexts, type TextsShape } from '../i18n';

/** Texts for putting partners in the register quickly: the first-run guide's step and "new partner" in the action dialog. */
const nl = {
  step: {
    intro:
      'Met wie werkt u samen? Het partnerregister begint met de drie reclasseringsorganisaties. Vul de organisaties in uw gemeente in, dan kunt u acties meteen aan hen toewijzen. Wat u leeg laat, wordt niet opgeslagen.',
    already: 'Al in het register:',
    type: 'Soort partner',
    name: 'Naam organisatie',
    contact: 'Contactpersoon',
    email: 'E-mail',
    phone: 'Telefoon',
    fieldLabel: (field: string, type: string) => `${field} (${type})`,
    saved: (n: number) => (n === 1 ? '1 partner is in het register gezet.' : `${n} partners zijn in het register gezet.`),
  },
  inline: {
    open: 'Nieuwe partner',
    title: 'Nieuwe partner toevoegen',
    name: 'Naam nieuwe partner',
    type: 'Soort nieuwe partner',
    add: 'Partner toevoegen en kiezen',
    cancel: 'Geen nieuwe partner',
    added: (name: string) => `${name} is toegevoegd aan het register en gekozen.`,
  },
};

const en: TextsShape<typeof nl> = {
  step: {
    intro:
      'Who do you work with? The partner register starts with the three probation organisations. Enter the organisations in your municipality so you can assign actions to them straight away. Rows left empty are not saved.',
    already: 'Already in the register:',
    type: 'Kind of partner',
    name: 'Organisation name',
    contact: 'Contact person',
    email: 'Email',
    phone: 'Phone',
    fieldLabel: (field: string, type: string) => `${field} (${type})`,
    saved: (n: number) => (n === 1 ? '1 partner has been added to the register.' : `${n} partners have been added to the register.`),
  },
  inline: {
    open: 'New partner',
    title: 'Add a new partner',
    name: 'Name of the new partner',
    type: 'Kind of new partner',
    add: 'Add partner and choose it',
    cancel: 'No new partner',
    added: (name: string) => `${name} has been added to the register and chosen.`,
  },
};

export const pst = defineTexts('partnersetup', nl, en);
