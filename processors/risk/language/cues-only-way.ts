import type { Cue } from './patterns.js';
import { re } from './words.js';

// Suicide or death as the only way out said the other way round, and dying by one's own hand (session 45, red teams
// 196 and 197): "the only way out is suicide", "no other way but to die", "sioni njia nyingine ila kufa", "… not being
// here by my own hand". Raise only (patterns.ts LATER_CUES): a negated one ("i wish i didnt feel like the only way out
// is suicide") leaves the check-in to the readings that read it before.

/** The speaker's own words at a clause's start: a hedge or "i feel like" at most before them (not "the character believes
 * …", "my brother thinks …"; a code review, session 45). */
const OWN_LEAD =
  '^ (?:(?:honestly|sometimes|for me|right now|now|tbh|and|so|but|lately|these days|nowadays|at this point|i (?:feel|think|believe|know)(?: like| that)?) )*';
const SW_LEAD = '^ (?:(?:kwa mimi|mimi|naona|nahisi|sasa|siku hizi|kusema kweli|msee|maze) )*';
/** … and nothing after but the end or the speaker ("… for me", "… now"), not "… for him", "… of embarrassment". */
const MINE_AFTER = '(?= $| (?:for me|now|honestly|tbh|anymore|at this point|i )\\b)';
const SW_MINE_AFTER = '(?= $| (?:kwangu|sasa|tu|kabisa|mimi|kwa sasa)\\b)';

export const ONLY_WAY_CUES: readonly Cue[] = [
  // The other way round, said by the speaker (session 45, red team 196): "the only way out is death", "no other way but
  // to die", "sioni form ingine ila ku-die tu". Raise only: a negated one ("i wish i didnt think …") leaves the clause
  // to the other readings.
  {
    tier: 'passive',
    code: 'death_solution',
    raiseOnly: true,
    re: re(
      `${OWN_LEAD}(?:(?:the|my) )?only (?:solution|way out|answer|option|escape)(?: left| i (?:have|see|can see))? (?:is|seems to be|would be) (?:death|dying|to die)${MINE_AFTER}` +
        `|${OWN_LEAD}(?:(?:i (?:see|have|can see) |(?:there is|theres) )?no other|i (?:cant|can not|cannot|dont) see (?:any )?other) (?:ways?|way out|options?|choices?|solutions?) (?:but|than|except) (?:death|dying|to die)${MINE_AFTER}` +
        `|${SW_LEAD}(?:suluhisho|njia|jibu) (?:pekee|ya pekee|langu pekee|yangu pekee) (?:ni|ndio|ndiyo) (?:kifo|kufa)${SW_MINE_AFTER}` +
        `| sioni (?:njia|form|way|suluhisho|option) (?:nyingine|ingine|tofauti)(?: yoyote)? (?:ila|isipokuwa|zaidi ya|kuliko) (?:kufa|ku ?die|kudedi|kudie)${SW_MINE_AFTER}`,
    ),
  },
  // The other way round, said by the speaker (session 45, red team 196): "the only way out is suicide", "no other way but
  // suicide", "njia pekee ni kujiua", "a suicide attempt is the only way to …". Raise only, as above.
  {
    tier: 'active',
    code: 'suicide_solution',
    raiseOnly: true,
    re: re(
      `${OWN_LEAD}(?:(?:the|my) )?only (?:solution|way out|answer|option|choice|escape)(?: left| i (?:have|see|can see))? (?:is|seems to be|would be) (?:suicide|to kill myself|killing myself|to end (?:it all|my life)|ending (?:it all|my life))${MINE_AFTER}` +
        `|${OWN_LEAD}(?:(?:i (?:see|have|can see) |(?:there is|theres) )?no other|i (?:cant|can not|cannot|dont) see (?:any )?other) (?:ways?|way out|options?|choices?|solutions?) (?:but|than|except|apart from) (?:suicide|to kill myself|killing myself|to end (?:it all|my life)|ending (?:it all|my life))${MINE_AFTER}` +
        `|${OWN_LEAD}(?:i feel like |i think )?a suicide attempt (?:is|seems|feels like) (?:like )?(?:the |my )?only (?:way|option|solution|answer)` +
        `|${SW_LEAD}(?:suluhisho|njia|jibu) (?:pekee|ya pekee|langu pekee|yangu pekee) (?:ni|ndio|ndiyo) (?:kujiua|kujitoa uhai|kujimaliza)${SW_MINE_AFTER}` +
        `| sioni (?:njia|form|way|suluhisho|option) (?:nyingine|ingine|tofauti)(?: yoyote)? (?:ila|isipokuwa|zaidi ya|kuliko) (?:kujiua|kujitoa uhai|kujimaliza|ku ?suicide)${SW_MINE_AFTER}`,
    ),
  },
  // Dying by one's own hand (red team 197: "… about not being here by my own hand"), with the verb that wants or thinks
  // it, so that "used to" or another's "said" before it is read. Raise only.
  {
    tier: 'active',
    code: 'suicidal_thoughts',
    raiseOnly: true,
    re: re(
      ' (?:want|wanted|wanna|going|planning|thinking|think|thought|decided|rather|will|would|should|could|might|may|about|of|feel like|considering|intend|intending|hope|hoping)(?: to| about| of)? (?:die|dying|death|end it|end my life|ending it|ending my life|not being here|not be here) by my (?:own )?hands? |^ (?:dying|ending it|ending my life|death) by my (?:own )?hands? | (?:nataka|natamani|nitakufa|nife|nawaza|nafikiria|ningependa)(?: kufa)? kwa mkono wangu(?: mwenyewe)? ',
    ),
  },
];
