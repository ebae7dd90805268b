import { expectLevels } from '../../setup/risk-levels.js';

// also-denied.ts and reading.ts (session 53, red team 227): a second thing joined to a denial is denied with it.

describe('crisis language: two things denied together', () => {
  it('reads two denied things joined by or, nor, wala, au or ama as one denial', () => {
    expectLevels({
      'i have no thoughts or plans to kill myself': 'low',
      'i dont have any thoughts or intentions of ending my life': 'low',
      'i have neither thoughts nor urges to harm myself': 'low',
      'i have no thoughts of suicide nor any plan to kill myself': 'low',
      'i have no thoughts of suicide or self harm': 'low',
      'sina mawazo wala mpango wa kujiua': 'low',
      'sina nia ya kujiua wala mpango wa kujidhuru': 'low',
      'sina stress wala mawazo ya kujimaliza ni hustle ya mtaa tu': 'low',
      'hakuna mawazo ya kujiua wala mpango wowote': 'low',
    });
  });

  it('lets what follows the second thing take the denial back', () => {
    expectLevels({
      'i have no thoughts or plans to kill myself but tonight i will do it': 'critical',
      'sina mawazo wala mpango wa kujiua lakini leo usiku nitajiua': 'critical',
      'i have no thoughts of suicide or plans to kill myself but tonight i will': 'critical',
      'i dont want to die or hurt myself anymore than i already do': 'critical',
      'hakuna mawazo ya kujiua wala mpango tangu wiki iliyopita': 'high',
    });
  });

  it('does not read a joined thing that is no denial as one', () => {
    expectLevels({
      'sina kazi wala pesa na nataka kujiua': 'high',
      'i have no plans for the weekend and i want to die': 'medium',
      'i have no wish to live': 'medium',
      'i have no intention to live past friday': 'high',
    });
  });

  it('reads "no longer" as a denial only said alone, and "no longer want to live" as the wish it is', () => {
    expectLevels({
      'i no longer want to die': 'low',
      'i no longer self harm': 'low',
      'i no longer think about killing myself': 'low',
      'i tried to end my life years ago. i no longer want to die': 'medium',
      // Red team 231: what came before may be the plan it hides.
      'i wrote letters to my mum and my sister today and gave my dog to the neighbour so do not worry i no longer want to kill myself':
        'critical',
      'i no longer want to live': 'medium',
      'i can no longer cope i want to die': 'medium',
      'i no longer cut myself but last night i cut myself': 'critical',
      // A code review of 65f2d19: what follows may turn it.
      'i no longer self harm but last night i relapsed': 'critical',
      'i no longer cut myself i burn my arms with cigarettes': 'critical',
      'i no longer want to die most days': 'medium',
      'i no longer think about killing myself as much but last night i tried': 'high',
    });
  });

  it('keeps a take-back word inside the second thing, and the nearest denial', () => {
    expectLevels({
      'i have no thoughts of suicide or urges to act except at night': 'high',
      'i have no thoughts of suicide or plans to die yet': 'critical',
      'hakuna mawazo ya kujiua au la ni uongo': 'high',
      'i dont want to die i love my kids and i have no thoughts of suicide or self harm': 'low',
      'i neither want to live nor want to die': 'medium',
    });
  });
});
