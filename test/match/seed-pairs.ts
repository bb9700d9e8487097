/**
 * Hand labels for the seed evaluation, read off the seeds by a person (not produced by the matcher).
 * Each label names a paragraph of a copy and the source paragraphs it reuses; `starts` holds the
 * first words of both so a label that drifts from the seed files fails loudly instead of silently.
 */

export interface ReuseLabel {
  copy: { doc: number; paragraph: number; starts: string };
  source: { doc: number; paragraphs: number[]; starts: string };
  /** What a reader would call it: paraphrase for 004's rewording, near-verbatim for kept quotes. */
  kind: 'verbatim' | 'near-verbatim' | 'paraphrase';
}

const p = (
  copyDoc: number,
  copyPara: number,
  copyStarts: string,
  srcDoc: number,
  srcParas: number[],
  srcStarts: string,
  kind: ReuseLabel['kind'],
): ReuseLabel => ({
  copy: { doc: copyDoc, paragraph: copyPara, starts: copyStarts },
  source: { doc: srcDoc, paragraphs: srcParas, starts: srcStarts },
  kind,
});

/** 004 (machine paraphrase) -> 003 (NBC): each content paragraph of 004's text. */
export const PARAPHRASE_004_003: ReuseLabel[] = [
  p(4, 0, 'Cooperation in the drug war', 3, [2], 'Drug war cooperation', 'paraphrase'),
  p(4, 1, 'But the synthetic opioid', 3, [28], 'But the synthetic opioid', 'paraphrase'),
  p(4, 2, '“We have a watershed', 3, [29], '“We have a game changer', 'paraphrase'),
  p(4, 3, 'In 2021, 106,000 people', 3, [30], 'In 2021, 106,000 people', 'paraphrase'),
  p(4, 5, 'US officials and international', 3, [32], 'U.S. officials and international', 'near-verbatim'),
  p(4, 6, '“The Sinaloa cartel', 3, [33], '“The Sinaloa cartel', 'near-verbatim'),
  p(4, 7, 'She said it costs', 3, [34], 'She said it costs', 'paraphrase'),
  p(4, 8, '“The cartels are engaged', 3, [35], '“The cartels are engaging', 'paraphrase'),
  p(4, 9, 'When he took office', 3, [36], 'When he took office', 'near-verbatim'),
  p(4, 10, 'Last week, he told', 3, [37], 'Last week, he told', 'paraphrase'),
  p(4, 11, 'He blamed the US', 3, [38], 'He blamed the U.S.', 'paraphrase'),
  p(4, 12, 'Fentanyl pills, methamphetamine', 3, [39, 40], 'Fentanyl pills, meth', 'paraphrase'),
  p(4, 14, 'It wasn’t always like this', 3, [41], 'It wasn’t always this way', 'paraphrase'),
  p(4, 15, 'Mexico was so enraged', 3, [42], 'Mexico was so incensed', 'paraphrase'),
  p(4, 17, 'In particular, US officials', 3, [44], 'Privately, U.S. officials', 'paraphrase'),
  p(4, 18, '“Let’s unleash the fury', 3, [45], '“We’re going to unleash', 'paraphrase'),
  p(4, 19, 'The idea of unilateral', 3, [46], 'The idea of unilateral', 'near-verbatim'),
  p(4, 20, 'The reality is that', 3, [47], 'The reality is that', 'paraphrase'),
  p(4, 21, '“We are not contemplating', 3, [48], '“We are not contemplating', 'near-verbatim'),
  p(4, 22, 'Everyone recognizes that', 3, [49], 'Everyone acknowledges the', 'paraphrase'),
  p(4, 23, 'A DEA spokeswoman declined', 3, [50], 'A spokeswoman for the DEA', 'paraphrase'),
  p(4, 24, '“We are not receiving', 3, [51], '“We are not getting', 'paraphrase'),
  p(4, 25, 'In addition, he added', 3, [52], 'Furthermore, she added', 'paraphrase'),
  p(4, 26, '“One of the things', 3, [53], '“One of the things', 'paraphrase'),
  p(4, 27, 'Donahue said corruption', 3, [54], 'Donahue said the corruption', 'paraphrase'),
  p(4, 28, 'The problems are obvious', 3, [55], 'The problems are obvious', 'paraphrase'),
  p(4, 29, 'Feeley says the US', 3, [56], 'Feeley says the U.S.', 'paraphrase'),
  p(4, 30, 'The Biden administration opposes', 3, [57], 'The Biden administration opposes', 'near-verbatim'),
  p(4, 31, '“I think the Biden', 3, [58], '“I do think the Biden', 'paraphrase'),
];

