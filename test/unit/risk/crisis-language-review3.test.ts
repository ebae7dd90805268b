import { expect } from 'chai';
import type { RiskLevel } from '../../../processors/risk/combine.js';
import { gradedBelow } from '../../setup/risk-levels.js';

// The third review of this session's rules (2026-12-01) found these crisis statements graded lower than before the
// session: each must reach at least the level the rules of 24bdc16 gave it (or the reviewer's, if lower).
const CASES: ReadonlyArray<[text: string, atLeast: RiskLevel]> = [
  [
    'hi its monday evening i am calling from eldoret the week has been slow i went to the market with my sister we bought sukuma and tomatoes then i came back and sat alone in the house and to be honest i tried to kill myself and in twenty minutes my neighbour broke the door and found me so now i am just',
    'critical',
  ],
  [
    'okay so this is my check in for today work was fine the matatu was late as usual my boss shouted at everyone not just me and i lost my job in march and a month later i tried to kill myself and nobody at home knows about it',
    'critical',
  ],
  [
    'good morning i slept badly again because when i was fourteen i used to cut myself and my mother found out and took me to the pastor and we prayed about it for many weeks and everything was fine for a long time and last night i did it again in the bathroom',
    'critical',
  ],
  [
    'the rains have started and the roads are bad i could not go to town my mum keeps calling and asking how i am and honestly i am going to die alone in my room this weekend and nobody will know',
    'high',
  ],
  [
    'this check in is late sorry i was at my cousins wedding everyone was dancing and i was just sitting there thinking i am going to stop eating until i die because nobody would even notice',
    'medium',
  ],
  [
    'so the nurse asked if i was thinking about killing myself and i said no so they would let me go home but honestly i think about it every night and i have the pills in my drawer',
    'high',
  ],
  [
    'the doctor asked me if i had thoughts of ending my life and i told him no because i did not want to be admitted again but the thoughts are there every single day',
    'high',
  ],
  [
    'i told the counsellor no thoughts of suicide but that was not true i have them every night when the house is quiet',
    'high',
  ],
  [
    'we went to church on sunday the sermon was long my feet were paining and sometimes i hope i get hit by a car and die on the way home so that it looks like an accident',
    'high',
  ],
  ['i pray i get in an accident and die every time i board a matatu i sit at the front hoping it happens', 'medium'],
  ['i just want to go where my dead mum is she was the only one who understood me', 'medium'],
  ['i miss my dad so much i want to lie next to my dead father in the cemetery at home', 'medium'],
  ['sleeping pills are my way out i have been collecting them from the clinic every month', 'critical'],
  ['i have found my way out and i will use it on friday after payday when everyone is at work', 'critical'],
  ['i am so tired of everything i could just die the rent the fees the loans everything', 'medium'],
  ['ukitaka kujua ukweli mawazo ya kujiua yananijia kila siku hasa nikiwa peke yangu usiku', 'high'],
  ['ukitaka kujua ukweli bora nife tu kuliko kuishi hivi na madeni yote haya', 'medium'],
  ['ukitaka kujua sina hamu ya kuishi tena tangu mke wangu aondoke', 'medium'],
  ['daktari ananiuliza unajisikiaje ukweli ni kwamba mawazo ya kujiua yamenijaa na sijamwambia', 'high'],
  ['unajua nini ukitaka kujua kujiua ndio suluhisho pekee naona sasa hivi', 'high'],
  [
    'mama aliniuliza kama nina mawazo ya kujiua nikamwambia hapana kwa sababu naogopa kulazwa hospitali tena lakini kila usiku nawaza',
    'high',
  ],
  ['i am in my early twenties and last month i tried to kill myself because of the debts', 'critical'],
  ['nilijaribu kujiua mwezi uliopita kwa sababu ya mkopo wa fuliza na bado sijapata kazi', 'critical'],
  ['nilijaribu kujiua kwa sababu ya deni nililochukua mwaka jana na sasa wananitafuta kila siku', 'critical'],
  ['i dont self harm anymore but i tried to kill myself two weeks ago and i have not told my therapist', 'critical'],
  ['the thoughts have not gone away and i tried to kill myself two weeks ago with my mums pills', 'critical'],
  [
    'my divorce is final and that is behind me but i tried to kill myself last month and the doctor wants me admitted',
    'critical',
  ],
  ['sina tena yale mawazo ya zamani ya shule lakini nilijaribu kujiua wiki mbili zilizopita', 'critical'],
  ['my business collapsed in august and the month after i tried to kill myself with rat poison', 'critical'],
  ['its been a week since i last cut myself and tonight i want to do it the urge is so strong', 'critical'],
  [
    'i have told my sister that when i die i want to be buried next to mum and honestly that day is coming soon',
    'high',
  ],
  ['i keep dreaming of my dead father calling me and i want to go to him', 'medium'],
  ['the counsellor asked if i had thoughts of killing myself i said no i am planning it', 'high'],
  ['she asked if i wanted to die i said no i have already decided how and when', 'medium'],
  ['jana tulienda kwa ngoma ya harusi ya binamu nikarudi nyumbani nataka kufa tu', 'medium'],
  ['my boss rejected the script again i want to kill myself', 'high'],
  [
    'my therapist asked if i still think about killing myself and i said no because i was tired of talking about it but the truth is i do every day',
    'high',
  ],
  [
    'the doctor asked if i had any thoughts of ending my life and i told her no because my husband was in the room but i have them',
    'high',
  ],
  [
    'mwalimu aliniuliza kama nina mawazo ya kujiua nikamwambia hapana kwa sababu wanafunzi wengine walikuwa wanasikiliza lakini ukweli ni kwamba nayo',
    'high',
  ],
  [
    'uh so today i went for the follow up at the clinic the nurse asked if i was having thoughts of killing myself and i said no so they would not call my family but the truth is the thoughts have not stopped and i have been keeping the tablets they gave me in a tin under my bed',
    'high',
  ],
  [
    'hi its thursday i woke up late because i did not sleep my roommate plays music the whole night anyway the counsellor asked me if i ever think about ending my life and i told her no because i did not want her to tell my parents but i do think about it almost every day when i am alone in the room',
    'high',
  ],
  [
    'niaje this is my voice note for today nimeamka mapema nikaenda kazi ya mjengo tukabeba mawe siku nzima nikarudi nimechoka sana mama alipiga simu akauliza kama niko sawa nikamwambia hapana niko tu poa but ukweli ni kwamba nilijaribu kujiua mwezi uliopita na sijamwambia mtu yeyote',
    'critical',
  ],
  [
    'sasa hii wiki imekuwa ngumu boss amesema hatulipwi mpaka mwisho wa mwezi rent iko due na mtoto anahitaji fees ukitaka kujua ukweli mawazo ya kujiua yananijia kila usiku nikiwa kwa bed nikiangalia ceiling',
    'high',
  ],
  [
    'leo nimeenda sokoni nikanunua sukuma na nyanya halafu nikarudi nyumbani nikapika nikakaa tu peke yangu ukitaka kujua ukweli sina hamu ya kuishi tena tangu mume wangu aende na yule mwanamke',
    'medium',
  ],
  [
    'its sunday and we had a family lunch at my grandmothers in the village she made chapati and chicken my cousins were there and it was loud and fun but every time i looked at my grandmother i thought about how i want to lie next to my dead mother in the cemetery behind the house and never get up',
    'medium',
  ],
];

describe('crisis language: what the third review of the new exceptions found', () => {
  it('grades none of the crisis statements it found lower than the rules before the session did', () => {
    expect(gradedBelow(CASES)).to.deep.equal([]);
  });
});
