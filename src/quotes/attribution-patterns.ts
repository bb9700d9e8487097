/**
 * The word lists the attribution finder reads, kept as data (as readability keeps its regexes at
 * the top): each entry says why it is here and which seed taught it. Seeds: 000 NPR web story,
 * 001 NPR transcript, 002 Daily Caller rewrite, 003 NBC story, 004 machine paraphrase of 003.
 * All entries are lower case; the code compares case-folded words.
 */

/**
 * Verbs that introduce speech. The quote's speaker is their subject
 * (`Donahue said`, `she told NPR`) or, after a quote, the name that follows (`said Rudman`).
 */
export const SPEECH_VERBS: readonly string[] = [
  'said', // every seed: `said Matthew Donahue` (000), `Feeley said` (003)
  'says', // 001 narration, `Feeley says` (003): present-tense attribution
  'say', // `experts say` (003): plural subjects
  'told', // `she told NPR` (000), `Anne Milgram told Congress` (003), `he told reporters` (003)
  'tells', // 001 intro `tells NPR`
  'added', // `but added, “We've found…”` (003), `she added` (003)
  'adding', // `he said, adding that…` (000), `adding, “We deeply lament…”` (003)
  'acknowledged', // `official acknowledged to NBC News that “we need…”` (003)
  'agreed', // `Matthew Donahue … agreed that cooperation was “nonexistent”` (003)
  'noted', // `She noted Mexican officials…` (000): common news attribution
  'stated', // `falsely stated` (003): formal attribution
  'wrote', // print attributions of written statements and posts
  'tweeted', // `said Thursday on Twitter` style quotes of posts
  'asked', // questions quoted in news copy
  'explained', // common news attribution
  'argued', // `he and others argue` (003)
  'warned', // common news attribution
  'announced', // `López Obrador … announced that his policy…` (003)
  'testified', // congressional quotes like Milgram's (003)
  'recalled', // common news attribution
  'insisted', // common news attribution
  'replied', // common news attribution
  'responded', // common news attribution
  'continued', // follow-on quotes: `“…,” she continued.`
  'according to', // `Donahue said, according to NPR` (002)
];

/**
 * Verb forms that attach to the subject of an earlier verb in the sentence rather than having
 * their own: `he said, adding that` (000), `He blamed …, adding, “…”` (003).
 */
export const PARTICIPLE_VERBS: readonly string[] = ['adding', 'saying', 'noting', 'according to'];

/**
 * Words that join a second verb to the first's subject: `acknowledged … that “…” but added, “…”`
 * (003), `agreed that … and added that` (003).
 */
export const CONJUNCTIONS: readonly string[] = ['and', 'but', 'then', 'yet'];

/** Personal pronouns that stand for the last person named (`he said` in 000, `she said` in 003). */
export const PRONOUNS: readonly string[] = ['he', 'she'];

/**
 * Words of a title or role that sit before a name and are not part of it: `DEA Deputy Chief of
 * Operations Matthew Donahue` (002), `Sen. Lindsey Graham` (003), `Senator Lindsey Graham` (004),
 * `DEA Administrator Anne Milgram` (003), `Acting Leader Regina LaBelle` (002),
 * `InSight Crime Drug Interdiction Expert Steven Dudley` (002), `Mexican President Andrés Manuel
 * López Obrador` (000, 003), `Deputy Attorney General Lisa Monaco` (003).
 */
export const TITLE_WORDS: readonly string[] = [
  'president', 'sen', 'senator', 'rep', 'representative', 'gov', 'governor', 'mayor',
  'administrator', 'leader', 'acting', 'expert', 'deputy', 'chief', 'director', 'operations',
  'head', 'secretary', 'minister', 'general', 'attorney', 'official', 'analyst', 'spokeswoman',
  'spokesman', 'spokesperson', 'correspondent', 'adviser', 'advisor', 'fellow', 'ambassador',
  'judge', 'dr', 'mr', 'mrs', 'ms', 'prof', 'professor', 'gen', 'lt', 'col', 'sgt', 'capt',
  'commissioner', 'chairman', 'chairwoman', 'chair', 'then-attorney', 'former', 'interdiction',
  'homeland', 'security',
];

