/**
 * The urgency levels and the signs that raise a case to each, from src/rules, for the lesson lists
 * and the urgency ladder. Iterates the rules' exported lists, so a new level or finding shows up in
 * the lesson without an edit here.
 */
import { URGENCY, URGENCY_LEVELS, signsAtLevel as rulesSignsAtLevel, type SignLevel, type Urgency } from '../../rules/index.ts';

/** Levels a sign can raise a case to (within scope is what is left when none applies). */
export const SIGN_LEVELS = URGENCY_LEVELS.filter((level): level is SignLevel => level !== 'in-scope');

export interface SignItem { id: string; label: string; explanation: string; lesson: string; escalation?: string }

export function signsAtLevel(level: Urgency): SignItem[] {
  return level === 'in-scope' ? [] : rulesSignsAtLevel(level);
}

export interface LadderRung { level: Urgency; label: string; timescale: string; action: string; treating: string }

export function ladderRungs(): LadderRung[] {
  return URGENCY_LEVELS.map((level) => {
    const { label, timescale, action, treating } = URGENCY[level];
    return { level, label, timescale, action, treating };
  });
}
