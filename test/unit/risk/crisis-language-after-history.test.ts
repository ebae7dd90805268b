import { expectLevels } from '../../setup/risk-levels.js';

// cues-after-history.ts (session 46): a means got, a plan made or a vow for this time, said after the speaker's own
// suicide attempt or wish in the same check-in.
describe('crisis language: a present plan after a history of suicide', () => {
  it('grades a means got now after an attempt told as history as a plan', () => {
    expectLevels({
      'i tried to kill myself years ago. today i bought a rope': 'critical',
      'i tried to kill myself years ago. i bought rat poison today': 'critical',
      'i tried to kill myself years ago. i have the rope now': 'critical',
      'zamani nilijaribu kujiua, leo nimenunua kamba': 'critical',
      'nilijaribu kujiua zamani. nimenunua sumu': 'critical',
    });
  });

  it('grades a plan made again or a vow for this time after a history as a plan', () => {
    expectLevels({
      "i was suicidal in high school. lately i've started planning it again": 'critical',
      'i was suicidal in high school. now i have a plan': 'critical',
      'i tried to kill myself years ago. this time i wont fail': 'critical',
      'i tried to kill myself last year. next time i wont fail': 'critical',
      'nilijaribu kujiua zamani. safari hii sitashindwa': 'critical',
      'nilikuwa nataka kufa zamani. sasa nimeanza kupanga tena': 'critical',
    });
  });

  it('leaves a means for pests or livestock, a business plan and an exam vow as they were', () => {
    expectLevels({
      'i tried to kill myself years ago. i bought rat poison today for the rats': 'low',
      'i tried to kill myself years ago. so today i bought a rope for the goats': 'low',
      'i was suicidal in high school. now i have a plan for my business': 'low',
      'i tried to kill myself years ago. i failed kcse but this time i wont fail': 'low',
    });
  });

  it("leaves someone else's history, a purchase that was part of the history and one dated long ago as they were", () => {
    expectLevels({
      'my brother tried to kill himself. today i bought a rope for the cows': 'low',
      'years ago i wanted to die and i had bought a rope back then but now i am okay': 'low',
      'i tried to kill myself years ago. years ago i bought a rope': 'low',
    });
  });

  it('reads a present wish or thoughts told beside the plan as the same suicide', () => {
    expectLevels({
      "suicidal thoughts every day. i'm planning it for next week": 'critical',
      'suicidal thoughts every day. today i bought a rope': 'critical',
      'i want to die. i have the rope now': 'critical',
      'i tried to kill myself years ago. now i have a plan for tonight': 'critical',
      'i tried to commit suicide years ago. today i bought a rope': 'critical',
      'nilitaka kudie zamani, leo nimenunua sumu': 'critical',
      'i tried to kill myself years ago. i wont fail this time': 'critical',
      'i tried to kill myself last year and it didnt work but this time it will work': 'critical',
      'I tried to kill myself last year lakini safari hii sitashindwa, nimejipanga vizuri': 'critical',
    });
  });

  it('keeps a crisis when someone else is named after it or a joke is denied (a code review)', () => {
    expectLevels({
      'i tried to kill myself last year. today i bought a rope, he doesnt know': 'critical',
      'i tried to kill myself last year. today i bought a rope. not joking': 'critical',
    });
  });

  it('raises nothing for an exam, a denial, a clinic, a chore, a meal, a life plan or poison ivy (a code review)', () => {
    expectLevels({
      'last year i failed kcse and i wanted to die. this time i wont fail': 'low',
      'i was suicidal last year. i am collecting my meds at the clinic today': 'low',
      'i tried to kill myself years ago. today i know what day it is': 'low',
      'i had suicidal thoughts in college. the sink is broken so i am going to do it on my own': 'low',
      'i tried to kill myself years ago. today i burnt the ugali, next time i will do it properly': 'low',
      'nilijaribu kujiua zamani. sasa nimeanza kupanga tena maisha yangu': 'low',
      'i tried to kill myself when i was 16. nobody knew, i planned it': 'low',
      'i tried to kill myself years ago. now i have poison ivy': 'low',
      'nilijaribu kujiua zamani. jana nilipata sumu kwenye chakula cha hoteli': 'low',
      'i tried to kill myself years ago. today i bought rat poison for rats': 'low',
      'i was suicidal in college. the plan is set for friday, dinner with my wife': 'low',
      "I tried to end my life when I was 19. I'm 30 now. I have a plan: finish my nursing diploma": 'low',
    });
  });

  it("does not raise another's words, a denial or an old purchase above where the earlier rules leave them (a code review)", () => {
    expectLevels({
      'my son keeps saying i want to die. today i bought rat poison': 'medium',
      'i have no suicidal thoughts. now i have enough saved and i am happy': 'high',
      'mwaka jana nilitaka kufa nilikuwa tayari nimenunua sumu lakini sasa niko poa': 'high',
    });
  });

  it('raises nothing where the next clause says what the plan, the rope or the day is for (a second code review)', () => {
    expectLevels({
      'i was suicidal in high school. now i have a plan, i am going back to college': 'low',
      'nilijaribu kujiua zamani. nina mpango, nitafungua duka': 'low',
      'nilijaribu kujiua zamani. nimepanga tarehe, harusi ni mwezi ujao': 'low',
      'i was suicidal in high school. i have not cleaned my room, i will do it tomorrow': 'low',
      'i was suicidal years ago. today i bought a rope, the cows keep escaping': 'low',
      'nilijaribu kujiua zamani. kisu nimekinunua tayari kwa kupika nyama': 'low',
      'i used to be suicidal in high school. i am collecting my medication tomorrow': 'low',
      'i was suicidal years ago. i am travelling to kisumu, i have the meds with me now': 'low',
    });
  });

  it('raises nothing for a job, a treatment, a robbery, a relationship ended, a film or a form (a second code review)', () => {
    expectLevels({
      'i tried to kill myself years ago when i lost my job. i got a new job and this time i wont fail': 'low',
      'i attempted suicide in 2019 and i am in recovery. the first medication didnt work but this time it will work':
        'low',
      'i was suicidal in 2018. i failed at farming last season but this time it will work': 'medium',
      'i survived an attempted robbery last year. i have a plan for tomorrow, going to the bank': 'low',
      'my boyfriend was abusive so i had to end it. now i have a plan, i am moving to nairobi': 'low',
      'we watched a film where the girl screams i want to die. i have a plan for friday, going to the beach': 'low',
      'suicidal thoughts: none. sleep: ok. i have a plan for tomorrow, visiting my aunt': 'low',
      'last year i tried to kill myself and i bought a rope already, but i got help and i am better now': 'low',
    });
  });

  it('keeps "during this time" and "this time wanted" in the past they tell (a second code review)', () => {
    expectLevels({
      'when i was 15 i was bullied a lot, during this time tried to kill myself twice': 'low',
      'in high school i was bullied, and this time wanted to die every day': 'low',
    });
  });

  it('reads the plan, the means and the vow in the wordings the second code review found missing', () => {
    expectLevels({
      'i want to die. i am planning again': 'critical',
      'i tried to kill myself last year. i am planning for next week': 'critical',
      'i tried to kill myself two years ago. i have set the date': 'critical',
      'i tried to kill myself years ago. i already bought a rope': 'critical',
      'i tried to kill myself years ago. i bought poison and hid it under my bed': 'critical',
      'nilijaribu kujiua zamani. nimeget kamba': 'critical',
      'i tried to kill myself last year. today i bought a rope at the shop': 'critical',
      'i tried to kill myself last year. they dont know i have a plan now': 'critical',
      'i tried to kill myself in college and it didnt work. this time it will work': 'critical',
      'nilijaribu kujiua last year, hii time sitafail': 'critical',
      'i have been thinking of ending my life. i have the rope now': 'critical',
      'i wish i was dead. i am planning it for next week': 'critical',
      'nimechoka kuishi. leo nimenunua kamba': 'critical',
    });
  });

  it('raises nothing for a plan said in the next sentence, a chore, a wedding, pests or a refill (a third code review)', () => {
    expectLevels({
      'i was suicidal in high school. now i have a plan. i am going back to college': 'low',
      'i was suicidal last year. my therapist helped me make a safety plan. now i have a plan': 'low',
      'i was suicidal in high school. the house is a mess, saturday is when i will do it': 'low',
      'nilijaribu kujiua zamani. nimeamua kesho, nitaenda sokoni': 'low',
      'i tried to kill myself years ago. today i bought poison for the ants': 'low',
      'nilijaribu kujiua zamani. nyumbani kuna panya wengi, leo nimenunua sumu ya panya': 'low',
      'i tried to kill myself years ago. i am getting married, i have set the date': 'low',
      'i was suicidal years ago. i bought razors today, my beard is too long': 'low',
      'suicidal thoughts: never. sleep: ok. i have a plan for tomorrow': 'low',
      'last year i failed form four and i wanted to die. i am repeating, this time i wont fail': 'low',
      'i tried to kill myself years ago but i am happy now. i have a plan now': 'low',
    });
  });

  // Session 49: the learned warning reading now reads the sentences after past thoughts too, and reads this as it did
  // after a past attempt ("i tried to kill myself in college. … tonight i will finish it" was high before): a known
  // false alarm, traded for plans told after past thoughts that fell to low (red team 214).
  it('raises "tonight i will finish it" and things given away for a reason after past thoughts to high (known false alarms)', () => {
    expectLevels({
      'i was suicidal in college. the laptop didnt work today, tonight i will finish it': 'high',
      'i tried to kill myself in college. the laptop didnt work today, tonight i will finish it': 'high',
      // Reasons told after the giving away are not read (a code review, session 49).
      'zamani niliwaza kujiua. wiki hii nimegawa nguo zangu na kuandika barua kwa marafiki kwa sababu naenda kusoma ujerumani.':
        'high',
      'zamani nilikuwa na mawazo ya kujiua. nimemaliza kulipa madeni yangu yote na nimegawa mali kwa watoto wangu kabla sijastaafu.':
        'high',
    });
  });

  it('keeps "this time" told of a past occasion in that past (a third code review)', () => {
    expectLevels({
      'last year i was in hospital, this time for self harm': 'low',
      'years ago i was depressed, this time suicidal': 'low',
    });
  });

  it('does not raise asked or supposed words, living with someone or a visa that did not work (a third code review)', () => {
    expectLevels({
      'the counsellor asked me do i want to die. i said no. now i have a plan': 'high',
      'nimechoka kuishi na mama mkwe. nina mpango sasa': 'medium',
      'i dont know why people think i want to die. today i bought rat poison': 'high',
      'i was suicidal in 2019. i applied for a visa again, the first time it didnt work but this time it will work':
        'medium',
    });
  });

  it('reads the crises the third code review found missing or cancelled', () => {
    expectLevels({
      'it got so bad that i wanted to die. now i have a plan': 'critical',
      'i think i want to die. today i bought a rope': 'critical',
      'i tried to kill myself last year and never recovered. today i bought a rope': 'critical',
      'i tried to kill myself last year. today i bought a rope. i am not even joking': 'critical',
      'i tried to kill myself last year. there is so much drama at home. today i bought a rope': 'critical',
      'i tried to hang myself last year. today i bought a new rope': 'critical',
      'nilijaribu kujiua zamani. safari hii sitashindwa tena': 'critical',
      'i tried to kill myself last year. this time no one will save me': 'critical',
      'nimechoka kuishi na nimepanga siku': 'critical',
    });
  });

  it('reads the wordings red team 206 showed: "nilipojaribu", "i attempted and", "everything i need", a date and when', () => {
    expectLevels({
      'Tangu nilipojaribu kujiua miaka mitatu iliyopita nimekuwa nikijificha. Nimepata vidonge tena na nitavitumia leo usiku.':
        'critical',
      'habari zangu ni mbaya sana nimekuwa nikitaka kufa na mara moja nilijaribu lakini wakaniokoa safari hii nimeshanunua kamba na nitaifanya kesho usiku':
        'critical',
      'I survived an attempt at 16. I have set a date, my birthday, next Thursday.': 'critical',
      "Last year I tried to end my life. I thought I was past it. I'm not. I've got everything I need now.": 'critical',
    });
  });

  it('leaves an errand or a service said with "i will do it" and a day where the earlier rules leave it', () => {
    expectLevels({
      'i was suicidal years ago. my car needs a service, i will do it on friday': 'low',
      'i attempted suicide years ago. i have to renew my id, i will do it tomorrow': 'low',
      'i was suicidal in high school. i have not cleaned my room, i will do it tomorrow': 'low',
    });
  });
});
