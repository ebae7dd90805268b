import { expectLevels } from '../../setup/risk-levels.js';

// plain-denial.ts (session 53, red team 228): what takes back a denial that opens the check-in.

describe('crisis language: the thoughts back after a denial', () => {
  it('reads the thoughts said to be back after a denial that opens the check-in as current', () => {
    expectLevels({
      "I'm not suicidal but the thoughts are back": 'high',
      'sina mawazo ya kujiua lakini mawazo yale yamerudi': 'high',
      'i dont want to die but since friday the thoughts are back': 'medium',
      'i no longer want to die but the thoughts zimerudi': 'medium',
    });
  });

  it('reads them as a worry named before the denial when one is (review 20)', () => {
    expectLevels({
      'manze kazi imeisha sina mawazo ya kujiua ila mawazo yamerudi': 'low',
      "I used to think about betting all day. I'm not suicidal. But those thoughts are back.": 'low',
      'Im not suicidal. They are back from school and the house is noisy': 'low',
      'sina mawazo ya kujiua but the thoughts are back about my job interview ya next week': 'low',
    });
  });

  it('reads a turn after "that is what i told" someone as taking the denial back', () => {
    expectLevels({
      'i no longer think about killing myself that is what i told the counselor in march but since friday the thoughts are back':
        'high',
      'i no longer want to die ndio nilimwambia daktari lakini ukweli ni the thoughts zimerudi tangu ijumaa': 'medium',
      'i dont want to die i want help that is what i told the nurse at the health centre because my drinking is bad':
        'low',
      'im not suicidal that is what i told the nurse at intake but she insisted on checking my blood pressure twice':
        'low',
      'sitaki kujiua ndio nilimwambia daktari jana lakini bado alinipa dawa za usingizi': 'low',
      'i no longer think about killing myself is what i wrote in my journal in march but its creeping in again every night':
        'high',
    });
  });
});
