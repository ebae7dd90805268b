import { expectLevels } from '../../setup/risk-levels.js';

// The act told by its amount or its place (cues-whole-dose.ts; reviews 82–92).

describe('crisis language: a whole dose, a household poison, the place named before the act', () => {
  it("reads a whole bottle or all of one's pills at once as an attempt", () => {
    expectLevels({
      'i drank the whole bottle of jik': 'critical',
      'i took the whole bottle of my pressure pills': 'critical',
      'ive swallowed the whole strip of tablets sorry mama': 'critical',
      'i swallowed all my arvs at once': 'critical',
      'nimemeza vidonge vyote kwa mara moja': 'critical',
      'nimekunywa pakiti nzima ya panadol': 'critical',
      'i swallowed a whole strip of piriton an hour ago and i feel very dizzy': 'critical',
    });
  });

  it("reads all of another's pills, or all of one's sleeping pills, as an attempt, not pills carried to them", () => {
    expectLevels({
      'took all my mums bp tablets like an hour ago, feeling dizzy': 'critical',
      'i took all my dads tablets last night': 'critical',
      'i took all my sleeping pills': 'critical',
      "took all my sis's epilepsy tablets an hour ago idk what happens now": 'critical',
      'nimemeza pills zote za mathe za BP, nahisi kutapika': 'critical',
      'nilimeza dawa zote za mama kwa sababu daktari alisema zimalizwe': 'low',
      'i took all my mums pills to her in hospital': 'low',
      'i took all my mums tablets for her to the pharmacy today': 'low',
      'i took all my pills today feeling dizzy': 'low',
    });
  });

  it('reads walking into the water as intent, not fetching water', () => {
    expectLevels({
      "after the harvest i'm going to walk into the river.": 'critical',
      'i am going to walk into the river to fetch water': 'low',
    });
  });

  it('reads Doom, Dudu, paraffin, cattle dip and pesticide drunk as an attempt', () => {
    expectLevels({
      'i drank doom this morning': 'critical',
      'nimekunywa dudu': 'critical',
      'i drank paraffin on purpose': 'critical',
      'i drank the cow dip': 'critical',
      'i have drunk pesticide': 'critical',
      'i drank kerosene tonight goodbye': 'critical',
      'nimekunywa mafuta ya taa kwaheri wote': 'critical',
    });
  });

  it('reads going to a bridge, the water or the railway to do it as intent', () => {
    expectLevels({
      'naenda mtoni kujitosa': 'critical',
      'naenda kwa daraja nijirushe kwaheri': 'critical',
      'naenda relini kulala kwa reli': 'critical',
      'im going to the bridge to jump goodbye': 'critical',
      'i am going to the railway to lie on the tracks': 'critical',
      'i am walking to the dam to drown': 'critical',
    });
  });

  it('leaves a spill, an errand, a regimen, a course, a child, a swim, a party and a post as they were', () => {
    expectLevels({
      'my son drank paraffin by mistake and we rushed him to hospital': 'low',
      'i took the whole bottle of cough syrup over the week': 'low',
      'i took the pesticide to the farm and sprayed the maize': 'low',
      'as a child i drank paraffin thinking it was water': 'low',
      'naenda mtoni kuvua samaki na marafiki': 'low',
      'tunaenda ziwani kujirusha na mabeshte weekend': 'low',
      'i am going to the river to drown my sorrows in fishing': 'low',
      'naenda kwa bridge kujirusha': 'low',
      'im going to the river to jump': 'low',
      'nimemeza dudu leo nikiendesha boda': 'low',
      'i took paraffin today from the shop for the lamp': 'low',
      'i took all my arvs at the same time every day this month': 'low',
      'i have taken the whole strip of tablets now the pain is gone': 'low',
      'joto ni kali sana naenda ziwani kujitosa': 'low',
      'dada alipost nimekunywa doom kwaheri lakini ilikuwa utani': 'low',
    });
  });
});
