import { expect } from 'chai';
import { combine, type RiskLevel } from '../../../processors/risk/combine.js';
import { crisisLanguageFactors } from '../../../processors/risk/language/index.js';

const LEVELS: RiskLevel[] = ['low', 'medium', 'high', 'critical'];
const level = (text: string) => combine(crisisLanguageFactors(text)).level;

// The fourth review of this session's rules (2026-12-01) found these crisis statements graded lower than before the
// session; the exceptions behind them were withdrawn. Each must reach at least the level the rules of 24bdc16 gave it
// (or the reviewer's, if lower).
const CASES: ReadonlyArray<[text: string, atLeast: RiskLevel]> = [
  ['today i told my counsellor about what happened to me years ago and i cut myself after the session', 'critical'],
  ['years ago i was raped and i cut myself today at the hostel', 'critical'],
  ['when i was a kid my dad beat us every night and i cut myself all night in the bathroom', 'critical'],
  ['back in high school i was bullied and i cut myself just now in the toilet', 'critical'],
  ['i used to be a happy person and i took an overdose earlier and my stomach hurts', 'critical'],
  ['i am in my final year of uni and the stress is too much and i cut myself today at the hostel', 'critical'],
  ['this is my first year at university and i cut myself every night in my room', 'critical'],
  ['i am a woman in my thirties with two kids and i tried to kill myself last month', 'critical'],
  [
    'last summer my grandmother died and since then i have been struggling and i tried to kill myself two weeks ago',
    'critical',
  ],
  ['i used to live in mombasa and i cut myself in the bathroom at home this week', 'critical'],
  ['everything fell apart in 2026, i lost my job in june and i tried to kill myself in october', 'critical'],
  ['i tried to kill myself in 2026 and nobody knows', 'critical'],
  ['the suicidal thoughts are gone but i cut myself most days', 'critical'],
  ['i dont self harm anymore but i took an overdose and ended up in hospital', 'critical'],
  ['i tried to end my life but i stopped', 'critical'],
  ['my brother says i will kill myself one day and honestly he might be right', 'critical'],
  ['my dad always said i will kill myself one day and you know what i will kill myself tonight', 'critical'],
  ['everyone thinks i want to die and they are not wrong', 'medium'],
  ['he said i will kill myself if i fail and i failed so i will kill myself', 'critical'],
  ['wazazi wangu wanafikiri ninataka kufa na ni kweli ninataka kufa', 'medium'],
  ['she thinks i want to kill myself and she is not wrong', 'high'],
  ['wasee wanasema nataka kufa juu ya stress na ni ukweli', 'medium'],
  ['mama alisema nitajiua siku moja na kweli nimepanga kesho', 'critical'],
  ['the nurse asked if i was suicidal and i said no. that was a lie.', 'high'],
  ['the doctor asked if i wanted to kill myself i said no so i could go home', 'medium'],
  ["she asked if i had thoughts of suicide and i said no, which wasn't true", 'high'],
  ['the counsellor asked if i was thinking of ending my life and i said no like i always do', 'high'],
  ['they asked if i was suicidal and i said no obviously', 'high'],
  ['daktari aliniuliza kama nina mawazo ya kujiua nikamwambia hapana ili asiwe na wasiwasi', 'high'],
  ['mama aliniuliza kama nawaza kujiua nikasema hapana nikiogopa kulazwa', 'high'],
  ['nurse aliniuliza kama nataka kujiua nikasema hapana uongo tu', 'high'],
  ["killing myself isn't the answer, i know that, but i'm going to do it anyway", 'high'],
  ['i know suicide is not the answer but i have already written the letters', 'high'],
  ['we had a talk about suicide at work today and honestly suicide crosses my mind every single day', 'high'],
  ['our lesson about suicide today was hard because suicide is something i think of every night', 'high'],
  ['i would rather die than go on like this', 'medium'],
  ["i'd rather die than go through another year like this", 'medium'],
  ["i'd rather die than do this another day", 'medium'],
  ['honestly i could die in this room and nobody would find me for weeks', 'medium'],
  ['i could die on this bed tonight and no one would know', 'medium'],
  ['nimechoka na maisha ya hapa duniani', 'medium'],
  ['nimechoka na maisha ya huku duniani sitaki kuendelea', 'medium'],
  ['i have chosen my way out and it is sitting in my drawer', 'critical'],
  ['the pills are the way out for me and i have enough', 'critical'],
  ['i know my way out now', 'high'],
  ['no thoughts of suicide except at night when i am alone which is every night', 'high'],
  [
    'hi its thursday i am calling from kisumu i went to work at the market and sold tomatoes the whole day and my feet are paining and when i was young my mother used to sell tomatoes too and i cut myself just now in the bathroom and now i am sitting on my bed waiting for my sister',
    'critical',
  ],
  ['leo nimemweleza daktari mambo ya zamani halafu nimejikata leo kwenye bafu', 'critical'],
  ['i used to be the top of my class and i tried to kill myself a few hours ago', 'critical'],
  ['in the past i was strong and i cut myself the whole night', 'critical'],
  ['mwaka jana nilihamia nairobi na nilijaribu kujiua wiki iliyopita', 'critical'],
  ['nilipokuwa mdogo baba alikuwa ananipiga na nimejikata leo kwenye choo', 'critical'],
  ['i dont self harm anymore but i took an overdose on my birthday', 'critical'],
  ["i tried to kill myself but i stopped, i couldn't do it", 'critical'],
  ["I tried to end my life. But I stopped. I'm scared I'll try again.", 'critical'],
  ['my mum says i will kill myself if i keep drinking and tonight i will kill myself', 'critical'],
  ['my sister thinks i want to kill myself and tonight i have the pills ready', 'critical'],
  ['people think i want to die and honestly they are correct', 'medium'],
  ['my pastor said i will end my life if i keep this up and i think he is right', 'high'],
  ['everyone thinks i am suicidal but i actually am', 'high'],
  ['watu wanadhani nataka kufa na ni kweli', 'medium'],
  ['wanafikiri nawaza kujiua na wako sawa', 'high'],
  ['the doctor asked if i had thoughts of suicide i said no i always say no', 'high'],
  ['she asked me if i ever think about killing myself and i said no, as usual', 'high'],
  ['aliniuliza kama nina mawazo ya kujiua nikasema hapana si ukweli', 'high'],
  ['aliniuliza kama nataka kujiua nikamwambia hapana juu sitaki kulazwa', 'high'],
  ['killing myself is not the answer but i have chosen the date', 'high'],
  ['everyone says suicide is never the answer and still i think of it every night', 'high'],
  ['we talked about suicide in church and honestly suicide is something i have planned', 'high'],
  ["i'd rather die than go back to that house", 'medium'],
  ['i would rather die than go on living with him', 'medium'],
  ["i'd rather die than go to school tomorrow and face them", 'medium'],
  ['i could die right here and it would be a relief', 'medium'],
  ['i could die at this desk and nobody would notice', 'medium'],
  ['the day i die everyone will finally be happy', 'medium'],
  ['i have found the way out, it is in my bag', 'critical'],
  ['no thoughts of suicide lately apart from every time i am alone', 'high'],
  ['i have no plans to kill myself, only thoughts every day', 'high'],
  ['i used to love football and i took an overdose a couple of hours ago', 'critical'],
  ['i tried to kill myself 3 times in 2026 and the last was in november', 'critical'],
  ["I tried to kill myself. It was the anniversary of my dad's death in 2019.", 'critical'],
  ['i was going to kill myself but i stopped', 'critical'],
  ["i'm not at the point of killing myself yet but i'm getting close", 'medium'],
  ['not at the point of wanting to die, yet, but nearly there', 'medium'],
  ["8 months clean from self harm and i'm proud but the urges are back", 'medium'],
  ["i've been 3 weeks without self harm but tonight i will cut again", 'critical'],
];

describe('crisis language: what the fourth review of the new exceptions found', () => {
  it('grades none of the crisis statements it found lower than the rules before the session did', () => {
    const lower = CASES.filter(([text, min]) => LEVELS.indexOf(level(text)) < LEVELS.indexOf(min)).map(
      ([text, min]) => `${text} → ${level(text)} (at least ${min})`,
    );
    expect(lower).to.deep.equal([]);
  });
});
