/**
 * The decision and the verdict bar, drawn from triage()'s result and URGENCY: the level's label,
 * timescale, action and treating instruction, what to do, the rules that fired (why) and the likely
 * sources, each linked to its lesson. Nothing here decides anything: the rules module does.
 */
import { getFinding, URGENCY, type RuleLevel, type TriageResult, type Urgency } from '../../rules/index.ts';
import { h } from '../../browser/build-element.ts';

/** Copies a level's icon out of the server-rendered template (one definition, shared with the card). */
export type IconOf = (level: Urgency) => Node | null;

/** What kind of reason a rule is, named as the rules name its level. */
const ruleKind = (level: RuleLevel): string =>
  level === 'review' ? 'Review' : level === 'precaution' ? 'Precaution' : `${URGENCY[level].label} sign`;

const labels = (ids: readonly Parameters<typeof getFinding>[0][]) => ids.map((id) => getFinding(id).label.toLowerCase()).join('; ');

export function renderVerdict(urgency: Urgency | null, decisionId: string, icon: IconOf): HTMLElement {
  if (urgency === null) {
    return h('div', { class: 'verdict verdict--empty', 'data-verdict': 'none' },
      h('p', { class: 'verdict__label' }, 'Verdict: nothing ticked yet'));
  }
  const info = URGENCY[urgency];
  return h('div', { class: `verdict verdict--${urgency}`, 'data-verdict': urgency },
    h('p', { class: 'verdict__label' }, icon(urgency), h('span', {}, `Verdict: ${info.label}`), h('span', { class: 'verdict__timescale' }, info.timescale)),
    h('p', { class: 'verdict__action' }, `${info.action} `, h('a', { class: 'verdict__jump', href: `#${decisionId}` }, 'What to do and why')));
}

export function renderDecision(result: TriageResult, sub: 'h3' | 'h4', icon: IconOf): HTMLElement {
  const info = URGENCY[result.urgency];
  const banner = h('div', { class: `urgency urgency--${result.urgency}`, 'data-urgency': result.urgency },
    icon(result.urgency),
    h('div', {},
      h(sub, { class: 'urgency__label' }, `Urgency: ${info.label} `, h('span', { class: 'urgency__timescale' }, `(${info.timescale})`)),
      h('p', { class: 'urgency__action' }, info.action),
      h('p', { class: 'urgency__treating' }, h('strong', {}, 'May I keep treating?'), ` ${info.treating}`)));

  const todo = h('section', { 'aria-label': 'What to do' },
    h(sub, {}, 'What to do'),
    h('p', { class: 'result__summary' }, result.advice.summary),
    h('ol', { class: 'result__steps' }, ...result.advice.steps.map((step) => h('li', {}, step))));

  const why = result.rules.length > 0 && h('section', { 'aria-label': 'Why' },
    h(sub, {}, 'Why'),
    h('ul', { class: 'result__rules' }, ...result.rules.map((rule) =>
      h('li', { 'data-rule': rule.id, class: `rule rule--${rule.level}` },
        h('span', { class: 'rule__kind' }, ruleKind(rule.level)),
        h('span', {}, `${rule.message} `, h('a', { href: rule.lesson }, 'Learn more'))))));

  const sources = h('section', { 'aria-label': 'Likely sources' },
    h(sub, {}, 'Likely sources'),
    ...(result.likelySources.length === 0
      ? [h('p', { class: 'result__none' }, 'No clue ticked yet points to a source.')]
      : [
          h('p', { class: 'result__caveat' }, 'Clues to discuss and check, not a diagnosis.'),
          h('ol', { class: 'result__sources' }, ...result.likelySources.map((source) =>
            h('li', { 'data-source': source.id },
              h('a', { href: source.lesson }, source.label),
              h('span', { class: 'source__clues' },
                ` because of: ${labels(source.clues)}${source.against.length > 0 ? `; against it: ${labels(source.against)}` : ''}`)))),
        ]));

  return h('div', { class: 'result' }, banner, todo, why, sources);
}
