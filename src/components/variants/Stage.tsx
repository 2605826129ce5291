/**
 * The picture area. It starts as the light SVG diagram; the 3D code is fetched only when the viewer
 * scrolls into view (load="visible") or the reader asks for it (the button). Without WebGL, or if
 * the 3D view fails, the diagram stays, with a short note saying why.
 */
import { Suspense, lazy, useCallback, useEffect, useState } from 'react';
import { VIEWS, VIEW_IDS, type Orbit, type ViewId } from '../../data/variants/cameras.ts';
import type { Selection } from '../../data/variants/share-state.ts';
import type { Layers } from '../../data/variants/structures.ts';
import { variantType, type TypeId } from '../../data/variants/types.ts';
import type { CameraRequest } from './scene/CameraRig.tsx';
import { SceneErrorBoundary } from './SceneErrorBoundary.tsx';
import { VariantDiagram } from './VariantDiagram.tsx';
import { webglSupport, type WebGLSupport } from './webgl.ts';

const Scene3D = lazy(() => import('./scene/Scene3D.tsx'));

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
  const [stage, setStage] = useState<HTMLDivElement | null>(null);
  // The load button only appears once it can work: a click before hydration would be lost, and
  // without JavaScript there is nothing to load.
  const [hydrated, setHydrated] = useState(false);
  const keysId = `${idPrefix}-keys`;

  const [support, setSupport] = useState<WebGLSupport>('hardware');
  const start = useCallback(() => setStatus((s) => (s === 'preview' ? 'loading' : s)), []);

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

  useEffect(() => onStatus(status), [status, onStatus]);

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
          <SceneErrorBoundary onError={() => setStatus('failed')}>
            <Suspense fallback={null}>
              <Scene3D
                type={type}
                layers={layers}
                selection={selection}
                camera={camera}
                reducedMotion={reducedMotion}
                softwareRendering={support === 'software'}
                stage={stage}
                onSelect={props.onSelect}
                onCameraMoved={props.onCameraMoved}
                onFirstFrame={() => setStatus('ready')}
              />
            </Suspense>
          </SceneErrorBoundary>
        )}
        {status === 'preview' && hydrated && (
          <button type="button" className="v3d-load button" onClick={start}>
            Load the 3D view
          </button>
        )}
        {status === 'loading' && <p className="v3d-stage__note">Loading the 3D view…</p>}
      </div>
      {status === 'unsupported' && (
        <p className="v3d-notice" role="note">
          This browser has no WebGL, so the 3D view cannot run here. The diagram shows the same type, seen from behind.
        </p>
      )}
      {status === 'failed' && (
        <p className="v3d-notice" role="note">
          The 3D view could not start in this browser. The diagram shows the same type, seen from behind.
        </p>
      )}
      {live && (
        <div className="v3d-toolbar" role="group" aria-label="Camera views">
          {VIEW_IDS.map((v) => (
            <button key={v} type="button" className="v3d-button" onClick={() => props.onView(v)}>
              {VIEWS[v].label}
            </button>
          ))}
          <button type="button" className="v3d-button v3d-button--quiet" onClick={props.onReset}>
            Reset view
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
