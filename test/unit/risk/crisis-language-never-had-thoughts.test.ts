import { expectLevels } from '../../setup/risk-levels.js';

// reading.ts (session 54): "sijawahi kuwa na mawazo ya kujiua" (I have never had thoughts of) denies, as in English,
// and so do thoughts of harming oneself "au" (or) of killing oneself.

describe('crisis language: never having had the thoughts, in Swahili', () => {
  it('reads never having had the thoughts as a denial', () => {
    expectLevels({
      'sijawahi kuwa na mawazo ya kujiua': 'low',
      'sijawahi kuwa na mawazo ya kujiua hata siku moja': 'low',
      'sijawahi kupata mawazo ya kujiua': 'low',
      'sijawahi kuwa na mawazo ya kujiua hivi karibuni nimepata kazi mpya': 'low',
      'sijawahi kuwa na mawazo ya kujiua wala mpango wa kujiua': 'low',
      'mimi sijawai pata ideas za kujimaliza': 'low',
      'sijawahi kuwa na mawazo ya kujidhuru au kujiua': 'low',
      'sina mawazo ya kujidhuru au kujiua': 'low',
    });
  });

  it('keeps thoughts that came since, or a decision after it', () => {
    expectLevels({
      'sijawahi kuwa na mawazo ya kujiua mpaka wiki hii': 'high',
      'sijawahi kuwa na mawazo ya kujiua hivi': 'high',
      'sijawai pata mawazo ya kujiua strong hivi': 'high',
      'sijawahi kuwa na mawazo ya kujiua lakini siku hizi yanakuja': 'high',
      'sijawahi kuwa na mawazo ya kujiua ila usiku huu nimeamua kujinyonga': 'critical',
      'sina mawazo ya kujidhuru au kujiua lakini nimejikata jana': 'critical',
    });
  });
});
