/**
 * Every number the topic stage uses, in one place (style rule 4: heuristics as data). Build and
 * runtime both import it, so the model and its scorer cannot disagree.
 */

/** The general-English background (see tools/make-background-table.ts for the sources). */
export const BACKGROUND = {
  /** Length in words of the "typical text" a commonness refers to: a Brown Corpus sample. */
  textLength: 2000,
  /** Commonness is stored as an integer: probability x scale (keeps the JSON small). */
  scale: 10000,
  /**
   * Words rarer than this (in 1/scale) are left out of the table and get `floor` instead: 40 is
   * two Brown texts in 500; below it the estimate is noise and barely differs from the floor.
   */
  minStored: 40,
  /** Commonness of a word the table lacks: rarer than one Brown text in 500 ("fentanyl", "Cienfuegos"). */
  floor: 0.001,
} as const;

/** Building the model from the corpus. */
export const MODEL = {
  /** Terms shorter than this are not topic terms ("us" from "U.S.", "mr"). */
  minTermLength: 3,
  /**
   * A term must occur at least this often in the corpus: one stray word in one document (a
   * reporter's aside) says nothing about the story.
   */
  minCorpusCount: 2,
  /**
   * Confidence in a term grows with its corpus count as count / (count + k): a term seen twice
   * weighs half of one seen many times.
   */
  countConfidenceK: 2,
  /**
   * Commonness given to a name (see proper-nouns.ts) the background has never seen. The background
   * is a 1961 corpus plus film subtitles: it lacks recent public figures ("Biden", "Barr") that
   * are everyday words in news, so treating every unseen name as rarer than one text in 500 made
   * any politics story look like ours. 0.01 is the commonness the background gives a middling
   * news word ("lawmakers" 0.010, "smuggling" 0.016); story names still weigh well above general
   * words ("officials" 0.23).
   */
  unseenNameCommonness: 0.01,
  /** Share of mid-sentence uses that must be capitalised for a term to count as a name. */
  nameCapitalShare: 0.8,
  /** At most this many terms are kept (strongest first): ~25 bytes each keeps the model < 15 KB. */
  maxTerms: 500,
  /** Weights are rounded to this many decimals in the stored model. */
  weightDecimals: 3,
} as const;

/**
 * Grouping the corpus into subjects (cluster.ts). A page is on-topic when it is about any one of
 * them, so each cluster gets its own weights and threshold: pooled, a five-subject corpus diluted
 * every subject to a fifth, and three of ten independent student answers (test/reuse) fell below
 * the pooled line.
 */
export const CLUSTER = {
  /** A document's signature: its this many strongest terms (weighed as a one-document corpus). */
  signatureTerms: 40,
  /**
   * Cosine between a document's signature and a cluster's (the sum of its documents') at or above
   * which the document joins the cluster. Measured with 40-term signatures: the five seeds (one
   * story) are 0.37-0.71 apart pairwise; the five test/reuse sources (five subjects) at most 0.18,
   * the CS corpus of test/topic likewise, and news benchmark pages at most 0.11 from any seed.
   * 0.25 is near the middle of 0.18 and 0.37 on a log scale.
   */
  minSimilarity: 0.25,
  /**
   * A cluster needs at least this many words of content to get its own model: two held-out
   * windows (THRESHOLD.windowWords), so that a window held out leaves a window's worth of the
   * subject to score it. Shorter clusters are pooled into one, as the whole corpus was before
   * clusters: the 134-152-word texts of test/topic's CS corpus, alone, left their held-out models
   * almost no terms counted twice, and their thresholds fell to the null floor (0.02), where
   * benchmark news pages reached 1.4x the line on two or three terms.
   */
  minWords: 300,
  /**
   * At most this many clusters are kept (the largest; the others join their nearest kept one and
   * are pooled there, as the whole corpus used to be). Bounds the model's size and the scoring
   * loop for a corpus of thousands of documents on many stories.
   */
  maxClusters: 40,
  /**
   * Term entries over all clusters together: each cluster keeps min(MODEL.maxTerms, termBudget /
   * clusters) of its strongest terms, never fewer than `minClusterTerms`. 40 x 75 = 3,000 entries
   * bound the model at ~120 KB of JSON (a one-cluster model stays at ~15 KB).
   */
  termBudget: 3000,
  /**
   * A cluster keeps at least this many terms: a 400-word encyclopedia article has ~60-90 terms
   * counted twice or more, so 75 keeps nearly all of a short document's subject.
   */
  minClusterTerms: 75,
} as const;

/** Scoring a page. */
export const SCORE = {
  /**
   * Pseudo-count of content words added to every page's length: a 10-word text cannot reach the
   * density of a full article by luck (a headline "Mexico beach holidays" is not the story).
   * 30 is about a third of the content words of a 150-word article.
   */
  lengthPrior: 30,
  /** A page must hit at least this many distinct model terms: one repeated name is not the story. */
  minDistinctTerms: 4,
  /** How many driving terms the verdict lists. */
  verdictTerms: 10,
} as const;

