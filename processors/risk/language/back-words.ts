// The words of something coming back, and the things that may be what came back, shared by repeated.ts ("they're back"
// after the thoughts) and continuing.ts ("again" and the bare Swahili "back" anywhere in a past's sentence).

/** English things that may be what came back ('since march it's back': an illness, the rain, a job). */
export const THING =
  / (?:malaria|pain|ulcer|ulcers|headache|cough|flu|fever|sickness|illness|disease|rain|rains|drought|job|money|business|phone|car|network|power|stima|umeme|water|maji|appetite|hope|joy|peace|sleep|energy|strength|nguvu|smile|confidence|health|afya|period|periods|rash|allergy|asthma|pressure|sugar|voice|weight|land|shamba|id|passport|licence|license|faith|imani|hair|memory|eyesight|vision|humou?r|cancer|tumou?r|tb|hiv|stroke|seizures?|fits|kifafa|saratani) /u;

/** The Swahili "back" forms, and things that may be what came back. */
export const SW_BACK = / (?:ya|zi|i)me(?:rudi|rejea|nirudia)/u;
export const THING_SW =
  / (?:ng'?ombe|mbuzi|kuku|pesa|madeni|deni|maji|stima|umeme|mvua|kazi|order|oda|wateja|customers|vibes|mabeshte|marafiki|bei|maumivu|mambo|network|mtandao|hamu|ari|tumaini|matumaini|nguvu|afya|furaha|amani|raha|simu|nguo|funguo|mbwa|paka|pikipiki|gari|vitu|mali)\b| \p{L}+ (?:zangu|zetu|zake|zao)\b| (?:zili|wali)\p{L}+/u;
