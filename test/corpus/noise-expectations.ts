/**
 * Every noise paragraph of every seed, in order: [start of its text, category]. Read from the
 * seeds line by line; any paragraph not listed here must come out as content.
 */
import type { NoiseCategory } from '../../src/noise/categories';

export const EXPECTED_NOISE: Record<number, [string, NoiseCategory][]> = {
  0: [
    ['National Public Radio', 'header-footer'],
    ['Read more', 'related-teaser'],
    ['Senate Democrats urge not to fight', 'related-teaser'],
    ['A group of Senate Democrats', 'related-teaser'],
    ["Judge's decision on Bill Barr memo", 'related-teaser'],
    ['A small but powerful section', 'related-teaser'],
    ['Inner circle is terrified', 'related-teaser'],
    ['If you haven’t been keeping up', 'related-teaser'],
    ['Biden strikes international deal', 'related-teaser'],
    ['The Biden administration has struck an agreement', 'related-teaser'],
  ],
  1: [
    ['BRIAN MANN, BYLINE:', 'speaker-label'],
    ['MATTHEW DONAHUE:', 'speaker-label'],
    ['MANN:', 'speaker-label'],
    ['DONAHUE:', 'speaker-label'],
    ['MANN:', 'speaker-label'],
    ['UNIDENTIFIED REPORTER:', 'speaker-label'],
    ['MANN:', 'speaker-label'],
    ['FALKO ERNST:', 'speaker-label'],
    ['MANN:', 'speaker-label'],
    ['ERNST:', 'speaker-label'],
    ['MANN:', 'speaker-label'],
    ['DONAHUE:', 'speaker-label'],
    ['MANN:', 'speaker-label'],
    ['CECILIA FARFAN-MENDEZ:', 'speaker-label'],
    ['MANN:', 'speaker-label'],
    ['Brian Mann, NPR News.', 'transcript-credit'],
    ['(SOUNDBITE OF BJORK SONG, "PAGAN POETRY")', 'speaker-label'],
    ['Transcript provided by NPR, Copyright NPR.', 'transcript-credit'],
    ['Tags: drug cartels', 'other'],
  ],
  2: [
    ['From brand new DEA threat assessment', 'social-embed'],
    ['— Daniel Horowitz (@RMConservative)', 'social-embed'],
    ['All content created by the Daily Caller News Foundation', 'syndication-notice'],
  ],
  3: [
    ['IE 11 is not supported', 'browser-notice'],
    ['Morning Rundown:', 'newsletter-teaser'],
    ['Hundreds of pounds of fentanyl and meth seized near Ensenada', 'photo-caption'],
    ['An armed guard stands near hundreds of pounds', 'photo-credit'],
    ['March 09, 2023, Mexico City, Mexico:', 'photo-caption'],
    ['Mexican President Andrés Manuel López Obrador speaks', 'photo-credit'],
    ['Meth found in a spare tire', 'photo-caption'],
    ['Meth found in a spare tire', 'photo-credit'],
    ['National Institute on Drug Abuse', 'chart-label'],
    ['Fentanyl pills, meth and other drugs', 'photo-caption'],
    ['Fentanyl pills, meth and other drugs', 'photo-credit'],
  ],
  4: [
    ['National Institute on Drug Abuse', 'chart-label'],
    ['Fentanyl pills, methamphetamine and other drugs', 'photo-caption'],
    ['Fentanyl pills, methamphetamine and other drugs', 'photo-credit'],
    ['Cooperation in the drug war between the US and Mexico', 'other'],
    ['Leave a Reply', 'comment-prompt'],
    ['Your email address will not be published', 'comment-prompt'],
    ['Scroll to top', 'navigation'],
  ],
};
