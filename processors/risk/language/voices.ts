// Other voices in the speaker's words: someone else's speech or belief right before a cue, a title named after it,
// and a question about it answered no (detect.ts judges a cue with these).

/** Asked about it ("the nurse asked if i …", "aliniuliza kama …"). */
export const ASKED =
  / (?:asked|asks|asking|ask) (?:me )?(?:\p{L}+ ){0,4}?(?:if|whether) | (?:aliniuliza|ameniuliza|ananiuliza|waliniuliza|aliuliza|wameniuliza) (?:\p{L}+ ){0,3}?kama /u;
/** Someone else's words or belief right before the cue ("he said i will kill myself", "wanadhani nitajiua"). */
export const SAID_BEFORE =
  / (?:he|she|they|someone|somebody|brother|sister|friend|character|cousin|mum|mom|dad|mother|father|man|woman|guy|girl|teacher|pastor|people|everyone|wasee|watu) (?:(?!i |and i )\p{L}+ ){0,8}?(?:said|says|say|told me|tells me|was saying|kept saying|keeps saying|goes|think|thinks|thought) (?:that )?$| (?:song|lyric|line|one|which|that) goes (?:like )?$| (?:ngoma|wimbo|song)(?: \p{L}+){0,5} (?:inasema|unasema|ikisema|says|goes|sings)(?: kwamba)? $| (?:ngoma|wimbo|song) ya $| (?:he|she|they|someone|somebody|brother|sister|friend|cousin|mum|mom|dad|mother|father|guy|girl) (?:\p{L}+ ){0,2}?(?:keeps |kept )?(?:posting|posts|posted|writes|wrote|writing|texting|texts|texted|tweets|tweeting|saying) (?:\p{L}+ ){0,5}?like $| (?:alisema|anasema|akasema|walisema|wanasema|aliniambia|ananiambia|wanadhani|anadhani|wanafikiri|anafikiri) (?:kwamba |eti )?(?:niko na )?$/u;
/** A title named right after the cue ("i want to die is a song"). */
export const NAMED_AFTER = /^ (?:is|was) (?:a|the) (?:\p{L}+ )?(?:song|movie|film|book|poem|title) /u;
/** Right after the "no": taken back ("… but i really do", "… because i was scared", "lakini ni kweli nawaza"). */
export const TAKEN_BACK =
  /^(?: \p{L}+){0,2}? (?:but|lakini|ila) (?:i (?:do|did|am|really|was lying|lied|think about it|want)|its not true|that (?:was|is)(?:nt| not) true|ni kweli|nawaza|nilidanganya)| because i was (?:scared|afraid|ashamed|embarrassed|lying)| (?:i lied|was lying|not true|a lie|nilidanganya) /u;
/** "said no", not "told her no one would notice". */
export const ANSWERED_NO =
  / i (?:\p{L}+ )?(?:said|answered|ticked|told (?:him|her|them)|replied|circled|put) (?:a )?no(?! one| body| way| longer| more| matter)(?= |$)| (?:nikamwambia|nilimwambia|nikasema|nilisema|nikajibu|nilijibu|nikawaambia) hapana /u;
