/**
 * Brings the server-rendered checker to life: ticks and the sessions count go through triage() and
 * the decision and verdict are redrawn; what is ticked is kept for the tab (stored-case.ts) and
 * restored on a reload or a Back; "Start over" clears it; the decision is read out politely when it
 * changes. No framework: the HTML is already there, this only adds behaviour.
 */
import { triage, URGENCY, type Case, type FindingId, type Urgency } from '../../rules/index.ts';
import { renderDecision, renderVerdict } from './render-decision.ts';
import { readSessionsField } from './sessions-field.ts';
import { clearStoredCase, readStoredCase, tabStore, writeStoredCase } from './stored-case.ts';
import { keepDecisionReachable } from './sticky-decision.ts';
import { countOf } from '../../lib/plural.ts';

export function enhanceChecker(root: HTMLElement): void {
  const $ = <T extends Element>(selector: string) => root.querySelector<T>(selector)!;
  const boxes = [...root.querySelectorAll<HTMLInputElement>('input[name="finding"]')];
  const sessionsInput = $<HTMLInputElement>('[data-sessions]');
  const sessionsError = $<HTMLElement>('.sessions__error');
  const verdictSlot = $<HTMLElement>('[data-verdict-slot]');
  const decision = $<HTMLElement>('[data-decision]');
  const panel = $<HTMLElement>('.checker__result');
  const announcer = $<HTMLElement>('[data-announcer]');
  const storeNote = $<HTMLElement>('.checker__store-note');
  const explain = $<HTMLButtonElement>('[data-explain-toggle]');
  const startOver = $<HTMLButtonElement>('[data-start-over]');
  const icons = $<HTMLTemplateElement>('template[data-icons]').content;
  const icon = (level: Urgency) => icons.querySelector(`[data-icon="${level}"]`)?.cloneNode(true) ?? null;
  const sub = root.dataset.subHeading === 'h4' ? 'h4' : 'h3';
  const emptyDecision = decision.innerHTML;
  let sessions: number | undefined;
  let spoken = '';

  const currentCase = (): Case => ({
    findings: boxes.filter((box) => box.checked).map((box) => box.value as FindingId),
    sessionsWithoutImprovement: sessions,
  });

  function update(): void {
    const value = currentCase();
    const isEmpty = value.findings.length === 0 && value.sessionsWithoutImprovement === undefined;
    const result = isEmpty ? null : triage(value);
    verdictSlot.replaceChildren(renderVerdict(result?.urgency ?? null, panel.id, icon));
    if (result) decision.replaceChildren(renderDecision(result, sub, icon));
    else decision.innerHTML = emptyDecision;
    writeStoredCase(tabStore(), value);
    // Read out the decision when it changes, not on every keystroke that leaves it the same.
    const next = result ? `Urgency: ${URGENCY[result.urgency].label}. ${countOf(result.rules.length, 'reason')}.` : '';
    if (next !== spoken) announcer.textContent = spoken = next;
  }

  function showSessionsError(error: string | undefined): void {
    sessionsError.hidden = !error;
    sessionsError.textContent = error ? `${error} The decision still uses ${sessions === undefined ? 'no session count' : sessions}.` : '';
    sessionsInput.setAttribute('aria-describedby', `${sessionsInput.id}-hint${error ? ` ${sessionsError.id}` : ''}`);
    if (error) sessionsInput.setAttribute('aria-invalid', 'true');
    else sessionsInput.removeAttribute('aria-invalid');
  }

  // What was ticked in this tab, back through the rules' strict parser.
  const stored = readStoredCase(tabStore());
  if (stored.kind === 'case') {
    const ticked = new Set<string>(stored.value.findings);
    for (const box of boxes) box.checked = ticked.has(box.value);
    sessions = stored.value.sessionsWithoutImprovement;
    sessionsInput.value = sessions === undefined ? '' : String(sessions);
  } else {
    // The browser may have refilled the form itself on a Back; the tab's record is the one truth.
    for (const box of boxes) box.checked = false;
    sessionsInput.value = '';
    if (stored.kind === 'unreadable') {
      clearStoredCase(tabStore());
      storeNote.hidden = false;
      storeNote.textContent = `Earlier ticks kept in this tab could not be read (${stored.error}), so the checker starts empty.`;
    }
  }

  root.addEventListener('change', (event) => {
    if (event.target instanceof HTMLInputElement && event.target.name === 'finding') update();
  });
  sessionsInput.addEventListener('input', () => {
    const parsed = readSessionsField(sessionsInput.value);
    if (parsed.ok) sessions = parsed.value;
    showSessionsError(parsed.ok ? undefined : parsed.error);
    if (parsed.ok) update();
  });
  root.querySelector('form')?.addEventListener('submit', (event) => event.preventDefault());

  explain.hidden = false;
  explain.addEventListener('click', () => {
    const on = explain.getAttribute('aria-pressed') !== 'true';
    explain.setAttribute('aria-pressed', String(on));
    if (on) root.dataset.explain = 'on';
    else delete root.dataset.explain;
  });

  startOver.hidden = false;
  startOver.addEventListener('click', () => {
    for (const box of boxes) box.checked = false;
    sessions = undefined;
    sessionsInput.value = '';
    showSessionsError(undefined);
    storeNote.hidden = true;
    clearStoredCase(tabStore());
    update();
    announcer.textContent = spoken = 'Cleared. Nothing is ticked.';
    boxes[0]?.focus();
  });

  keepDecisionReachable(panel);
  update();
  root.dataset.hydrated = 'true';
}
