import { describe, expect, test } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { reportingContracts, type Report, type Role } from '@pdz/core';
import { ids } from '../../testing/fixtures';
import { renderApp } from '../../testing/render';
import { json, problem } from '../../testing/server';
import {
  monitoringIds,
  monitoringServer,
  period,
  periodDetail,
  planPath,
  report,
  reportView,
} from './fixtures';
import type { ReportFrameData, SaveReportBody } from './queries';

const reportPath = `${planPath}/monitoring/${monitoringIds.period}/action/${ids.action2}`;

/** A server that keeps the report as the moves leave it. */
function reportServer(role: Role, start: Report | null, subject: Partial<ReportFrameData> = {}) {
  let current = start;
  const moved = (status: Report['status'], extra: Partial<Report> = {}) => {
    current = { ...current!, status, version: current!.version + 1, ...extra };
    return json(current);
  };
  return monitoringServer(role)
    .on(reportingContracts.getPeriod, periodDetail())
    .on(reportingContracts.getReport, () => json(reportView({ report: current, subject })))
    .on(reportingContracts.saveReport, (req) => {
      const { version, ...body } = req.body as SaveReportBody;
      current = {
        ...report(),
        ...current,
        ...body,
        status: current?.status ?? 'draft',
        version: version + 1,
      };
      return json(current);
    })
    .on(reportingContracts.submitReport, () => moved('submitted'))
    .on(reportingContracts.validateReport, () => moved('validated'))
    .on(reportingContracts.returnReport, (req) =>
      moved('returned', { reviewNote: (req.body as { note: string }).note }),
    );
}

const findForm = () => screen.findByRole('form', { name: 'La relazione' }, { timeout: 5000 });
const outcome = async (text: string) => {
  const message = await screen.findByText(text, { selector: '.alert' });
  await waitFor(() => expect(document.activeElement).toBe(message.closest('.pdz-outcome')));
};

