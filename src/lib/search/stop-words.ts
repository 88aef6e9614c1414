import { withoutAccents } from './words.ts';

// Words that carry no topic at the desk ("the", "at", "wants", "can"): a search never requires
// them, so one of them cannot empty the results or outrank the words that matter. Contractions
// are here as typed in a hurry too ("cant", "dont"), or "cant" would be corrected to "cart".
// "Patron" and "customer" are whoever is at the desk, as "someone" is: read as "visitor", which
// rules say of everyone, they put "Computer passes for visitors" first for "cop wants to know
// what a patron borrowed" and "patron seems drunk" (found by two new-user trials). Phone
// shorthand ("pls", "rn", "pt" for patron) had each been named as a word no rule mentions, and
// "non" of "non resident" found "non-profit" (found by desk trials). "Allowed" asks whether, as
// "can" does: "pets allowed?" had been told no rule mentions it (welcoming wording never says it;
// found by a visitor's trial).
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about after again all also am an and any anybody anyone anything anywhere are around as at be
  been before being but by came can
  can't cannot come comes coming could did didn't do does doesn't doing don't done for from get
  gets getting go goes going got had hasn't has have haven't having he he'd he'll he's her here
  hers herself him himself his how i i'd i'll i'm i've if in into is isn't it it's its itself
  just keep keeps let like many may me might more most much must my myself need needs now of off ok okay on
  once only or other our ours out over please really right said say says she she'd she'll she's
  should so some someone something still such than that that's the their theirs them then there
  there's these they they'd they'll they're thing things this those to too try trying us very want
  wanted wanting wants was wasn't we we'd we'll we're we've were weren't what what's when where
  which while who who's whom why will with won't would wouldn't yes yet you you'd you'll you're
  your yours everybody everyone everything gone nobody somewhere tell tells told twice went
  cant dont wont didnt doesnt isnt wasnt arent werent hasnt havent couldnt wouldnt shouldnt aint
  im ive youre theyre thats whats theres patron patrons customer customers
  pls plz thx thanks ur rn idk btw asap hey hi hello lol omg pt pts non allowed permitted`.split(/\s+/),
);

export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}

/**
 * Spanish words that carry no topic at the desk or in a visitor's question ("¿dónde está el
 * baño?", "¿puedo comer aquí?"): articles, pronouns, prepositions, question words, and the verbs
 * a question is built with. Without them "¿dónde" was "corrected" to "donde" and "aquí" put
 * "Niños que siguen aquí…" above "Comida y bebida" (found by a new-user trial).
 */
export const SPANISH_STOP_WORDS: ReadonlySet<string> = withUnaccented(
  `a al algo alguien algún alguna alguno algunos ante aquí así aun aún cada como cómo con contra cual
  cuál cuáles cuando cuándo cuánto cuánta cuántos cuántas cuanto cuanta cuantos cuantas de del desde donde dónde durante e el él ella ellas ello ellos en entre
  era eres es esa ese eso esta está están estar estas este esto estos estoy fue ha había han hasta hay
  he hola la las le les lo los me mi mí mis mucho muy nada ni no nos nosotros o os otra otro para pero
  poco poder por porque puedo puede pueden podemos qué que quiero quiere se sea ser si sí sin sobre
  somos son soy su sus también tan tengo tiene tienen te ti tu tú tus un una unas uno unos usted
  ustedes vez y ya yo favor gracias necesito necesita necesitan debo debe deben`.split(/\s+/),
);

/**
 * French words that carry no topic in a visitor's question ("où imprimer ?", "est-ce que je peux
 * manger ici ?"): articles, pronouns, prepositions, question words, their elided forms, and the
 * verbs a question is built with. Without them "où" was named as a word no rule has, "mon"
 * matched "money" in a rule still in English, and "peux" was "corrected" to "peut" (found by a
 * volunteer's trial).
 */
export const FRENCH_STOP_WORDS: ReadonlySet<string> = withUnaccented(
  `à a afin ai ainsi alors as au aucun aussi autre aux avec avez avoir avons bien bonjour c c'est ça
  ce ceci cela celle celui ces cet cette chez comme comment d d'un d'une dans de des dois doit doivent
  donc du elle elles en encore est et étaient était êtes être eu eux fais fait faire faut il ils
  j j'ai je l la là le les leur leurs lui m ma madame mais me merci même mes moi mon monsieur n
  n'est ne ni nos notre nous on ont ou où oui par pas peu peut peuvent peux pourquoi pouvez
  pouvons pour puis puis-je qu qu'est qu'il quand que quel quelle quelles quels qui quoi s s'il sa
  sans se ses si sommes son sont suis sur svp plaît t ta te tes toi ton très tu un une veut veulent
  veux voudrais voulez voulons vos votre vous y ici qu'on qu'elle qu'ils l'on n'ai j'aimerais`.split(/\s+/),
);

/** A list of words with each also as typed without its accents ("où" and "ou", "aquí" and "aqui"). */
function withUnaccented(words: readonly string[]): ReadonlySet<string> {
  return new Set(words.flatMap((word) => [word, withoutAccents(word)]));
}

/**
 * The stop-words of a page's language: English, Spanish, French, or none. An English one ("come", "me",
 * "he") never drops a word that means something in another language ("¿se come aquí?").
 */
export function stopWordsOf(language: string | undefined): (word: string) => boolean {
  if (isEnglish(language)) return isStopWord;
  if (language === 'es' || language?.startsWith('es-')) return (word) => SPANISH_STOP_WORDS.has(word);
  if (language === 'fr' || language?.startsWith('fr-')) return (word) => FRENCH_STOP_WORDS.has(word);
  return () => false;
}

/** No language given means the English the layer was written for. */
export function isEnglish(language: string | undefined): boolean {
  return language === undefined || language === 'en' || language.startsWith('en-');
}
