/**
 * Brings the server-rendered variants viewer (VariantsViewer.astro) to life, without a framework:
 * the type switcher, lists, layers, share link and address bar are plain DOM, kept in step with one
 * state. The 3D scene (React, fiber and three.js) is imported only when the reader presses "Load
 * the 3D view" or, in a lesson, scrolls to it; until then, and whenever it cannot run, the diagram
 * shows the same type. `data-enhanced` on the viewer says when this script has taken over.
 */
import { TYPE_CHANGE_VIEW, VIEWS, isViewId, type Orbit, type ViewId } from '../../data/variants/cameras.ts';
import { defaultState, formatState, orbitOf, parseState, type Selection, type ViewerState } from '../../data/variants/share-state.ts';
import { defaultLayers, isStructureId, type LayerId, type LayerState } from '../../data/variants/structures.ts';
import { isSiteId } from '../../data/variants/entrapment.ts';
import { DEFAULT_TYPE, isTypeId, type TypeId } from '../../data/variants/types.ts';
import { diagramDescription, diagramTitle } from './diagram-words.ts';
import { FAILURE_MESSAGE, LOAD_TIME_LIMIT_MS, classifyFailure, type LoadFailure } from './load-failure.ts';
import type { CameraRequest } from './scene/CameraRig.tsx';
import type { Scene3DProps, SceneHandle } from './scene/Scene3D.tsx';
import { selectionInfo, selectionName, stageLabel, typeAnnouncement } from './viewer-words.ts';
import { webglSupport, type WebGLSupport } from './webgl.ts';

type Status = 'preview' | 'loading' | 'ready' | 'unsupported' | 'failed';

