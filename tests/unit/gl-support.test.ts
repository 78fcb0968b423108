// SPDX-License-Identifier: MIT
// The WebGL2 probe with a stubbed canvas (node has no DOM): what each browser answer maps to, and
// that a probe context is always released at once (browsers cap live WebGL contexts).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pageGlSupport, probeWebGL2 } from '../../src/controllers/gl-support.ts';

interface StubContext {
  getExtension: (name: string) => { loseContext: () => void } | null;
}

/** A document whose canvases answer getContext with `answer(type, attributes)`. */
function stubCanvas(answer: (type: string, attributes?: WebGLContextAttributes) => StubContext | null) {
  const loseContext = vi.fn();
  const getContext = vi.fn(answer);
  const context: StubContext = {
    getExtension: (name) => (name === 'WEBGL_lose_context' ? { loseContext } : null),
  };
  vi.stubGlobal('document', { createElement: (tag: string) => (tag === 'canvas' ? { getContext } : null) });
  return { getContext, loseContext, context };
}

afterEach(() => vi.unstubAllGlobals());

describe('probeWebGL2', () => {
  it('reports no-webgl2 when getContext returns null', () => {
    const { getContext } = stubCanvas(() => null);
    expect(probeWebGL2()).toEqual({ ok: false, reason: 'no-webgl2' });
    expect(getContext).toHaveBeenCalledWith('webgl2', { failIfMajorPerformanceCaveat: false });
  });

  it('reports no-webgl2 when getContext throws', () => {
    stubCanvas(() => {
      throw new Error('blocked by policy');
    });
    expect(probeWebGL2()).toEqual({ ok: false, reason: 'no-webgl2' });
  });

  it('reports ok and releases the probe context at once', () => {
    const stub = stubCanvas(() => stub.context);
    expect(probeWebGL2()).toEqual({ ok: true });
    expect(stub.loseContext).toHaveBeenCalledTimes(1);
  });

  it('reports a performance caveat when only a slow context exists, and releases that one too', () => {
    const stub = stubCanvas((_type, attributes) =>
      attributes?.failIfMajorPerformanceCaveat ? null : stub.context,
    );
    expect(probeWebGL2({ failIfMajorPerformanceCaveat: true })).toEqual({
      ok: false,
      reason: 'performance-caveat',
    });
    expect(stub.loseContext).toHaveBeenCalledTimes(1);
  });

  it('reports no-webgl2, not a caveat, when the strict probe fails because there is no WebGL2 at all', () => {
    stubCanvas(() => null);
    expect(probeWebGL2({ failIfMajorPerformanceCaveat: true })).toEqual({ ok: false, reason: 'no-webgl2' });
  });
});

describe('pageGlSupport', () => {
  it('probes once per page: later maps reuse the first answer without a new context', () => {
    const stub = stubCanvas(() => stub.context);
    expect(pageGlSupport()).toEqual({ ok: true });
    expect(pageGlSupport()).toEqual({ ok: true });
    expect(stub.getContext).toHaveBeenCalledTimes(1);
  });
});
