/** The on-topic model, built from the corpus at build time. */
export interface TopicModel {
  /** Terms characteristic of the corpus's story, with weights (built from the corpus, never hand-written). */
  terms: { term: string; weight: number }[];
  /** Score at or above which a page counts as on-topic. */
  threshold: number;
  /** Free-form fields owned by src/topic. */
  [field: string]: unknown;
}

/** The verdict for one page. */
export interface TopicVerdict {
  onTopic: boolean;
  score: number;
  /** The terms that drove the score, strongest first. */
  terms: { term: string; weight: number }[];
}
