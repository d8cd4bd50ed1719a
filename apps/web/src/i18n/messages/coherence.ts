/**
 * Messages of the plan coherence screens. The Italian object defines the keys; the English one must
 * provide the same (the compiler checks it, and the catalogue test checks placeholders).
 * Every rule of core's coherence table has a `coherence.problem.<CODE>` sentence (a test checks).
 */
export const coherenceIt = {
  'coherence.heading': 'Coerenza del piano',
  'coherence.intro':
    'I problemi bloccanti impediscono l’approvazione del piano; gli avvisi segnalano parti da completare.',
  'coherence.coherent': 'Il piano è coerente: nessun problema trovato.',
  'coherence.blockingHeading': 'Problemi bloccanti ({count})',
  'coherence.warningHeading': 'Avvisi ({count})',
  'coherence.severity.blocking': 'Bloccante',
  'coherence.severity.warning': 'Avviso',
  'coherence.summary': 'bloccanti: {blocking}, avvisi: {warnings}',
  'coherence.summaryCoherent': 'Nessun problema',
  'coherence.summaryLabel': 'Coerenza',
  'coherence.openPanel': 'Apri il pannello della coerenza',
  'coherence.blocksApproval':
    'Finché restano problemi bloccanti il piano non può essere approvato.',
  'coherence.unknownName': '(non trovato)',
  'coherence.link.objective': 'Vai all’obiettivo {name}',
  'coherence.link.action': 'Vai all’azione «{name}»',
  'coherence.link.indicator': 'Vai all’indicatore «{name}»',
  'coherence.link.budget': 'Vai al quadro delle risorse',
  'coherence.link.municipalShares': 'Vai alle quote dei comuni',
  'coherence.link.overview': 'Vai alla struttura del piano',
  'coherence.owner.objective': 'obiettivo {name}',
  'coherence.owner.action': 'azione «{name}»',
  'coherence.where.availability': 'disponibilità di {source} nel {year}',
  'coherence.where.allocation': 'assegnazione di {source} nel {year}',
  'coherence.where.municipalShare': 'quote dei comuni del {year}',
  'coherence.problem.NEGATIVE_AMOUNT': 'Importo negativo ({amount}) nella {where}.',
  'coherence.problem.AMOUNT_OUT_OF_RANGE':
    'Importo non plausibile ({amount}) nella {where}: va scritto in euro con al massimo due decimali.',
  'coherence.problem.ALLOCATION_EXCEEDS_AVAILABILITY':
    'Per {source} nel {year} sono assegnati alle azioni {allocated}, ma ne sono disponibili {available}: {excess} in più.',
  'coherence.problem.ALLOCATION_UNKNOWN_SOURCE':
    'Sono assegnati {allocated} di {source} nel {year} ({actions, plural, one {# azione} other {# azioni}}), ma per questa fonte e anno non è indicata alcuna disponibilità.',
  'coherence.problem.ALLOCATION_UNKNOWN_ACTION':
    '{amount} di {source} nel {year} sono assegnati a un’azione che non fa più parte del piano.',
  'coherence.problem.ALLOCATION_OUTSIDE_PERIOD':
    'L’azione «{action}» riceve {amount} di {source} nel {year}, fuori dal periodo del piano ({startYear}–{endYear}).',
  'coherence.problem.MUNICIPAL_SHARES_MISMATCH':
    'Le quote dei comuni del {year} sommano {sum} invece di {total} (differenza {difference}).',
  'coherence.problem.AVAILABILITY_OUTSIDE_PERIOD':
    '{available} di {source} sono indicati nel {year}, fuori dal periodo del piano ({startYear}–{endYear}): non finanziano il piano.',
  'coherence.problem.ACTION_WITHOUT_MONEY':
    'L’azione «{action}» ({objective}) non riceve risorse negli anni del piano.',
  'coherence.problem.AREA_WITHOUT_OBJECTIVES': 'L’area «{area}» non ha obiettivi.',
  'coherence.problem.OBJECTIVE_WITHOUT_ACTIONS': 'L’obiettivo {objective} non ha azioni.',
  'coherence.problem.ACTION_WITHOUT_LEAD': 'L’azione «{action}» non ha un ente capofila.',
  'coherence.problem.OBJECTIVE_WITHOUT_INDICATORS':
    'L’obiettivo {objective} non ha indicatori con cui misurarne il raggiungimento.',
  'coherence.problem.INDICATOR_WITHOUT_TARGETS':
    'L’indicatore «{name}» ({owner}) non ha il valore obiettivo per: {missingYears}.',
  'coherence.problem.INDICATOR_TARGET_OUTSIDE_PERIOD':
    'L’indicatore «{name}» ({owner}) ha un valore obiettivo per il {year}, fuori dal periodo del piano ({startYear}–{endYear}).',
  'coherence.problem.INDICATOR_BASELINE_AFTER_START':
    'Il valore di partenza dell’indicatore «{name}» ({owner}) è del {baselineYear}, dopo l’inizio del piano ({startYear}).',
  'coherence.problem.INDICATOR_THRESHOLDS_INVERTED':
    'L’indicatore «{name}» ({owner}) considera il risultato parzialmente raggiunto dal {partialPercent} % ma raggiunto solo dal {achievedPercent} %: la soglia parziale deve essere la più bassa.',
  'coherence.problem.PLAN_WITHOUT_OBJECTIVES':
    'Il piano non ha obiettivi: prima dell’approvazione servono almeno un obiettivo e le sue azioni.',
  'coherence.problem.PLAN_WITHOUT_ACTIONS':
    'Nessuno degli obiettivi del piano ({objectives}) ha azioni: prima dell’approvazione serve almeno un’azione.',
  'coherence.problem.PLAN_WITHOUT_MONEY':
    'Il piano non ha risorse negli anni {startYear}–{endYear}: disponibili {available}, assegnati alle azioni {allocated}.',
  'coherence.problem.unknown': 'Problema {code}.',
} as const;

