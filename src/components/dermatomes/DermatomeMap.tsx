/** @jsxImportSource preact */
/**
 * The dermatome map island: front and back views of the lower body with soft dermatome zones, and
 * four modes (explore, find it, compare with gluteus minimus referral, sketch symptoms).
 *
 * Everything static comes from the server (see DermatomeMapBlock.astro): the two figures, the facts
 * panels and the compare and caveat texts as slots, the find-it questions as data. This code adds
 * the behaviour, so the page's JavaScript stays within its budget.
 */
import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { rootLabel, type RootId, type Side, type ViewId } from '../../data/dermatomes/types.ts';
import { parseRootHash } from '../../data/dermatomes/hash.ts';
import type { FindItQuestion } from '../../data/dermatomes/deck.ts';
import { ComparePanel, type CompareLayers } from './ComparePanel.tsx';
import { figureIds } from './figure-ids.ts';
import { FindItPanel } from './FindItPanel.tsx';
import { RootButtons } from './RootButtons.tsx';
import { Segmented } from './Segmented.tsx';
import { SketchLayer } from './SketchLayer.tsx';
import { SketchPanel } from './SketchPanel.tsx';
import { useFigures } from './use-figures.ts';
import { useFindIt } from './use-find-it.ts';
import { useRootHash } from './use-root-hash.ts';
import { useSketch } from './use-sketch.ts';

export type Mode = 'explore' | 'find' | 'compare' | 'sketch';
export type ViewChoice = 'both' | ViewId;

export interface DermatomeMapProps {
  /** Prefix of the element ids in the figures (unique per map on the page). */
  idPrefix: string;
  initialMode?: Mode;
  /** A fixed starting view; without it, narrow screens start on one view and wide ones on both. */
  initialView?: ViewChoice;
  /** Keep the selected root in the address (#L5) and follow it: for the map's own page. */
  syncHash?: boolean;
  /** Level of the panel headings: 2 on the map's page, 3 inside a lesson section. */
  headingLevel?: 2 | 3;
  /** The find-it questions (written from the facts by questions.ts). */
  questions: readonly FindItQuestion[];
  /** Slots: the front and back figures (static SVG). */
  front?: ComponentChildren;
  back?: ComponentChildren;
  /** Slot: one facts panel per root (data-panel="L5") and an empty-state one (data-panel="none"). */
  panels?: ComponentChildren;
  /** Slot: compare mode's text. */
  compare?: ComponentChildren;
  /** Slots: the sketch's instructions and its "clue, not a diagnosis" caveat. */
  help?: ComponentChildren;
  caveat?: ComponentChildren;
  /** Slot: the key to the map and the keyboard hint (CSS shows what fits the mode). */
  legend?: ComponentChildren;
}

const MODES: readonly { value: Mode; label: string }[] = [
  { value: 'explore', label: 'Explore' },
  { value: 'find', label: 'Find it' },
  { value: 'compare', label: 'Compare' },
  { value: 'sketch', label: 'Sketch symptoms' },
];
const VIEWS: readonly { value: ViewChoice; label: string }[] = [
  { value: 'both', label: 'Both' },
  { value: 'anterior', label: 'Front' },
  { value: 'posterior', label: 'Back' },
];
/** Below this width (px) one large view reads better than two small ones. */
const NARROW = 560;
/** Roots whose key sensory point is on the back of the body. */
const BACK_ROOTS: readonly RootId[] = ['S1', 'S2', 'S3', 'S4-5'];

interface Selection { root: RootId; side: Side | null }
/** Each mode keeps its own selection, so no highlight or answer follows the reader into another mode. */
type Selections = Record<Mode, Selection | null>;
const NO_SELECTIONS: Selections = { explore: null, find: null, compare: null, sketch: null };

