/** Whether this browser can draw the map at all; checked before any map code is loaded. */
export function supportsWebGL(): boolean {
  try {
    const canvas = document.createElement('canvas');
    const context = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
    const ok = context !== null;
    // Give the context back at once: browsers allow only a few at a time.
    (context as WebGLRenderingContext | null)?.getExtension('WEBGL_lose_context')?.loseContext();
    return ok;
  } catch {
    return false;
  }
}
