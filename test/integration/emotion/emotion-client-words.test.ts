import { expect } from 'chai';
import { baselineStage } from '../../../processors/baseline/stage.js';
import { emotionStage } from '../../../processors/emotion/stage.js';
import { replyStage } from '../../../processors/reply/stage.js';
import { riskStage } from '../../../processors/risk/stage.js';
import { transcriptionStage } from '../../../processors/transcription/stage.js';
import { registerUser, startEngine, type Engine } from '../../setup/engine.js';
import { analyse } from '../transcription/engine-helpers.js';

// A recording that cannot be decoded, sent with the client's own transcript: transcription fails and is passed over,
// and the emotion stage reads the client's words, as the risk stage does, instead of rating no text at all.

describe('emotion stage with the client’s words after transcription failed', function () {
  this.timeout(90_000);
  let engine: Engine;
  before(async () => {
    engine = await startEngine('redis', [transcriptionStage, emotionStage, baselineStage, riskStage, replyStage]);
  });
  after(() => engine.stop());

  it('rates the client’s transcript when the recording cannot be decoded', async () => {
    const { auth } = await registerUser(engine.app);
    const junk = Buffer.concat([Buffer.from('RIFF\x24\x00\x10\x00WAVEfmt ', 'latin1'), Buffer.alloc(4000, 0x5a)]);
    const transcript = 'I feel so sad and lonely, I cry every night';
    const done = await analyse(engine, auth, { audio: junk, filename: 'a.wav', fields: { transcript } });
    expect(done.status).to.equal('failed');
    expect(done.error).to.include({ stage: 'transcription', code: 'invalid_audio' });
    expect(done.stages.emotion.status).to.equal('completed');
    expect(done.result.emotion.text).to.include({ provider: 'lexicon', label: 'sad' });
    expect(done.result.emotion.reasons.text).to.equal(null);
    expect(done.result.emotion.voice).to.equal(null);
    expect(done.stages.reply.status).to.equal('completed');
  });
});
