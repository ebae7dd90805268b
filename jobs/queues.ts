/**
 * Queue names: the five pipeline stages of DESIGN §6 in order, then outgoing webhooks and the nightly
 * personalisation. Never rename one.
 */
export const STAGE_QUEUES = ['transcription', 'emotion', 'baseline', 'risk', 'reply'] as const;
export const QUEUE_NAMES = [...STAGE_QUEUES, 'webhooks', 'personalise'] as const;

export type StageName = (typeof STAGE_QUEUES)[number];
export type QueueName = (typeof QUEUE_NAMES)[number];
