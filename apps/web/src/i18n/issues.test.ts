import { describe, expect, it as test } from 'vitest';
import { createAreaInput, serviceInput } from '@pdz/core';
import { translate, type MessageKey, type Vars } from './catalogues';
import { issueMessage } from './issues';
import { validate } from '../ui/formErrors';

const it = (key: MessageKey, vars?: Vars) => translate('it', key, vars);
const en = (key: MessageKey, vars?: Vars) => translate('en', key, vars);

describe('a refused value in words: the field, the limit, how to fix it', () => {
  test('the rules of a monitoring period and of a report are said, not quoted', () => {
    const say = (message: string, field = 'Primo giorno') => issueMessage({ message }, field, it);
    expect(say("must be within the plan's years 2012–2014")).toBe(
      'Il periodo deve cadere negli anni del piano, dal 2012 al 2014: scegli giorni di quegli anni.',
    );
    expect(say('overlaps the period "Anno 2012"')).toBe(
      'Il periodo si sovrappone al periodo «Anno 2012»: scegli giorni che non siano già coperti.',
    );
    expect(say('must be in the same year as endsOn')).toContain('nello stesso anno');
    expect(say('must not be before endsOn')).toContain('prima dell’ultimo giorno');
    expect(say('source given twice', 'Spesa')).toBe(
      'Nel campo «Spesa» una voce è ripetuta: indica ogni voce una sola volta.',
    );
    expect(issueMessage({ message: 'overlaps the period "2012"' }, 'First day', en, 'en')).toBe(
      'The period overlaps the period “2012”: choose days that are not already covered.',
    );
  });

  test('a text too long says the limit and how long it is', () => {
    const issue = {
      code: 'too_big',
      origin: 'string',
      maximum: 200,
      message: 'Too big',
      actual: 245,
    };
    expect(issueMessage(issue, 'Titolo', it)).toBe(
      'Il campo «Titolo» può contenere al massimo 200 caratteri: ne contiene 245. Accorcia il testo.',
    );
    expect(issueMessage(issue, 'Title', en, 'en')).toBe(
      '“Title” can hold at most 200 characters: it has 245. Shorten the text.',
    );
    expect(issueMessage({ ...issue, maximum: 1, actual: undefined }, 'Sigla', it)).toBe(
      'Il campo «Sigla» può contenere al massimo 1 carattere: accorcia il testo.',
    );
  });

  test('an empty required text asks to fill the field in', () => {
    const issue = { code: 'too_small', origin: 'string', minimum: 1, message: 'required' };
    expect(issueMessage(issue, 'Nome', it)).toBe('Compila il campo «Nome»: è obbligatorio.');
  });

  test('a number out of range says the range, not a year (it used to say «un anno tra 2000 e 2100»)', () => {
    const issue = {
      code: 'too_big',
      origin: 'number',
      maximum: 100_000,
      inclusive: true,
      message: 'x',
    };
    expect(issueMessage(issue, 'Posti', it)).toBe(
      'Il campo «Posti» ammette valori fino a 100.000: indica un numero non superiore.',
    );
    expect(
      issueMessage({ code: 'too_small', origin: 'number', minimum: 0, message: 'x' }, 'Posti', it),
    ).toBe('Il campo «Posti» ammette valori a partire da 0: indica un numero non inferiore.');
    expect(
      issueMessage(
        { code: 'too_small', origin: 'number', minimum: 2000, message: 'x' },
        'Anno',
        it,
      ),
    ).toBe('Il campo «Anno» ammette valori a partire da 2000: indica un numero non inferiore.');
  });

  test('too many items says how many are allowed and how many were given', () => {
    const issue = { code: 'too_big', origin: 'array', maximum: 20, actual: 21, message: 'x' };
    expect(issueMessage(issue, 'Destinatari', it)).toBe(
      'Nel campo «Destinatari» si possono indicare al massimo 20 voci: ne sono indicate 21. Togli quelle in più.',
    );
  });

  test('a wrong format says which format is expected, with an example', () => {
    const format = (f: string) => ({ code: 'invalid_format', format: f, message: 'x' });
    expect(issueMessage(format('email'), 'E-mail', it)).toBe(
      'Il campo «E-mail» deve contenere un indirizzo e-mail valido, ad esempio nome@comune.it.',
    );
    expect(issueMessage(format('date'), 'Scadenza', it)).toBe(
      'Il campo «Scadenza» deve contenere una data valida nel formato gg/mm/aaaa, ad esempio 26/03/2012.',
    );
    expect(issueMessage(format('uuid'), 'Ente gestore', it)).toBe(
      'Scegli un valore dall’elenco del campo «Ente gestore».',
    );
    expect(
      issueMessage({ code: 'invalid_type', expected: 'number', message: 'x' }, 'Posti', it),
    ).toBe('Il campo «Posti» deve contenere un numero, ad esempio 12 oppure 12,5.');
  });

  test('the messages core and the server write in English are said in the reader’s words', () => {
    expect(issueMessage({ message: 'postal code: 5 digits' }, 'CAP', it)).toBe(
      'Il campo «CAP» deve contenere un CAP di cinque cifre, ad esempio 27100.',
    );
    expect(issueMessage({ message: 'a planning round lasts at most six years' }, 'Anno', it)).toBe(
      'Il periodo di programmazione può durare al massimo sei anni, compresi l’anno di inizio e quello di fine: indica un anno di fine più vicino.',
    );
    expect(issueMessage({ message: 'unknown userArea code' }, 'Area di utenza', it)).toBe(
      'Il codice indicato nel campo «Area di utenza» non è presente nella classificazione: scegline uno dall’elenco.',
    );
  });

  test('the browser check names the field and counts what was typed', () => {
    const checked = validate(createAreaInput, { title: 'x'.repeat(301) }, it, {
      title: 'Titolo dell’area',
    });
    expect(checked.ok).toBe(false);
    expect(!checked.ok && checked.errors.title).toBe(
      'Il campo «Titolo dell’area» può contenere al massimo 300 caratteri: ne contiene 301. Accorcia il testo.',
    );
    const service = validate(serviceInput, { name: 'Centro', providerId: 'x', capacity: 1.5 }, it, {
      providerId: 'Ente gestore',
      capacity: 'Posti',
    });
    expect(!service.ok && service.errors).toMatchObject({
      providerId: 'Scegli un valore dall’elenco del campo «Ente gestore».',
      capacity: 'Il campo «Posti» ammette solo numeri interi, senza decimali.',
    });
  });

  test('a text with control characters says what to do, in the browser and from the server', () => {
    const checked = validate(createAreaInput, { title: 'Anziani\u0000' }, it, {
      title: 'Titolo dell’area',
    });
    const italian =
      'Il campo «Titolo dell’area» contiene caratteri di controllo, invisibili e non ammessi (capita copiando da altri programmi): riscrivi il testo o incollalo senza formattazione.';
    expect(!checked.ok && checked.errors.title).toBe(italian);
    const fromServer = {
      field: 'body.title',
      code: 'invalid_format',
      format: 'plain-text',
      message: 'Invalid string: must match pattern',
    };
    expect(issueMessage(fromServer, 'Titolo dell’area', it)).toBe(italian);
    expect(issueMessage(fromServer, 'Area title', en, 'en')).toBe(
      '“Area title” contains control characters, invisible and not allowed (this happens when copying from other programs): type the text again or paste it without formatting.',
    );
  });

  test('a field the service does not take is named, with how to recover', () => {
    const checked = validate(createAreaInput, { title: 'Anziani', colour: 'red' }, it);
    expect(!checked.ok && checked.errors['']).toBe(
      'Il modulo ha inviato dati che il servizio non prevede («colour»): ricarica la pagina e riprova.',
    );
    const fromServer = {
      field: 'body',
      code: 'unrecognized_keys',
      message: 'Unrecognized keys: "colour", "size"',
    };
    expect(issueMessage(fromServer, 'body', en, 'en')).toBe(
      'The form sent data the service does not expect (“colour”, “size”): reload the page and try again.',
    );
  });
});

