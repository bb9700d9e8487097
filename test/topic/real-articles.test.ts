/**
 * Real articles (bench/data/topic-real), under the model the extension ships (the seeds built as
 * `corpus build seeds` builds them): the article class issue 8 named as missed (the DEA, the
 * Sinaloa cartel, Mexican officials, a trial) is on the story; near-topic articles that share half
 * its vocabulary (U.S. overdose news without Mexico, Mexico's election, Texas border enforcement,
 * the DEA on cannabis) are not; precision and dev recall stay where the model was fitted. The figures: `npx tsx bench/topic.ts`.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { articleText, bundledTopicModel, evaluateTopicReal, loadTopicReal, TOPIC_REAL_DIR, type TopicRealPage } from '../../bench/topic';
import { scoreTopic, type TopicModel } from '../../src/topic';

const pages = loadTopicReal();
let model: TopicModel;

beforeAll(async () => {
  model = await bundledTopicModel();
});

function page(file: string): TopicRealPage {
  const p = pages?.find((x) => x.file === file);
  if (!p) throw new Error(`${file} is not in ${TOPIC_REAL_DIR}/manifest.json`);
  return p;
}

describe.skipIf(!pages)('real articles (bench/data/topic-real)', () => {
  it('finds the issue-8 class on the story: the DEA, the Sinaloa cartel, Mexican officials, a trial', () => {
    // García Luna's conviction (a trial, a Mexican official, the Sinaloa cartel) scored 0.95 of
    // the old line; the DEA infiltrating the Sinaloa cartel (Mexican federal forces, prosecutors),
    // and El Mayo's arrest (the DEA, Sinaloa, the Brooklyn court) are the same class.
    for (const file of ['on/devdiscourse-garcia-luna-convicted.txt', 'on/latintimes-dea-infiltrate-sinaloa.txt', 'on/tacticalamericans-el-mayo-guzman-lopez.txt']) {
      const v = scoreTopic(model, articleText(page(file).text));
      expect(v.onTopic, `${file} scored ${v.score} (${v.terms.map((t) => t.term).join(', ')})`).toBe(true);
    }
  });

  it('keeps near-topic articles off: overdose news without Mexico, Mexican politics, border enforcement, the DEA on cannabis', () => {
    const near = [
      'off/arccenters-overdose-prevention.txt', // fentanyl, overdose, naloxone: no story name
      'off/ap-pima-county-fentanyl-overdoses.txt',
      'off/clearimpact-fairfield-overdose-deaths.txt',
      'off/isidewith-sheinbaum-first-female-president.txt', // López Obrador, Mexico, Morena
      'off/dailywriteups-sheinbaum-exit-polls.txt', // ... and "fentanyl and cocaine" in passing
      'off/newsmax-texas-guard-razor-wire.txt', // border, fentanyl seizures, Mexico
      'off/nbcdfw-title-42-ended-7-things.txt',
      'off/vicente-cannabis-rescheduling-hearing-set.txt', // the DEA and its administrator Milgram
      'off/axios-us-mexico-avocado-import.txt', // Michoacán, cartels extorting growers
    ];
    for (const file of near) {
      const v = scoreTopic(model, articleText(page(file).text));
      // Below the line, not far below: the line sits where recall pays most on the dev split (the
      // Texas razor-wire page scores 0.93 of it).
      expect(v.onTopic, `${file} scored ${v.score} (${v.terms.map((t) => t.term).join(', ')})`).toBe(false);
    }
  });

  it('keeps precision on both splits and dev recall where it was fitted', () => {
    const r = evaluateTopicReal(model, pages ?? []);
    const falses = [...r.full.dev.falseMatches, ...r.full.heldOut.falseMatches];
    console.log(
      `topic-real: full verdict recall dev ${r.full.dev.recall} (${r.full.dev.truePositives}/${r.full.dev.on}), held-out ${r.full.heldOut.recall} ` +
        `(${r.full.heldOut.truePositives}/${r.full.heldOut.on}); precision dev ${r.full.dev.precision}, held-out ${r.full.heldOut.precision}; ` +
        `quick check recall dev ${r.quick.dev.recall}, held-out ${r.quick.heldOut.recall}; false matches: ${falses.join(', ') || 'none'}`,
    );
    // Known escapes (pages added after the fit): two pages on Canada's fentanyl labs and czar,
    // which name Mexico and repeat "fentanyl" as the story's articles do (1.08, 1.02).
    expect(r.full.dev.precision).toBeGreaterThanOrEqual(0.95);
    expect(r.full.heldOut.precision).toBeGreaterThanOrEqual(0.9);
    expect(falses.every((f) => f.includes('canada')), falses.join(', ')).toBe(true);
    expect(r.full.dev.recall).toBeGreaterThanOrEqual(0.85);
    // The quick check only stops pages that are clearly off: it must not stop the story's articles.
    expect(r.quick.dev.recall).toBeGreaterThanOrEqual(0.9);
  });
});
