import { getFinding, type FindingId, type FindingLevel } from './findings.ts';
import { URGENCY_LEVELS, urgencyRank, type SignLevel } from './urgency.ts';

export interface LevelInCase {
  level: FindingLevel;
  /** The other findings that raised it above its own level (empty when it stands alone). */
  raisedBy: FindingId[];
}

function rank(level: FindingLevel): number {
  return level === 'clue' ? -1 : urgencyRank(level);
}

/**
 * The level a finding takes in a case: its own, or the highest escalation whose companion is
 * present (sexual dysfunction with another cauda equina sign, a recent infection with a fever).
 * `present` must be canonical so `raisedBy` lists companions in a stable order.
 */
export function levelInCase(id: FindingId, present: readonly FindingId[]): LevelInCase {
  const finding = getFinding(id);
  let best: LevelInCase = { level: finding.level, raisedBy: [] };
  for (const escalation of finding.escalations) {
    const companions = present.filter((f) => f !== id && escalation.with.includes(f));
    if (companions.length > 0 && rank(escalation.to) > rank(best.level)) best = { level: escalation.to, raisedBy: companions };
  }
  return best;
}

/** Every level a finding can take: its own and each escalation's (rule ids are built from these). */
export function possibleLevels(id: FindingId): SignLevel[] {
  const finding = getFinding(id);
  const levels = [finding.level, ...finding.escalations.map((e) => e.to)].filter((l): l is SignLevel => l !== 'clue');
  return URGENCY_LEVELS.filter((l): l is SignLevel => levels.includes(l as SignLevel));
}