export default function DermatomeMap(props: DermatomeMapProps) {
  const { idPrefix, initialMode = 'explore', initialView, syncHash = false, headingLevel = 2, questions } = props;
  const rootRef = useRef<HTMLElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const [ready, setReady] = useState(false);
  const [mode, setMode] = useState<Mode>(initialMode);
  const [view, setView] = useState<ViewChoice>(initialView ?? 'both');
  const [selections, setSelections] = useState<Selections>(NO_SELECTIONS);
  const selection = selections[mode];
  // The mode as of the last render, for callbacks that outlive a render (hash changes, announcements).
  const modeRef = useRef(mode);
  modeRef.current = mode;
  const setSelection = useCallback((next: Selection | null) => setSelections((all) => ({ ...all, [modeRef.current]: next })), []);
  const [announcement, setAnnouncement] = useState('');
  const [layers, setLayers] = useState<CompareLayers>({ anterior: true, posterior: true, rootZones: true, otherZones: false });
  const quiz = useFindIt(questions);
  const sketch = useSketch(rootRef, ready, setAnnouncement);
  const hintId = `${idPrefix}-sketch-hint`;
  const questionOpen = mode === 'find' && quiz.answer === null;

  const select = useCallback((root: RootId | null, side: Side | null = null, announce = true) => {
    setSelection(root ? { root, side } : null);
    if (!announce) return;
    if (!root) return setAnnouncement('Selection cleared.');
    // The facts live in the static panel: read its marked lines out.
    const lines = rootRef.current?.querySelectorAll(`[data-panel="${root}"] [data-announce]`) ?? [];
    const [title = `${rootLabel(root)} dermatome`, ...rest] = [...lines].map((el) => el.textContent?.trim() ?? '');
    setAnnouncement([`${title} selected${side ? `, ${side} side` : ''}.`, ...rest].join(' '));
  }, [setSelection]);

  // After hydration: pick a starting view for the screen, and read a shared #root from the address.
  useEffect(() => {
    const fromHash = syncHash ? parseRootHash(window.location.hash) : null;
    if (fromHash) select(fromHash, null, false);
    const narrow = (rootRef.current?.offsetWidth ?? Infinity) < NARROW;
    if (!initialView && narrow) {
      const back = fromHash ? BACK_ROOTS.includes(fromHash) : initialMode === 'compare';
      setView(back ? 'posterior' : 'anterior');
    }
    setReady(true);
  }, [initialMode, initialView, select, syncHash]);

  // A root in the address never answers a find-it question for the reader.
  const followHash = useCallback((root: RootId) => { if (modeRef.current !== 'find') select(root); }, [select]);
  useRootHash({ enabled: syncHash, write: ready && mode !== 'find', selected: selection?.root ?? null, onRoot: followHash });

  // Show the selected root's static facts panel (or the empty-state one).
  useEffect(() => {
    for (const panel of rootRef.current?.querySelectorAll<HTMLElement>('[data-panel]') ?? []) {
      panel.hidden = panel.dataset.panel !== (selection?.root ?? 'none');
    }
  }, [selection]);

  // Read each new question out, after entering find-it mode or "Next question".
  const { position, question } = quiz;
  useEffect(() => {
    if (mode === 'find') setAnnouncement(`Question ${position}: ${question.prompt}`);
  }, [mode, position, question]);

  const answer = (root: RootId, side: Side | null = null) => {
    const result = quiz.answerWith(root);
    if (!result) return;
    setSelection({ root: quiz.question.answer, side });
    const right = rootLabel(quiz.question.answer);
    setAnnouncement(`${result.correct ? `Right: ${right}.` : `Not quite: you chose ${rootLabel(root)}; the answer is ${right}.`} ${quiz.question.explain}`);
  };

  const figures = useFigures(
    rootRef,
    { interactive: ready && mode !== 'sketch', neutral: mode === 'find', selected: questionOpen ? null : selection?.root ?? null, marked: mode === 'find' && quiz.answer && !quiz.answer.correct ? quiz.answer.chosen : null },
    (root, side, byPointer) => {
      if (mode === 'find') return answer(root, side);
      select(root, side);
      // On a phone the panel sits below the map: bring it into view when a tap leaves it off screen.
      const panel = panelRef.current;
      if (byPointer && panel && panel.getBoundingClientRect().top > window.innerHeight) {
        const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
        panel.scrollIntoView({ block: 'nearest', behavior: smooth ? 'smooth' : 'auto' });
      }
    },
  );

  const changeMode = (next: Mode) => {
    // The radio button itself tells a screen reader which mode is on.
    setMode(next);
    // Most gluteus minimus referral is on the back: show the back when one view is all that fits.
    if (next === 'compare' && view === 'anterior' && (rootRef.current?.offsetWidth ?? Infinity) < NARROW) setView('posterior');
    // A fresh shuffle on first entry (the server-rendered deck uses a fixed seed).
    if (next === 'find' && quiz.score.asked === 0) quiz.restart();
  };

  const shown: ViewId[] = view === 'both' ? ['anterior', 'posterior'] : [view];
  const slots: Record<ViewId, ComponentChildren> = { anterior: props.front, posterior: props.back };

  return (
    <section
      ref={rootRef}
      className="derm"
      aria-label="Dermatome map of the lower limb"
      data-mode={mode}
      data-view={view}
      data-question={questionOpen ? '' : undefined}
      data-selected={!questionOpen && selection ? selection.root : undefined}
      data-ready={ready ? 'true' : undefined}
      data-layers={mode === 'compare' ? Object.entries(layers).filter(([, on]) => on).map(([k]) => k).join(' ') : undefined}
      onKeyDown={(e) => { if (e.key === 'Escape' && mode !== 'find' && selection) select(null); }}
    >
      <div className="derm__controls">
        <Segmented legend="Mode" name={`${idPrefix}-mode`} value={mode} options={MODES} onChange={changeMode} />
        <Segmented legend="View" name={`${idPrefix}-view`} value={view} options={VIEWS} onChange={setView} />
      </div>
      <div className="derm__layout">
        <div className="derm__map">
          {/* Both figures stay mounted (hidden when not shown): they are server-rendered slots. */}
          <div className="derm__figures" data-count={shown.length} {...figures}>
            {(['anterior', 'posterior'] as const).map((v) => (
              <div key={v} className="derm__figure" hidden={!shown.includes(v)}>
                {slots[v]}
                {mode === 'sketch' && ready && (
                  <SketchLayer
                    view={v}
                    label={`Sketch area, ${v === 'anterior' ? 'front' : 'back'} view`}
                    clipId={figureIds(idPrefix, v).clip}
                    patternId={figureIds(idPrefix, v).brush}
                    hintId={hintId}
                    strokes={sketch.strokes}
                    cursor={sketch.cursor[v]}
                    onBody={sketch.onBody}
                    onStroke={sketch.stroke}
                    onStrokeEnd={sketch.strokeEnd}
                    onCursor={sketch.moveCursor}
                  />
                )}
              </div>
            ))}
          </div>
          {props.legend}
        </div>
        <div className="derm__side" ref={panelRef}>
          {mode === 'explore' && (
            <RootButtons label="Pick a root" pressed={selection?.root ?? null} onPick={(root) => select(root)} swatches />
          )}
          {mode === 'find' && (
            <FindItPanel
              quiz={quiz}
              headingLevel={headingLevel}
              onNext={() => { quiz.next(); setSelection(null); }}
              onRestart={() => { quiz.restart(); setSelection(null); }}
              onAnswer={(root) => answer(root)}
            />
          )}
          {mode === 'compare' && (
            <ComparePanel layers={layers} onLayers={setLayers} headingLevel={headingLevel}>{props.compare}</ComparePanel>
          )}
          {mode === 'sketch' && (
            <SketchPanel
              idPrefix={idPrefix}
              coverage={sketch.coverage}
              brush={sketch.brush}
              onBrush={sketch.setBrush}
              strokes={sketch.strokes.length}
              onUndo={sketch.undo}
              onClear={sketch.clear}
              headingLevel={headingLevel}
              help={props.help}
              caveat={props.caveat}
            />
          )}
          {/* The facts panels stay mounted in every mode (the effect above shows the selected one). */}
          <div className="derm-panels" hidden={mode === 'find' || mode === 'sketch' || (mode === 'compare' && !selection)}>
            {selection?.side && <p className="derm-panel__side">Selected: {rootLabel(selection.root)}, {selection.side} side</p>}
            {props.panels}
          </div>
        </div>
      </div>
      <p className="visually-hidden" role="status" aria-live="polite" data-announcer>{announcement}</p>
    </section>
  );
}
