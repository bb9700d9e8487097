// Hand labels for the news groups of bench/data/reuse-real (read by build-news.mjs).
// Every text is a stored page (bench/data/reuse-real/pages/<page>.txt) or a repo seed (seed:<id>),
// addressed by paragraph index as printed by `node scripts/reuse-real/pages.mjs <page>`.
// Label rules (see README): a derived paragraph gets the group's source when it reuses a paragraph
// that is present in the stored source text; paragraphs reusing parts of the original that the stored
// source text lacks (truncated excerpts, missing paragraphs) are left out; the rewriter's own
// sentences are `non`; independent articles on the same story are `unrelated-on-topic`.
//   copy        verbatim or near-verbatim (same sentences; small edits, quote reused with new attribution)
//   spin        synonym-swapped copy (automatic "article spinner")
//   rewrite     paraphrase / summary by another writer
//   translation translated text (cross-language, or machine round-trip translated English)

const range = (a, b) => Array.from({ length: b - a + 1 }, (_, i) => a + i);
const many = (page, paras, kind, src, note) => paras.map((para) => ({ page, para, kind, src, note }));

const SEED_NPR = 'seed:000_e47383a489849ae0';
const SEED_DCNF = 'seed:002_6b3167d55fa68f9c';
const SEED_NBC = 'seed:003_1ca589219219b27f';
const SEED_TRENDEE = 'seed:004_526864c1977376da';

export const SEED_ORIGINS = {
  [SEED_NPR]: 'https://investigoo.com/content/u-s-mexico-efforts-targeting-drug-cartels-have-unraveled-top-dea-official-admits.html (stored copy of NPR, Brian Mann, 2021-05-03; text = seeds/000_e47383a489849ae0.txt)',
  [SEED_DCNF]: 'https://dailycallernewsfoundation.org/2021/05/04/mexican-agencies-wont-help-us-topple-drug-cartels-senior-dea-official-says (text = seeds/002_6b3167d55fa68f9c.txt)',
  [SEED_NBC]: 'https://www.nbcnews.com/politics/national-security/no-cooperation-us-mexico-drug-war-rcna75093 (text = seeds/003_1ca589219219b27f.txt)',
  [SEED_TRENDEE]: 'https://trendeepro.com/cooperation-in-the-drug-war-between-the-us-and-mexico-is-at-its-lowest-point-in-decades-what-went-wrong/ (text = seeds/004_526864c1977376da.txt)',
};

