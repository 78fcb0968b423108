// @vitest-environment jsdom
// SPDX-License-Identifier: MIT
// The territory names over the map: one span per name where project() puts it, moved with the
// camera, text even when hostile, and painted on an export's canvas at its pixel ratio.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { LabelsOverlay, type Label, type Project } from '../../src/layers/labels/labels.ts';

const HOSTILE = '<img src=x onerror="window.__xss=1">';
const labels: Label[] = [
  { text: 'Île-de-France', position: [2.5, 48.7], priority: 2 },
  { text: HOSTILE, position: [9.1, 42.1], priority: 1 },
];
/** A camera of 10 px per degree, panned `pan.dx` px to the right. */
const pan = { dx: 0 };
const project: Project = ([lon, lat]) => ({ x: lon * 10 + pan.dx, y: 100 - lat });

// jsdom lays nothing out: the overlay is given a 400 × 300 map.
const size = { clientWidth: 400, clientHeight: 300 };
beforeAll(() => {
  for (const [key, value] of Object.entries(size))
    Object.defineProperty(HTMLElement.prototype, key, { configurable: true, get: () => value });
});
afterAll(() => {
  for (const key of Object.keys(size)) Reflect.deleteProperty(HTMLElement.prototype, key);
});

afterEach(() => {
  document.body.replaceChildren();
  pan.dx = 0;
});

describe('LabelsOverlay', () => {
  it('writes each name as text, centred where project() puts it', () => {
    const overlay = new LabelsOverlay(document.body, project);
    overlay.show(labels);
    const spans = [...overlay.element.querySelectorAll('span')];
    expect(spans.map((s) => s.textContent)).toEqual(['Île-de-France', HOSTILE]);
    expect(overlay.element.querySelector('img')).toBeNull();
    expect(spans[0]!.style.transform).toBe('translate(25.0px, 51.3px) translate(-50%, -50%)');
    expect(overlay.element.getAttribute('aria-hidden')).toBe('true');
  });

  it('moves the same spans with the camera, and rebuilds them only for other names', () => {
    const overlay = new LabelsOverlay(document.body, project);
    overlay.show(labels);
    const first = overlay.element.querySelector('span');
    pan.dx = 5;
    overlay.place();
    expect(first!.style.transform).toBe('translate(30.0px, 51.3px) translate(-50%, -50%)');
    overlay.show(labels);
    expect(overlay.element.querySelector('span')).toBe(first);
    overlay.show([labels[0]!]);
    expect(overlay.element.querySelectorAll('span')).toHaveLength(1);
    overlay.show([]);
    expect(overlay.element.children).toHaveLength(0);
  });

  it('moves the lesser of two colliding names a line up, hides a name cut by the edge, on screen and on exports', () => {
    const overlay = new LabelsOverlay(document.body, project);
    const painted: string[] = [];
    const context = {
      save() {},
      restore() {},
      scale() {},
      strokeText() {},
      fillText: (text: string, x: number, y: number) => painted.push(`${text} ${x} ${y}`),
    } as unknown as CanvasRenderingContext2D;
    overlay.show([
      { text: 'Centre-Val de Loire', position: [10, 53], priority: 1 },
      { text: 'Pays de la Loire', position: [11, 53], priority: 5 },
      { text: 'Bretagne', position: [39.9, 10], priority: 9 },
    ]);
    const spans = [...overlay.element.querySelectorAll('span')];
    expect(spans.map((s) => s.hidden)).toEqual([false, false, true]);
    // A line is the 15 px box and the 3 px gap.
    expect(spans[0]!.style.transform).toBe('translate(100.0px, 29.0px) translate(-50%, -50%)');
    expect(spans[1]!.style.transform).toBe('translate(110.0px, 47.0px) translate(-50%, -50%)');
    overlay.paint(context, 1);
    expect(painted).toEqual(['Centre-Val de Loire 100 29', 'Pays de la Loire 110 47']);
  });

  it('leaves nothing behind when destroyed', () => {
    const overlay = new LabelsOverlay(document.body, project);
    overlay.show(labels);
    overlay.destroy();
    expect(document.body.children).toHaveLength(0);
  });

  it('paints a halo then each name shown at its projected place, scaled to the pixel ratio', () => {
    const calls: string[] = [];
    const context = {
      save: () => calls.push('save'),
      restore: () => calls.push('restore'),
      scale: (x: number, y: number) => calls.push(`scale ${x} ${y}`),
      strokeText: (text: string, x: number, y: number) => calls.push(`stroke ${text} ${x} ${y}`),
      fillText: (text: string, x: number, y: number) => calls.push(`fill ${text} ${x} ${y}`),
    } as unknown as CanvasRenderingContext2D;
    pan.dx = 100;
    const overlay = new LabelsOverlay(document.body, project);
    overlay.show([labels[0]!]);
    overlay.paint(context, 2);
    expect(calls).toEqual([
      'save',
      'scale 2 2',
      'stroke Île-de-France 125 51.3',
      'fill Île-de-France 125 51.3',
      'restore',
    ]);
  });
});
