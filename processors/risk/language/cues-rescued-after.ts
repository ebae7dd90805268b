import type { Cue } from './patterns.js';
import { JOKE_AFTER, NOT_OWN_PLAN } from './planned-words.js';
import { WRITTEN_AS_FORM, re } from './words.js';

// An act with a means or at a place, then someone stepping in for the speaker (session 31, review 119, a blind writer
// whose attempts rose only 32 → 36 of 160 on the other readings): "i drank the cattle dip two days ago my mother forced
// me to drink milk", "i lay down on the railway tracks on friday night a man pulled me off", "i used my belt on the
// window bars … my friend found me on the floor", "nilikunywa dawa ya kuogesha ng'ombe juzi mama alinilazimisha
// kunywa maziwa". The act and the rescue are read together: the speaker's own act in the past with a means no one
// swallows or ties for nothing else, and someone acting on the speaker after it. Raise only (LATER_CUES).

/** Means and places of an attempt (medicine only in cues-act-intent.ts: a dose and a hospital visit are everyday). */
const MEANS =
  '(?:rope|belt|bedsheet|bed sheet|kanga|leso|noose|kitanzi|kamba|mshipi|rat poison|poison|pesticide|pestiside|dudu killer|cattle dip|tick dip|paraffin|kerosene|jik|bleach|sumu|dawa ya (?:kuua|kuogesha|dudu|kupe|wadudu|panya|mende|kahawa|mahindi)|mafuta ya taa|railway|railway line|railway tracks|tracks|level crossing|reli|treni|gari moshi|bridge|daraja|darajani|river|mto|mtoni|sea|ocean|bahari|baharini|lake|ziwa|ziwani|dam|bwawa|bwawani|well|kisima|kisimani|gun|bunduki|window bars|roof beam|beam|boriti)';
/** The speaker's own act, in the past (English "i …", Swahili "nili-/nika-", Sheng "nili-" on English verbs). */
const ACT =
  '(?:i (?:\\p{L}+ )?(?:drank|drunk|swallowed|mixed|put|used|tied|hung|jumped|threw my ?self|walked|went|lay|lay down|laid|climbed|stood|waited|held|took)|(?:nili|nika|nime)(?:kunywa|kunyw|meza|changanya|weka|tumia|funga|jifunga|ruka|jitupa|jirusha|enda|kwenda|ingia|lala|panda|simama|kaa|subiri|shika|jinyonga|jaribu|drink|jump|climb|use|tie))';
/** A purpose named after the means is the errand ("… into the well to get the bucket", "… kisimani kuchota maji"). */
const ERRAND =
  '(?! (?:(?:to|for|ku)(?! (?:die|drown|end|kill|jiua|kufa|nife|jizamisha|jirusha))\\p{L}*|after|with my|during|because)(?= ))';
const ACT_WITH_MEANS = ` ${ACT}(?: \\p{L}+){0,6}? ${MEANS}${ERRAND}(?= |$)`;
/** Someone acting on the speaker after it: pulled, held, found, made to vomit, taken to hospital. */
const STEPPED_IN = re(
  ' (?:(?:found|caught) me(?! hanging (?:out|pictures|around))|pulled me (?:away|off|out|back|down|into|in|aside)|dragged me (?:off|away|out|back|to)|held (?:my arm|my legs|me back|me)|stopped me|grabbed me|saved me|cut it down|cut me down|called (?:me down|an ambulance)|took me to (?:the )?(?:hospital|clinic|health centre|dispensary|casualty)|rushed me|carried me to|made me vomit|forced me to (?:vomit|drink milk)|gave me milk|woke up in (?:the )?hospital|pumped my stomach|talked me down|(?:wa|a)kanivuta|a?linivuta|walinivuta|(?:wa|a)kanishika|a?linishika|(?:wa|a)kanikuta|a?linikuta|alinipata|akanipata|(?:wa|a)kaniokoa|aliniokoa|wakanibeba|(?:wa|a)kanipeleka|a?linipeleka|aliniwahisha|a?kanilazimisha|alinilazimisha|nililazwa|akanitoa|alinitoa|akaniongelesha|aliongea nami|akanirush|alinirush|wakanirush) ',
);
/** An everyday mishap (not "they think i fell", "niliwaambia niliteleza"), long ago, someone else's act, a film. */
const NOT_AN_ATTEMPT = re(
  ' (?:(?<!(?:think|thinks|thought|them|wanadhani|niliwaambia|nikawaambia|nikawambia) (?:i )?)(?:fell|slipped)|(?<!(?:wanadhani|niliwaambia|nikawaambia|nikawambia) )(?:nilianguka|niliteleza)|by mistake|accidentally|accident|bahati mbaya|kimakosa|swimming|kuogelea|cramp|heat|cool off|fishing|uvuvi|chota maji|kuchota|fetch\\p{L}*|years ago|miaka (?:\\p{L}+ )?iliyopita|zamani|when i was (?:a )?(?:child|kid|small|mtoto)|nikiwa mtoto|movie|film|drama|play|game|lol|haha\\p{L}*|laugh\\p{L}*|last year|mwaka jana|mwaka juzi|years ago|years back|tangu hapo|nimebadilika|niko salama|now i am (?:fine|better|well|okay|ok)|sasa niko sawa|nimepona) ',
);

export const RESCUED_AFTER_CUES: readonly Cue[] = [
  {
    tier: 'behaviour',
    code: 'attempt_stopped',
    re: re(ACT_WITH_MEANS),
    onlyWhole: STEPPED_IN,
    unlessWhole: NOT_AN_ATTEMPT,
    unlessNear: JOKE_AFTER,
    unlessBefore: NOT_OWN_PLAN,
    unlessWritten: WRITTEN_AS_FORM,
    selfReferring: true,
  },
];
