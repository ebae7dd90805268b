import { expectLevels } from '../../setup/risk-levels.js';

// cues-there-now.ts: at a height, a bridge or water now, and not coming back.
describe('crisis language: at a height or water now, and not coming back', () => {
  it('reads being there and refusing to come down or back as a plan under way', () => {
    expectLevels({
      'on the roof of the hostel now not coming down this time': 'critical',
      'at the dam now. nobody knows where i am. its better this way': 'critical',
      'on the 9th floor balcony legs over the side dont call anyone': 'critical',
      'niko juu ya paa sishuki leo': 'critical',
      'niko kwa daraja sasa hivi sitarudi nyumbani tena': 'critical',
      'niko at the bridge sasa just wanted mtu ajue': 'critical',
      'kindly tell my wife the land title is with my brother. i am going to the river this evening and i will not be returning':
        'critical',
    });
  });

  it('leaves a job, a view, a night elsewhere or a fear of heights as it was', () => {
    expectLevels({
      'im on the roof fixing the tank, not coming down until its done': 'low',
      'i am at the bridge waiting for the matatu, not going home tonight, sleeping at my aunts': 'low',
      'at the dam with the cows, phone almost dead so dont call anyone looking for me, home by 7': 'medium',
      'on the balcony with my tea legs over the side, just wanted someone to know i had a good day': 'low',
      'whenever i am on a bridge i feel like i will jump': 'low',
      'i am at the bridge in jinja tomorrow i will jump': 'low', // medium until the sixth reading's doubt (session 44)
    });
  });

  it('reads the place in a later clause too, and leaves a day at college or a weekend away as it was', () => {
    expectLevels({
      'hey. at the dam now. nobody knows where i am': 'critical',
      "I'm at the top of the new hostel block. Came up here so nobody would stop me this time.": 'critical',
      'im in the library block now not going home this weekend': 'low',
      'niko kwa hostel sirudi nyumbani wikendi hii': 'low',
      'im at the lake now, not going back to work tomorrow': 'low',
    });
  });

  it('reads "better I jump" said there as a plan under way, not beside a repair (red team 177)', () => {
    expectLevels({
      'niko kwa roof ya hostel saa hii siwezi endelea naona ni bora niruke tu': 'critical',
      'i am on the roof now its better i jump': 'critical',
      'niko kwa roof ya hostel natengeneza bati naona ni bora niruke tu': 'medium',
    });
  });

  it('reads "nijirushe chini" too (a code review)', () => {
    expectLevels({ 'niko kwa roof ya hostel saa hii naona ni bora nijirushe chini': 'critical' });
  });

  it('leaves "bora niruke" when locked out or on a flooded bridge as it was (a second review)', () => {
    expectLevels({
      'niko kwa balcony ya first floor nimefungiwa nje funguo zimepotea naona ni bora niruke tu': 'low',
    });
  });
});
