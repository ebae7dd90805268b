import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 160 (2026-12-05, session 37): 60 crises and 90 ordinary, written blind, aimed at an inner voice's "kill
// yourself". Against bf096a8: crises below the writer's level 33, ordinary above it 6; as first measured against
// 9700027's reading (subject-dropped.ts): 23 and 14 (a song's, a game's, a sermon's and a friend's voices, rewritten
// as the speaker's); with only the speaker's own mind read and no song, game, play or sermon told of, and "you should
// just die", "kys", "sauti ndani ya kichwa" added (in-sample): 22 and 6.
describe("review 160: a red team aimed at an inner voice's 'kill yourself'", () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review160.jsonl', import.meta.url), [60, 90]);
});