export const coherenceEn: Record<keyof typeof coherenceIt, string> = {
  'coherence.heading': 'Plan coherence',
  'coherence.intro':
    'Blocking problems prevent the approval of the plan; warnings point to parts still to complete.',
  'coherence.coherent': 'The plan is coherent: no problems found.',
  'coherence.blockingHeading': 'Blocking problems ({count})',
  'coherence.warningHeading': 'Warnings ({count})',
  'coherence.severity.blocking': 'Blocking',
  'coherence.severity.warning': 'Warning',
  'coherence.summary': 'blocking: {blocking}, warnings: {warnings}',
  'coherence.summaryCoherent': 'No problems',
  'coherence.summaryLabel': 'Coherence',
  'coherence.openPanel': 'Open the coherence panel',
  'coherence.blocksApproval': 'While blocking problems remain the plan cannot be approved.',
  'coherence.unknownName': '(not found)',
  'coherence.link.objective': 'Go to objective {name}',
  'coherence.link.action': 'Go to action “{name}”',
  'coherence.link.indicator': 'Go to indicator “{name}”',
  'coherence.link.budget': 'Go to the budget',
  'coherence.link.municipalShares': 'Go to the municipal shares',
  'coherence.link.overview': 'Go to the plan structure',
  'coherence.owner.objective': 'objective {name}',
  'coherence.owner.action': 'action “{name}”',
  'coherence.where.availability': 'money available from {source} in {year}',
  'coherence.where.allocation': 'allocation from {source} in {year}',
  'coherence.where.municipalShare': 'municipal shares of {year}',
  'coherence.problem.NEGATIVE_AMOUNT': 'Negative amount ({amount}) in the {where}.',
  'coherence.problem.AMOUNT_OUT_OF_RANGE':
    'Implausible amount ({amount}) in the {where}: it must be in euro with at most two decimals.',
  'coherence.problem.ALLOCATION_EXCEEDS_AVAILABILITY':
    '{allocated} from {source} in {year} is allocated to actions, but only {available} is available: {excess} too much.',
  'coherence.problem.ALLOCATION_UNKNOWN_SOURCE':
    '{allocated} from {source} in {year} is allocated ({actions, plural, one {# action} other {# actions}}), but no money is recorded as available from that source in that year.',
  'coherence.problem.ALLOCATION_UNKNOWN_ACTION':
    '{amount} from {source} in {year} is allocated to an action that is no longer in the plan.',
  'coherence.problem.ALLOCATION_OUTSIDE_PERIOD':
    'Action “{action}” gets {amount} from {source} in {year}, outside the plan period ({startYear}–{endYear}).',
  'coherence.problem.MUNICIPAL_SHARES_MISMATCH':
    'The municipal shares of {year} add up to {sum} instead of {total} (difference {difference}).',
  'coherence.problem.AVAILABILITY_OUTSIDE_PERIOD':
    '{available} from {source} is recorded in {year}, outside the plan period ({startYear}–{endYear}): it does not fund the plan.',
  'coherence.problem.ACTION_WITHOUT_MONEY':
    'Action “{action}” ({objective}) gets no money in the years of the plan.',
  'coherence.problem.AREA_WITHOUT_OBJECTIVES': 'Area “{area}” has no objectives.',
  'coherence.problem.OBJECTIVE_WITHOUT_ACTIONS': 'Objective {objective} has no actions.',
  'coherence.problem.ACTION_WITHOUT_LEAD': 'Action “{action}” has no lead organization.',
  'coherence.problem.OBJECTIVE_WITHOUT_INDICATORS':
    'Objective {objective} has no indicators to measure whether it is reached.',
  'coherence.problem.INDICATOR_WITHOUT_TARGETS':
    'Indicator “{name}” ({owner}) has no target for: {missingYears}.',
  'coherence.problem.INDICATOR_TARGET_OUTSIDE_PERIOD':
    'Indicator “{name}” ({owner}) has a target for {year}, outside the plan period ({startYear}–{endYear}).',
  'coherence.problem.INDICATOR_BASELINE_AFTER_START':
    'The baseline of indicator “{name}” ({owner}) is from {baselineYear}, after the plan starts ({startYear}).',
  'coherence.problem.INDICATOR_THRESHOLDS_INVERTED':
    'Indicator “{name}” ({owner}) counts the result as partly reached from {partialPercent}% but reached only from {achievedPercent}%: the partial threshold must be the lower one.',
  'coherence.problem.PLAN_WITHOUT_OBJECTIVES':
    'The plan has no objectives: it needs at least one objective with its actions before it is approved.',
  'coherence.problem.PLAN_WITHOUT_ACTIONS':
    'None of the objectives of the plan ({objectives}) has actions: it needs at least one action before it is approved.',
  'coherence.problem.PLAN_WITHOUT_MONEY':
    'The plan has no money in the years {startYear}–{endYear}: {available} available, {allocated} allocated to actions.',
  'coherence.problem.unknown': 'Problem {code}.',
};
