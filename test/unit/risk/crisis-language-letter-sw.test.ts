import { expectLevels } from '../../setup/risk-levels.js';

// A letter or a will written, in Swahili, with the writer's absence or death told (cues-letter-sw.ts; review 111).

describe('crisis language: a Swahili letter or will with the writer gone', () => {
  it('reads a letter or a will written before one is gone as a plan', () => {
    expectLevels({
      'nimemwandikia sponsor wangu barua ya shukrani kabla sijaondoka duniani': 'critical',
      'nimeandika wosia wangu familia yangu itakuwa sawa bila mimi': 'critical',
      'nimemwandikia mwanangu barua aifungue akifika miaka kumi na minane kwa sababu sitakuwepo': 'critical',
      'mimi nataka kufa nimemwandikia mke wangu barua ya mwisho': 'critical',
    });
  });

  it('leaves a letter before a journey, an absence from work and tiredness of a place as they were', () => {
    expectLevels({
      'nimemwandikia rafiki yangu barua kabla sijaondoka kwenda ulaya': 'low',
      'Nimemwandikia mwalimu barua ya ruhusa, mtoto anaumwa. Sitakuwepo kesho kazini.': 'low',
    });
  });
});
