/**
 * The picture area. It starts as the light SVG diagram; the 3D code is fetched only when the viewer
 * scrolls into view (load="visible") or the reader asks for it (the button). Without WebGL, or if
 * the 3D view fails or takes too long, the diagram stays, with a note saying what happened and,
 * where it can help, a retry button.
 */
import { Suspense, lazy, useCallback, useEffect, useMemo, useState } from 'react';
import { VIEWS, VIEW_IDS, type Orbit, type ViewId } from '../../data/variants/cameras.ts';
import { SCENE_LABELS, labelText } from '../../data/variants/labels.ts';
import type { Selection } from '../../data/variants/share-state.ts';
import type { Layers } from '../../data/variants/structures.ts';
import { variantType, type TypeId } from '../../data/variants/types.ts';
import { FAILURE_MESSAGE, LOAD_TIME_LIMIT_MS, classifyFailure, type LoadFailure } from './load-failure.ts';
import type { CameraRequest } from './scene/CameraRig.tsx';
import { SceneErrorBoundary } from './SceneErrorBoundary.tsx';
import { VariantDiagram } from './VariantDiagram.tsx';
import { webglSupport, type WebGLSupport } from './webgl.ts';

export type StageStatus = 'preview' | 'loading' | 'ready' | 'unsupported' | 'failed';

interface Props {
  type: TypeId;
  layers: Layers;
  selection: Selection;
  camera: CameraRequest;
  reducedMotion: boolean;
  load: 'visible' | 'button';
  idPrefix: string;
  onSelect: (selection: Selection) => void;
  onCameraMoved: (orbit: Orbit) => void;
  onView: (view: ViewId) => void;
  onReset: () => void;
  onStatus: (status: StageStatus) => void;
}

export function Stage(props: Props) {
  const { type, layers, selection, camera, reducedMotion, load, idPrefix, onStatus } = props;
  const [status, setStatus] = useState<StageStatus>('preview');
  const [failure, setFailure] = useState<LoadFailure | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [stage, setStage] = useState<HTMLDivElement | null>(null);
  const [labelLayer, setLabelLayer] = useState<HTMLDivElement | null>(null);
  const [labelsOn, setLabelsOn] = useState(true);
  // The load button only appears once it can work: a click before hydration would be lost, and
  // without JavaScript there is nothing to load.
  const [hydrated, setHydrated] = useState(false);
  const keysId = `${idPrefix}-keys`;

  const [support, setSupport] = useState<WebGLSupport>('hardware');
  const start = useCallback(() => setStatus((s) => (s === 'preview' ? 'loading' : s)), []);
  // A failed dynamic import is remembered by React.lazy: each attempt needs its own.
  const Scene3D = useMemo(() => lazy(() => import('./scene/Scene3D.tsx')), [attempt]);

  useEffect(() => {
    setHydrated(true);
    const found = webglSupport();
    setSupport(found);
    if (found === 'none') setStatus('unsupported');
  }, []);

  useEffect(() => {
    if (load !== 'visible' || !stage || status !== 'preview') return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        observer.disconnect();
        start();
      }
    }, { rootMargin: '150px' });
    observer.observe(stage);
    return () => observer.disconnect();
  }, [load, stage, status, start]);

  // "Loading…" never shows for ever: past the limit the reader is told, and may retry.
  useEffect(() => {
    if (status !== 'loading') return;
    const timer = setTimeout(() => setFailure((f) => f ?? 'slow'), LOAD_TIME_LIMIT_MS);
    return () => clearTimeout(timer);
  }, [status, attempt]);

  useEffect(() => onStatus(status), [status, onStatus]);

  const fail = useCallback((error: unknown) => {
    setFailure(classifyFailure(error, navigator.onLine));
    setStatus('failed');
  }, []);
  const retry = () => {
    setFailure(null);
    setAttempt((n) => n + 1);
    setStatus('loading');
  };
  const ready = useCallback(() => {
    setFailure(null);
    setStatus('ready');
  }, []);

  const live = status === 'loading' || status === 'ready';
  const t = variantType(type);
  return (
    <div className="v3d-stage-wrap">
      <div
        ref={setStage}
        className="v3d-stage"
        data-status={status}
        {...(status === 'ready'
          ? {
              tabIndex: 0,
              role: 'application',
              'aria-roledescription': '3D view',
              'aria-label': `Type ${t.id}, right buttock and thigh. ${t.description}`,
              'aria-describedby': keysId,
            }
          : {})}
      >
        {status !== 'ready' && <VariantDiagram type={type} selection={selection} idPrefix={idPrefix} />}
        {live && (
          <SceneErrorBoundary key={attempt} onError={fail}>
            <Suspense fallback={null}>
              <Scene3D
                type={type}
                layers={layers}
                selection={selection}
                camera={camera}
                reducedMotion={reducedMotion}
                softwareRendering={support === 'software'}
                stage={stage}
                labelLayer={labelsOn ? labelLayer : null}
                onSelect={props.onSelect}
                onCameraMoved={props.onCameraMoved}
                onFirstFrame={ready}
                onError={fail}
              />
            </Suspense>
          </SceneErrorBoundary>
        )}
        {live && (
          // The labels name what the structure list lists; the list is the accessible way in, so these are hidden from screen readers.
          <div ref={setLabelLayer} className="v3d-labels" hidden={!labelsOn} aria-hidden="true" data-labels={labelsOn ? 'on' : 'off'}>
            <svg className="v3d-labels__lines">
              {SCENE_LABELS.map((l) => (
                <line key={l.id} visibility="hidden" />
              ))}
              {SCENE_LABELS.map((l) => (
                <circle key={l.id} r={2.5} visibility="hidden" />
              ))}
            </svg>
            {SCENE_LABELS.map((l) => (
              <span key={l.id} className="v3d-label" data-label={l.id} style={{ visibility: 'hidden' }}>
                {labelText(l)}
              </span>
            ))}
          </div>
        )}
        {status === 'preview' && hydrated && (
          <button type="button" className="v3d-load button" onClick={start}>
            Load the 3D view
          </button>
        )}
        {status === 'loading' && !failure && <p className="v3d-stage__note">Loading the 3D view…</p>}
      </div>
      {status === 'unsupported' && (
        <p className="v3d-notice" role="note">
          This browser has no WebGL, so the 3D view cannot run here. The diagram shows the same type, seen from behind.
        </p>
      )}
      {failure && (
        <div className="v3d-notice" role="alert" data-failure={failure}>
          <p>{FAILURE_MESSAGE[failure]}</p>
          <button type="button" className="v3d-button" onClick={retry}>
            Try again
          </button>
        </div>
      )}
      {live && (
        <div className="v3d-toolbar" role="group" aria-label="Camera views and labels">
          {VIEW_IDS.map((v) => (
            <button key={v} type="button" className="v3d-button" onClick={() => props.onView(v)}>
              {VIEWS[v].label}
            </button>
          ))}
          <button type="button" className="v3d-button v3d-button--quiet" onClick={props.onReset}>
            Reset view
          </button>
          <button type="button" className="v3d-button v3d-button--quiet" aria-pressed={labelsOn} onClick={() => setLabelsOn((on) => !on)}>
            Labels
          </button>
        </div>
      )}
      {live && (
        <p id={keysId} className="v3d-keys">
          Drag to turn, scroll or pinch to zoom, right-drag or two fingers to pan. With the view focused: arrow keys turn, Shift
          with arrows pans, + and − zoom.
        </p>
      )}
    </div>
  );
}
