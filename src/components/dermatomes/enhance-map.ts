/**
 * Brings the server-rendered dermatome map to life: the mode and view switches, selecting a root
 * (zones, root buttons, Escape, the #L5 address on the map's own page), the find-it quiz, the
 * compare layers and the symptom sketch, with polite announcements. No framework: the HTML is
 * already there (DermatomeMapBlock.astro); this keeps the state and writes it into attributes,
 * which the stylesheet and the panels follow. Each mode keeps its own selection.
 */
import { rootLabel, type RootId, type Side } from '../../data/dermatomes/types.ts';
import { DEFAULT_LAYERS, isLayerId, layersAttr, type CompareLayers } from './compare-layers.ts';
import { enhanceFigures } from './figures.ts';
import { answerQuestion, currentQuestion, feedbackText, freshSeed, nextQuestion, readQuestions, SERVER_SEED, startFindIt } from './find-it.ts';
import { renderFindIt } from './find-it-panel.ts';
import { NARROW, isMode, isViewChoice, shownViews, startingView, viewForMode, type Mode, type ViewChoice } from './map-options.ts';
import { followRootHash, readRootHash, writeRootHash } from './root-hash.ts';
import { NO_SELECTIONS, selectionAnnouncement, withSelection } from './selection.ts';
import { enhanceSketch } from './sketch.ts';

const setData = (el: HTMLElement, name: string, value: string | undefined) => {
  if (value === undefined) delete el.dataset[name];
  else el.dataset[name] = value;
};