/**
 * Capitalised words that start a sentence or clause but never a name, so a name run stops at
 * them: `But Cecilia Farfán-Méndez` (000), `Last week, he` (003), `The DEA's Matthew Donahue` (001).
 */
export const FUNCTION_WORDS: readonly string[] = [
  'the', 'a', 'an', 'but', 'and', 'or', 'in', 'on', 'at', 'of', 'for', 'to', 'by', 'with',
  'last', 'after', 'before', 'when', 'while', 'then', 'now', 'so', 'yet', 'meanwhile', 'also',
  'furthermore', 'however', 'according', 'during', 'under', 'since', 'as', 'if', 'this', 'that',
  'these', 'those', 'his', 'her', 'their', 'its', 'privately', 'everyone', 'here', 'there',
];

/**
 * Lower-case words that may sit inside a name (`Beltrán de la Cruz`, `Ursula von der Leyen`);
 * none in the seeds, but Spanish names are this story's norm.
 */
export const NAME_PARTICLES: readonly string[] = ['de', 'del', 'la', 'las', 'los', 'van', 'von', 'der', 'da', 'dos', 'di', 'le', 'bin', 'al'];

/**
 * Words that follow `Name, ` when what follows is a description of that person (apposition), so
 * the name is a person: `Matthew Donahue, the DEA's deputy chief` (000), `Regina LaBelle, acting
 * head` (000), `Cecilia Farfán-Méndez, an expert` (000), `Matthew Donahue, who retired` (003),
 * `López Obrador, a leftist populist` (003).
 */
export const APPOSITION_STARTERS: readonly string[] = [
  'a', 'an', 'the', 'who', 'whose', 'acting', 'former', 'then', 'now', 'director', 'head',
];

/**
 * Words that make a capitalised run an organisation or place rather than a person, so it is not
 * registered as a person: `the Wilson Center, a public policy think tank` (003) reads like an
 * apposition; `Mexico’s Foreign Affairs Ministry said` (003) is a speaker but not a person.
 */
export const ORG_WORDS: readonly string[] = [
  'center', 'centre', 'institute', 'institution', 'group', 'council', 'ministry', 'administration',
  'house', 'office', 'department', 'university', 'crime', 'news', 'foundation', 'agency',
  'committee', 'party', 'congress', 'senate', 'government', 'city', 'state', 'states', 'court',
  'police', 'army', 'navy', 'republic', 'association', 'organization', 'commission', 'bureau',
  'service', 'times', 'post', 'press', 'reuters', 'npr', 'cbs', 'nbc', 'abc', 'cnn', 'dea', 'nsc',
  'twitter', 'affairs', 'control', 'policy',
];

/**
 * Head nouns of a description that may stand for an unnamed speaker: `a senior Biden
 * administration official acknowledged` (003), `A White House official told NPR` (001).
 * A description ending in any other noun (`the U.S. government has been unable…`) is not a speaker.
 */
export const SOURCE_NOUNS: readonly string[] = [
  'official', 'officials', 'spokeswoman', 'spokesman', 'spokesperson', 'source', 'sources',
  'expert', 'experts', 'analyst', 'analysts', 'ministry', 'statement', 'reporter', 'aide',
  'diplomat', 'officer', 'agent', 'lawmaker', 'lawmakers',
];

/**
 * Abbreviations whose period does not end a sentence: `Sen. Lindsey Graham` (003),
 * `U.S. officials` (003), `R-S.C., who` (003), `Tempe, Ariz., on Feb. 23` (003 caption).
 */
export const ABBREVIATIONS: readonly string[] = [
  'sen', 'rep', 'gov', 'gen', 'dr', 'mr', 'mrs', 'ms', 'st', 'lt', 'col', 'sgt', 'capt', 'jr',
  'sr', 'u.s', 'u.n', 'no', 'vs', 'inc', 'corp', 'co', 'ariz', 'feb', 'jan', 'aug', 'sept', 'oct',
  'nov', 'dec', 'r-s.c', 'prof', 'st',
];

/**
 * Transcript labels that describe an unnamed voice rather than name one; they are shown in
 * sentence case (`UNIDENTIFIED REPORTER` -> `Unidentified reporter`, 001).
 */
export const DESCRIPTIVE_LABEL_WORDS: readonly string[] = ['unidentified', 'unknown', 'announcer', 'crowd', 'group', 'several'];
