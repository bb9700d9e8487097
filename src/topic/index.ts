/**
 * Topic detection: is a page about the corpus's story? `buildTopicModel` runs once when the
 * corpus is built; `scoreTopic` runs on every article page. See README.md for the method.
 */
export { buildTopicModel, TOPIC_MODEL_VERSION, type TopicSourceDocument, type StoredTopicModel, type StoredTopicCluster } from './build-model';
export { scoreTopic } from './score';
export type { TopicModel, TopicVerdict } from './types';