export function enhanceMap(root: HTMLElement): void {
  const $ = <T extends Element>(selector: string) => root.querySelector<T>(selector)!;
  const all = <T extends Element>(selector: string) => [...root.querySelectorAll<T>(selector)];
  const idPrefix = root.dataset.idPrefix ?? '';
  const fixedView = isViewChoice(root.dataset.initialView) ? root.dataset.initialView : undefined;
  const syncHash = root.dataset.syncHash === 'true';
  const announcer = $<HTMLElement>('[data-announcer]');
  const side = $<HTMLElement>('.derm__side');
  const findPanel = $<HTMLElement>('.derm-find');
  const factsPanels = $<HTMLElement>('.derm-panels');
  const sideNote = $<HTMLElement>('.derm-panel__side');
  const modeRadios = all<HTMLInputElement>('[data-control="mode"] input');
  const viewRadios = all<HTMLInputElement>('[data-control="view"] input');
  const layerBoxes = all<HTMLInputElement>('input[data-layer]');
  const questions = readQuestions(findPanel.dataset.questions);
  const narrow = () => root.offsetWidth < NARROW;
  const announce = (text: string) => { announcer.textContent = text; };

  let mode: Mode = isMode(root.dataset.initialMode) ? root.dataset.initialMode : 'explore';
  let view: ViewChoice = fixedView ?? 'both';
  let selections = NO_SELECTIONS;
  let layers: CompareLayers = { ...DEFAULT_LAYERS };
  let quiz = startFindIt(questions, SERVER_SEED);
  const sketch = enhanceSketch(root, idPrefix, announce);

  const scrollTo = (el: Element) => {
    const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    el.scrollIntoView({ block: 'nearest', behavior: smooth ? 'smooth' : 'auto' });
  };
  const figures = enhanceFigures($<HTMLElement>('.derm__figures'), (rootId, zoneSide, byPointer) => {
    if (mode === 'find') {
      answer(rootId, zoneSide);
      // On a phone the question sits above the map: bring its feedback into view after a tap.
      const feedback = findPanel.querySelector('[data-feedback]');
      const box = feedback?.getBoundingClientRect();
      if (byPointer && feedback && box && (box.top < 0 || box.bottom > window.innerHeight)) scrollTo(feedback);
      return;
    }
    select(rootId, zoneSide);
    // On a phone the panel sits below the map: bring it into view when a tap leaves it off screen.
    if (byPointer && side.getBoundingClientRect().top > window.innerHeight) scrollTo(side);
  });

  /** Writes the whole state into the page; cheap enough to run after every change. */
  function render(): void {
    const selection = selections[mode];
    const questionOpen = mode === 'find' && quiz.answer === null;
    const selected = questionOpen ? null : selection?.root ?? null;
    root.dataset.mode = mode;
    root.dataset.view = view;
    setData(root, 'question', questionOpen ? '' : undefined);
    setData(root, 'selected', selected ?? undefined);
    setData(root, 'layers', mode === 'compare' ? layersAttr(layers) : undefined);
    for (const radio of modeRadios) radio.checked = radio.value === mode;
    for (const radio of viewRadios) radio.checked = radio.value === view;
    for (const box of layerBoxes) if (isLayerId(box.dataset.layer)) box.checked = layers[box.dataset.layer];

    const shown = shownViews(view);
    $<HTMLElement>('.derm__figures').dataset.count = String(shown.length);
    for (const figure of all<HTMLElement>('[data-figure]')) figure.hidden = !shown.some((v) => v === figure.dataset.figure);
    for (const panel of all<HTMLElement>('[data-mode-panel]')) panel.hidden = panel.dataset.modePanel !== mode;
    for (const button of all<HTMLButtonElement>('[data-root-button]')) button.setAttribute('aria-pressed', String(button.dataset.rootButton === selection?.root));
    renderFindIt(findPanel, quiz);

    // The facts panels: the selected root's (or the empty-state one), not while a quiz or a sketch is on.
    factsPanels.hidden = mode === 'find' || mode === 'sketch' || (mode === 'compare' && !selection);
    sideNote.hidden = !selection?.side;
    sideNote.textContent = selection?.side ? `Selected: ${rootLabel(selection.root)}, ${selection.side} side` : '';
    for (const panel of all<HTMLElement>('[data-panel]')) panel.hidden = panel.dataset.panel !== (selection?.root ?? 'none');

    const marked = mode === 'find' && quiz.answer && !quiz.answer.correct ? quiz.answer.chosen : null;
    figures.update({ interactive: mode !== 'sketch', neutral: mode === 'find', selected, marked });
    // A root in the address never answers a find-it question, and a question never writes one.
    if (syncHash && mode !== 'find') writeRootHash(selection?.root ?? null);
  }

  function select(rootId: RootId | null, zoneSide: Side | null = null, speak = true): void {
    const selection = rootId ? { root: rootId, side: zoneSide } : null;
    selections = withSelection(selections, mode, selection);
    render();
    if (!speak) return;
    // The facts live in the static panel: read its marked lines out.
    const lines = rootId ? all(`[data-panel="${rootId}"] [data-announce]`).map((el) => el.textContent?.trim() ?? '') : [];
    announce(selectionAnnouncement(selection, lines));
  }

  function answer(chosen: RootId, zoneSide: Side | null = null): void {
    if (quiz.answer) return;
    quiz = answerQuestion(quiz, chosen);
    const question = currentQuestion(quiz);
    selections = withSelection(selections, 'find', { root: question.answer, side: zoneSide });
    render();
    announce(`${feedbackText(question, quiz.answer!)} ${question.explain}`);
  }

  const announceQuestion = () => announce(`Question ${quiz.index + 1}: ${currentQuestion(quiz).prompt}`);
  /** A new question (next or a fresh start): nothing is selected until it is answered. */
  function newQuestion(next: typeof quiz): void {
    quiz = next;
    selections = withSelection(selections, 'find', null);
    render();
    announceQuestion();
  }

  function changeMode(next: Mode): void {
    mode = next;
    view = viewForMode(next, view, narrow());
    // A fresh shuffle on first entry (the server-rendered deck uses a fixed seed).
    if (next === 'find' && quiz.score.asked === 0) quiz = startFindIt(questions, freshSeed());
    if (next === 'sketch') sketch.enter();
    else sketch.leave();
    render();
    // The radio button itself tells a screen reader which mode is on; find-it reads its question.
    if (next === 'find') announceQuestion();
  }

  $('[data-control="mode"]').addEventListener('change', (event) => {
    const value = (event.target as HTMLInputElement).value;
    if (isMode(value)) changeMode(value);
  });
  $('[data-control="view"]').addEventListener('change', (event) => {
    const value = (event.target as HTMLInputElement).value;
    if (isViewChoice(value)) view = value;
    render();
  });
  for (const button of all<HTMLButtonElement>('[data-root-button]')) {
    button.addEventListener('click', () => select(button.dataset.rootButton as RootId));
  }
  for (const button of all<HTMLButtonElement>('[data-answer-button]')) {
    button.addEventListener('click', () => {
      answer(button.dataset.answerButton as RootId);
      // The answer buttons are now disabled, which would drop focus to the page.
      $<HTMLButtonElement>('[data-next]').focus();
    });
  }
  $('[data-next]').addEventListener('click', () => newQuestion(nextQuestion(quiz, questions, freshSeed())));
  $('[data-restart]').addEventListener('click', () => newQuestion(startFindIt(questions, freshSeed())));
  for (const box of layerBoxes) {
    box.addEventListener('change', () => {
      if (isLayerId(box.dataset.layer)) layers = { ...layers, [box.dataset.layer]: box.checked };
      render();
    });
  }
  root.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && mode !== 'find' && selections[mode]) select(null);
  });

  // Start: a shared #root from the address (map page only), and a starting view for the screen.
  const fromHash = syncHash ? readRootHash() : null;
  if (fromHash) selections = withSelection(selections, mode, { root: fromHash, side: null });
  if (syncHash) followRootHash((rootId) => { if (mode !== 'find') select(rootId); });
  view = startingView({ fixed: fixedView, mode, narrow: narrow(), root: fromHash });
  if (mode === 'sketch') sketch.enter();
  render();
  root.dataset.ready = 'true';
}
