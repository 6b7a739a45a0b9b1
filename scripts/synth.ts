/**
 * `npm run synth -- --count 10000 [--seed N] [--out synthetic]`: writes synthetic journeys
 * (src/explore/synth.ts) into a folder of their own, `synthetic/` by default: `index.json`
 * (the compiled journeys) and `geometry.json` (their lines). They are labelled synthetic in
 * every name and title. Only `npm run build:synthetic` puts them in a build (`?data=synthetic`).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { synthesize, type SynthPlace } from '../src/explore/synth.ts';
import type { LngLat, Place, Precision } from '../src/data/types.ts';
import { CliError, parse, ROOT, run, UsageError, userCwd } from './lib/cli.ts';

const USAGE = 'npm run synth -- --count <n> [--seed <n>] [--out <folder>]';

/** Rivers have no coordinates of their own in the gazetteer: a point on each, for lines only. */
const CROSSINGS: Record<string, LngLat> = {
  'yalu-river': [128.2, 41.45],
  'tumen-river': [129.7, 42.5],
  'nk-china-border': [126.0, 40.9],
};

interface GazetteerPlace {
  name: string | { en: string; ko?: string };
  country: string;
  kind: Place['kind'];
  precision: Precision;
  coords?: LngLat;
}

run('synth', USAGE, () => {
  const { values } = parse(process.argv.slice(2), {
    count: { type: 'string' },
    seed: { type: 'string' },
    out: { type: 'string' },
  });
  const count = Number(values.count);
  const seed = Number(values.seed ?? 1);
  if (!Number.isInteger(count) || count < 1 || count > 100_000)
    throw new UsageError('--count must be a whole number from 1 to 100000');
  if (!Number.isInteger(seed)) throw new UsageError('--seed must be a whole number');
  const gazetteer = parseYaml(readFileSync(join(ROOT, 'data/gazetteer.yaml'), 'utf8')) as {
    places: Record<string, GazetteerPlace>;
  };
  const places: Record<string, SynthPlace> = {};
  for (const [id, p] of Object.entries(gazetteer.places)) {
    const point = p.coords ?? CROSSINGS[id];
    if (!point) continue;
    places[id] = {
      id,
      name: typeof p.name === 'string' ? { en: p.name } : p.name,
      country: p.country,
      kind: p.kind,
      precision: p.precision,
      point,
    };
  }
  let result;
  try {
    result = synthesize({ count, seed, places });
  } catch (error) {
    throw new CliError(String((error as Error).message));
  }
  const out = resolve(userCwd(), values.out ?? join(ROOT, 'synthetic'));
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'index.json'), JSON.stringify(result.index));
  writeFileSync(join(out, 'geometry.json'), JSON.stringify(result.geometry));
  process.stderr.write(`wrote ${count} synthetic journeys (seed ${seed}) to ${out}\n`);
  return 0;
});
