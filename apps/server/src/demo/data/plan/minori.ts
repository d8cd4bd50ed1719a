import type { DemoArea } from '../plan.types';
import { sostegnoFamiglie } from './minori-famiglie';
import { tutelaMinori } from './minori-tutela';


/** The demo plan's area “Minori, giovani e famiglia” (DEMONSTRATION DATA: every name, figure and text invented). */
export const minori: DemoArea = {
  code: 'MIN',
  title: 'Minori, giovani e famiglia',
  description:
    'Sostegno alla genitorialità, tutela dei minori, servizi per la prima infanzia e conciliazione dei tempi di vita e di lavoro.',
  objectives: [sostegnoFamiglie, tutelaMinori],
};
