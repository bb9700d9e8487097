// Imports the Clough & Stevenson (2011) corpus of plagiarised short answers.
// The texts were read, file by file, from the stored copy of
//   udacity/ML_SageMaker_Studies @ 247648cb5793b57fa1677af6f3fadbb789b647f7
//   Project_Plagiarism_Detection/data/{orig_task?,g?p?_task?}.txt and file_information.csv
// into a local staging directory (the look-up tool gives file text, not a git checkout).
// Usage: node scripts/reuse-real/import-cs.mjs <staging-dir-with-the-100-txt-files> <file_information.csv>
import fs from 'node:fs';
import path from 'node:path';
import { clean, mergeItems, writeItems, writeSource } from './lib.mjs';
import { splitOf } from './split.mjs';

const REPO = 'udacity/ML_SageMaker_Studies';
const COMMIT = '247648cb5793b57fa1677af6f3fadbb789b647f7';
const DIR = 'Project_Plagiarism_Detection/data';
const TITLES = {
  a: 'Inheritance (object-oriented programming)',
  b: 'PageRank',
  c: 'Vector space model',
  d: "Bayes' theorem",
  e: 'Dynamic programming',
};

const [stage, csv] = process.argv.slice(2);
if (!stage || !csv) { console.error('usage: import-cs.mjs <stage-dir> <file_information.csv>'); process.exit(2); }
const rows = fs.readFileSync(csv, 'utf8').trim().split(/\r?\n/).slice(1).map((l) => l.split(','));
const read = (f) => clean(fs.readFileSync(path.join(stage, f), 'utf8'));
const origin = (f) => `${REPO}@${COMMIT}:${DIR}/${f}`;

const items = [];
const groups = new Set();
for (const [file, task, category] of rows) {
  const group = `cs-task${task}`;
  groups.add(group);
  if (category === 'orig') {
    // Wikipedia source text: one paragraph per non-empty line (the stored file has one paragraph a line).
    const paras = read(file).split('\n').map((l) => l.trim()).filter(Boolean);
    writeSource(`cs-orig_task${task}`, TITLES[task], paras);
    continue;
  }
  items.push({
    id: `cs-${file.replace(/\.txt$/, '')}`,
    group,
    split: splitOf(group),
    kind: category,
    text: read(file),
    source: category === 'non' ? null : `cs-orig_task${task}`,
    origin: origin(file),
    note: category === 'non'
      ? 'C&S "non": written from the participant\'s own knowledge/course material without the Wikipedia source (negative; same topic as the source).'
      : `C&S "${category}" rewrite of the Wikipedia source text (label from file_information.csv).`,
  });
}
writeItems(mergeItems(items, groups));
console.log(`imported ${items.length} C&S answers in ${groups.size} groups`);
