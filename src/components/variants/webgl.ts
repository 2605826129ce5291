/**
 * What WebGL this browser offers, checked before any 3D code loads: none (show the diagram), a
 * software renderer (no GPU: draw without multisampling, which costs the most there), or hardware.
 */
export type WebGLSupport = 'none' | 'software' | 'hardware';

/** Renderer names of the common software rasterisers (Chromium's SwiftShader, Mesa's llvmpipe, Windows' fallback). */
const SOFTWARE = /swiftshader|llvmpipe|softpipe|software|basic render driver/i;

function probe(options?: WebGLContextAttributes): WebGLRenderingContext | null {
  const canvas = document.createElement('canvas');
  return (canvas.getContext('webgl2', options) ?? canvas.getContext('webgl', options)) as WebGLRenderingContext | null;
}

/** Hands a test context back at once: browsers allow only a few live contexts per page. */
function release(gl: WebGLRenderingContext | null): void {
  gl?.getExtension('WEBGL_lose_context')?.loseContext();
}

export function webglSupport(): WebGLSupport {
  try {
    const gl = probe();
    if (!gl) return 'none';
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const renderer = info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : '';
    release(gl);
    if (SOFTWARE.test(renderer)) return 'software';
    // Browsers refuse this flag when they would fall back to a slow software renderer.
    const fast = probe({ failIfMajorPerformanceCaveat: true });
    release(fast);
    return fast ? 'hardware' : 'software';
  } catch {
    return 'none';
  }
}
