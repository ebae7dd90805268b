import { expectLevels } from '../../setup/risk-levels.js';

// cues-harm-thoughts-sw.ts: thoughts of harming oneself said in Swahili.
describe('crisis language: thoughts of harming oneself in Swahili', () => {
  it("reads the speaker's own thoughts of harming themself now as active thoughts", () => {
    expectLevels({
      'nina mawazo ya kujidhuru mpaka kufa': 'high',
      'bado niko na mawazo ya kujiumiza': 'high',
    });
  });

  it('leaves them denied, over, asked, another person’s, or a haircut as they were', () => {
    expectLevels({
      'sina mawazo ya kujidhuru': 'low',
      'rafiki yangu ana mawazo ya kujidhuru': 'low',
      'Daktari aliniuliza kama nina mawazo ya kujidhuru. Nilimwambia hapana, sina kabisa.': 'low',
      'Nina hamu ya kujikata nywele kama Amber Ray': 'low',
    });
  });
});