export const GROUPS = [
  {
    group: 'news-npr-2021-dea',
    source: {
      id: 'npr-2021-dea-mexico', page: SEED_NPR, paras: range(4, 24),
      title: 'U.S.-Mexico efforts targeting drug cartels have unraveled, top DEA official admits',
    },
    items: [
      ...many(SEED_DCNF, [0, 1, 7, 8, 10], 'rewrite', true, 'Daily Caller News Foundation rewrite of the NPR report ("NPR reported")'),
      ...many(SEED_DCNF, [2, 9], 'copy', true, 'NPR quotation reused verbatim with a reworded attribution'),
      { page: SEED_DCNF, para: 3, kind: 'non', src: false, note: 'embedded tweet added by the rewriter' },
      { page: SEED_DCNF, para: 11, kind: 'non', src: false, note: "rewriter's own sentence" },
      ...many('truepundit-dea-impunity', [0, 1], 'rewrite', true, 'rewrite (via the Washington Free Beacon) of the NPR report'),
      { page: 'truepundit-dea-impunity', para: 2, kind: 'copy', src: true, note: 'NPR quotation reused, attribution shortened' },
      ...many('truepundit-dea-impunity', [3, 4], 'non', false, "rewriter's own material (Sen. Cotton)"),
      { page: 'washingtonpost-merida', para: 0, kind: 'unrelated-on-topic', src: false, note: 'independent Washington Post reporting on the same subject' },
      ...many('dailymail-mexico-law-dea', [2, 3, 4, 5], 'unrelated-on-topic', false, 'independent Daily Mail report on the Mexican law restricting the DEA (covered in the NPR source too)'),
    ],
  },
  {
    group: 'news-nbc-2023-cooperation',
    source: {
      id: 'nbc-2023-drug-war-cooperation', page: SEED_NBC,
      paras: [4, 5, 6, 7, ...range(9, 20), 22, 24, 25, 26, ...range(28, 34), 36, 37, ...range(39, 53)],
      title: 'Drug war cooperation between the U.S. and Mexico is at its lowest point in decades. What went wrong?',
    },
    items: [
      ...many(SEED_TRENDEE, [1, 2, 3, ...range(5, 11), 13, 14, ...range(16, 30)], 'translation', true,
        'trendeepro.com: machine round-trip translation of the NBC article (e.g. "game changer" -> "watershed", "RS.C.")'),
      ...many('mexicotoday-fentanyl-meltdown-1', [0, 1, 2], 'unrelated-on-topic', false, 'independent opinion column on the same breakdown of U.S.-Mexico cooperation'),
      ...many('mexicotoday-fentanyl-meltdown-2', [0, 1, 3], 'unrelated-on-topic', false, 'independent opinion column on the same breakdown of U.S.-Mexico cooperation'),
      { page: 'mexicotoday-fentanyl-meltdown-2', para: 2, kind: 'unrelated-on-topic', src: false, note: 'independent column; shares only the public slogan "hugs, not bullets" with the NBC source' },
    ],
  },
  {
    group: 'news-propublica-cienfuegos-affair',
    source: {
      id: 'propublica-cienfuegos-affair', page: 'propublica-cienfuegos-affair', paras: range(2, 8),
      title: 'The Cienfuegos Affair: Inside the Case that Upended America’s Drug War',
    },
    items: [
      ...many('borderlandbeat-cienfuegos-affair', range(2, 7), 'copy', true, 'Borderland Beat repost of the NYT Magazine co-publication (C.I.A./D.E.A. house style)'),
      ...many('vidianews-cienfuegos-affair', range(4, 7), 'translation', true, 'machine round-trip translated copy (paragraphs merged, words dropped)'),
      { page: 'nydailynews-cienfuegos-brooklyn', para: 0, kind: 'unrelated-on-topic', src: false },
      { page: 'nydailynews-cienfuegos-brooklyn', para: 1, kind: 'unrelated-on-topic', src: false },
      { page: 'nydailynews-cienfuegos-brooklyn', para: 4, kind: 'unrelated-on-topic', src: false },
      { page: 'nydailynews-cienfuegos-brooklyn', para: 5, kind: 'unrelated-on-topic', src: false },
      { page: 'dailybeast-cienfuegos-lax', para: 2, kind: 'unrelated-on-topic', src: false },
      { page: 'cnn-cienfuegos-trust', para: 2, kind: 'unrelated-on-topic', src: false },
    ],
  },
  {
    group: 'news-propublica-terry-cole',
    source: {
      id: 'propublica-terry-cole', page: 'hsnw-propublica-cole', paras: range(3, 8),
      title: 'Trump Pick to Run DEA Could Challenge America’s Already Tense Relations with Mexico',
    },
    items: [
      ...many('eclipsemedias-propublica-cole', range(1, 5), 'spin', true, 'synonym-spun copy ("abuses of energy", "drug brokers", "Mexico Metropolis")'),
      { page: 'vibeforge-propublica-cole', para: 2, kind: 'copy', src: true, note: 'copy with paragraphs run together and non-ASCII characters dropped; spans the whole source excerpt plus boilerplate; cut short in the stored excerpt' },
      { page: 'dailyglance-propublica-cole', para: 1, kind: 'rewrite', src: true, note: 'summary rewrite of source paragraphs 2-3' },
      { page: 'dailyglance-propublica-cole', para: 2, kind: 'rewrite', src: true, note: 'summary rewrite of source paragraphs 4-6' },
      ...many('yugenews-cnn-cole', range(0, 3), 'unrelated-on-topic', false, 'summary of a CNN article on the same nomination (not of ProPublica)'),
    ],
  },
  {
    group: 'news-elpais-terry-cole',
    source: {
      id: 'elpais-es-terry-cole', page: 'elpais-es-terry-cole', paras: [1, 2, 3],
      title: 'Terry Cole, un viejo halcón conocido de Latinoamérica, desembarca como nuevo jefe de la DEA',
    },
    items: [
      ...many('elpais-en-terry-cole', [1, 2, 3], 'translation', true, "El País English edition's translation of the Spanish original"),
      { page: 'redfowl-es-terry-cole', para: 1, kind: 'copy', src: true, note: 'verbatim copy of the Spanish original' },
    ],
  },
  {
    group: 'news-sinembargo-terry-cole',
    source: {
      id: 'sinembargo-es-terry-cole', page: 'sinembargo-es-terry-cole', paras: [0, 1, 2, 3],
      title: 'Close Up: próximo jefe de la DEA, odiador de AMLO y ligado a la matanza de Allende',
    },
    items: many('parriva-en-terry-cole', [0, 1, 2], 'translation', true, 'English translation of the SinEmbargo article'),
  },
  {
    group: 'news-dailybeast-cienfuegos-dismissal',
    source: {
      id: 'dailybeast-cienfuegos-dismissal', page: 'dailybeast-cienfuegos-fuming', paras: [0, 1, 2, 4, 5, 6],
      title: 'DEA investigators fuming over dropped case against Mexican general Salvador Cienfuegos Zepeda',
    },
    items: [
      { page: 'rawstory-cienfuegos', para: 1, kind: 'rewrite', src: true, note: 'Raw Story summary of the Daily Beast report' },
      { page: 'rawstory-cienfuegos', para: 2, kind: 'copy', src: true, note: 'Daily Beast paragraph quoted verbatim ("reported David Shortell")' },
      { page: 'rawstory-cienfuegos', para: 4, kind: 'non', src: false, note: "rewriter's own paragraph" },
      { page: 'ktiv-ap-dropping-case', para: 0, kind: 'unrelated-on-topic', src: false, note: 'independent AP story on the same event' },
    ],
  },
  {
    group: 'news-bloomberg-cienfuegos-dismissal',
    source: {
      id: 'bloomberg-cienfuegos-dismissal', page: 'bloombergquint-cienfuegos', paras: [1, 2, 3, 4, 5, 7, 8],
      title: 'Barr Gets Judge’s Signoff to Drop Mexican Drug-Traffic Case',
    },
    items: [
      { page: 'thenewstalkers-bloomberg-cienfuegos', para: 2, kind: 'non', src: false, note: "forum poster's own comment" },
      ...many('thenewstalkers-bloomberg-cienfuegos', [4, 6, 9], 'copy', true, 'earlier version of the same Bloomberg story, reposted'),
      { page: 'thenewstalkers-bloomberg-cienfuegos', para: 8, kind: 'copy', src: true, note: 'earlier version of the same Bloomberg sentence, with an extra clause' },
      ...many('esquiredaily-wsj-cienfuegos', [0, 2, 3], 'unrelated-on-topic', false, 'independent Wall Street Journal story on the same hearing'),
      { page: 'esquiredaily-wsj-cienfuegos', para: 1, kind: 'unrelated-on-topic', src: false, note: 'shared-quote: independent WSJ report quoting the judge, as the dailybeast-cienfuegos-dismissal source also does' },
      ...many('joshwho-wsj-cienfuegos', [2, 3, 4, 6], 'unrelated-on-topic', false, 'independent Wall Street Journal story on the same event'),
      { page: 'joshwho-wsj-cienfuegos', para: 5, kind: 'unrelated-on-topic', src: false, note: 'shared-quote: independent WSJ report quoting the judge, as the dailybeast-cienfuegos-dismissal source also does' },
    ],
  },
  {
    group: 'news-vice-dea-threat',
    source: {
      id: 'vice-mexico-threatened-dea', page: 'vice-mexico-threatened-dea', paras: [2, 3, 4, 5],
      title: 'Mexico Threatened to Kick Out the DEA to Get US Charges Dropped Against Former Top General',
    },
    items: [
      { page: 'dailybeast-vice-threatened', para: 2, kind: 'rewrite', src: true, note: 'Daily Beast rewrite "according to VICE News"' },
    ],
  },
  {
    group: 'news-reuters-probe-closed',
    source: {
      id: 'reuters-cienfuegos-probe-closed', page: 'nationalpost-reuters-disappointed', paras: [1, 2, 5, 6, 7, 8, 9],
      title: "U.S. 'deeply disappointed' Mexico closed probe of ex-defense minister",
    },
    items: [
      ...many('live5-hill-reuters-disappointed', [1, 2, 4, 5], 'rewrite', true, "The Hill's rewrite of the Reuters report, further machine-altered on live5.news"),
      { page: 'live5-hill-reuters-disappointed', para: 6, kind: 'translation', src: true, note: 'the Reuters quotation after machine round-trip translation' },
    ],
  },
  {
    group: 'news-reuters-el-mayo',
    source: {
      id: 'reuters-el-mayo-arrest', page: 'khaleejtimes-reuters-el-mayo', paras: range(1, 6),
      title: 'How El Chapo’s son helped US arrest fabled narco chief El Mayo',
    },
    items: [
      { page: 'crooksandliars-reuters-el-mayo', para: 0, kind: 'copy', src: true, note: 'Reuters lede reused with one verb changed and "Via Reuters:" appended' },
      ...many('crooksandliars-reuters-el-mayo', [1, 2, 3], 'copy', true, 'Reuters paragraphs block-quoted'),
      ...many('worldarabia-reuters-el-mayo', [0, 1], 'rewrite', true, 'paraphrase of the Reuters story (e.g. "cherry on top" -> "unexpected bonus")'),
      ...many('newscentral-el-mayo', [0, 1, 2, 3, 4, 6, 7], 'unrelated-on-topic', false, 'independent report on the same arrests'),
    ],
  },
  {
    group: 'news-nyt-el-mayo',
    source: {
      id: 'nyt-el-mayo-capture', page: 'deccanherald-nyt-el-mayo', paras: range(0, 5),
      title: 'How the US captured one of Mexico’s biggest drug lords',
    },
    items: [
      ...many('englishtimes-nyt-el-mayo', [3, 4, 5, 6], 'translation', true, 'reworded copy of the NYT story with machine-translation artifacts'),
      { page: 'englishtimes-nyt-el-mayo', para: 7, kind: 'translation', src: true, note: 'reworded copy with machine-translation artifacts; cut short in the stored excerpt' },
      ...many('americasgoneviral-nbc-el-mayo', [0, 1, 2, 3], 'unrelated-on-topic', false, 'summary of an NBC News story on the same arrests (not of the NYT story)'),
    ],
  },
  {
    group: 'news-cbs-fentanyl-seizures',
    source: {
      id: 'cbs-fentanyl-seizures', page: 'cbsnews-fentanyl-seizures', paras: range(3, 7),
      title: 'Fentanyl seizures rise at U.S.-Mexico border — here’s why',
    },
    items: [
      ...many('aslisunda-cbs-fentanyl-seizures', range(4, 8), 'spin', true, 'automatically spun copy ("in" -> "successful", "the" -> "nan", "have" -> "person")'),
      ...many('pbod-fentanyl-mass-overdoses', [0, 1], 'unrelated-on-topic', false, 'independent text on fentanyl from Mexico and the border'),
    ],
  },
  {
    group: 'news-justthenews-fentanyl',
    source: {
      id: 'justthenews-fentanyl-migrant-surge', page: 'justthenews-fentanyl-migrant-surge', paras: range(2, 7),
      title: 'Migrant surge at border fuels massive fentanyl overdose crisis in U.S.',
    },
    items: [
      { page: 'adnamerica-justthenews-fentanyl', para: 3, kind: 'copy', src: true, note: 'subtitle copied from the first sentence of a source paragraph' },
      ...many('adnamerica-justthenews-fentanyl', [6, 7, 8], 'copy', true, 'republication; two source paragraphs merged into one'),
      { page: 'adnamerica-justthenews-fentanyl', para: 9, kind: 'copy', src: true, note: 'republication; cut short in the stored excerpt' },
      ...many('justthenews-lax-borders-overdoses', range(5, 11), 'unrelated-on-topic', false, 'another article by the same outlet on the same subject (no shared text)'),
    ],
  },
  {
    group: 'news-csmonitor-nogales',
    source: {
      id: 'csmonitor-nogales-fentanyl', page: 'csmonitor-nogales-fentanyl', paras: range(0, 6),
      title: 'The Christian Science Monitor, 2024-12-17: tracking fentanyl at the port of Nogales',
    },
    items: [
      ...many('mzaxazm-csmonitor-nogales', [0, 2, 5, 7], 'copy', true, 'copy of the Monitor story'),
      { page: 'mzaxazm-csmonitor-nogales', para: 6, kind: 'copy', src: true, note: 'copy with the sentence lightly re-ordered (another edit of the story)' },
    ],
  },
  {
    group: 'news-ap-ovidio-extradited',
    source: {
      id: 'ap-ovidio-extradited', page: 'gpb-ap-ovidio-extradited', paras: range(2, 9),
      title: 'Mexico extradites son of former Sinaloa cartel leader "El Chapo" to the US',
    },
    items: [
      { page: 'fugitive-ap-ovidio-extradited', para: 1, kind: 'copy', src: true, note: 'AP lede copied with "on Friday" dropped' },
      { page: 'dailybeast-ovidio-extradited', para: 0, kind: 'rewrite', src: true, note: 'cheat-sheet rewrite of the AP story; the Garland quotation comes from the same statement' },
      ...many('upi-ovidio-extradited', [2, 3, 4, 5, 6], 'unrelated-on-topic', false, 'independent UPI story on the same extradition'),
      { page: 'upi-ovidio-extradited', para: 8, kind: 'unrelated-on-topic', src: false, note: 'shared-quote: independent UPI story quoting the same Garland statement as the AP source' },
      ...many('pledgetimes-ovidio-extradited', [0, 1, 2, 3], 'unrelated-on-topic', false, 'independent report on the same extradition'),
    ],
  },
  {
    group: 'news-ap-caro-quintero',
    source: {
      id: 'ap-caro-quintero-sent-to-us', page: 'newindianexpress-ap-caro-quintero', paras: [0, 1, 2, 3, 5, 6, 7, 8],
      title: 'Mexico sends drug lord Caro Quintero, 28 others to US as officials meet with Trump team',
    },
    items: [
      { page: 'briefly-ap-caro-quintero', para: 0, kind: 'rewrite', src: true, note: 'aggregator summary of the AP story' },
      { page: 'briefly-ap-caro-quintero', para: 1, kind: 'copy', src: true, note: 'the Bondi statement as quoted in the AP story, trimmed' },
      { page: 'briefly-ap-caro-quintero', para: 2, kind: 'copy', src: true, note: 'AP sentence quoted verbatim' },
      { page: 'briefly-ap-caro-quintero', para: 3, kind: 'rewrite', src: true, note: 'paraphrase of the AP lede presented as a quotation' },
      { page: 'briefly-ap-caro-quintero', para: 4, kind: 'copy', src: true, note: 'AP sentence quoted with a phrase moved' },
      { page: 'lawenforcementtoday-caro-quintero', para: 4, kind: 'rewrite', src: true, note: 'light rewrite of two AP sentences (credited to NBC News)' },
      { page: 'lawenforcementtoday-caro-quintero', para: 6, kind: 'copy', src: true, note: 'AP sentence nearly verbatim; cut short in the stored excerpt' },
      ...many('scrippsnews-caro-quintero', range(0, 5), 'unrelated-on-topic', false, 'independent Scripps News story on the same extraditions'),
    ],
  },
  {
    group: 'news-npr-2023-fentanyl-experts',
    source: {
      id: 'npr-2023-fentanyl-experts', page: 'kgou-npr-fentanyl-experts', paras: [3, 4, 5, 6, 7, 8, 9, 11],
      title: "Politicians say they'll stop fentanyl smugglers. Experts say new drug war won't work",
    },
    items: [
      { page: 'ncja-npr-fentanyl-experts', para: 3, kind: 'rewrite', src: true, note: 'digest summary: paraphrased opening plus three NPR sentences copied verbatim' },
    ],
  },
  {
    group: 'news-reuters-capo-deal',
    source: {
      id: 'reuters-barr-capo-deal', page: 'nationalpost-reuters-capo-deal', paras: range(1, 7),
      title: 'Exclusive: Mexico agreed with U.S. Attorney General Barr to arrest drug capo in deal for general – source',
    },
    items: [
      ...many('cricketbazus-reuters-capo-deal', range(3, 9), 'translation', true, 'copy altered by machine round-trip translation ("minister defense", "dropped the lawsuit")'),
      ...many('hapka-reuters-capo-deal', [1, 4, 7], 'copy', true, 'verbatim republication'),
      { page: 'ticklethewire-reuters-capo-deal', para: 2, kind: 'rewrite', src: true, note: 'rewrite of the Reuters lede' },
      ...many('ticklethewire-reuters-capo-deal', [4, 5], 'copy', true, 'Reuters quotation reused with a reworded attribution'),
      { page: 'ticklethewire-reuters-capo-deal', para: 7, kind: 'non', src: false, note: "writer's own background sentence" },
      { page: 'ticklethewire-reuters-capo-deal', para: 8, kind: 'rewrite', src: true, note: 'rewrite of a Reuters sentence with an added clause' },
      ...many('presstv-reuters-capo-deal', [6, 8, 10], 'rewrite', true, 'Press TV rewrite of the Reuters exclusive'),
      { page: 'presstv-reuters-capo-deal', para: 7, kind: 'rewrite', src: true, note: 'first sentence rewrites a Reuters sentence; the second is Press TV background' },
      ...many('presstv-reuters-capo-deal', [9, 11], 'copy', true, 'Reuters quotation reused ("[sic]" added / attribution reworded)'),
      { page: 'dailymail-reuters-amlo-denies', para: 1, kind: 'unrelated-on-topic', src: false, note: 'later Reuters brief: new content (the president denies the deal)' },
      { page: 'dailymail-reuters-amlo-denies', para: 2, kind: 'rewrite', src: true, note: 'later Reuters brief restating its own exclusive' },
      ...many('oodaloop-cienfuegos-returned', [0, 1], 'unrelated-on-topic', false, 'independent brief on the same case, written before the exclusive'),
    ],
  },
  {
    group: 'news-cbs-el-mayo',
    source: {
      id: 'cbs-el-mayo-duped', page: 'cbsnews-el-mayo-duped', paras: [1, 2, 4, 5],
      title: 'Powerful cartel leader was duped by El Chapo’s son into flying to U.S., sources say',
    },
    items: [
      ...many('recentlyheard-cbs-el-mayo', [0, 1, 3, 4], 'spin', true, 'automatically spun copy ("leader" -> "pacesetter", "a source told CBS News" -> "a supply informed CBS Information")'),
      ...many('hockeytribute-cbs-el-mayo', [1, 2, 3, 4], 'spin', true, 'automatically spun copy (another run of the same spinner)'),
      { page: 'mestios-upi-el-mayo', para: 4, kind: 'unrelated-on-topic', src: false, note: 'summary of a UPI story on the same arrests' },
    ],
  },
  {
    group: 'news-ap-el-chapo-extradited',
    source: {
      id: 'ap-el-chapo-extradited', page: '6abc-ap-el-chapo-extradited', paras: range(2, 7),
      title: "Mexico says drug lord 'El Chapo' Guzman extradited to US",
    },
    items: [
      ...many('wdtn-ap-el-chapo-extradited', [2, 3, 4], 'copy', true, 'the same AP story as published by another station (typographic quotes, "(AP)" dateline)'),
      { page: 'rawstory-ap-el-chapo-extradited', para: 1, kind: 'rewrite', src: true, note: 'one-sentence rewrite of the AP lede ("the AP reports")' },
      ...many('rawstory-ap-el-chapo-extradited', [2, 3, 4], 'non', false, "Raw Story's own background (not in the AP text)"),
      { page: 'thewrap-ap-el-chapo-extradited', para: 2, kind: 'rewrite', src: true, note: 'rewrite of the AP lede ("according to the Associated Press")' },
      { page: 'thewrap-ap-el-chapo-extradited', para: 7, kind: 'rewrite', src: true, note: 'first sentence rewrites the AP custody/flight paragraph ("According to the AP"); the second is TheWrap background' },
      ...many('thewrap-ap-el-chapo-extradited', [4, 5, 6], 'non', false, "TheWrap's own background (Sean Penn interview; credits the BBC for another fact)"),
      { page: 'abc30-el-chapo-extradited', para: 3, kind: 'non', src: false, note: "ABC's own reporting (a spokeswoman confirms to ABC News)" },
      { page: 'abc30-el-chapo-extradited', para: 5, kind: 'copy', src: true, note: 'earlier version of the AP paragraph ("The Associated Press contributed to this report")' },
      { page: 'nymag-el-chapo-extradited', para: 0, kind: 'unrelated-on-topic', src: false, note: 'independent New York magazine item on the same extradition (credits the New York Daily News)' },
    ],
  },
  {
    group: 'news-reuters-capos-handover',
    source: {
      id: 'reuters-capos-handover', page: 'westhawaiitoday-reuters-capos', paras: [1, 2, 4, 5, 6, 7, 8, 9, 10],
      title: 'Mexico sending major drug capos to US as Trump tariff threat looms',
    },
    items: [
      ...many('fbcnews-reuters-capos', [1, 2, 3, 5, 6, 7, 8, 9], 'copy', true, 'verbatim republication of the Reuters story ("[Source: Reuters]")'),
      { page: 'alphanews-reuters-capos', para: 0, kind: 'rewrite', src: true, note: 'summary rewrite of Reuters paragraphs 1-2 and 7-8' },
      ...many('nzherald-caro-quintero-extradited', [1, 2, 3, 4, 5, 6, 9], 'unrelated-on-topic', false, 'independent NZ Herald story on the same extraditions'),
      { page: 'nzherald-caro-quintero-extradited', para: 8, kind: 'unrelated-on-topic', src: false, note: 'shared-quote: the Bondi statement also quoted in ap-caro-quintero-sent-to-us' },
      ...many('thebureau-caro-quintero-extradited', [0, 1], 'unrelated-on-topic', false, 'independent newsletter report on the same extraditions'),
      { page: 'thebureau-caro-quintero-extradited', para: 2, kind: 'unrelated-on-topic', src: false, note: 'shared-quote: the Bondi statement also quoted in ap-caro-quintero-sent-to-us' },
    ],
  },
  {
    group: 'news-ap-ovidio-capture',
    source: {
      id: 'ap-ovidio-capture', page: 'avpress-ap-ovidio-capture', paras: range(0, 6),
      title: 'Mexico nabs son of drug lord El Chapo',
    },
    items: [
      ...many('voanews-ap-ovidio-capture', [0, 1, 3, 4], 'copy', true, "VOA's version of the AP story (house style: no accents, \"U.S.\", \"predawn\")"),
      { page: 'voanews-ap-ovidio-capture', para: 2, kind: 'copy', src: true, note: 'VOA version of the AP paragraph with a phrase added (nicknamed "the Mouse")' },
      ...many('california18-ovidio-capture', [0, 2, 4, 5], 'unrelated-on-topic', false, 'machine-translated report from Spanish-language coverage of the same capture (not the AP text)'),
      { page: 'california18-ovidio-capture', para: 1, kind: 'unrelated-on-topic', src: false, note: "independent report; quotes Sandoval's statement, which the AP source gives in indirect speech" },
      { page: 'california18-ovidio-capture', para: 3, kind: 'unrelated-on-topic', src: false, note: 'shared-quote: Sandoval\'s "six months of reconnaissance and surveillance" is also in the AP source' },
      { page: 'guardian-ovidio-capture', para: 0, kind: 'unrelated-on-topic', src: false, note: 'one-paragraph Guardian video lead on the same capture' },
      { page: 'pledgetimes-ovidio-capture', para: 0, kind: 'unrelated-on-topic', src: false, note: 'English version of an Italian report on the same capture' },
    ],
  },
  {
    group: 'news-npr-el-mencho-vigil',
    source: {
      id: 'npr-el-mencho-vigil', page: 'krps-npr-el-mencho-vigil', paras: [3, 4, 5, 6, 7],
      title: "Former DEA official on Mexico's drug-fighting future after cartel leader's death",
    },
    items: [
      ...many('holotruth-npr-el-mencho-vigil', [3, 5, 6, 7], 'translation', true, 'NPR transcript passed through machine round-trip translation ("killing" -> "assassination", "Jalisco New Generation Cartel" -> "next generation cartel in Jalisco")'),
      ...many('devdiscourse-el-mencho', [2, 4, 5, 6], 'unrelated-on-topic', false, 'independent report on the killing of El Mencho (U.S. intelligence support)'),
      ...many('today24-el-mencho-killed', [1, 2, 3, 4, 6, 8], 'unrelated-on-topic', false, 'independent news report on the killing of El Mencho'),
      { page: 'primerogue-el-mencho-killed', para: 1, kind: 'unrelated-on-topic', src: false, note: 'independent blog commentary on the same operation' },
      { page: 'primerogue-el-mencho-killed', para: 2, kind: 'unrelated-on-topic', src: false, note: 'independent blog commentary; credits CBS News ("A Pentagon official told CBS News") for another fact' },
    ],
  },
  {
    group: 'news-cnn-chapitos-charges',
    source: {
      id: 'cnn-chapitos-charges', page: 'ktvz-cnn-chapitos-charges', paras: range(1, 5),
      title: 'Justice Department charges leaders of Mexico’s Sinaloa cartel in sprawling fentanyl-trafficking probe',
    },
    items: [
      ...many('theusarticles-cnn-chapitos-charges', range(2, 6), 'copy', true, 'verbatim copy of the CNN story'),
      ...many('vice-chapitos-tigers', [3, 7, 9, 10], 'unrelated-on-topic', false, 'independent VICE News report on the same indictments'),
      ...many('adn-wapo-chapitos-charges', [0, 1, 3, 4, 6], 'unrelated-on-topic', false, 'independent Washington Post report on the same indictments'),
      ...many('yahoo-usatoday-chapitos-charges', [1, 3, 4], 'unrelated-on-topic', false, 'independent USA TODAY report on the same indictments'),
    ],
  },
  {
    group: 'news-ap-garcia-luna-bribes',
    source: {
      id: 'ap-garcia-luna-bribes', page: 'independent-ap-garcia-luna-bribes', paras: [10, 11],
      title: 'Judge says Mexican ex-official tried to bribe inmates in a bid for new US drug trial',
    },
    items: [
      { page: 'quietpath-ap-garcia-luna-bribes', para: 4, kind: 'copy', src: true, note: 'spam-site copy with a keyword inserted mid-sentence ("case,Burley Garcia a judge found")' },
      { page: 'quietpath-ap-garcia-luna-bribes', para: 5, kind: 'copy', src: true, note: 'spam-site copy of the AP paragraph' },
      ...many('kitevault-ap-garcia-luna-bribes', [4, 5], 'copy', true, 'spam-site copy of the AP story ("NEW YORK (AP) —" dateline kept)'),
      { page: 'legaltrends-ap-garcia-luna-bribes', para: 1, kind: 'rewrite', src: true, note: 'paraphrase of the first two AP paragraphs' },
      ...many('worldtodaynews-garcia-luna-new-trial', [0, 1, 2, 3], 'unrelated-on-topic', false, 'independent report on the same ruling (from Mexican coverage; quotes the written decision)'),
    ],
  },
  {
    group: 'news-reuters-el-mayo-plea',
    source: {
      id: 'reuters-el-mayo-plea', page: 'oafnation-reuters-el-mayo-plea', paras: range(3, 9),
      title: 'Former Mexican drug kingpin Ismael “El Mayo” Zambada pleads guilty to US charges',
    },
    items: [
      ...many('leadnaija-reuters-el-mayo-plea', [0, 1], 'copy', true, 'copy of the Reuters story with small edits ("faces a mandatory life sentence")'),
      ...many('localnewswave-reuters-el-mayo-plea', [1, 2], 'copy', true, 'earlier version of the same Reuters text'),
      ...many('localnewswave-el-mayo-life', [0, 1, 2], 'unrelated-on-topic', false, 'independent report on the plea and its political meaning'),
      { page: 'deepnewz-el-mayo-to-plead', para: 0, kind: 'unrelated-on-topic', src: false, note: 'summary written before the plea hearing, from the court filing' },
    ],
  },
  {
    group: 'news-ap-guzman-lopez-plea',
    source: {
      id: 'ap-guzman-lopez-plea', page: 'castanet-ap-guzman-lopez-plea', paras: range(3, 10),
      title: 'Son of drug kingpin ‘El Chapo’ pleads guilty in US drug trafficking case in deal with prosecutors',
    },
    items: [
      { page: 'newsvi-guzman-lopez-plea', para: 1, kind: 'rewrite', src: true, note: 'rewrite of the AP courtroom paragraph ("spoke little" -> "spoke sparingly")' },
      { page: 'newsvi-guzman-lopez-plea', para: 7, kind: 'copy', src: true, note: 'AP quotation reused with a reworded attribution' },
      { page: 'newsvi-guzman-lopez-plea', para: 8, kind: 'copy', src: true, note: 'AP quotation reused, shortened' },
      { page: 'newsvi-guzman-lopez-plea', para: 10, kind: 'rewrite', src: true, note: 'rewrite of the AP sentence on the 10-year minimum' },
      ...many('thesun-afp-guzman-lopez-plea', [1, 2, 3, 4, 6, 7], 'unrelated-on-topic', false, 'AFP story on the same plea ("a plea deal seen by AFP"), independent of the AP text'),
      ...many('newser-guzman-lopez-plea', [0, 1, 2], 'unrelated-on-topic', false, 'Newser summary of the same plea crediting USA Today and the BBC'),
    ],
  },
  {
    group: 'news-cbs-matamoros-kidnapping',
    source: {
      id: 'cbs-matamoros-kidnapping', page: 'cbsnews-matamoros-kidnapped', paras: range(4, 10),
      title: '4 Americans missing after they were kidnapped in Mexican border city, FBI says',
    },
    items: [
      { page: 'ktvq-matamoros-kidnapped', para: 5, kind: 'rewrite', src: true, note: "rewrite of the first sentence of CBS's lede (\"a brazen attack carried out by multiple gunmen\")" },
      { page: 'ktvq-matamoros-kidnapped', para: 6, kind: 'copy', src: true, note: "second sentence of CBS's lede, verbatim" },
      { page: 'ktvq-matamoros-kidnapped', para: 11, kind: 'rewrite', src: true, note: 'CBS sentence reworded ("The four had entered" -> "The four Americans traveled to"), FBI attribution added' },
      { page: 'ktvq-matamoros-kidnapped', para: 12, kind: 'copy', src: true, note: 'CBS sentence with "The FBI" -> "The agency\'s"' },
      ...many('ktvq-matamoros-kidnapped', [2, 7], 'non', false, 'update material not in the CBS source (later news; "CBS News has learned")'),
      { page: 'ktvq-matamoros-kidnapped', para: 8, kind: 'non', src: false, note: 'update material crediting The Associated Press ("told The Associated Press")' },
      { page: 'uoine-matamoros-kidnapped', para: 2, kind: 'non', src: false, note: 'later material not in the CBS source ("Earlier, CBS News learned")' },
      { page: 'uoine-matamoros-kidnapped', para: 3, kind: 'rewrite', src: true, note: 'rewrite of the second sentence of the CBS lede' },
      { page: 'uoine-matamoros-kidnapped', para: 6, kind: 'rewrite', src: true, note: 'rewrite of the CBS sentence on the minivan' },
      { page: 'uoine-matamoros-kidnapped', para: 7, kind: 'copy', src: true, note: 'CBS sentence with "The FBI" -> "The agency’s"' },
      { page: 'uoine-matamoros-kidnapped', para: 10, kind: 'copy', src: true, note: 'first sentence of the CBS video paragraph with small edits' },
      { page: 'uoine-matamoros-kidnapped', para: 11, kind: 'rewrite', src: true, note: 'rewrite of the rest of the CBS video paragraph' },
      ...many('rrunrrun-cnn-matamoros-kidnapped', [2, 3, 5, 6, 8, 9], 'unrelated-on-topic', false, 'CNN story on the same kidnapping (from the same FBI release), independent of the CBS text'),
      { page: 'rrunrrun-cnn-matamoros-kidnapped', para: 4, kind: 'unrelated-on-topic', src: false, note: 'shared-quote: the FBI statement also quoted in the CBS source' },
    ],
  },
  {
    group: 'news-propublica-allende-dea',
    source: {
      id: 'propublica-allende-dea', page: 'propublica-allende-dea', paras: range(4, 7),
      title: 'Who Holds the DEA Accountable When Its Missions Cost Lives?',
    },
    items: [
      ...many('psmag-propublica-allende-dea', range(0, 3), 'copy', true, 'republication of the ProPublica story (house style: "cell phone", unspaced dashes)'),
      ...many('elreporterosf-propublica-allende-dea', range(4, 7), 'copy', true, 'verbatim republication of the ProPublica story'),
      ...many('nationofchange-propublica-ig-dea', [3, 4], 'unrelated-on-topic', false, "later ProPublica story on the inspector general's inquiry (no text from the 2017 story)"),
    ],
  },
  {
    group: 'news-ap-caro-quintero-capture',
    source: {
      id: 'ap-caro-quintero-captured', page: 'dicasblogger-ap-caro-quintero-capture', paras: range(1, 7),
      title: 'Mexico captures infamous drug lord Rafael Caro Quintero',
    },
    items: [
      ...many('cbsnews-caro-quintero-helicopter', [6, 7, 8], 'copy', true, "the AP story's paragraph as CBS ran it (AP's U.S. wording: \"walking out\", \"midday\")"),
      ...many('cbsnews-caro-quintero-helicopter', [2, 3, 4], 'non', false, "CBS's own reporting on the crash, from the navy statement (not from the AP source)"),
      ...many('newsworldcity-cbs-caro-quintero-helicopter', [5, 6, 7], 'translation', true, 'round-trip translated copy of the AP paragraph in the CBS story ("a sniffer named “Max” was found hiding")'),
      ...many('newsworldcity-cbs-caro-quintero-helicopter', [1, 2, 3], 'non', false, "round-trip translated copy of CBS's own crash paragraph (not from the AP source)"),
      ...many('breezyscroll-ap-caro-quintero-max', [3, 4, 7, 8], 'copy', true, 'AP paragraph with small edits (split into shorter sentences)'),
      { page: 'breezyscroll-ap-caro-quintero-max', para: 9, kind: 'rewrite', src: true, note: 'AP video paragraph reworded ("A very short" -> "A concise", "soaked" -> "soaking wet") and split' },
      ...many('breezyscroll-ap-caro-quintero-max', [2, 5], 'non', false, "the aggregator's own material on the dog Max"),
      ...many('mexiconewsdaily-marines-killed-caro-quintero', range(1, 6), 'unrelated-on-topic', false, "Mexico News Daily's own report on the same capture and crash (same navy statement and facts, no AP text)"),
      ...many('wionews-reuters-caro-quintero-arrest', range(0, 3), 'unrelated-on-topic', false, 'WION report written from Reuters on the same capture (independent of the AP text)'),
      ...many('printveela-cnn-caro-quintero-capture', [0, 1, 2, 3, 4, 6, 8], 'unrelated-on-topic', false, "reworded copy of CNN's report on the same capture (independent of the AP text)"),
      ...many('euroweeklynews-caro-quintero-black-hawk', range(2, 7), 'unrelated-on-topic', false, "Euro Weekly News's own report on the same capture and crash (citing Sky News; no AP text)"),
    ],
  },
  // El Chapo sentenced to life (2019): the NYT story, its copies, and six independent reports
  {
    group: 'news-nyt-chapo-sentenced',
    source: {
      id: 'nyt-chapo-sentenced', page: 'houstonchronicle-nyt-chapo-sentenced', paras: [3, 4, 5, 6, 7, 8, 9, 10],
      title: 'Drug cartel kingpin ‘El Chapo’ sentenced to life in prison',
    },
    items: [
      { page: 'inlander-nyt-chapo-sentenced', para: 2, kind: 'copy', src: true, note: "the same New York Times News Service story as run by The Inlander (verbatim)" },
      { page: 'inlander-nyt-chapo-sentenced', para: 3, kind: 'copy', src: true, note: "the same NYT story as run by The Inlander (\"But on Wednesday morning\", El Chapo without quotation marks)" },
      { page: 'inlander-nyt-chapo-sentenced', para: 4, kind: 'copy', src: true, note: "the same NYT story as run by The Inlander (\"sprawling\" dropped)" },
      { page: 'inlander-nyt-chapo-sentenced', para: 5, kind: 'copy', src: true, note: "the same New York Times News Service story as run by The Inlander (verbatim)" },
      { page: 'inlander-nyt-chapo-sentenced', para: 6, kind: 'copy', src: true, note: "the same New York Times News Service story as run by The Inlander (verbatim)" },
      { page: 'hightimes-nyt-chapo-sentenced', para: 0, kind: 'rewrite', src: true, note: "High Times rewrite (uncredited) of source paragraphs 4-5 (\"30-year criminal career\" -> \"30-year drug trafficking career\"; \"drug, murder and money laundering charges\")" },
      { page: 'hightimes-nyt-chapo-sentenced', para: 3, kind: 'rewrite', src: true, note: "rewrite of source paragraphs 8-9 (\"overwhelming evil\" -> \"overwhelmingly evil\" crimes; ADX sentence nearly verbatim)" },
      { page: 'usatoday-chapo-sentenced', para: 3, kind: 'unrelated-on-topic', src: false, note: "independent USA TODAY story (Kevin McCoy) on the same sentencing" },
      { page: 'usatoday-chapo-sentenced', para: 4, kind: 'unrelated-on-topic', src: false, note: "independent USA TODAY story (Kevin McCoy) on the same sentencing" },
      { page: 'usatoday-chapo-sentenced', para: 6, kind: 'unrelated-on-topic', src: false, note: "independent USA TODAY story (Kevin McCoy) on the same sentencing" },
      { page: 'usatoday-chapo-sentenced', para: 7, kind: 'unrelated-on-topic', src: false, note: "independent USA TODAY story (Kevin McCoy) on the same sentencing" },
      { page: 'usatoday-chapo-sentenced', para: 8, kind: 'unrelated-on-topic', src: false, note: "independent USA TODAY story (Kevin McCoy) on the same sentencing" },
      { page: 'usatoday-chapo-sentenced', para: 9, kind: 'unrelated-on-topic', src: false, note: "independent USA TODAY story (Kevin McCoy) on the same sentencing" },
      { page: 'usatoday-chapo-sentenced', para: 10, kind: 'unrelated-on-topic', src: false, note: "independent USA TODAY story (Kevin McCoy) on the same sentencing" },
      { page: 'usatoday-chapo-sentenced', para: 5, kind: 'unrelated-on-topic', src: false, note: "shared-quote: Judge Cogan's \"overwhelming evil\", also quoted in the NYT source" },
      { page: 'eluniversal-reuters-chapo-sentenced', para: 4, kind: 'unrelated-on-topic', src: false, note: "independent Reuters story on the same sentencing" },
      { page: 'eluniversal-reuters-chapo-sentenced', para: 5, kind: 'unrelated-on-topic', src: false, note: "independent Reuters story on the same sentencing" },
      { page: 'eluniversal-reuters-chapo-sentenced', para: 6, kind: 'unrelated-on-topic', src: false, note: "independent Reuters story on the same sentencing" },
      { page: 'eluniversal-reuters-chapo-sentenced', para: 7, kind: 'unrelated-on-topic', src: false, note: "independent Reuters story on the same sentencing" },
      { page: 'eluniversal-reuters-chapo-sentenced', para: 8, kind: 'unrelated-on-topic', src: false, note: "independent Reuters story on the same sentencing" },
      { page: 'eluniversal-reuters-chapo-sentenced', para: 9, kind: 'unrelated-on-topic', src: false, note: "independent Reuters story on the same sentencing" },
      { page: 'eluniversal-reuters-chapo-sentenced', para: 10, kind: 'unrelated-on-topic', src: false, note: "independent Reuters story on the same sentencing" },
      { page: 'amny-chapo-sentenced', para: 0, kind: 'unrelated-on-topic', src: false, note: "independent amNY/Newsday story on the same sentencing hearing" },
      { page: 'amny-chapo-sentenced', para: 1, kind: 'unrelated-on-topic', src: false, note: "independent amNY/Newsday story on the same sentencing hearing" },
      { page: 'amny-chapo-sentenced', para: 2, kind: 'unrelated-on-topic', src: false, note: "independent amNY/Newsday story on the same sentencing hearing" },
      { page: 'amny-chapo-sentenced', para: 3, kind: 'unrelated-on-topic', src: false, note: "independent amNY/Newsday story on the same sentencing hearing" },
      { page: 'amny-chapo-sentenced', para: 4, kind: 'unrelated-on-topic', src: false, note: "independent amNY/Newsday story on the same sentencing hearing" },
      { page: 'amny-chapo-sentenced', para: 5, kind: 'unrelated-on-topic', src: false, note: "independent amNY/Newsday story on the same sentencing hearing" },
      { page: 'amny-chapo-sentenced', para: 6, kind: 'unrelated-on-topic', src: false, note: "independent amNY/Newsday story on the same sentencing hearing" },
      { page: 'amny-chapo-sentenced', para: 7, kind: 'unrelated-on-topic', src: false, note: "independent amNY/Newsday story on the same sentencing hearing" },
      { page: 'cnn-chapo-sentenced', para: 0, kind: 'unrelated-on-topic', src: false, note: "independent CNN story on the same sentencing" },
      { page: 'cnn-chapo-sentenced', para: 1, kind: 'unrelated-on-topic', src: false, note: "independent CNN story on the same sentencing" },
      { page: 'cnn-chapo-sentenced', para: 2, kind: 'unrelated-on-topic', src: false, note: "independent CNN story on the same sentencing" },
      { page: 'cnn-chapo-sentenced', para: 3, kind: 'unrelated-on-topic', src: false, note: "independent CNN story on the same sentencing" },
      { page: 'cnn-chapo-sentenced', para: 4, kind: 'unrelated-on-topic', src: false, note: "independent CNN story on the same sentencing" },
      { page: 'cnn-chapo-sentenced', para: 5, kind: 'unrelated-on-topic', src: false, note: "independent CNN story on the same sentencing" },
      { page: 'cnn-chapo-sentenced', para: 6, kind: 'unrelated-on-topic', src: false, note: "independent CNN story on the same sentencing" },
      { page: 'cnn-chapo-sentenced', para: 7, kind: 'unrelated-on-topic', src: false, note: "independent CNN story on the same sentencing" },
      { page: 'cnn-chapo-sentenced', para: 8, kind: 'unrelated-on-topic', src: false, note: "independent CNN story on the same sentencing" },
      { page: 'cnn-chapo-sentenced', para: 9, kind: 'unrelated-on-topic', src: false, note: "independent CNN story on the same sentencing" },
      { page: 'cnn-chapo-sentenced', para: 10, kind: 'unrelated-on-topic', src: false, note: "independent CNN story on the same sentencing" },
      { page: 'brooklyneagle-chapo-sentenced', para: 3, kind: 'unrelated-on-topic', src: false, note: "independent Brooklyn Daily Eagle story on the same sentencing" },
      { page: 'brooklyneagle-chapo-sentenced', para: 4, kind: 'unrelated-on-topic', src: false, note: "independent Brooklyn Daily Eagle story on the same sentencing" },
      { page: 'brooklyneagle-chapo-sentenced', para: 5, kind: 'unrelated-on-topic', src: false, note: "independent Brooklyn Daily Eagle story on the same sentencing" },
      { page: 'brooklyneagle-chapo-sentenced', para: 7, kind: 'unrelated-on-topic', src: false, note: "independent Brooklyn Daily Eagle story on the same sentencing" },
      { page: 'brooklyneagle-chapo-sentenced', para: 8, kind: 'unrelated-on-topic', src: false, note: "independent Brooklyn Daily Eagle story on the same sentencing" },
      { page: 'brooklyneagle-chapo-sentenced', para: 9, kind: 'unrelated-on-topic', src: false, note: "independent Brooklyn Daily Eagle story on the same sentencing" },
      { page: 'brooklyneagle-chapo-sentenced', para: 10, kind: 'unrelated-on-topic', src: false, note: "independent Brooklyn Daily Eagle story on the same sentencing" },
      { page: 'mia-dpa-chapo-sentenced', para: 0, kind: 'unrelated-on-topic', src: false, note: "independent dpa story on the same sentencing" },
      { page: 'mia-dpa-chapo-sentenced', para: 1, kind: 'unrelated-on-topic', src: false, note: "independent dpa story on the same sentencing" },
      { page: 'mia-dpa-chapo-sentenced', para: 2, kind: 'unrelated-on-topic', src: false, note: "independent dpa story on the same sentencing" },
      { page: 'mia-dpa-chapo-sentenced', para: 3, kind: 'unrelated-on-topic', src: false, note: "independent dpa story on the same sentencing" },
      { page: 'mia-dpa-chapo-sentenced', para: 4, kind: 'unrelated-on-topic', src: false, note: "independent dpa story on the same sentencing" },
      { page: 'mia-dpa-chapo-sentenced', para: 5, kind: 'unrelated-on-topic', src: false, note: "independent dpa story on the same sentencing" },
      { page: 'mia-dpa-chapo-sentenced', para: 6, kind: 'unrelated-on-topic', src: false, note: "independent dpa story on the same sentencing" },
    ],
  },
  // the 2025 terrorist designation of the cartels: the Reuters story, its rewrites, and four independent reports
  {
    group: 'news-reuters-cartels-terrorist',
    source: {
      id: 'reuters-cartels-terrorist', page: 'squidsaccess-reuters-cartels-terrorist', paras: [1, 2, 3, 4, 5, 6, 7],
      title: 'US declares Tren de Aragua, Sinaloa Cartel as global terrorist organizations',
    },
    items: [
      { page: 'link4din-reuters-cartels-terrorist', para: 0, kind: 'rewrite', src: true, note: 'paraphrase of the Reuters lede ("formally listed", "international terrorist groups")' },
      { page: 'link4din-reuters-cartels-terrorist', para: 1, kind: 'rewrite', src: true, note: 'paraphrase of the Reuters paragraphs on the Rubio notice and the Jan. 20 executive order' },
      { page: 'link4din-reuters-cartels-terrorist', para: 2, kind: 'rewrite', src: true, note: 'paraphrase of the Reuters tariff and CIA-drone paragraphs ("a claim Reuters has not been able to verify")' },
      { page: 'link4din-reuters-cartels-terrorist', para: 3, kind: 'rewrite', src: true, note: 'paraphrase of the Reuters first-term and asylum paragraphs ("Detractors hold")' },
      { page: 'rocketmedia-reuters-cartels-terrorist', para: 3, kind: 'copy', src: true, note: 'Reuters lede with the dateline changed and the first two group names swapped' },
      { page: 'rocketmedia-reuters-cartels-terrorist', para: 4, kind: 'copy', src: true, note: 'Reuters paragraph verbatim' },
      { page: 'rocketmedia-reuters-cartels-terrorist', para: 5, kind: 'non', src: false, note: 'material from other coverage (not in the Reuters text)' },
      { page: 'rocketmedia-reuters-cartels-terrorist', para: 6, kind: 'non', src: false, note: 'material from other coverage (list of the six Mexican cartels)' },
      { page: 'rocketmedia-reuters-cartels-terrorist', para: 7, kind: 'non', src: false, note: 'material from other coverage (not in the Reuters text)' },
      { page: 'rocketmedia-reuters-cartels-terrorist', para: 9, kind: 'non', src: false, note: 'material from other coverage (the executive order)' },
      { page: 'rocketmedia-reuters-cartels-terrorist', para: 10, kind: 'non', src: false, note: 'material from other coverage (wording of the executive order)' },
      { page: 'politicalemails-reuters-cartels-terrorist', para: 0, kind: 'copy', src: true, note: 'the first three Reuters paragraphs quoted verbatim as one block in a political e-mail' },
      { page: 'devdiscourse-reuters-cartels-declares', para: 0, kind: 'rewrite', src: true, note: 'Devdiscourse rewrite of the first two Reuters paragraphs' },
      { page: 'devdiscourse-reuters-cartels-declares', para: 1, kind: 'rewrite', src: true, note: 'rewrite of the Reuters executive-order paragraph and the first sentence on the 2017-2021 plans' },
      { page: 'devdiscourse-reuters-cartels-labels', para: 0, kind: 'rewrite', src: true, note: 'Devdiscourse rewrite of the Reuters lede' },
      { page: 'devdiscourse-reuters-cartels-labels', para: 1, kind: 'rewrite', src: true, note: 'rewrite of the Reuters notice paragraph and the 2017-2021 paragraph' },
      { page: 'ariseright-reuters-cartels-terrorist', para: 0, kind: 'rewrite', src: true, note: 'rewrite of the Reuters lede (the article credits Reuters)' },
      { page: 'ariseright-reuters-cartels-terrorist', para: 1, kind: 'rewrite', src: true, note: 'rewrite of the Reuters notice and executive-order paragraphs' },
      { page: 'ariseright-reuters-cartels-terrorist', para: 3, kind: 'non', src: false, note: "rewriter's own background (Anne Milgram, DEA figures)" },
      { page: 'ariseright-reuters-cartels-terrorist', para: 4, kind: 'non', src: false, note: "rewriter's own background (Milgram quotation)" },
      { page: 'voa-ap-cartels-terrorist', para: 0, kind: 'unrelated-on-topic', src: false, note: 'AP story (VOA) on the same designation, independent of the Reuters text' },
      { page: 'voa-ap-cartels-terrorist', para: 1, kind: 'unrelated-on-topic', src: false, note: 'AP story (VOA) on the same designation, independent of the Reuters text' },
      { page: 'voa-ap-cartels-terrorist', para: 3, kind: 'unrelated-on-topic', src: false, note: 'AP story (VOA) on the same designation, independent of the Reuters text' },
      { page: 'voa-ap-cartels-terrorist', para: 4, kind: 'unrelated-on-topic', src: false, note: 'AP story (VOA) on the same designation, independent of the Reuters text' },
      { page: 'voa-ap-cartels-terrorist', para: 5, kind: 'unrelated-on-topic', src: false, note: 'AP story (VOA) on the same designation, independent of the Reuters text' },
      { page: 'surinametimes-afp-cartels-terrorist', para: 0, kind: 'unrelated-on-topic', src: false, note: 'wire story (AFP style) on the same designation, independent of the Reuters text' },
      { page: 'surinametimes-afp-cartels-terrorist', para: 1, kind: 'unrelated-on-topic', src: false, note: 'wire story (AFP style) on the same designation, independent of the Reuters text' },
      { page: 'surinametimes-afp-cartels-terrorist', para: 2, kind: 'unrelated-on-topic', src: false, note: 'wire story (AFP style) on the same designation, independent of the Reuters text' },
      { page: 'surinametimes-afp-cartels-terrorist', para: 3, kind: 'unrelated-on-topic', src: false, note: 'wire story (AFP style) on the same designation, independent of the Reuters text' },
      { page: 'mynews13-cartels-terrorist', para: 0, kind: 'unrelated-on-topic', src: false, note: 'Spectrum News story on the same designation, independent of the Reuters text' },
      { page: 'mynews13-cartels-terrorist', para: 1, kind: 'unrelated-on-topic', src: false, note: 'Spectrum News story on the same designation, independent of the Reuters text' },
      { page: 'mynews13-cartels-terrorist', para: 3, kind: 'unrelated-on-topic', src: false, note: 'Spectrum News story on the same designation, independent of the Reuters text' },
      { page: 'mynews13-cartels-terrorist', para: 4, kind: 'unrelated-on-topic', src: false, note: 'Spectrum News story on the same designation, independent of the Reuters text' },
      { page: 'mynews13-cartels-terrorist', para: 5, kind: 'unrelated-on-topic', src: false, note: 'Spectrum News story on the same designation, independent of the Reuters text' },
      { page: 'binge-bloomberg-cartels-terrorist', para: 2, kind: 'unrelated-on-topic', src: false, note: 'Bloomberg story on the same designation, independent of the Reuters text' },
      { page: 'binge-bloomberg-cartels-terrorist', para: 3, kind: 'unrelated-on-topic', src: false, note: "independent Bloomberg story; restates the notice's threat wording (national security, foreign policy, economy) as the Reuters source does" },
      { page: 'binge-bloomberg-cartels-terrorist', para: 5, kind: 'unrelated-on-topic', src: false, note: 'Bloomberg story on the same designation, independent of the Reuters text' },
      { page: 'binge-bloomberg-cartels-terrorist', para: 6, kind: 'unrelated-on-topic', src: false, note: 'independent Bloomberg story; Sheinbaum on sovereignty (the Reuters source reports a different Sheinbaum remark, on drone flights)' },
      { page: 'binge-bloomberg-cartels-terrorist', para: 7, kind: 'unrelated-on-topic', src: false, note: 'independent Bloomberg story quoting Sheinbaum (a statement the Reuters source does not quote)' },
      { page: 'binge-bloomberg-cartels-terrorist', para: 8, kind: 'unrelated-on-topic', src: false, note: 'Bloomberg story on the same designation, independent of the Reuters text' },
    ],
  },
];
