/**
 * The dermatome map island: front and back views of the lower body with soft dermatome zones, and
 * four modes (explore, find it, compare with gluteus minimus referral, sketch symptoms). It renders
 * the whole map on the server; hydration adds selection, keyboard moves and the other modes.
 */
import { useCallback, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import {
  KEY_POINTS, parseRootHash, rootById, rootHash, rootLabel, sketchCoverage, type MapRegion, type RootId, type Side,
  type Stroke, type ViewId, type XY,
} from '../../data/dermatomes/index.ts';
import { BodyView, type CompareLayers } from './BodyView.tsx';
import { ComparePanel } from './ComparePanel.tsx';
import { FindItPanel } from './FindItPanel.tsx';
import { MapLegend, MapSourceNote } from './MapLegend.tsx';
import { RootButtons } from './RootButtons.tsx';
import { RootPanel } from './RootPanel.tsx';
import { Segmented } from './Segmented.tsx';
import { SketchPanel } from './SketchPanel.tsx';
import { useFindIt } from './use-find-it.ts';
import './dermatome-map.css';

export type Mode = 'explore' | 'find' | 'compare' | 'sketch';
export type ViewChoice = 'both' | ViewId;

export interface DermatomeMapProps {
  initialMode?: Mode;
  /** A fixed starting view; without it, narrow screens start on one view and wide ones on both. */
  initialView?: ViewChoice;
  /** Keep the selected root in the address (#L5) and follow it: for the map's own page. */
  syncHash?: boolean;
  /** Level of the panel headings: 2 on the map's page, 3 inside a lesson section. */
  headingLevel?: 2 | 3;
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
const MODE_ANNOUNCEMENT: Record<Mode, string> = {
  explore: 'Explore mode: select a zone to see its facts.',
  find: 'Find it mode.',
  compare: 'Compare mode: gluteus minimus referral over the L5 and S1 zones.',
  sketch: 'Sketch mode: paint where the client feels symptoms.',
};
/** Below this width (px) one view at a time reads better than two small ones. */
const NARROW = 560;

interface Selection { root: RootId; side: Side | null }

const keyPointView = (root: RootId): ViewId => KEY_POINTS.find((k) => k.root === root)!.view;

export default function DermatomeMap({ initialMode = 'explore', initialView, syncHash = false, headingLevel = 2 }: DermatomeMapProps) {
  const uid = `derm${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const rootRef = useRef<HTMLElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const [ready, setReady] = useState(false);
  const [mode, setMode] = useState<Mode>(initialMode);
  const [view, setView] = useState<ViewChoice>(initialView ?? 'both');
  const [selection, setSelection] = useState<Selection | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [layers, setLayers] = useState<CompareLayers>({ anterior: true, posterior: true, rootZones: true, otherZones: false });
  const [strokes, setStrokes] = useState<Stroke[]>([]);
  const [cursor, setCursor] = useState<Record<ViewId, XY>>({ anterior: [200, 400], posterior: [200, 400] });
  const quiz = useFindIt();
  const coverage = useMemo(() => sketchCoverage(strokes), [strokes]);
  const hintId = `${uid}-sketch-hint`;

  const select = useCallback((root: RootId | null, side: Side | null = null, announce = true) => {
    setSelection(root ? { root, side } : null);
    if (!announce) return;
    if (!root) return setAnnouncement('Selection cleared.');
    const facts = rootById(root);
    setAnnouncement(`${rootLabel(root)} dermatome selected${side ? `, ${side} side` : ''}. ${facts.skin} Key sensory point: ${facts.keyPoint.name}.`);
  }, []);

  // After hydration: pick a starting view for the screen, and read a shared #root from the address.
  useEffect(() => {
    const fromHash = syncHash ? parseRootHash(window.location.hash) : null;
    if (fromHash) select(fromHash, null, false);
    const narrow = (rootRef.current?.offsetWidth ?? Infinity) < NARROW;
    if (!initialView && narrow) setView(fromHash ? keyPointView(fromHash) : initialMode === 'compare' ? 'posterior' : 'anterior');
    setReady(true);
  }, [initialMode, initialView, select, syncHash]);

  useEffect(() => {
    if (!syncHash) return;
    const follow = () => {
      const root = parseRootHash(window.location.hash);
      if (root) select(root);
    };
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, [select, syncHash]);

  useEffect(() => {
    if (!syncHash || !ready || mode === 'find') return;
    const wanted = selection ? rootHash(selection.root) : '';
    const current = parseRootHash(window.location.hash) ? window.location.hash : '';
    if (wanted !== current) history.replaceState(history.state, '', `${window.location.pathname}${window.location.search}${wanted}`);
  }, [mode, ready, selection, syncHash]);

  const answer = (root: RootId, side: Side | null = null) => {
    const result = quiz.answerWith(root);
    if (!result) return;
    setSelection({ root: quiz.question.answer, side });
    setAnnouncement(`${result.correct ? 'Right.' : `Not quite: you chose ${rootLabel(root)}.`} ${quiz.question.explain}`);
  };

  const activate = (region: MapRegion) => {
    if (mode === 'find') return answer(region.root, region.side);
    select(region.root, region.side);
    // On a phone the panel sits below the map: bring it into view if it is off screen.
    const panel = panelRef.current;
    if (panel && panel.getBoundingClientRect().top > window.innerHeight) {
      const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
      panel.scrollIntoView({ block: 'nearest', behavior: smooth ? 'smooth' : 'auto' });
    }
  };

  const changeMode = (next: Mode) => {
    setMode(next);
    setAnnouncement(MODE_ANNOUNCEMENT[next]);
    if (next === 'find') {
      // A fresh shuffle on first entry (the server-rendered deck uses a fixed seed).
      if (quiz.score.asked === 0) quiz.restart();
      setSelection(null);
    }
  };

  // Read each new question out, after the mode change or "Next question".
  const { position, question } = quiz;
  useEffect(() => {
    if (mode === 'find') setAnnouncement(`Question ${position}: ${question.prompt}`);
  }, [mode, position, question]);

  const nextQuestion = () => {
    quiz.next();
    setSelection(null);
  };

  const onStroke = (v: ViewId, point: XY, start: boolean) => {
    setStrokes((all) => {
      if (start || all.length === 0) return [...all, { view: v, points: [point] }];
      const last = all.at(-1)!;
      const prev = last.points.at(-1)!;
      if (Math.hypot(point[0] - prev[0], point[1] - prev[1]) < 2) return all;
      return [...all.slice(0, -1), { view: last.view, points: [...last.points, point] }];
    });
    if (start) setCursor((c) => ({ ...c, [v]: point }));
  };
  // Announce what the sketch covers once a stroke is finished, not on every pointer move.
  const [finishedStrokes, setFinishedStrokes] = useState(0);
  const onStrokeEnd = () => setFinishedStrokes((n) => n + 1);
  useEffect(() => {
    if (finishedStrokes === 0) return;
    const roots = coverage.roots.map((r) => rootLabel(r.root));
    setAnnouncement(roots.length ? `Sketch touches ${roots.join(', ')}.` : 'Sketch touches no dermatome zone.');
    // Only when a stroke ends; coverage is read as it is at that moment.
  }, [finishedStrokes]);

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key === 'Escape' && mode !== 'find' && selection) {
      select(null);
    }
  };

  const questionOpen = mode === 'find' && quiz.answer === null;
  const shownViews: ViewId[] = view === 'both' ? ['anterior', 'posterior'] : [view];
  return (
    <section
      ref={rootRef}
      className="derm"
      aria-label="Dermatome map of the lower limb"
      data-mode={mode}
      data-view={view}
      data-ready={ready ? 'true' : undefined}
      onKeyDown={onKeyDown}
    >
      <div className="derm__controls">
        <Segmented legend="Mode" value={mode} options={MODES} onChange={changeMode} />
        <Segmented legend="View" value={view} options={VIEWS} onChange={setView} />
      </div>
      <div className="derm__layout">
        <div className="derm__map">
          <div className="derm__figures" data-count={shownViews.length}>
            {shownViews.map((v) => (
              <BodyView
                key={v}
                view={v}
                uid={uid}
                selectedRoot={questionOpen ? null : selection?.root ?? null}
                markedRoot={mode === 'find' && quiz.answer && !quiz.answer.correct ? quiz.answer.chosen : null}
                showLabels={!questionOpen && mode !== 'sketch'}
                neutralNames={mode === 'find'}
                compare={mode === 'compare' ? layers : null}
                sketch={mode === 'sketch' ? { strokes, cursor: cursor[v], hintId, onStroke, onStrokeEnd, onCursor: (cv, p) => setCursor((c) => ({ ...c, [cv]: p })) } : null}
                onActivate={activate}
              />
            ))}
          </div>
          <MapLegend uid={uid} variant={questionOpen ? 'hidden' : mode === 'compare' ? 'compare' : 'roots'} />
          {mode !== 'sketch' && (
            <p className="derm-hint">
              Keyboard: Tab to a view, use the arrow keys to move between zones (up and down through the roots, left and
              right across the body), then Enter or Space to select.{mode !== 'find' && ' Escape clears.'}
            </p>
          )}
        </div>
        <div className="derm__side" ref={panelRef}>
          {mode === 'explore' && (
            <>
              <RootButtons label="Pick a root" pressed={selection?.root ?? null} onPick={(root) => select(root)} swatches />
              <RootPanel root={selection?.root ?? null} side={selection?.side ?? null} headingLevel={headingLevel} />
            </>
          )}
          {mode === 'find' && (
            <FindItPanel quiz={{ ...quiz, next: nextQuestion }} headingLevel={headingLevel} onAnswer={(root) => answer(root)} />
          )}
          {mode === 'compare' && (
            <>
              <ComparePanel layers={layers} onLayers={setLayers} headingLevel={headingLevel} />
              {selection && <RootPanel root={selection.root} side={selection.side} headingLevel={headingLevel} />}
            </>
          )}
          {mode === 'sketch' && (
            <SketchPanel
              coverage={coverage}
              strokes={strokes.length}
              hintId={hintId}
              onUndo={() => setStrokes((s) => s.slice(0, -1))}
              onClear={() => { setStrokes([]); setAnnouncement('Sketch cleared.'); }}
              headingLevel={headingLevel}
            />
          )}
        </div>
      </div>
      <MapSourceNote />
      <p className="visually-hidden" role="status" aria-live="polite" data-announcer>{announcement}</p>
    </section>
  );
}
