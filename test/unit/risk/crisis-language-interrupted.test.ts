import { expectLevels } from '../../setup/risk-levels.js';

// An attempt stopped by someone or by the means failing, the interruption ending the check-in (cues-interrupted.ts;
// red team 131).

describe('crisis language: an attempt interrupted', () => {
  it('reads a cord tied or a poison put in one’s drink, then stopped, as behaviour', () => {
    expectLevels({
      'i put the rat poison in my tea but my son came in so i poured it': 'critical',
      'i tied the rope on the roof beam last week but the rope broke': 'critical',
      'i fastened the leso to the door frame and put my head through then my phone rang': 'critical',
      'nimeweka sumu kwa chai lakini mtoto akaingia nikaimwaga': 'critical',
      'nilijifunga shuka kwenye dirisha usiku wa jana lakini ilikatika': 'critical',
      'kamba ilikuwa tayari jumamosi lakini mke akarudi mapema': 'critical',
    });
  });

  it('reads standing at the edge ready to jump, then pulled back, as behaviour', () => {
    expectLevels({
      'i stood on the edge of the river bank yesterday ready to jump in but my cousin found me and pulled me back':
        'critical',
      'nilienda daraja jana kujirusha lakini mtu akanizuia': 'critical',
    });
  });

  it('reads an attempt stopped by the speaker or by someone waking as behaviour', () => {
    expectLevels({
      "i tied the rope and stood on the chair but i couldn't do it i came down": 'critical',
      'nilifunga kamba nikapanda kwa kiti lakini nikaogopa nikashuka': 'critical',
      'i attempted last night but my husband woke up': 'critical',
      'i had the pills in my hand ready to take them and my daughter knocked on the door': 'critical',
    });
  });

  it('leaves the same words low when an everyday reason comes first', () => {
    expectLevels({
      'we needed to lift the water tank so i tied a rope to the beam but it snapped': 'low',
      'the maize needed to dry so nilifunga kamba kwenye boriti jana lakini ilikatika': 'low',
      'i was half asleep and confused the tins i put the poison in my tea but my son came in so i poured it': 'low',
      'we were swimming and i stood on the edge of the river bank ready to jump but my cousin found me and pulled me back':
        'medium', // the fifth learned reading: medium
      'the goat was ready for the market kamba ilikuwa tayari jumamosi lakini mke akarudi mapema': 'low',
    });
  });

  it('leaves a cloth on a door or window with no neck, and a cord that snapped, low', () => {
    expectLevels({
      'the baby was sleeping so i tied the sheet to the door then my phone rang': 'low',
      'i tied the cord to the branch and it snapped': 'low',
    });
  });

  it('reads the edge of a height or water, or a poison in a cup, then stopped, as behaviour', () => {
    expectLevels({
      'i was at the edge of the dam this evening ready to go in but a fisherman called out to me': 'critical',
      'last week nilikuwa tayari kujirusha kutoka floor ya tano but security akanivuta': 'critical',
      'i had already mixed the poison in a cup and then i thought of my mother and poured it out': 'critical',
      'nilikuwa nimeweka sumu kwa chai nikaimwaga dakika ya mwisho': 'critical',
    });
  });
});
