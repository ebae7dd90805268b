import { expectLevels } from '../../setup/risk-levels.js';

// cues-after-history.ts (session 47): a weekday picked, or the night waited for, said as its own clause, where the
// check-in also tells the speaker's own suicide attempt or wish.
describe('crisis language: a weekday picked after one’s own suicide attempt or wish', () => {
  it('grades a weekday picked after an attempt told as history as a plan', () => {
    expectLevels({
      "I attempted suicide years ago. Nothing got better. I've picked Friday. I'm going to do it then.": 'critical',
      'i tried to kill myself years ago. i have picked friday': 'critical',
      'I attempted suicide years ago. I have picked friday night.': 'critical',
      'nilijaribu kujiua zamani. nimechagua ijumaa': 'critical',
      'Nilijaribu kujiua zamani. Nimeanza tena kupanga, nimechagua siku.': 'critical',
    });
  });

  it('grades the day said first, in English or Swahili, as a plan', () => {
    expectLevels({
      'I still wish I was dead most days. Friday is the day I picked.': 'critical',
      'nataka kufa. jumamosi ndio siku nimechagua': 'critical',
      'sometimes nataka tu kufa, i tried once zamani. saturday ndio siku nimechagua': 'critical',
      'sitaki kuishi tena nimeshachoka. siku nimeichagua ni alhamisi': 'critical',
      'mi nimechoka na hii life nataka tu kudie. nimepick jumatano': 'critical',
    });
  });

  it('leaves a day picked for a hike, a visit, a wedding or a testimony as it was', () => {
    expectLevels({
      'i tried to kill myself years ago. for the hike i have picked saturday': 'low',
      'i tried to kill myself years ago. we needed a day to visit mum and i have picked sunday': 'low',
      'nilijaribu kujiua zamani. nimechagua ijumaa kwa harusi ya dada': 'low',
      'nilijaribu kujiua zamani. nimechagua siku ya kwenda sokoni': 'low',
      'i tried to kill myself years ago. i have chosen sunday to share my testimony': 'low',
    });
  });

  it('reads a date, a holiday, "this friday" and the day said last as picked', () => {
    expectLevels({
      'I tried to kill myself last year. The day I picked is Friday.': 'critical',
      'I tried to kill myself last year. I have picked this Friday.': 'critical',
      'i want to die. i have picked the 25th': 'critical',
      'I want to die. I have picked Friday, the day to end it.': 'critical',
      'My marriage is over, I want to die, I have picked Friday.': 'critical',
      'I wish I had died. I have picked Friday.': 'critical',
      'i want to die. i picked a day its saturday': 'critical',
    });
  });

  it('leaves a day picked for church, a trip, a burial or a match, and a day chosen long ago, as they were', () => {
    expectLevels({
      'I used to want to die. Now I go to church every week. I have picked Sunday.': 'low',
      'Last year I wanted to die. We are going on a trip to Naivasha. I have picked Friday.': 'low',
      'Zamani nilitaka kufa. Tunaenda safari ya Naivasha, nimechagua ijumaa.': 'low',
      'Baba alipofariki nilitaka kufa pia. Mazishi ni wiki ijayo, nimechagua jumamosi.': 'high',
      'I wanted to die when Arsenal lost the final. We are playing five a side this weekend. I have picked Saturday.':
        'high',
      'Years ago I attempted suicide. I chose Friday, the day my dad left us.': 'low',
      'Zamani nilitaka kufa. Tutaenda Naivasha na siku nimechagua ni alhamisi.': 'low',
    });
  });

  it('does not take others wishing the speaker dead, or a wish that is over, as the speaker’s own', () => {
    expectLevels({
      'My stepmother and my sisters wish I was dead because of the inheritance. I have picked Friday.': 'medium',
      'I no longer wish I was dead. Counselling helped a lot. I have picked Friday.': 'medium',
    });
  });

  it('leaves a day picked by someone recovered, or with no suicide of the speaker’s told, as it was', () => {
    expectLevels({
      'i tried to kill myself years ago, now i am fine. i have picked friday': 'low',
      'i have picked friday': 'low',
      'my brother tried to kill himself. i have picked friday': 'low',
      "i don't wish i was dead. i have picked friday": 'low',
    });
  });

  it('grades waiting for the night or for the house to sleep, said last, as a plan', () => {
    expectLevels({
      "I survived an attempt years ago. I have a knife in my bag and I'm just waiting for tonight.": 'critical',
      'nilijaribu kujiua zamani. nasubiri usiku ufike': 'critical',
      'i want to die. im just waiting for everyone to sleep': 'critical',
      'I attempted suicide years ago. im just waiting for tonight to watch the match': 'low',
      "I attempted suicide years ago. Now I'm happy. I'm just waiting for tonight!": 'low',
      'i tried to kill myself years ago. the party is at 9, im just waiting for tonight': 'low',
    });
  });
});