describe('plurals', () => {
  test('one error is «1 errore», never «1 errori»', () => {
    expect(it('population.import.errorsHeading', { count: 1 })).toBe(
      'Il file non è stato importato: 1 errore',
    );
    expect(it('population.import.errorsHeading', { count: 1234 })).toBe(
      'Il file non è stato importato: 1.234 errori',
    );
    expect(en('population.import.errorsHeading', { count: 1 })).toBe(
      'The file was not imported: 1 error',
    );
  });

  test('what goes with a deleted area is said for none, one and many', () => {
    const area = (objectives: number, actions: number) =>
      it('area.deleteConfirm', { title: 'Anziani', objectives, actions });
    expect(area(0, 0)).toBe('Eliminare l’area «Anziani»? L’area non contiene obiettivi.');
    expect(area(1, 0)).toBe(
      'Eliminare l’area «Anziani»? Sarà eliminato anche l’obiettivo che contiene.',
    );
    expect(area(1, 1)).toBe(
      'Eliminare l’area «Anziani»? Sarà eliminato anche l’obiettivo che contiene, con la sua azione.',
    );
    expect(area(3, 7)).toBe(
      'Eliminare l’area «Anziani»? Saranno eliminati anche i 3 obiettivi che contiene, con 7 azioni in tutto.',
    );
    expect(it('objective.deleteConfirm', { title: 'OB1', actions: 0 })).toBe(
      'Eliminare l’obiettivo «OB1»?',
    );
  });

  test('a decimal count takes the plural: «1,5 assistenti sociali», «1 assistente sociale»', () => {
    const vars = { year: 2014, residents: '6.500', ratio: '6.500' };
    expect(it('leps.sentence', { ...vars, fte: 1 })).toContain('1 assistente sociale per');
    expect(it('leps.sentence', { ...vars, fte: '1,5' })).toContain('1,5 assistenti sociali per');
    expect(it('leps.sentence', { ...vars, fte: '1,0' })).toContain('1,0 assistenti sociali per');
  });

  test('counts found, imported and shown agree with their number', () => {
    expect(it('services.count', { count: 1 })).toBe('1 servizio trovato');
    expect(it('services.count', { count: 0 })).toBe('0 servizi trovati');
    expect(it('population.partial', { count: 1 })).toBe('Dati parziali: manca 1 comune.');
    expect(it('services.files.done', { created: 1, updated: 0, unchanged: 2 })).toBe(
      'Importazione riuscita: 1 servizio aggiunto, 0 modificati, 2 invariati.',
    );
    expect(it('login.rateLimited', { seconds: 1 })).toBe(
      'Troppe richieste in poco tempo. Attendi 1 secondo e riprova.',
    );
  });
});
