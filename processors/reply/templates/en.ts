import type { TemplateSet } from './types.js';

// English replies, written by the team: warm, short, no diagnosis, no advice on medicines, no promise of secrecy.

export const EN: TemplateSet = {
  neutral: [
    "Thank you for checking in today. Taking a moment to notice how you feel is a good habit, and I'm glad you made time for it.",
    "Thanks for sharing how your day is going. I'm here whenever you want to check in again.",
    "It's good to hear from you. Keep noticing how you feel; small check-ins like this one add up.",
    'Thank you for taking a few minutes for yourself today. However the rest of the day goes, you can come back and talk.',
  ],
  positive: [
    "It's lovely to hear some good moments in your day. What helped today is worth remembering for the harder days too.",
    "I'm glad things feel lighter today. Thank you for sharing it with me.",
    'That sounds like a good day. Enjoy it, and notice what made it feel this way.',
  ],
  low: [
    'Thank you for telling me how you feel. It sounds like things are heavy right now, and that matters. Be gentle with yourself today; is there one small thing that could bring you a little comfort?',
    "I hear that today has been hard. You don't have to carry it all at once. Talking to someone you trust can help, even for a few minutes.",
    'It sounds like you are going through a difficult time. Your feelings make sense, and sharing them took courage.',
    'Thank you for being honest about a hard day. Rest, food and a little time with someone kind can make a real difference.',
  ],
  anxious: [
    'It sounds like a lot is weighing on your mind. Try a slow breath in for four counts and out for six, a few times. You are not alone in this.',
    'Worry can make everything feel urgent. Thank you for sharing it. Focusing on the next small step can make it a little lighter.',
    "I hear that you are feeling uneasy. It's okay to pause. Naming what worries you, as you did here, is a good first step.",
  ],
  angry: [
    'It sounds like something really upset you, and it makes sense to feel that way. Thank you for letting it out here.',
    'Frustration is hard to hold. Giving yourself a moment before you act, maybe a short walk, can help it settle.',
    'I hear how annoyed you are. Your feelings matter. Is there someone you trust you could talk this through with?',
  ],
  reassurance: [
    "Thank you for checking in. You said things are okay, and I'm glad to hear it. If anything is weighing on you as well, it's fine to say so here too.",
    "I hear you saying you are fine. Sometimes we carry more than we say; whenever you want to share more, I'm here to listen.",
    "Thanks for sharing. It's okay not to be okay all of the time. If today feels heavier than your words, you can tell me about it.",
  ],
  concern: [
    'Thank you for trusting me with how you feel. It sounds really painful right now. You deserve support: please consider talking to someone you trust or a health worker today. If you ever feel you might not be safe, reach out for help straight away.',
    "I'm really glad you told me. Feeling this way is hard, and you don't have to face it alone. Could you reach out to a friend, a family member or a counsellor today? If you are not safe, please contact emergency services.",
    "What you are feeling matters. Please don't keep it to yourself: talking to someone you trust or a health worker can help. If things get worse or you feel unsafe, seek help right away.",
  ],
  crisis: [
    'Thank you for telling me. What you are going through sounds very painful, and you do not have to face it alone. Please reach out now to someone who can help:\n{resources}\nIf you are in immediate danger, call your local emergency number or go to the nearest health facility. We are letting our care team know, so that someone can follow up with you.',
    'I am really glad you told me, and I am concerned for your safety. Please talk to someone right now:\n{resources}\nIf you might act on these thoughts soon, go to the nearest health facility or call your local emergency number, and ask someone you trust to stay with you. We are letting our care team know, so that they can reach out to you.',
  ],
};
