/**
 * Which country names fit: most important first, each kept only where it overlaps no name kept
 * before it, as MapLibre's symbol placement does. Run when the camera settles, not every frame.
 */
import type { View } from './camera.ts';
import type { CountryLabel } from './scene.ts';

export function fittingLabels(
  labels: CountryLabel[],
  view: View,
  width: number,
  height: number,
  fontSize: number,
  lang: 'en' | 'ko',
): Set<number> {
  const kept: [number, number, number, number][] = [];
  const shown = new Set<number>();
  const order = labels.map((_, i) => i).sort((a, b) => labels[a]!.rank - labels[b]!.rank);
  for (const i of order) {
    const label = labels[i]!;
    const x = label.x * view.k + view.x;
    const y = label.y * view.k + view.y;
    const text = lang === 'ko' && label.words.ko ? label.words.ko : label.words.en;
    // Hangul is about square; Latin about 0.6 em a letter.
    const w = text.length * fontSize * (lang === 'ko' ? 1 : 0.6) + 4;
    const h = fontSize * 1.3;
    const box: [number, number, number, number] = [x - w / 2, y - h / 2, x + w / 2, y + h / 2];
    if (box[2] < 0 || box[0] > width || box[3] < 0 || box[1] > height) continue;
    if (kept.some((b) => b[0] < box[2] && box[0] < b[2] && b[1] < box[3] && box[1] < b[3]))
      continue;
    kept.push(box);
    shown.add(i);
  }
  return shown;
}
