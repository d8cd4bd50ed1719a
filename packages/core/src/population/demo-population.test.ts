import { describe, expect, it } from 'vitest';
import {
  demoPopulationYears,
  generateDemoPopulation,
  paviaDemoMunicipalities,
} from './demo-population';
import { districtDemography, municipalityDemography } from './indicators';
import { readPopulationCsv } from './istat-csv';
import { formatAge, populationDatasetSchema } from './population';

const census2011: Record<string, number> = {
  '018110': 68280,
  '018041': 6586,
  '018137': 5738,
  '018162': 4361,
  '018135': 3788,
  '018190': 3223,
  '018159': 2395,
  '018189': 1653,
  '018030': 1516,
  '018151': 1146,
  '018179': 770,
  '018091': 502,
};

describe('demo population of the Pavia district', () => {
  const ds = generateDemoPopulation();
  const munis = municipalityDemography(ds);
  const district = districtDemography(ds);

  it('is valid, complete (12 municipalities × 5 years × 101 ages × 2 sexes) and the same every time', () => {
    expect(populationDatasetSchema.safeParse(ds).success).toBe(true);
    expect(ds.population).toHaveLength(12 * 5 * 101 * 2);
    expect(ds.foreignResidents).toHaveLength(60);
    expect(ds.households).toHaveLength(60);
    expect(generateDemoPopulation()).toEqual(ds);
  });

  it('matches the 2011 census totals exactly, municipality by municipality (district 99,958)', () => {
    expect(paviaDemoMunicipalities.map((m) => [m.istatCode, m.census2011])).toEqual(
      Object.entries(census2011),
    );
    for (const m of munis)
      expect(m.years.find((y) => y.year === 2011)!.residents).toBe(census2011[m.istatCode]);
    expect(district.find((d) => d.year === 2011)!.residents).toBe(99958);
  });

  it('drifts by small amounts in the other years', () => {
    expect(district.map((d) => d.year)).toEqual([...demoPopulationYears]);
    for (const m of munis)
      for (const y of m.years) {
        const drift = Math.abs(y.residents / census2011[m.istatCode]! - 1);
        expect(drift).toBeLessThan(0.06);
      }
    const [first, last] = [district[0]!, district[district.length - 1]!];
    expect(last.residents / first.residents - 1).toBeGreaterThan(0);
    expect(last.residents / first.residents - 1).toBeLessThan(0.03);
  });

  it('has an ageing Lombard profile: old-age index 180–200 and rising, more old women than old men', () => {
    for (const d of district) {
      expect(d.oldAgeIndex!).toBeGreaterThanOrEqual(180);
      expect(d.oldAgeIndex!).toBeLessThanOrEqual(200);
      expect(d.structuralDependency!).toBeGreaterThan(50);
      expect(d.structuralDependency!).toBeLessThan(70);
      const eldest = d.ageBands.find((b) => b.code === '85+')!;
      expect(eldest.females!).toBeGreaterThan(eldest.males! * 1.5);
    }
    expect(district[4]!.oldAgeIndex!).toBeGreaterThan(district[0]!.oldAgeIndex!);
    for (const m of munis)
      for (const y of m.years) {
        expect(y.oldAgeIndex!).toBeGreaterThan(120);
        expect(y.oldAgeIndex!).toBeLessThan(260);
      }
  });

  it('has 9–11 % foreign residents and households of about 2.2 people', () => {
    for (const d of district) {
      expect(d.foreignShare!).toBeGreaterThanOrEqual(9);
      expect(d.foreignShare!).toBeLessThanOrEqual(11);
      expect(d.averageHouseholdSize!).toBeGreaterThanOrEqual(2.1);
      expect(d.averageHouseholdSize!).toBeLessThanOrEqual(2.3);
    }
  });

  it('reads back unchanged through the population file reader', async () => {
    const lines = ['codice_istat;anno;sesso;eta;conteggio'];
    for (const p of ds.population)
      lines.push([p.istatCode, p.year, p.sex, formatAge(p.age), p.count].join(';'));
    const r = await readPopulationCsv(
      (async function* () {
        yield lines.join('\r\n');
      })(),
      { allowedCodes: Object.keys(census2011), kind: 'population' },
    );
    expect(r.errors).toEqual([]);
    expect(r.population).toEqual(ds.population);
  });
});
