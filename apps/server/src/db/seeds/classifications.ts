import type { Db } from '../client';
import { classificationItems } from '../schema/index';

type Item = [code: string, labelIt: string, labelEn: string];

/**
 * Reference classifications, seeded once and extendable as data. Areas of intervention are those
 * named by L. 328/2000 and the national plans; the regional macro-areas are those of Lombardy's
 * guidelines as far as known (DOMAIN.md §1 marks them "to check": they are editable rows).
 */
const schemes: Record<string, { edition: string; items: Item[] }> = {
  interventionArea: {
    edition: 'L328-2000',
    items: [
      ['MIN', 'Minori, giovani e famiglia', 'Minors, young people and families'],
      ['ANZ', 'Anziani', 'Older people'],
      ['DIP', 'Dipendenze', 'Addictions'],
      ['SMEN', 'Salute mentale', 'Mental health'],
      ['DIS', 'Disabilità', 'Disability'],
      ['IMM', 'Immigrazione', 'Immigration'],
      ['POV', 'Povertà ed emarginazione', 'Poverty and social exclusion'],
    ],
  },
  regionalMacroArea: {
    edition: 'LOM-2021',
    items: [
      ['POV', 'Contrasto alla povertà', 'Fighting poverty'],
      ['CASA', 'Politiche abitative', 'Housing policies'],
      ['DOM', 'Domiciliarità', 'Home-based care'],
      ['ANZ', 'Anziani', 'Older people'],
      ['DIS', 'Disabilità', 'Disability'],
      ['GIOV', 'Politiche giovanili e per i minori', 'Youth and minors policies'],
      ['LAV', 'Lavoro e inclusione attiva', 'Work and active inclusion'],
      ['FAM', 'Famiglia', 'Family'],
      ['DIG', 'Digitalizzazione', 'Digitalisation'],
    ],
  },
  istatUserArea: {
    edition: 'ISTAT',
    items: [
      ['FAM', 'Famiglia e minori', 'Family and minors'],
      ['DIS', 'Disabili', 'People with disabilities'],
      ['ADD', 'Dipendenze', 'Addictions'],
      ['ELD', 'Anziani', 'Older people'],
      ['IMMNOM', 'Immigrati, Rom, Sinti e Caminanti', 'Immigrants, Roma, Sinti and Caminanti'],
      [
        'POV',
        'Povertà, disagio adulti e senza dimora',
        'Poverty, adults in hardship and homeless people',
      ],
      ['MULBEN', 'Multiutenza', 'Multiple user groups'],
    ],
  },
};

export async function seedClassifications(db: Db): Promise<void> {
  const rows = Object.entries(schemes).flatMap(([scheme, { edition, items }]) =>
    items.map(([code, labelIt, labelEn], position) => ({
      scheme,
      edition,
      code,
      labelIt,
      labelEn,
      position,
    })),
  );
  await db
    .insert(classificationItems)
    .values(rows)
    // Existing rows are left as they are: users may have corrected a label.
    .onConflictDoNothing();
}