/** 002 (Daily Caller rewrite, attributes NPR) -> 000 (NPR web story). */
export const REWRITE_002_000: ReuseLabel[] = [
  p(2, 0, 'U.S. operations targeting', 0, [4], 'A senior Drug Enforcement', 'paraphrase'),
  p(2, 1, 'A Drug Enforcement Administration (DEA)', 0, [3, 5, 7, 8], 'The collapse of joint', 'paraphrase'),
  p(2, 2, '“We’re willing to share', 0, [4], 'A senior Drug Enforcement', 'near-verbatim'),
  p(2, 7, 'The partnership between', 0, [9, 10], 'The crisis began last October', 'paraphrase'),
  p(2, 8, 'All charges against Cienfuegos', 0, [10, 15, 16], 'The U.S. accused Cienfuegos', 'paraphrase'),
  p(2, 9, '“They captured many', 0, [13], '"They captured many', 'near-verbatim'),
  p(2, 10, 'White House Office of National', 0, [19], 'During a conference call', 'paraphrase'),
];

/** 001 (NPR radio transcript) -> 000 (NPR web story): the sentences the two versions share. */
export const SIBLING_001_000: ReuseLabel[] = [
  p(1, 3, 'It\'s a crisis', 0, [8], '"It\'s a national health', 'near-verbatim'),
  p(1, 5, 'We\'re willing to share', 0, [4], 'A senior Drug Enforcement', 'near-verbatim'),
  p(1, 8, 'That report from CBS', 0, [10], 'The U.S. accused Cienfuegos', 'near-verbatim'),
  p(1, 10, 'Ernst Falko (ph)', 0, [11, 12, 14], '"Operations have pretty much', 'paraphrase'),
  p(1, 11, 'Operations there have', 0, [11], '"Operations have pretty much', 'near-verbatim'),
  p(1, 12, 'In response to the Cienfuegos', 0, [15, 16, 17], 'In response to the Cienfuegos', 'near-verbatim'),
  p(1, 13, 'They do not fear', 0, [8], '"It\'s a national health', 'near-verbatim'),
  p(1, 14, 'Sources in the U.S.', 0, [18, 19, 21], 'This diplomatic row', 'paraphrase'),
  p(1, 15, 'With the elections coming', 0, [22], '"It\'s my expectation', 'near-verbatim'),
  p(1, 16, 'Mexican President Andres', 0, [23, 24], 'Mexican President Andres', 'near-verbatim'),
];

/**
 * 003's first half (paragraphs 6..27: its own reporting, which 004 does not copy) is independent
 * of NPR's 000/001/002: same story, same names, no shared sentences. None may match them.
 */
export const NBC_FIRST_HALF = { doc: 3, from: 6, to: 27, against: [0, 1, 2] };

/**
 * On-topic sentences written for this test: the story's names and vocabulary (DEA, Cienfuegos,
 * Sinaloa, fentanyl, López Obrador) in sentences that appear in no seed. None may match.
 */
export const ON_TOPIC_SYNTHETIC: string[] = [
  'Agents of the DEA say the Sinaloa cartel now moves most of its fentanyl through small border crossings in Arizona, hidden in passenger cars.',
  'The arrest of Salvador Cienfuegos at Los Angeles airport surprised Mexican officials, who learned of it from news reports the next morning.',
  'President López Obrador has repeatedly rejected any suggestion that American troops could operate on Mexican soil against the cartels.',
  'Fentanyl overdoses have become the leading cause of death for Americans between 18 and 45, according to figures released by health officials.',
  'Mexican prosecutors dropped their own inquiry into the former defense minister within weeks, citing a lack of evidence from Washington.',
  'Analysts in Mexico City expect the next round of security talks to focus on precursor chemicals shipped from Asian ports.',
  'The Jalisco cartel has expanded into avocado farms and fuel theft, while the Sinaloa cartel concentrates on synthetic drugs.',
  'Former DEA agents describe long waits for permission to act on intelligence about drug labs in the mountains of Sinaloa.',
  'Lawmakers in Washington held a hearing on border security in which several witnesses blamed cartel violence for the migration surge.',
  'A spokesman for the Mexican foreign ministry said the country had seized record amounts of methamphetamine and fentanyl this year.',
];