/** Setting the threshold from the corpus itself. */
export const THRESHOLD = {
  /** Held-out windows are cut at about this many words: a short news article (~150 words). */
  windowWords: 150,
  /**
   * The threshold sits near this percentile of the held-out window scores: a low one, not the
   * lowest, since some windows of any corpus are asides (seed 000's paragraphs on William Barr
   * and the exoneration share few words with the rest of the story).
   */
  percentile: 0.25,
  /**
   * Margin below that percentile: new reporting shares less wording with the corpus than the
   * corpus shares with itself, so the line sits at this fraction of it. It was 0.95, set between
   * the held-out seeds and a PolitiFact check on drug seizures at the Mexican border (the highest
   * of the 121 benchmark pages); on real articles on the story (bench/data/topic-real) that line
   * missed 46% of the dev split: arrests, trials and extraditions of cartel leaders are told with
   * the story's kind of words, not the seeds' own. Refitted on the dev split, with KINDS and the
   * one-weight names: every dev off-topic article stays out down to 0.60 (the highest, Texas razor
   * wire, at 0.59 of the old line), but the PolitiFact page, under the model test/topic builds
   * (every seed line taken as content, noise included: its line is 7% lower), reaches 0.995 of the
   * line at 0.78 (which passes 24 of 28 dev articles). 0.80 and 0.83 both pass 23 (0.85: 22) with
   * the PolitiFact page at 0.97 and 0.94; 0.83 was the choice, keeping that page out.
   * Refitted again on the dev split (98 articles, 38 on the story), now for F2 (recall counted
   * twice): the gate only saves work. A page it passes is analysed and shows nothing unless
   * paragraphs are traced (content/state.ts `hasFindings`); a page it stops is never looked at,
   * so a miss silences the extension on the story's own articles (0.83 missed 7 of 38 dev, 9 of 24
   * held-out). Dev F2 is highest for a line between 0.71 and 0.82 of the old one (0.682-0.685,
   * where F2 peaks too, lies under the general-English floor, `nullMultiple`); 0.635 = 0.83 x 0.765
   * sits mid-way. Dev recall 0.82 -> 0.89, precision 0.97 -> 0.97; held-out recall 0.63 -> 0.79,
   * precision 0.94 -> 0.95; the 121 benchmark pages stay off under the shipped model (under a model
   * of the raw seed text, 7% lower, the PolitiFact page now passes).
   */
  margin: 0.635,
  /**
   * The margin for a cluster of one document: its held-out windows are scored by the rest of the
   * same article (same writer, same examples), which shares more wording with them than new text
   * on the subject will; in a cluster of several documents most of that model comes from other
   * writers, as it does for a new page. On the five one-document subjects of test/reuse,
   * independent student answers scored down to 0.90 of the held-out percentile
   * (inheritance-non1) and off-topic pages (benchmark news, the seeds) at most 0.31; 0.8 leaves
   * the lowest answer 13% above the line and the highest off-topic page at 0.39 of it. Set on
   * test/reuse, so those answers are tuning data here, not an independent test.
   */
  singleDocumentMargin: 0.8,
  /**
   * The threshold is never below this multiple of the score that general English (the
   * background) would get from the model. News shares words like "officials" with any news
   * corpus more than the background expects: the 121 benchmark pages score a median 1.5x that
   * null under the seed model (the border drug-seizure fact-check 11x, kept out by the held-out
   * line) and a median 0.6x, at most 6x, under the five-subject test corpus. 10x is the floor for
   * corpora too small or too varied for held-out windows to say much (one short document).
   */
  nullMultiple: 10,
  /** At most this many windows are held out in turn (one model each; keeps large corpora fast to build). */
  maxWindows: 60,
  /** Fraction of a held-out window's words counted as content terms (stopwords dropped), for the null score. */
  contentFraction: 0.45,
} as const;

/**
 * The two kinds of story terms (score.ts): names (who and where: DEA, Sinaloa, Mexico,
 * Cienfuegos) and the other story terms (what: cartel, fentanyl, extradition, trafficking). An
 * article on the story has both, as every window of the corpus does; a page with one kind only is
 * about something that shares half the vocabulary: U.S. overdose and treatment news (fentanyl,
 * opioid, overdose, no story name) or Mexican politics (López Obrador, Mexico, little of the rest).
 * On bench/data/topic-real's dev split such pages were the highest-scoring off-topic pages (up to
 * 0.83 of the old line), above a third of the on-topic articles.
 */
export const KINDS = {
  /**
   * Floors are set only for a cluster of at least this many documents: a story told by several
   * writers names its actors in every report, while the names of a one-document subject are that
   * article's own examples (Bellman in a text on dynamic programming), which an independent text
   * on the subject need not repeat (test/reuse: dynamic-programming-non1 fell from 1.2x the line
   * to 0.18 with a floor).
   */
  minDocuments: 2,
  /** The floor of each kind's share starts from this percentile of the held-out windows' shares. */
  percentile: 0.1,
  /**
   * The share a page needs, as a fraction of that percentile, below which its score is scaled
   * down in proportion (a page with no story name scores 0). New reporting carries fewer of the
   * corpus's names than the corpus itself (its own officials, not the seeds'), hence well below 1.
   * Fitted on the dev split of bench/data/topic-real with THRESHOLD.margin: at 0 (no floor) three
   * U.S. overdose/treatment pages pass the 0.70 line; 0.25-0.5 keep all 57 dev off-topic pages out
   * at the same recall; 1 loses on-topic articles that name only Mexico. 0.25, the low end.
   */
  nameFloor: 0.25,
  /**
   * No effect on the dev split once a name of several words weighs once (proper-nouns.ts): the
   * Mexican-politics pages fall below the line on density alone. Kept as the mirror guard, for a
   * page that is a list of the story's names (the density's other guard is SCORE.minDistinctTerms).
   */
  topicFloor: 0.5,
} as const;