describe('the report on an action', () => {
  test('shows what the action is measured against in the year', async () => {
    reportServer('partner', null);
    renderApp(reportPath);
    const frame = await screen.findByRole(
      'region',
      { name: 'Su che cosa si misura l’azione nel 2013' },
      { timeout: 5000 },
    );
    expect(
      screen.getByRole('heading', { name: 'Relazione sull’azione OB1.2 «Educativa domiciliare»' }),
    ).toBeTruthy();
    expect(within(frame).getByText('Avvio del servizio')).toBeTruthy();
    const groups = within(frame).getByRole('table', { name: 'Destinatari e persone previste' });
    expect(
      await within(groups).findByRole('rowheader', { name: 'Famiglia e minori' }),
    ).toBeTruthy();
    const indicators = within(frame).getByRole('table', { name: 'Indicatori e valori del 2013' });
    const row = within(indicators).getByRole('row', { name: /Ore di educativa/ });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['I2', '—', '1.000', '496']);
    const money = within(frame).getByRole('table', { name: 'Risorse stanziate per il 2013' });
    expect(money.textContent).toContain('12.345,67 €');
  });

  test('the lead saves a draft (version 0, then the one saved), then sends it to the plan office', async () => {
    const server = reportServer('partner', null);
    renderApp(reportPath);
    const form = await findForm();
    await userEvent.selectOptions(within(form).getByLabelText('Stato dei lavori'), 'inProgress');
    await userEvent.type(within(form).getByLabelText('Percentuale di avanzamento'), '50');
    await userEvent.type(within(form).getByLabelText('Che cosa è stato fatto'), 'Servizio avviato');
    await userEvent.click(within(form).getByRole('checkbox', { name: /Avvio del servizio/ }));
    await userEvent.type(
      await within(form).findByLabelText('Persone raggiunte – Famiglia e minori'),
      '15',
    );
    await userEvent.type(
      within(form).getByLabelText('Valore misurato – Famiglie seguite'),
      '136,5',
    );
    await userEvent.type(
      within(form).getByLabelText('Nota sul valore – Famiglie seguite'),
      'Dato di giugno',
    );
    const fnps = 'Fondo nazionale politiche sociali';
    await userEvent.type(within(form).getByLabelText(`Impegnato – ${fnps}`), '1.000,50');
    await userEvent.type(within(form).getByLabelText(`Pagato – ${fnps}`), '500');
    await userEvent.click(within(form).getByRole('button', { name: 'Salva bozza' }));

    await waitFor(() => expect(server.requestsTo(reportingContracts.saveReport)).toHaveLength(1));
    expect(server.requestsTo(reportingContracts.saveReport)[0]!.body).toEqual({
      version: 0,
      progress: 'inProgress',
      progressPercent: 50,
      notes: 'Servizio avviato',
      milestonesReached: ['Avvio del servizio'],
      peopleReached: [{ userAreaCode: 'FAM', count: 15 }],
      measures: [{ indicatorId: monitoringIds.indicator1, value: 136.5, note: 'Dato di giugno' }],
      spending: [{ sourceCode: 'FNPS', committed: 100_050, paid: 50_000 }],
    });
    await outcome('Bozza salvata.');

    await userEvent.type(within(form).getByLabelText('Che cosa è stato fatto'), ' a gennaio');
    await userEvent.click(within(form).getByRole('button', { name: 'Salva bozza' }));
    await waitFor(() => expect(server.requestsTo(reportingContracts.saveReport)).toHaveLength(2));
    expect(server.requestsTo(reportingContracts.saveReport)[1]!.body).toMatchObject({
      version: 1,
      notes: 'Servizio avviato a gennaio',
    });

    await userEvent.click(within(form).getByRole('button', { name: 'Invia all’Ufficio di Piano' }));
    await waitFor(() => expect(server.requestsTo(reportingContracts.submitReport)).toHaveLength(1));
    // nothing changed since the last save: sent as it is
    expect(server.requestsTo(reportingContracts.saveReport)).toHaveLength(2);
    expect(server.requestsTo(reportingContracts.submitReport)[0]!.body).toEqual({ version: 2 });
    await outcome('Relazione inviata all’Ufficio di Piano.');
    // now it waits for the plan office: the lead reads it, no longer edits it
    expect(await screen.findByText(/potrai modificarla solo se te la rinvia/)).toBeTruthy();
    expect(screen.queryByRole('form', { name: 'La relazione' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Salva bozza' })).toBeNull();
  });

  test('a refused row is shown on its field; a closed period says so', async () => {
    let calls = 0;
    const server = reportServer('partner', report()).on(reportingContracts.saveReport, () => {
      calls += 1;
      return calls === 1
        ? problem('VALIDATION_FAILED', {
            issues: [
              { field: 'body.measures.1.value', message: 'not an indicator of this action' },
            ],
          })
        : problem('PERIOD_CLOSED');
    });
    renderApp(reportPath);
    const form = await findForm();
    expect(
      (within(form).getByLabelText('Valore misurato – Famiglie seguite') as HTMLInputElement).value,
    ).toBe('130');
    const hours = within(form).getByLabelText('Valore misurato – Ore di educativa');
    await userEvent.type(hours, '12');
    await userEvent.click(within(form).getByRole('button', { name: 'Salva bozza' }));
    await waitFor(() => expect(hours.getAttribute('aria-invalid')).toBe('true'));
    expect(server.requestsTo(reportingContracts.saveReport)[0]!.body).toMatchObject({
      version: 4,
      measures: [
        { indicatorId: monitoringIds.indicator1, value: 130, note: '' },
        { indicatorId: monitoringIds.indicator2, value: 12, note: '' },
      ],
    });
    expect(
      within(form).getByText(
        'Il campo «Valore misurato – Ore di educativa» non riguarda questa azione o questo obiettivo: ricarica la pagina e riprova.',
      ),
    ).toBeTruthy();

    await userEvent.click(within(form).getByRole('button', { name: 'Salva bozza' }));
    await outcome(
      'Il periodo di monitoraggio è chiuso: i suoi dati non si possono più modificare.',
    );
  });

  test('a returned report shows the plan office’s note first, and can be corrected', async () => {
    reportServer(
      'partner',
      report({ status: 'returned', reviewNote: 'Mancano le ore di giugno.' }),
    );
    renderApp(reportPath);
    const note = await screen.findByText('Mancano le ore di giugno.', {}, { timeout: 5000 });
    expect(note.closest('.alert')?.textContent).toContain(
      'L’Ufficio di Piano ha rinviato la relazione con questa nota:',
    );
    expect(await findForm()).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Invia all’Ufficio di Piano' })).toBeTruthy();
  });

  test('the plan office validates a submitted report at the version read', async () => {
    const server = reportServer('planOffice', report({ status: 'submitted' }));
    renderApp(reportPath);
    const form = await findForm();
    expect(within(form).queryByRole('button', { name: 'Invia all’Ufficio di Piano' })).toBeNull();
    await userEvent.click(within(form).getByRole('button', { name: 'Valida' }));
    await waitFor(() =>
      expect(server.requestsTo(reportingContracts.validateReport)).toHaveLength(1),
    );
    expect(server.requestsTo(reportingContracts.validateReport)[0]!.body).toEqual({ version: 4 });
    expect(server.requestsTo(reportingContracts.saveReport)).toHaveLength(0);
    await outcome('Relazione validata.');
    // validated is final until sent back
    expect(
      await screen.findByText('La relazione è stata validata dall’Ufficio di Piano.'),
    ).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Valida' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Rinvia' })).toBeTruthy();
  });

  test('the plan office sends a report back with a note, which is required', async () => {
    const server = reportServer('planOffice', report({ status: 'submitted' }));
    renderApp(reportPath);
    await findForm();
    await userEvent.click(screen.getByRole('button', { name: 'Rinvia' }));
    const panel = screen.getByRole('group', { name: 'Rinvia la relazione all’ente' });
    const note = within(panel).getByLabelText(/Che cosa deve correggere l’ente/);
    expect(document.activeElement).toBe(note);
    await userEvent.click(within(panel).getByRole('button', { name: 'Rinvia con questa nota' }));
    expect(
      within(panel).getByText(
        'Compila il campo «Che cosa deve correggere l’ente?»: è obbligatorio.',
      ),
    ).toBeTruthy();
    expect(server.requestsTo(reportingContracts.returnReport)).toHaveLength(0);
    await userEvent.type(note, 'Indicate le ore di giugno.');
    await userEvent.click(within(panel).getByRole('button', { name: 'Rinvia con questa nota' }));
    await waitFor(() => expect(server.requestsTo(reportingContracts.returnReport)).toHaveLength(1));
    expect(server.requestsTo(reportingContracts.returnReport)[0]!.body).toEqual({
      version: 4,
      note: 'Indicate le ore di giugno.',
    });
    await outcome('Relazione rinviata all’ente con la nota.');
    expect(await screen.findByText('Indicate le ore di giugno.', { selector: 'p' })).toBeTruthy();
  });

  test('a mayor, who oversees but does not lead the action, only reads the report', async () => {
    const server = reportServer('mayor', report(), { mayReport: false });
    renderApp(reportPath);
    const saved = await screen.findByRole(
      'region',
      { name: 'La relazione salvata' },
      { timeout: 5000 },
    );
    expect(
      screen.getByText(
        'Questa relazione la compilano l’ente capofila dell’azione e l’Ufficio di Piano: puoi leggerla.',
      ),
    ).toBeTruthy();
    expect(saved.textContent).toContain('In corso');
    expect(saved.textContent).toContain('40 %');
    expect(saved.textContent).toContain('Avviati i primi interventi.');
    expect(saved.textContent).toContain('5.000,00 €');
    expect(screen.queryByRole('form')).toBeNull();
    expect(screen.queryByRole('textbox')).toBeNull();
    for (const name of ['Salva bozza', 'Invia all’Ufficio di Piano', 'Valida', 'Rinvia']) {
      expect(screen.queryByRole('button', { name })).toBeNull();
    }
    expect(server.requestsTo(reportingContracts.saveReport)).toHaveLength(0);
  });

  test('the lead only reads its report once the period is closed', async () => {
    reportServer('partner', report()).on(reportingContracts.getReport, () =>
      json(
        reportView({ period: period({ status: 'closed', closedAt: '2013-08-01T08:00:00.000Z' }) }),
      ),
    );
    renderApp(reportPath);
    await screen.findByRole('region', { name: 'La relazione salvata' }, { timeout: 5000 });
    expect(
      screen.getByText('Il periodo è chiuso: la relazione si può leggere ma non modificare.'),
    ).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Salva bozza' })).toBeNull();
  });

  test('a partner opening the report of another organization is told it may not', async () => {
    reportServer('partner', report()).on(reportingContracts.getReport, () =>
      problem('FORBIDDEN', { detail: 'only the lead organization of this action reports on it' }),
    );
    renderApp(reportPath);
    expect(
      await screen.findByText('Non hai i permessi per questa operazione.', {}, { timeout: 5000 }),
    ).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Torna al periodo di monitoraggio' })).toBeTruthy();
  });
});
