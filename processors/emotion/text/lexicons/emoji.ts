import type { Cue, Emotion, Lexicon } from './types.js';

// Emoji → category, written for this module (the list plus close relatives). Keys have no variation
// selector (U+FE0F): the tokeniser drops it, so "❤️" arrives as "❤".

const groups: Array<[Emotion, number, string]> = [
  ['happy', 3, '😂 😊 🙂 😀 ❤ 😃 😄 😁 😆 🥰 😍 🤗 🥳 🎉 💕 💖 👍 🙏 😅 🤣 ☺ 😇 ✨ 💪'],
  ['sad', -3, '😢 😭 💔 😞 😔 😟 🥺 😩 😫 ☹ 🙁 😓 😿 🥲'],
  ['angry', -3, '😡 🤬 😠 👿 💢 😤'],
  ['fear', -3, '😨 😱 😰 😧 😬 😥'],
  ['surprise', 0, '😲 😮 😯 😳 🤯 ‼ ⁉'],
  ['disgust', -3, '🤢 🤮 🤧 😒 🙄 💩'],
];

export const EMOJI: Lexicon = new Map();
for (const [cat, v, list] of groups) {
  for (const e of list.split(' ')) EMOJI.set(e, { cat, v, w: 1 } satisfies Cue);
}
