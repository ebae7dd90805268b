import { expectLevels } from '../../setup/risk-levels.js';

// Session 48: one's own attempt dated by an earlier year right after it is history (patterns.ts HISTORY); after such a
// past, the act told again with a day, the means got again, a plan again, the same place or thoughts, or "it's back"
// after a good spell keep it current (repeated.ts); a past act beside a current wish counts more (index.ts).
const thisYear = new Date().getFullYear();

describe('crisis language: a past attempt dated by a year, and what makes it current again', () => {
  // More said after the year on "and" keeps the older reading: what follows may be a present crisis no rule reads.
  it('reads an attempt dated by an earlier year right after it as history', () => {
    expectLevels({
      'I tried to end my life in 2018.': 'low',
      'nilijaribu kujiua mwaka 2019 lakini sasa niko sawa': 'low',
      'I overdosed in 2018. My life is good now.': 'low',
      'I attempted suicide in 2018 when I lost my job. I am fine now.': 'low',
    });
  });

  it("keeps this year, last year, another person's suicide and a year with more said after it from dating the act", () => {
    expectLevels({
      [`I tried to end my life in ${thisYear}.`]: 'critical',
      [`I tried to end my life in ${thisYear - 1}.`]: 'critical',
      'my dad committed suicide in 2016 and i tried to kill myself': 'critical',
      'baba alijaribu kujiua mwaka 2020 na mimi nimejaribu kujiua': 'critical',
      'i attempted suicide in 2020 and i have the pills with me now': 'critical',
      'i tried to kill myself in 2019 and next time i wont fail': 'critical',
      'nilijaribu kujiua mwaka 2019 na bado nina mawazo hayo': 'critical',
      'i tried to kill myself in 2016 and 2017': 'critical',
      'in 2010 i got married in 2020 i got divorced now in 2024 i want to kill myself': 'high',
      'Mwaka 2019 niliwahi kutaka kujiua. Sasa nimeamua, nitafanya jumanne usiku.': 'critical',
    });
  });

  it('keeps the act current when it is told again with a day of its own', () => {
    expectLevels({
      'i attempted suicide in 2019 and i attempted suicide on saturday': 'critical',
      'i attempted suicide in 2019 i attempted on saturday too': 'critical',
      'nilijaribu kujiua zamani na jumamosi nimejaribu tena': 'critical',
      'nilijaribu kujiua zamani na jumamosi nimejaribu tena, sijamwambia mtu yeyote': 'critical',
      'I attempted suicide years ago and I tried on saturday to call my mum': 'low',
      'i attempted suicide in 2019. the math paper i attempted on monday and i think i passed': 'low',
    });
  });

  it("keeps the act current when the means are got again, but not one's own medicine", () => {
    expectLevels({
      'Tried to end my life in 2020, spent two weeks in hospital. Today I got the pills again.': 'critical',
      'nilijaribu kujiua mwaka 2015 na sasa nimeshanunua dawa tena, ziko chini ya kitanda': 'critical',
      'I attempted suicide in 2018. I got the pills again from the chemist for my pressure.': 'low',
      'nilijaribu kujiua zamani. jana nimepata dawa tena kutoka kliniki ya sukari': 'low',
      'i tried to kill myself in 2019. my son is sick so i bought the tablets again today': 'low',
      'nilijaribu kujiua mwaka 2019. dawa ziliisha mwezi uliopita. jana nimepata dawa tena': 'low',
    });
  });

  it('keeps the act current when it is planned again, the same place is visited or the same thoughts grow', () => {
    expectLevels({
      "I attempted suicide in 2021. I've been thinking about it again and I'm planning it for the end of the month.":
        'critical',
      'nilijaribu kujiua mwaka 2017 na sasa nimepanga kufanya tena jumamosi hii': 'critical',
      "I tried to end my life in 2017 and I've been fine, but I went back to the same place yesterday and stood there.":
        'critical',
      'I tried to kill myself in 2018. The same thoughts are louder now.': 'critical',
      "I tried to end my life in 2017. Yesterday I went back to the same place for my cousin's wedding.": 'low',
      'i tried to kill myself in 2017. last week i went back to the same place and prayed there': 'low',
      'i attempted suicide in 2019. before that those thoughts got louder every day': 'low',
      'nilijaribu kujiua mwaka 2018 lakini sasa nafikiria kurudia': 'critical',
      'I tried to kill myself in 2019. I am going to finish it this weekend.': 'critical',
      'I attempted suicide in 2019. My thesis is due, I am going to finish it this weekend.': 'low',
      'i was suicidal in college. tonight i will finish it': 'low',
      'nilijaribu kujiua zamani baada ya kufeli mtihani. nimeamua kujaribu tena': 'low',
      'nilijaribu kujiua mwaka 2018. nimepanga kufanya tena harusi yetu jumamosi': 'low',
      'I tried to kill myself in 2018. Now the same thoughts about my business are louder than ever.': 'low',
    });
  });

  it('reads "it\'s back" after a good spell told between, not an illness or a thing lost', () => {
    expectLevels({
      "I tried to kill myself in 2018. I was doing well. Now it's back.": 'critical',
      "I survived an attempt in 2016. I was doing well. Since I lost my job in March it's back.": 'critical',
      "nilijaribu kujiua mwaka 2016 but now it's back": 'critical',
      "I tried to kill myself years ago after my cancer. I was fine for years. Now it's back.": 'low',
      'i tried to kill myself in 2019. last week i lost my phone but now its back': 'low',
      'i tried to kill myself years ago. i had lost my hope but now its back': 'low',
    });
  });

  it("grades a current wish beside one's own past attempt high, not a past wish", () => {
    expectLevels({
      'I attempted suicide years ago. I want to die.': 'high',
      'I attempted suicide in 2019. I am not fine again, I want to die.': 'high',
      'I used to want to die. Now I want to die again.': 'medium',
      'i tried to end my life years ago. i no longer want to die': 'medium',
      'i used to cut myself in form two. last night i dreamt i wanted to die': 'medium',
      'I tried to kill myself in 2021. I wish it had worked.': 'high',
      'i tried to kill myself in 2019 but i failed. i regret surviving': 'high',
      // … also in the same run-on clause (session 52).
      'i tried to kill myself years ago and my mum saved me and now i want to die': 'high',
    });
  });

  // A second code review's cases (session 48).
  it('leaves a thing got back, hidden medicine, church salvation, another unfinished goal and another try as they were', () => {
    expectLevels({
      'I tried to end my life years ago. My voice was gone after that but now it is back.': 'low',
      'i tried to kill myself years ago after my uncle grabbed our land. we went to court and we got it back last month':
        'low',
      'now i am hiding the pills in the top shelf so my 2 year old cannot reach them. i tried to kill myself years ago':
        'low',
      'nilijaribu kujiua zamani. sasa nimeficha dawa kwa bag yangu mume wangu asijue': 'low',
      'najuta kuokoka sana, pastor ananiitisha pesa kila jumapili': 'low',
      'i regret surviving, but i am grateful': 'low',
      'I attempted suicide years ago and dropped out of campus. I will finish what I started this year.': 'low',
      'I tried to kill myself years ago at the river. I went back to the same place yesterday with my pastor to pray.':
        'low',
      'I attempted suicide years ago. I keep worrying about my exams and fees and these thoughts are getting worse.':
        'low',
      'i tried to kill myself years ago. we tried IVF last year, i wish it had worked': 'low',
      'i tried to kill myself in 2018. before that i had given away my things and written letters to my family. now i am doing well':
        'low',
    });
  });

  it('reads current risk after a year-dated attempt that the first version let fall', () => {
    expectLevels({
      'I attempted suicide in 2019. Im gonna finish the job this weekend.': 'critical',
      'I tried to kill myself in 2018 after I failed my exams. I want to do it again tonight.': 'critical',
      'I tried to kill myself in 2020. Last night the pills were ready on the table.': 'critical',
      'i tried to kill myself in 2019. i have stopped taking my meds and i am sorting out who gets my things':
        'critical',
      "I tried to end my life in 2019. I have been feeling exactly like that lately and I can't stop thinking about it.":
        'critical',
      "I overdosed years ago. I'm so sick of this life. I got the pills again.": 'critical',
      'I tried to kill myself in 2021. I wish it worked.': 'high',
      'I tried to kill myself in 2021. i regret surviving that day': 'high',
      'I attempted suicide years ago. Last night I wanted to die so badly.': 'high',
      'nilijaribu kujiua in 2017 after my mum died na sasa nimeficha pills kwa wardrobe': 'critical',
    });
  });
});
