import { expectLevels } from '../../setup/risk-levels.js';

// plain-denial.ts and what uses it (detect.ts, reading.ts, upgrade.ts): what takes back even a plain denial, and what
// makes the thoughts taken back a plan. Written from probes26 (2026-12-03), whose crises of this kind were mostly low.

describe('plain denial: what takes it back', () => {
  it('takes a plain denial back when the thoughts are said to come, stay or grow', () => {
    expectLevels({
      "I don't have suicidal thoughts but they come every night": 'high',
      "I'm not suicidal but lately I think about it every day": 'high',
      'Sina mawazo ya kujiua lakini yananijia kila siku.': 'high',
      'sina mawazo ya kujiua sasa hivi but at night they get very loud': 'high',
      'siwezi kujiua nadhani ila mawazo hayo hayaniachi siku hizi': 'high',
      'nilidanganya counsellor nikasema sina thoughts za kujiua kumbe ziko tu': 'high',
    });
  });

  it('takes a denial back when it is said to be untrue or not promised', () => {
    expectLevels({
      'nilimwambia mshauri sina mawazo ya kujiua lakini nilidanganya': 'high',
      'no thoughts of ending my life well thats not really true they come and go every day': 'high',
      'sitaki kujiua but i cant promise i wont do something usiku wa leo': 'high',
      'sina mawazo ya kujiua. si kweli': 'high',
      // Review 13: a denial the speaker says they will only tell someone, a plain one too.
      "I'm not suicidal, or so I'll tell the nurse.": 'high',
      "sitaki kujiua, I'm only saying so": 'high',
      "I'm not suicidal. That is what I will say at the clinic.": 'high',
      'Sijafikiria kujiua hata kidogo. Ile story ya jirani ni uongo.': 'low',
    });
  });

  it('keeps a plain denial when the thoughts are denied again or are about someone else', () => {
    expectLevels({
      "I'm not suicidal. I don't think about it.": 'low',
      'i dont want to die, my kids need me, i think about them every day': 'low',
      // Review 14: "they", "it" or the thoughts of something else, told further on.
      "I don't have suicidal thoughts. I have worries about rent and they come every night": 'low',
      'sina mawazo ya kujiua lakini mawazo ya ex wangu hayaniachi': 'low',
      'im not suicidal its just the back pain, it comes and goes': 'low',
    });
  });
});

describe('plain denial: readiness, a bare day or a dated denial make a plan', () => {
  // Readiness, preparation or a decision told plainly after a denial ("… niko ready tu", "… nimeshajiandaa") was read as
  // a plan and withdrawn: review 14 found it raising 50 ordinary check-ins to critical ("… exams start monday and im
  // ready", "sitajiua, nimeamua tu kuishi kwa ajili ya watoto wangu"). Those crises are counted as misses (RULES.md).
  it('does not read readiness, a decision or letters after a denial as a plan', () => {
    expectLevels({
      'im not suicidal at all, exams start monday and im ready': 'low',
      'sitajiua, nimeamua tu kuishi kwa ajili ya watoto wangu': 'low',
      'siezi jimaliza, niko ready kwa exam': 'low',
      'im not suicidal. yes i wrote letters to my family, i do that every month from Dubai': 'low',
      'nimeshaandika barua ya kuomba kuhamishwa kazi nimechoka kuishi hapa garissa': 'medium',
      'i wanted to die when i was in form two. now everything is ready for my graduation': 'medium',
    });
  });

  it('reads a sentence that is a day alone after a denial as when', () => {
    expectLevels({
      'No plans to kill myself. Friday.': 'critical',
      'Sina mpango wa kujiua. Jumamosi.': 'critical',
      'Siezi jimaliza. Ijumaa.': 'critical',
    });
  });

  it('reads a one-verb denial dated to now with a later time as a plan, not one denied for both', () => {
    expectLevels({
      'sitajiua leo labda wiki ijayo': 'critical',
      'siezi jimaliza leo maze labda weekend': 'critical',
      'Hapana, sitajiua, sio leo. Nimeshachagua siku, mwisho wa mwezi.': 'critical',
      'Sitajiua leo wala kesho, nina watoto wa kulea.': 'low',
      'Siezi jimaliza bana. Kesho naenda job.': 'low',
    });
  });
});

describe('plain denial: Sheng and spoken denial forms', () => {
  it('reads "sina hiyo mawazo ya", "sina plan ya", "hakuna vitu za", "mawazo ya kujiua sina" as denials before everyday talk', () => {
    expectLevels({
      'Sina hiyo mawazo ya kujiua msee. Nimechoka tu na job.': 'low',
      'sina plan ya kujiua buda ni stress tu ya job': 'low',
      'hakuna vitu za kujiua huko msee nimechoka tu na lecturer wa stats': 'low',
      'mi sina izo thoughts za kujiua ni vile hustle imekuwa ngumu kiasi': 'low',
      'nataka kujiua sina pesa': 'high',
    });
  });

  it('does not read them as denials before anything else, nor a plan denied with thoughts admitted', () => {
    expectLevels({
      'sina plan ya kujiua, ni mawazo tu': 'high',
      'sina hiyo mawazo ya kujiua sana': 'high',
      'mawazo ya kujiua sina siku hizi... ah si kweli, yako kila siku': 'high',
      'hakuna vitu za kujiua siku hizi, ni mara moja kwa wiki': 'high',
    });
  });

  it('reads others better off or happier without the speaker as a passive wish, after a denial too', () => {
    expectLevels({
      'im not suicidal i just think everyone would be happier if i was gone': 'medium',
      'sitaki kujiua ila nadhani familia yangu ingekuwa na amani zaidi bila mimi': 'medium',
      'Im not suicidal. Ila I think everyone would be better off bila mimi.': 'medium',
      'my ex would be happier without me': 'low',
      'my wife will be happier without me snoring, im sleeping in the sitting room': 'low',
      'familia yangu itakuwa sawa bila mimi kwa muda, naenda Saudi kutafuta pesa': 'low',
    });
  });
});
