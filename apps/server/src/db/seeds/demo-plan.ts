/**
 * The demo plan 2012–2014 of the Distretto sociale di Pavia. Its structure follows what such a
 * plan contains; every objective and action is invented demonstration data.
 */
export interface DemoArea {
  code: string;
  title: string;
  description: string;
  objectives: { code: string; title: string; description: string; actions: [string, string][] }[];
}

export const demoPlan: { title: string; startYear: number; endYear: number; areas: DemoArea[] } = {
  title: 'Piano di Zona 2012–2014',
  startYear: 2012,
  endYear: 2014,
  areas: [
    {
      code: 'MIN',
      title: 'Minori, giovani e famiglia',
      description:
        'Sostegno alla genitorialità, tutela dei minori e promozione del protagonismo giovanile.',
      objectives: [
        {
          code: 'OB1',
          title: 'Sostenere le famiglie nei compiti di cura ed educazione',
          description:
            'Rafforzare la rete dei servizi per la prima infanzia e il sostegno alla genitorialità.',
          actions: [
            [
              'Centro per le famiglie distrettuale',
              'Apertura di uno sportello unico con consulenza educativa, mediazione familiare e gruppi di genitori.',
            ],
            [
              'Voucher per i servizi prima infanzia',
              'Contributi alle famiglie con ISEE basso per la frequenza di nidi e micronidi accreditati.',
            ],
          ],
        },
        {
          code: 'OB2',
          title: 'Rafforzare la tutela dei minori',
          description:
            'Uniformare le procedure del servizio tutela minori nei 12 comuni del distretto.',
          actions: [
            [
              'Équipe tutela minori unica',
              'Costituzione di un’équipe distrettuale di assistenti sociali e psicologi in convenzione con l’ASL.',
            ],
            [
              'Affido familiare',
              'Campagna di sensibilizzazione e formazione delle famiglie affidatarie.',
            ],
          ],
        },
      ],
    },
    {
      code: 'ANZ',
      title: 'Anziani',
      description: 'Domiciliarità, sostegno ai caregiver e prevenzione dell’isolamento.',
      objectives: [
        {
          code: 'OB3',
          title: 'Favorire la permanenza a domicilio delle persone anziane',
          description: 'Integrare assistenza domiciliare sociale (SAD) e sanitaria (ADI).',
          actions: [
            [
              'Servizio di assistenza domiciliare associato',
              'Gestione associata del SAD con criteri di accesso e tariffe uniformi.',
            ],
            [
              'Sostegno ai caregiver familiari',
              'Gruppi di auto-mutuo aiuto e sollievo temporaneo per chi assiste un familiare.',
            ],
          ],
        },
      ],
    },
    {
      code: 'DIS',
      title: 'Disabilità',
      description:
        'Progetti di vita, inclusione scolastica e lavorativa delle persone con disabilità.',
      objectives: [
        {
          code: 'OB4',
          title: 'Costruire progetti di vita per le persone con disabilità',
          description: 'Valutazione multidimensionale condivisa con l’ASL e progetti individuali.',
          actions: [
            [
              'Punto unico di accesso per la disabilità',
              'Accoglienza, orientamento e valutazione integrata socio-sanitaria.',
            ],
            [
              'Inserimenti lavorativi',
              'Tirocini di inclusione in collaborazione con le cooperative sociali di tipo B.',
            ],
          ],
        },
      ],
    },
    {
      code: 'POV',
      title: 'Povertà ed emarginazione',
      description: 'Contrasto alla povertà e all’esclusione abitativa.',
      objectives: [
        {
          code: 'OB5',
          title: 'Contrastare la povertà e l’esclusione sociale',
          description: 'Criteri comuni per i contributi economici e percorsi di accompagnamento.',
          actions: [
            [
              'Regolamento distrettuale dei contributi economici',
              'Criteri ISEE e progetti personalizzati uniformi per tutti i comuni.',
            ],
            [
              'Emergenza abitativa',
              'Fondo distrettuale e alloggi temporanei per le famiglie sfrattate.',
            ],
          ],
        },
      ],
    },
    {
      code: 'IMM',
      title: 'Immigrazione',
      description: 'Accoglienza e integrazione dei cittadini stranieri.',
      objectives: [
        {
          code: 'OB6',
          title: 'Favorire l’integrazione dei cittadini stranieri',
          description: 'Mediazione linguistico-culturale nei servizi e corsi di italiano.',
          actions: [
            [
              'Mediazione culturale nei servizi',
              'Mediatori disponibili su appuntamento presso i servizi sociali comunali e i consultori.',
            ],
          ],
        },
      ],
    },
    {
      code: 'DIP',
      title: 'Dipendenze',
      description: 'Prevenzione e reinserimento sociale.',
      objectives: [
        {
          code: 'OB7',
          title: 'Prevenire le dipendenze tra gli adolescenti',
          description:
            'Interventi di prevenzione nelle scuole secondarie e nei luoghi di aggregazione.',
          actions: [
            [
              'Educativa di strada',
              'Operatori nei luoghi di ritrovo dei giovani, in rete con il SerT.',
            ],
          ],
        },
      ],
    },
    {
      code: 'SMEN',
      title: 'Salute mentale',
      description: 'Inclusione sociale delle persone con disagio psichico.',
      objectives: [
        {
          code: 'OB8',
          title: 'Sostenere l’inclusione sociale delle persone con disagio psichico',
          description:
            'Percorsi di residenzialità leggera e socializzazione con il Dipartimento di salute mentale.',
          actions: [
            [
              'Residenzialità leggera',
              'Appartamenti con supporto educativo per percorsi di autonomia.',
            ],
          ],
        },
      ],
    },
  ],
};
