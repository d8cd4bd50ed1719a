/**
 * Messages of the classification catalogues page. The Italian object defines the keys; the
 * English one must provide the same (the compiler checks it).
 */
export const classificationsIt = {
  'nav.classifications': 'Classificazioni',
  'classifications.title': 'Classificazioni',
  'classifications.intro':
    'Le classificazioni (aree di intervento, aree di utenza ISTAT, LEPS, fonti di finanziamento…) sono comuni a tutti i distretti. La Regione e gli amministratori le estendono per un nuovo ciclo di programmazione; le voci esistenti non si cancellano, perché i piani approvati le citano.',
  'classifications.scheme': 'Classificazione',
  'classifications.count': '{count, plural, one {# voce} other {# voci}}',
  'classifications.caption': 'Voci della classificazione «{scheme}»',
  'classifications.col.code': 'Codice',
  'classifications.col.labelIt': 'Nome in italiano',
  'classifications.col.labelEn': 'Nome in inglese',
  'classifications.col.edition': 'Edizione',
  'classifications.add': 'Aggiungi una voce',
  'classifications.addIntro':
    'Il codice è unico nella classificazione: lettere maiuscole, cifre, trattini.',
  'classifications.field.code': 'Codice',
  'classifications.field.labelIt': 'Nome in italiano',
  'classifications.field.labelEn': 'Nome in inglese',
  'classifications.field.edition': 'Edizione (ciclo di programmazione)',
  'classifications.submit': 'Aggiungi',
  'classifications.added': 'Voce {code} aggiunta a «{scheme}».',
  'classifications.duplicate': 'Questo codice esiste già nella classificazione.',
  'classifications.readOnly': 'Solo la Regione e gli amministratori possono aggiungere voci.',
  'scheme.interventionArea': 'Aree di intervento (L. 328/2000)',
  'scheme.regionalMacroArea': 'Macro-aree regionali',
  'scheme.istatUserArea': 'Aree di utenza ISTAT',
  'scheme.fundingSource': 'Fonti di finanziamento',
  'scheme.leps': 'Livelli essenziali (LEPS)',
  'scheme.policySector': 'Politiche integrate',
  'scheme.staffProfile': 'Profili professionali',
} as const;

export const classificationsEn: Record<keyof typeof classificationsIt, string> = {
  'nav.classifications': 'Classifications',
  'classifications.title': 'Classifications',
  'classifications.intro':
    'The classifications (areas of intervention, ISTAT user areas, LEPS, funding sources…) are shared by every district. The Region and the administrators extend them for a new planning round; existing items are never deleted, because approved plans cite them.',
  'classifications.scheme': 'Classification',
  'classifications.count': '{count, plural, one {# item} other {# items}}',
  'classifications.caption': 'Items of the classification “{scheme}”',
  'classifications.col.code': 'Code',
  'classifications.col.labelIt': 'Italian name',
  'classifications.col.labelEn': 'English name',
  'classifications.col.edition': 'Edition',
  'classifications.add': 'Add an item',
  'classifications.addIntro':
    'The code is unique in the classification: capital letters, digits, dashes.',
  'classifications.field.code': 'Code',
  'classifications.field.labelIt': 'Italian name',
  'classifications.field.labelEn': 'English name',
  'classifications.field.edition': 'Edition (planning round)',
  'classifications.submit': 'Add',
  'classifications.added': 'Item {code} added to “{scheme}”.',
  'classifications.duplicate': 'This code already exists in the classification.',
  'classifications.readOnly': 'Only the Region and the administrators can add items.',
  'scheme.interventionArea': 'Areas of intervention (Law 328/2000)',
  'scheme.regionalMacroArea': 'Regional macro-areas',
  'scheme.istatUserArea': 'ISTAT user areas',
  'scheme.fundingSource': 'Funding sources',
  'scheme.leps': 'Essential levels (LEPS)',
  'scheme.policySector': 'Integrated policies',
  'scheme.staffProfile': 'Staff profiles',
};
