import { expectLevels } from '../../setup/risk-levels.js';

// Hanging, strangling or smothering begun on oneself (cues-ligature.ts; session 31, reviews 114 and 115).

describe("crisis language: a cord round one's own neck, choking oneself, a bag over the head", () => {
  it("reads a rope or belt tied round the speaker's own neck as an attempt, in English and Swahili", () => {
    expectLevels({
      'i tied a belt around my neck last night': 'critical',
      'the belt was around my neck when my sister walked in': 'critical',
      'nilijifunga kamba shingoni jana usiku': 'critical',
      'nimefunga kamba shingoni niko kwa mti': 'critical',
      'nilizungusha kamba shingoni nikapanda kwa kiti': 'critical',
      'nilisimama kwenye ndoo na kamba shingoni jana': 'critical',
    });
  });

  it('reads a cord also worn or carried round the neck as an attempt only with breath or sense gone, or hung', () => {
    expectLevels({
      'i tied my scarf around my neck and pulled it tight until i could not breathe': 'critical',
      'i pulled the belt tight around my throat this morning and everything went dark': 'critical',
      'i tied a towel around my neck and hung it from the top of the door': 'critical',
      'i tied a scarf around my neck because it was cold': 'low',
      'i tied my tie around my neck and pulled it tight': 'low',
      'i looped the cable around my neck so my hands were free while patching the network': 'low',
      'nimeweka kamba ya simu shingoni ili nisipoteze simu tena': 'low',
    });
  });

  it('reads choking, strangling or smothering oneself as an attempt, not choking on food or first aid', () => {
    expectLevels({
      'i have tried twice this week to hang myself': 'critical',
      'i choked myself with a phone cable until i passed out': 'critical',
      'i squeezed my own neck until i blacked out': 'critical',
      'nilishajaribu mara mbili wiki hii kujinyonga kwa kamba': 'critical',
      'nilitry kujikaba na necktie mpaka nikaona stars': 'critical',
      'nilijitundika kwenye dari jana lakini boriti ilivunjika': 'critical',
      'i choked myself with water yesterday drinking too fast': 'low',
      'i tried to choke myself to show my students the universal choking sign': 'low',
      'nilijikaba na chapati jana nikakunywa maji nikapona': 'low',
      'nilijitundika kwenye mlango wa matatu leo asubuhi': 'low',
    });
  });

  it('reads a plastic bag over the head taken off in panic as an attempt, not one worn in the rain', () => {
    expectLevels({
      'i put a plastic bag over my head yesterday evening and my cousin pulled it off': 'critical',
      'i put a plastic bag on my head because of the rain': 'low',
    });
  });

  it('reads thoughts of hanging or strangling oneself as active thoughts', () => {
    expectLevels({
      'nina mawazo ya kujikaba lakini bado sijajaribu': 'high',
      'i keep thinking about tying a rope to the beam and ending it': 'high',
    });
  });

  it('leaves births, animals, work, someone else and a belt tightened in hard times as they were', () => {
    expectLevels({
      'i was born with the cord around my neck': 'low',
      'niliweka kamba shingoni mwa mbuzi': 'low',
      'my friend tied a rope around his neck': 'low',
      'tutajifunga mkanda mwaka huu': 'low',
      'nataka kuhang weekend hii na wasee': 'low',
      'i put a paper bag over my face when i panicked in the office': 'low',
    });
  });
});
