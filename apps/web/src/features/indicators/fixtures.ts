import type { Indicator } from '@pdz/core';
import { ids } from '../../testing/fixtures';

/** An indicator of the fixture plan (2012–2014), complete unless overridden. */
export function indicator(over: Partial<Indicator> = {}): Indicator {
  return {
    id: '00000000-0000-4000-8000-0000000000a1',
    planId: ids.plan,
    objectiveId: ids.objective1,
    actionId: null,
    code: 'I1',
    name: 'Famiglie prese in carico',
    kind: 'output',
    unit: 'famiglie',
    dataSource: 'Cartella sociale',
    frequency: 'annual',
    reportedBy: 'Ufficio di Piano',
    direction: 'increase',
    baselineValue: 1234.5,
    baselineYear: 2011,
    targets: [
      { year: 2012, value: 1300 },
      { year: 2013, value: 12.5 },
    ],
    partialPercent: 60,
    achievedPercent: 100,
    position: 0,
    version: 2,
    ...over,
  };
}
