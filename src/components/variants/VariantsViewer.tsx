/**
 * The piriformis variants viewer (island). Server-rendered with the type switcher, the diagram and
 * every panel, so it teaches before any script runs; the 3D view loads later (see Stage).
 *
 * On the dedicated page (`syncUrl`) the address bar always holds the share link; embedded in a
 * lesson, the viewer leaves the lesson's address alone and offers the link instead.
 */
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { DEFAULT_VIEW, TYPE_CHANGE_VIEW, VIEWS, type Orbit, type ViewId } from '../../data/variants/cameras.ts';
import { ENTRAPMENT_SITES } from '../../data/variants/entrapment.ts';
import { defaultState, formatState, orbitOf, parseState, type Selection, type ViewerState } from '../../data/variants/share-state.ts';
import { defaultLayers, structure, type LayerId, type LayerState } from '../../data/variants/structures.ts';
import { DEFAULT_TYPE, variantType, type TypeId } from '../../data/variants/types.ts';
import { InfoPanel } from './InfoPanel.tsx';
import { LayersPanel } from './LayersPanel.tsx';
import { Legend } from './Legend.tsx';
import type { CameraRequest } from './scene/CameraRig.tsx';
import { SharePanel } from './SharePanel.tsx';
import { SiteList } from './SiteList.tsx';
import { Stage, type StageStatus } from './Stage.tsx';
import { StructureList } from './StructureList.tsx';
import { TypeSummary } from './TypeSummary.tsx';
import { TypeSwitcher } from './TypeSwitcher.tsx';
import { useReducedMotion } from './useReducedMotion.ts';
import './variants.css';

export interface VariantsViewerProps {
  /** The type to open on (A–F). */
  type?: TypeId;
  /** The camera to open on. */
  view?: ViewId;
  /** Keep the page address in step with the viewer (the dedicated page only). */
  syncUrl?: boolean;
  /** Load the 3D code when the viewer scrolls into view, or only when asked. */
  load?: 'visible' | 'button';
}

function selectionName(selection: Selection): string {
  if (!selection) return 'nothing';
  if (selection.kind === 'structure') return structure(selection.id).name;
  const site = ENTRAPMENT_SITES.find((s) => s.id === selection.id)!;
  return `site ${site.number}, ${site.title}`;
}

export default function VariantsViewer({ type = DEFAULT_TYPE, view = DEFAULT_VIEW, syncUrl = false, load = 'visible' }: VariantsViewerProps) {
  const idPrefix = `v3d${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const [state, setState] = useState<ViewerState>(() => defaultState(type, view));
  const [camera, setCamera] = useState<CameraRequest>(() => ({ orbit: VIEWS[view].orbit, id: 0 }));
  const [problems, setProblems] = useState<string[]>([]);
  const [announcement, setAnnouncement] = useState('');
  const [stageStatus, setStageStatus] = useState<StageStatus>('preview');
  const touched = useRef(false);
  const reducedMotion = useReducedMotion();

  // A shared link is read once, after hydration (the server cannot know the query).
  useEffect(() => {
    if (!syncUrl || window.location.search === '') return;
    const parsed = parseState(window.location.search);
    setState(parsed.state);
    setCamera((c) => ({ orbit: orbitOf(parsed.state.camera), id: c.id + 1 }));
    setProblems(parsed.problems);
  }, [syncUrl]);

  const query = formatState(state);
  useEffect(() => {
    if (!syncUrl || !touched.current) return;
    window.history.replaceState(window.history.state, '', `${window.location.pathname}?${query}${window.location.hash}`);
  }, [syncUrl, query]);

  const update = (change: Partial<ViewerState>, message?: string) => {
    touched.current = true;
    setState((s) => ({ ...s, ...change }));
    if (message) setAnnouncement(message);
  };

  // A new type brings the camera to the close-up, where the types differ (a jump with reduced motion).
  const chooseType = (id: TypeId) => {
    const t = variantType(id);
    update({ type: id, camera: TYPE_CHANGE_VIEW }, `${t.name}. ${t.description} ${t.prevalence.map((p) => `${p.value} ${p.basis}`).join('; ')}.`);
    setCamera((c) => ({ orbit: VIEWS[TYPE_CHANGE_VIEW].orbit, id: c.id + 1 }));
  };
  const select = useCallback((selection: Selection) => {
    touched.current = true;
    setState((s) => ({ ...s, selection }));
    setAnnouncement(selection ? `Selected: ${selectionName(selection)}.` : 'Selection cleared.');
  }, []);
  const setLayer = (layer: LayerId, value: LayerState) => update({ layers: { ...state.layers, [layer]: value } });
  const goTo = (orbitView: ViewId | Orbit, label: string) => {
    update({ camera: orbitView }, label);
    setCamera((c) => ({ orbit: orbitOf(orbitView), id: c.id + 1 }));
  };
  const onCameraMoved = useCallback((orbit: Orbit) => {
    touched.current = true;
    setState((s) => ({ ...s, camera: orbit }));
  }, []);
  const onStatus = useCallback((status: StageStatus) => {
    setStageStatus(status);
    if (status === 'ready') setAnnouncement('3D view ready.');
  }, []);
  const live = stageStatus === 'loading' || stageStatus === 'ready';
  const embedded = !syncUrl;

  return (
    <section className={embedded ? 'v3d v3d--embedded' : 'v3d'} aria-label="Sciatic nerve and piriformis variants viewer" data-variants-viewer="">
      {problems.length > 0 && (
        <div className="v3d-problems" role="status">
          <p>Part of this link could not be used:</p>
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      <TypeSwitcher value={state.type} name={`${idPrefix}-type`} compact={embedded} onChange={chooseType} />
      <div className="v3d-body">
        <div className="v3d-main">
          <Stage
            type={state.type}
            layers={state.layers}
            selection={state.selection}
            camera={camera}
            reducedMotion={reducedMotion}
            load={load}
            idPrefix={idPrefix}
            onSelect={select}
            onCameraMoved={onCameraMoved}
            onView={(v) => goTo(v, `${VIEWS[v].label} view.`)}
            onReset={() => goTo(view, 'View reset.')}
            onStatus={onStatus}
          />
          <Legend />
        </div>
        <div className="v3d-side">
          <TypeSummary type={state.type} />
          <InfoPanel selection={state.selection} onClear={() => select(null)} />
          {/* In a lesson the list starts closed, so the lesson text is not pushed far down. */}
          <details className="v3d-panel" open={!embedded}>
            <summary>Structures</summary>
            <StructureList selection={state.selection} onSelect={(id) => select({ kind: 'structure', id })} />
          </details>
          <details className="v3d-panel">
            <summary>Entrapment sites</summary>
            <SiteList selection={state.selection} onSelect={(id) => select({ kind: 'site', id })} />
          </details>
          {live && (
            <details className="v3d-panel">
              <summary>Layers</summary>
              <LayersPanel
                layers={state.layers}
                idPrefix={idPrefix}
                onChange={setLayer}
                onReset={() => update({ layers: defaultLayers() }, 'Layers reset.')}
              />
            </details>
          )}
          <SharePanel query={query} />
        </div>
      </div>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </section>
  );
}
