/**
 * Shows the find-it quiz's state in its server-rendered panel: position and score, the prompt, how
 * to answer, the feedback after an answer, and which buttons can be used.
 */
import { h } from '../../browser/build-element.ts';
import { currentQuestion, feedbackText, type FindIt } from './find-it.ts';

export function renderFindIt(panel: HTMLElement, quiz: FindIt): void {
  const $ = <T extends HTMLElement>(selector: string) => panel.querySelector<T>(selector)!;
  const question = currentQuestion(quiz);
  const { answer, score } = quiz;
  panel.dataset.find = question.id;
  $('[data-position]').textContent = String(quiz.index + 1);
  $('[data-score]').textContent = `Score: ${score.right} of ${score.asked}`;
  $('[data-prompt]').textContent = question.prompt;
  $('[data-how="map"]').hidden = question.answerBy !== 'map';
  $('[data-how="root"]').hidden = question.answerBy !== 'root';
  for (const button of panel.querySelectorAll<HTMLButtonElement>('[data-answer-button]')) button.disabled = answer !== null;
  $<HTMLButtonElement>('[data-next]').disabled = answer === null;
  const feedback = answer && h('p', { class: answer.correct ? 'box box--scope' : 'box box--evidence', 'data-feedback': answer.correct ? 'right' : 'wrong' },
    h('strong', {}, `${answer.correct ? '✓' : '✗'} ${feedbackText(question, answer)}`), ' ', question.explain);
  $('[data-feedback-slot]').replaceChildren(...(feedback ? [feedback] : []));
}
