import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { formatNumber, writeCsv, type District, type Locale } from '@pdz/core';
import type { PublishedMonitoring } from '../monitoring/index';
import type { PortalMemory } from './portal.memory';
import { monitoringIndexPage, monitoringPeriodPage } from './portal.monitoring.page';
import { portalMonitoringMessages } from './portal.monitoring.messages';

interface Deps {
  memory: PortalMemory;
  monitoring: PublishedMonitoring;
  sourceNames: (locale: Locale) => Promise<Record<string, string>>;
  localeOf: (request: FastifyRequest) => Locale;
  notFound: (request: FastifyRequest, reply: FastifyReply) => unknown;
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
type PlanParams = { slug: string; planId: string };
type PeriodParams = PlanParams & { periodId: string };
const hide = { schema: { hide: true } };
const decimal = (v: number | null) =>
  v === null ? '' : formatNumber(Math.round(v * 100) / 100, 'it');
const euros = (cents: number) => (cents / 100).toFixed(2).replace('.', ',');

/**
 * The monitoring of a published plan on the portal: its closed periods and, for each, how the
 * plan is going (plain words, bars with their figures, tables) and the figures as CSV.
 */
export function registerPortalMonitoring(app: FastifyInstance, deps: Deps): void {
  async function planOf(params: PlanParams) {
    if (!uuid.test(params.planId)) return undefined;
    const found = await deps.memory.district(params.slug);
    if (!found) return undefined;
    const plan = (await deps.memory.publishedPlans(found.district.id)).find(
      (p) => p.id === params.planId,
    );
    return plan ? { district: found.district as District, plan } : undefined;
  }

  async function periodOf(params: PeriodParams) {
    const found = uuid.test(params.periodId) ? await planOf(params) : undefined;
    if (!found) return undefined;
    const shown = await deps.monitoring.period(found.district.id, found.plan.id, params.periodId);
    return shown ? { ...found, ...shown } : undefined;
  }

  app.get<{ Params: PlanParams }>(
    '/distretti/:slug/piani/:planId/monitoraggio',
    hide,
    async (request, reply) => {
      const found = await planOf(request.params);
      if (!found) return deps.notFound(request, reply);
      const periods = await deps.monitoring.periods(found.district.id, found.plan.id);
      return reply
        .type('text/html; charset=utf-8')
        .send(monitoringIndexPage(deps.localeOf(request), found.district, found.plan, periods));
    },
  );

  app.get<{ Params: PeriodParams }>(
    '/distretti/:slug/piani/:planId/monitoraggio/:periodId',
    hide,
    async (request, reply) => {
      const found = await periodOf(request.params);
      if (!found) return deps.notFound(request, reply);
      const locale = deps.localeOf(request);
      return reply
        .type('text/html; charset=utf-8')
        .send(
          monitoringPeriodPage(
            locale,
            found.district,
            found.plan,
            found.period,
            found.summary,
            await deps.sourceNames(locale),
          ),
        );
    },
  );

  app.get<{ Params: PeriodParams & { file: string } }>(
    '/distretti/:slug/piani/:planId/monitoraggio/:periodId/:file',
    hide,
    async (request, reply) => {
      const { file } = request.params;
      const found =
        file === 'indicatori.csv' || file === 'spesa.csv'
          ? await periodOf(request.params)
          : undefined;
      if (!found) return deps.notFound(request, reply);
      const t = portalMonitoringMessages.it;
      const { summary } = found;
      const rows =
        file === 'indicatori.csv'
          ? [
              [
                t.area,
                t.objective,
                t.indicator,
                t.unit,
                t.baseline,
                t.expected,
                t.measured,
                t.judgement,
              ],
              ...summary.areas.flatMap((a) =>
                a.objectives.flatMap((o) =>
                  o.indicators.map((i) => [
                    a.title,
                    [o.code, o.title].filter(Boolean).join(' – '),
                    i.name,
                    i.unit,
                    decimal(i.baselineValue),
                    decimal(i.expected),
                    decimal(i.measured),
                    t.status[i.status],
                  ]),
                ),
              ),
            ]
          : [
              [t.source, `${t.allocated} (€)`, `${t.committed} (€)`, `${t.paid} (€)`],
              ...summary.spending.lines.map((l) => [
                l.sourceCode,
                euros(l.allocated),
                euros(l.committed),
                euros(l.paid),
              ]),
              [
                t.total,
                ...[
                  summary.spending.total.allocated,
                  summary.spending.total.committed,
                  summary.spending.total.paid,
                ].map(euros),
              ],
            ];
      const name = `monitoraggio-${found.period.endsOn}-${file}`;
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${name}"`)
        .send(writeCsv(rows));
    },
  );
}
