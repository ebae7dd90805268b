import { expectLevels } from '../../setup/risk-levels.js';

// Thinking of it again or still, right after one's own past, makes it current (processors/risk/language/repeated.ts,
// session 50): "zamani nilikuwa nawaza kujiua na siku hizi nawaza tena" was low.

describe('crisis language: thinking of it again or still after a past', () => {
  it('reads "nawaza tena" and "bado nawaza" right after the past as current', () => {
    expectLevels({
      'nilikuwa nikiwaza kujiua zamani na sasa nawaza tena': 'high',
      'nilikuwa nikiwaza kujiua zamani lakini bado nawaza': 'high',
      'zamani nilikuwa nawaza kujiua na siku hizi nawaza tena': 'high',
      'manze nilitaka kudedi last year na bado niko na hizo mawazo. sijamwambia mtu': 'high',
    });
  });

  it('leaves reconsidering and worrying low, and a past with a wellbeing now', () => {
    expectLevels({
      'nilikuwa na mpango wa kujiua zamani lakini sasa nafikiria tena': 'low',
      'nilitaka kujiua zamani lakini sasa nina familia. bado nawaza sana': 'low',
      'nilikuwa nikiwaza kujiua zamani lakini sasa niko sawa': 'low',
    });
  });

  it('reads "nilikuwa nawaza kujiua zamani …" as current: read as a past, it let the crises told after it fall (red team 218; known false alarm)', () => {
    expectLevels({ 'nilikuwa nawaza kujiua zamani lakini sasa niko sawa': 'high' });
  });
});
