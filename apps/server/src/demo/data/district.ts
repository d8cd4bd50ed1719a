/**
 * The demo district: the Distretto sociale di Pavia. Its 12 municipalities with their ISTAT and
 * cadastral codes and 2011 census population are real (ISTAT); the accounts, the password and
 * every organization marked "(demo)" are DEMONSTRATION DATA.
 */
import type { Role } from '@pdz/core';

export const demoDistrict = {
  slug: 'pavia',
  name: 'Distretto sociale di Pavia',
  region: 'Lombardia',
  leadBody: 'Consorzio Sociale Pavese',
  populationYear: 2011,
};

/** ISTAT code, name, province, cadastral code, postal code, census population 2011. */
export const demoMunicipalities: {
  istatCode: string;
  name: string;
  province: string;
  cadastralCode: string;
  postalCode: string;
  population: number;
}[] = [
  ['018110', 'Pavia', 'PV', 'G388', '27100', 68280],
  ['018041', 'Cava Manara', 'PV', 'C360', '27051', 6586],
  ['018137', 'San Martino Siccomario', 'PV', 'I014', '27028', 5738],
  ['018162', 'Travacò Siccomario', 'PV', 'I236', '27020', 4361],
  ['018135', 'San Genesio ed Uniti', 'PV', 'H859', '27010', 3788],
  ['018190', 'Zinasco', 'PV', 'M180', '27030', 3223],
  ['018159', "Torre d'Isola", 'PV', 'L269', '27020', 2395],
  ['018189', 'Zerbolò', 'PV', 'M167', '27020', 1653],
  ['018030', 'Carbonara al Ticino', 'PV', 'B741', '27020', 1516],
  ['018151', 'Sommo', 'PV', 'I825', '27048', 1146],
  ['018179', "Villanova d'Ardenghi", 'PV', 'L983', '27030', 770],
  ['018091', 'Mezzana Rabattone', 'PV', 'F171', '27030', 502],
].map(([istatCode, name, province, cadastralCode, postalCode, population]) => ({
  istatCode: String(istatCode),
  name: String(name),
  province: String(province),
  cadastralCode: String(cadastralCode),
  postalCode: String(postalCode),
  population: Number(population),
}));

/** Organizations of the district besides the municipalities and the lead body. */
export const demoDistrictOrganizations: { name: string; kind: string }[] = [
  { name: 'ATS di Pavia', kind: 'healthAgency' },
  { name: 'ASST di Pavia', kind: 'healthProvider' },
  { name: 'Regione Lombardia', kind: 'region' },
  { name: 'Cooperativa sociale Il Ponte (demo)', kind: 'thirdSector' },
  { name: 'Associazione Famiglie Insieme (demo)', kind: 'thirdSector' },
];

export const demoPassword = 'demo-Pavia-2012';

/** One account per role, each tied to the organization the person works for. */
export const demoAccounts: { email: string; name: string; role: Role; organization?: string }[] = [
  {
    email: 'ufficio.piano@pavia.demo',
    name: 'Giulia Ferrari',
    role: 'planOffice',
    organization: 'Consorzio Sociale Pavese',
  },
  { email: 'sindaco@pavia.demo', name: 'Marco Rossi', role: 'mayor', organization: 'Comune di Pavia' },
  {
    email: 'terzo.settore@pavia.demo',
    name: 'Anna Bianchi',
    role: 'partner',
    organization: 'Cooperativa sociale Il Ponte (demo)',
  },
  { email: 'ats@pavia.demo', name: 'Luca Colombo', role: 'healthAgency', organization: 'ATS di Pavia' },
  {
    email: 'regione@pavia.demo',
    name: 'Sara Ricci',
    role: 'region',
    organization: 'Regione Lombardia',
  },
  { email: 'admin@pavia.demo', name: 'Paolo Greco', role: 'admin' },
];