export function enhanceViewer(root: HTMLElement): void {
  const $ = <T extends Element>(selector: string) => root.querySelector<T>(selector)!;
  const $$ = <T extends Element>(selector: string) => [...root.querySelectorAll<T>(selector)];
  const stage = $<HTMLElement>('[data-stage]');
  const diagram = $<SVGSVGElement>('[data-diagram]');
  const labelLayer = $<HTMLElement>('[data-label-layer]');
  const loadButton = $<HTMLButtonElement>('[data-load]');
  const loadingNote = $<HTMLElement>('[data-loading-note]');
  const failureBox = $<HTMLElement>('[data-failure-box]');
  const labelsToggle = $<HTMLButtonElement>('[data-labels-toggle]');
  const announcer = $<HTMLElement>('[data-announcer]');
  const shareLink = $<HTMLAnchorElement>('[data-share-link]');
  const copyStatus = $<HTMLElement>('[data-copy-status]');
  const info = $<HTMLElement>('[data-info]');
  const radios = $$<HTMLInputElement>('[data-type-choice]');
  const layerSelects = $$<HTMLSelectElement>('[data-layer]');
  const live = [...$$<HTMLElement>('[data-live]'), $<HTMLElement>('[data-layers-panel]')];

  const syncUrl = root.dataset.syncUrl === 'true';
  const startType: TypeId = isTypeId(root.dataset.type ?? '') ? (root.dataset.type as TypeId) : DEFAULT_TYPE;
  const startView: ViewId = isViewId(root.dataset.view ?? '') ? (root.dataset.view as ViewId) : 'posterior';
  const motion = window.matchMedia('(prefers-reduced-motion: reduce)');

  let state: ViewerState = defaultState(startType, startView);
  let camera: CameraRequest = { orbit: VIEWS[startView].orbit, id: 0 };
  let status: Status = 'preview';
  let failure: LoadFailure | null = null;
  let labelsOn = true;
  let touched = false;
  // Asked only when the 3D view is wanted: the test creates a WebGL context, which costs a software
  // renderer tens of milliseconds of main thread, for nothing on a visit that never loads the view.
  let support: WebGLSupport | null = null;
  let scene: SceneHandle | null = null;
  let canvas: HTMLCanvasElement | null = null;
  let slowTimer: ReturnType<typeof setTimeout> | undefined;
  let attempt = 0;

  // A shared link is read once (the server cannot know the query).
  if (syncUrl && window.location.search !== '') {
    const parsed = parseState(window.location.search);
    state = parsed.state;
    camera = { orbit: orbitOf(state.camera), id: 1 };
    if (parsed.problems.length > 0) {
      // Text nodes only: a message may quote (a cleaned excerpt of) the link.
      $<HTMLElement>('[data-problem-list]').replaceChildren(...parsed.problems.map((p) => Object.assign(document.createElement('li'), { textContent: p })));
      $<HTMLElement>('[data-problems]').hidden = false;
    }
  }

  const announce = (message: string) => {
    announcer.textContent = message;
  };

  function sceneProps(): Scene3DProps {
    return {
      type: state.type,
      layers: state.layers,
      selection: state.selection,
      camera,
      reducedMotion: motion.matches,
      softwareRendering: support === 'software',
      stage,
      labelLayer: labelsOn ? labelLayer : null,
      onSelect: select,
      onCameraMoved,
      onFirstFrame: ready,
      onError: fail,
    };
  }

  /** Brings every part of the page in line with the state, then the scene. */
  function render(): void {
    const { type, selection, layers } = state;
    for (const r of radios) r.checked = r.value === type;
    for (const s of $$<HTMLElement>('[data-summary]')) s.hidden = s.dataset.summary !== type;
    for (const g of $$<SVGGElement>('[data-diagram-type]')) {
      if (g.dataset.diagramType === type) g.removeAttribute('display');
      else g.setAttribute('display', 'none');
    }
    diagram.querySelector('title')!.textContent = diagramTitle(type, 'region');
    diagram.querySelector('desc')!.textContent = diagramDescription(type, 'region');
    for (const el of $$<SVGElement>('[data-part]')) el.classList.toggle('is-selected', selection?.kind === 'structure' && selection.id === el.dataset.part);
    for (const el of $$<SVGElement>('[data-site]')) el.classList.toggle('is-selected', selection?.kind === 'site' && selection.id === el.dataset.site);
    for (const b of $$<HTMLButtonElement>('[data-pick-structure]')) b.setAttribute('aria-pressed', String(selection?.kind === 'structure' && selection.id === b.dataset.pickStructure));
    for (const b of $$<HTMLButtonElement>('[data-pick-site]')) b.setAttribute('aria-pressed', String(selection?.kind === 'site' && selection.id === b.dataset.pickSite));
    renderInfo(selection);
    for (const s of layerSelects) s.value = layers[s.dataset.layer as LayerId];
    const query = formatState(state);
    shareLink.href = `/variants/?${query}`;
    if (syncUrl && touched) window.history.replaceState(window.history.state, '', `${window.location.pathname}?${query}${window.location.hash}`);
    if (status === 'ready') stage.setAttribute('aria-label', stageLabel(type));
    scene?.update(sceneProps());
  }

  function renderInfo(selection: Selection): void {
    info.classList.toggle('v3d-info--empty', !selection);
    $<HTMLElement>('[data-info-empty]').hidden = !!selection;
    $<HTMLElement>('[data-info-body]').hidden = !selection;
    if (!selection) {
      delete info.dataset.selected;
      return;
    }
    const item = selectionInfo(selection);
    info.dataset.selected = selection.id;
    $<HTMLElement>('[data-info-title]').textContent = item.title;
    $<HTMLElement>('[data-info-lines]').replaceChildren(...item.lines.map((line) => Object.assign(document.createElement('p'), { textContent: line })));
    const lesson = $<HTMLAnchorElement>('[data-info-lesson]');
    lesson.href = item.lesson.href;
    lesson.textContent = item.lesson.label;
  }

  const update = (change: Partial<ViewerState>, message?: string) => {
    touched = true;
    state = { ...state, ...change };
    render();
    if (message) announce(message);
  };
  const moveCamera = (to: ViewId | Orbit) => {
    camera = { orbit: orbitOf(to), id: camera.id + 1 };
  };

  function select(selection: Selection): void {
    update({ selection }, selection ? `Selected: ${selectionName(selection)}.` : 'Selection cleared.');
  }
  function onCameraMoved(orbit: Orbit): void {
    update({ camera: orbit });
  }
  function goTo(view: ViewId, message: string): void {
    moveCamera(view);
    update({ camera: view }, message);
  }

  // Status: what the stage shows, and which controls exist.
  function setStatus(next: Status): void {
    status = next;
    stage.dataset.status = next;
    const isLive = next === 'loading' || next === 'ready';
    for (const el of live) el.hidden = !isLive;
    labelLayer.hidden = !isLive || !labelsOn;
    loadButton.hidden = next !== 'preview';
    loadingNote.hidden = next !== 'loading' || failure !== null;
    $<HTMLElement>('[data-unsupported]').hidden = next !== 'unsupported';
    failureBox.hidden = failure === null;
    if (failure) $<HTMLElement>('[data-failure-message]').textContent = FAILURE_MESSAGE[failure];
    if (next === 'ready') {
      stage.tabIndex = 0;
      stage.setAttribute('role', 'application');
      stage.setAttribute('aria-roledescription', '3D view');
      stage.setAttribute('aria-label', stageLabel(state.type));
      stage.setAttribute('aria-describedby', stage.dataset.keysId ?? '');
    } else {
      stage.removeAttribute('tabindex');
      for (const a of ['role', 'aria-roledescription', 'aria-label', 'aria-describedby']) stage.removeAttribute(a);
    }
  }

  function start(): void {
    if (status !== 'preview' && status !== 'failed') return;
    support ??= webglSupport();
    if (support === 'none') {
      setStatus('unsupported');
      // The load button has gone: the note takes its focus, so it is read out and focus is not lost.
      if (root.contains(document.activeElement) || document.activeElement === document.body) $<HTMLElement>('[data-unsupported]').focus();
      return;
    }
    // The button pressed (load or retry) disappears: its focus goes to the note that replaces it.
    const pressed = document.activeElement === loadButton || failureBox.contains(document.activeElement);
    failure = null;
    setStatus('loading');
    if (pressed) loadingNote.focus();
    const mine = ++attempt;
    // "Loading…" never shows for ever: past the limit the reader is told, and may retry.
    clearTimeout(slowTimer);
    slowTimer = setTimeout(() => {
      if (mine === attempt && status === 'loading') {
        failure = 'slow';
        setStatus('loading');
      }
    }, LOAD_TIME_LIMIT_MS);
    import('./scene/Scene3D.tsx').then(({ mountScene }) => {
      if (mine !== attempt || status !== 'loading') return;
      canvas = Object.assign(document.createElement('canvas'), { className: 'v3d-canvas', tabIndex: -1 });
      canvas.setAttribute('aria-hidden', 'true');
      stage.insertBefore(canvas, labelLayer);
      scene = mountScene(canvas, sceneProps());
    }, (error: unknown) => {
      if (mine === attempt) fail(error);
    });
  }

  function ready(): void {
    if (status !== 'loading') return;
    clearTimeout(slowTimer);
    const waiting = document.activeElement === loadingNote;
    failure = null;
    setStatus('ready');
    announce('3D view ready.');
    // The reader who pressed Load and waited lands in the view, whose keys its description explains.
    if (waiting) stage.focus();
  }

  /** Drops the scene of an attempt that failed or is given up on; a later one starts afresh. */
  function teardown(): void {
    clearTimeout(slowTimer);
    attempt++;
    scene?.unmount();
    scene = null;
    canvas?.remove();
    canvas = null;
    for (const key of ['sceneReady', 'sceneType', 'sceneMoving', 'sceneView', 'sceneCords']) delete stage.dataset[key];
  }

  function fail(error: unknown): void {
    const waiting = document.activeElement === loadingNote;
    teardown();
    failure = classifyFailure(error, navigator.onLine);
    setStatus('failed');
    if (waiting) $<HTMLButtonElement>('[data-retry]').focus();
  }

  /** Also offered while a slow download is still under way: that attempt is dropped. */
  function retry(): void {
    teardown();
    status = 'failed';
    start();
  }

  // Wiring.
  for (const r of radios) {
    r.addEventListener('change', () => {
      if (!r.checked || !isTypeId(r.value)) return;
      // A new type brings the camera to the close-up, where the types differ (a jump with reduced motion).
      moveCamera(TYPE_CHANGE_VIEW);
      update({ type: r.value, camera: TYPE_CHANGE_VIEW }, typeAnnouncement(r.value));
    });
  }
  for (const b of $$<HTMLButtonElement>('[data-pick-structure]')) {
    b.addEventListener('click', () => {
      const id = b.dataset.pickStructure ?? '';
      if (isStructureId(id)) select({ kind: 'structure', id });
    });
  }
  for (const b of $$<HTMLButtonElement>('[data-pick-site]')) {
    b.addEventListener('click', () => {
      const id = b.dataset.pickSite ?? '';
      if (isSiteId(id)) select({ kind: 'site', id });
    });
  }
  $('[data-clear-selection]').addEventListener('click', () => select(null));
  for (const s of layerSelects) {
    s.addEventListener('change', () => update({ layers: { ...state.layers, [s.dataset.layer as LayerId]: s.value as LayerState } }));
  }
  $('[data-reset-layers]').addEventListener('click', () => update({ layers: defaultLayers() }, 'Layers reset.'));
  for (const b of $$<HTMLButtonElement>('[data-view]')) {
    const view = b.dataset.view ?? '';
    if (isViewId(view)) b.addEventListener('click', () => goTo(view, `${VIEWS[view].label} view.`));
  }
  $('[data-reset-view]').addEventListener('click', () => goTo(startView, 'View reset.'));
  labelsToggle.addEventListener('click', () => {
    labelsOn = !labelsOn;
    labelsToggle.setAttribute('aria-pressed', String(labelsOn));
    labelLayer.dataset.labels = labelsOn ? 'on' : 'off';
    labelLayer.hidden = !labelsOn;
    scene?.update(sceneProps());
  });
  const copyButton = $<HTMLButtonElement>('[data-copy-link]');
  copyButton.hidden = false;
  copyButton.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(new URL(shareLink.href, window.location.origin).toString());
      copyStatus.textContent = 'Link copied.';
    } catch {
      copyStatus.textContent = 'Could not copy: use the link instead.';
    }
  });
  loadButton.addEventListener('click', start);
  $('[data-retry]').addEventListener('click', retry);
  motion.addEventListener('change', () => scene?.update(sceneProps()));

  render();
  setStatus('preview');
  if (root.dataset.load === 'visible') {
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          observer.disconnect();
          if (status === 'preview') start();
        }
      },
      { rootMargin: '150px' },
    );
    observer.observe(stage);
  }
  root.dataset.enhanced = 'true';
}
