/**
 * The signs that raise a case to each urgency level, from src/rules, for the lesson lists and the
 * urgency ladder. Written against the rules' exported lists so a new level or finding shows up here
 * without an edit.
 */
import { URGENCY, URGENCY_LEVELS, findingsOfKind, type FindingKind, type Urgency } from '../../rules/index.ts';

/** Levels a sign can raise a case to (within scope is what is left when none applies). */
export const SIGN_LEVELS = URGENCY_LEVELS.filter((level) => level !== 'in-scope');

const KIND_OF: Partial<Record<Urgency, FindingKind>> = { emergency: 'emergency', refer: 'referral' };

export interface SignItem { id: string; label: string; explanation: string; lesson: string; escalation?: string }

export function signsAtLevel(level: Urgency): SignItem[] {
  const kind = KIND_OF[level];
  if (!kind) return [];
  return findingsOfKind(kind).map(({ id, label, explanation, lesson }) => ({ id, label, explanation, lesson }));
}

export interface LadderRung { level: Urgency; label: string; timescale: string; action: string; treating: string }

export function ladderRungs(): LadderRung[] {
  return URGENCY_LEVELS.map((level) => ({ level, label: URGENCY[level].label, timescale: '', action: URGENCY[level].action, treating: '' }));
}
