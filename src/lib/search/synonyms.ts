import { stemPhrase } from './stem.ts';
import { searchWords } from './words.ts';

/**
 * Words people at a desk (and visitors) use, next to the words rules are written in. Each group
 * means one thing; a search for any member finds rules that use another. Books add their own in
 * `_site.yaml` (`synonyms`), and the jargon glossary's pairs join them (see `synonymGroups`).
 */
export const BUILTIN_SYNONYMS: readonly (readonly string[])[] = [
  ['kid', 'child', 'children', 'youngster', 'minor', 'toddler', 'son', 'daughter', 'boy', 'girl', 'year old', 'little one'],
  ['teen', 'teenager', 'youth', 'adolescent', 'young person'],
  ['mom', 'mum', 'mother', 'dad', 'father', 'parent', 'guardian', 'caregiver', 'grandparent', 'grandma', 'grandpa'],
  [
    'husband',
    'wife',
    'hubby',
    'spouse',
    'partner',
    'boyfriend',
    'girlfriend',
    'family member',
    'relative',
    'friend',
    'neighbor',
    'neighbour',
  ],
  ['cop', 'cops', 'police', 'officer', 'law enforcement', 'detective'],
  ['customer', 'visitor', 'patron'],
  ['bike', 'bicycle'],
  ['skateboard', 'scooter', 'rollerblades', 'skates', 'wheels'],
  ['toilet', 'restroom', 'bathroom', 'washroom', 'loo', 'lavatory'],
  // Not "passed out": searched without its stop-word it is "passed", which finds "passes" (see
  // TYPED_ONLY).
  ['asleep', 'sleeping', 'sleep', 'napping', 'nap', 'dozing', 'snoozing'],
  ['holds', 'hold', 'reserved items', 'reserve', 'reservation', 'pickup', 'pick up'],
  // Not "charge": one charges a phone, or charges admission ("can we charge admission at event"
  // put the late fees first; found by a desk trial).
  ['fine', 'fee', 'penalty', 'owe', 'owing'],
  ['late', 'overdue'],
  // A call on speaker or by video is a phone call: "customer on speakerphone" found nothing, and
  // "video" alone is the cameras' word ("customer on a video call" put police requests first).
  ['cell', 'cellphone', 'mobile', 'phone', 'smartphone', 'speakerphone', 'speaker phone', 'video call', 'facetime'],
  ['laptop', 'computer', 'pc', 'chromebook', 'ipad', 'tablet', 'device'],
  // Help with a job search is computer help: "show her how to attach a resume" had found only the
  // rules with "show" in them (found by a desk trial).
  ['resume', 'cv', 'cover letter', 'online forms'],
  ['attach', 'attachment', 'upload', 'email', 'e-mail'],
  // Equipment lent out: "AV equipment checkout" found only the privacy and printing rules (found by a desk trial).
  ['av', 'av equipment', 'audiovisual', 'audio visual', 'projector', 'equipment', 'device'],
  ['wifi', 'wi-fi', 'internet', 'wireless', 'online', 'hotspot'],
  ['id', 'identification', 'license', 'licence', 'passport', 'proof of address'],
  ['yelling', 'shouting', 'screaming', 'loud', 'noise', 'noisy'],
  ['gun', 'firearm', 'weapon', 'knife', 'blade', 'pocket knife'],
  ['dog', 'puppy', 'pup', 'cat', 'pet', 'animal'],
  ['snack', 'food', 'eating', 'lunch', 'drink', 'coffee'],
  ['copy', 'copies', 'photocopy', 'print', 'printing', 'printer'],
  ['cctv', 'camera', 'video', 'footage', 'recording', 'recordings'],
  ['photo', 'picture', 'photograph', 'photography', 'filming'],
  ['refund', 'money back', 'reimburse'],
  ['damaged', 'damage', 'wet', 'soaked', 'spilled', 'spilt', 'ripped', 'torn', 'tore', 'ruined', 'chewed', 'water damage'],
  ['no card', 'without a card', 'no library card', 'forgot card', 'forgot their card'],
  // "how long can I keep a book" read as a time limit plus "book" had put "Booking a study room"
  // first; "how many books can I take" put "Taking photos" first (found by a new-user trial).
  ['renew', 'renewal', 'extend', 'extension', 'keep longer', 'more time', 'hang onto', 'how long can i keep', 'due date', 'loan period'],
  ['check out', 'checked out', 'checkout', 'borrow', 'borrowed', 'loan', 'took out', 'take out', 'take home'],
  // What someone has borrowed, as a record: "dad wants to see his 15 year olds checkouts" found
  // nothing for "checkouts" (found by a new-user trial). "checkout" is the loan (Thesaurus: the
  // form typed decides).
  ['checkouts', 'borrowing history', 'reading history', 'checkout history', 'borrowing record', 'borrowing records'],
  ['how many', 'limit', 'limits', 'maximum'],
  ['lost', 'missing', 'misplaced'],
  ['wheelchair', 'accessible', 'accessibility', 'disabled', 'disability', 'special needs', 'autism', 'autistic'],
  ['aide', 'support worker', 'support person', 'personal attendant', 'carer'],
  ['stroller', 'pram', 'buggy', 'pushchair'],
  ['password', 'login', 'log in', 'sign in', 'pin', 'pw', 'pwd'],
  ['boss', 'manager', 'supervisor'],
  // Someone's work: an employee and the employer asking after them are one situation.
  ['employer', 'employee', 'workplace'],
  ['swimsuit', 'swimwear', 'bathing suit', 'trunks', 'swim shorts', 'bikini'],
  ['shoes', 'boots', 'footwear', 'sandals', 'flip flops', 'sneakers', 'trainers'],
  ['shirt', 'shirtless', 'clothes', 'clothing', 'dress code', 'jeans'],
  // Someone hurt is a first-aid situation: "kid bleeding from fall" had not found the first-aid
  // rule in its first ten.
  [
    'advil',
    'tylenol',
    'ibuprofen',
    'painkiller',
    'medicine',
    'medication',
    'first aid',
    'bandage',
    'band aid',
    'hurt',
    'injured',
    'injury',
    'bleeding',
  ],
  ['purse', 'wallet', 'handbag'],
  ['charity', 'nonprofit', 'non profit', 'community group'],
  ['waitlist', 'waiting list', 'wait list'],
  // Brand names a visitor uses for them: "kindle" was corrected to "kindly", "libby" to "lobby".
  ['ebook', 'e-book', 'ebooks', 'e-reader', 'kindle', 'libby', 'overdrive', 'audiobook', 'digital books'],
  ['workout', 'working out', 'lifting', 'weights', 'exercise'],
  ['youtube', 'vlog', 'livestream', 'filming', 'video'],
  ['smoking', 'smoke', 'vaping', 'vape', 'e-cigarette', 'cigarette', 'tobacco', 'juul'],
  // Slang and brand names no rule uses were "corrected" to a word a letter away ("uber" to
  // "user", "venmo" to "venue"); in a group they are known words (found by a new-user trial).
  ['cannabis', 'marijuana', 'weed', 'edibles', 'thc'],
  ['rideshare', 'uber', 'lyft', 'taxi', 'cab'],
  ['venmo', 'paypal', 'zelle', 'cash app', 'apple pay', 'google pay', 'e-transfer', 'etransfer', 'interac', 'contactless'],
  ['price', 'cost', 'how much', 'cents'],
  // Money trouble: the desk's answer is paying over time, or help with the cost. Not "can't
  // pay": without its stop-word it is searched as "pay", on every page about money.
  ['afford', 'payment plan', 'pay over time', 'installments', 'hardship', 'financial help', 'low income'],
  ['how long', 'too long', 'time limit', 'session', 'time is up'],
  // Games people play: "video games" had put the security cameras first, its "video" being
  // the cameras' word (found by a visitor's trial).
  ['gaming', 'video games', 'video game', 'games', 'console', 'xbox', 'playstation', 'nintendo'],
  // Staying until closing, not being overdue: "how late can I stay" and "open late" had put the
  // late fees first (found by a visitor's trial).
  ['closing', 'closing time', 'how late', 'open late', 'stay late', 'staying late', 'until what time'],
];

/**
 * Words of the desk's situations: who is involved and what went wrong ("guy", "creepy",
 * "drunk"). Only the staff edition searches with them: the public edition's search page carries
 * its groups in its source, for any visitor to read, and a visitor looks for services.
 */
export const DESK_SYNONYMS: readonly (readonly string[])[] = [
  // Not "visitor": "guy watching porn" and "lady needs to print" put "Computer passes for
  // visitors" first. Rules say "visitor" of everyone; a guy or a lady is a person in the situation.
  ['guy', 'bro', 'dude', 'man', 'woman', 'lady', 'person'],
  ['porn', 'pornography', 'adult content', 'explicit', 'obscene', 'sexual content'],
  // Typed on a phone, and the desk's own word for an animal: each had found nothing or been named
  // as a word no rule has ("ppl", "rm", "ESA"; found by a desk trial).
  ['people', 'ppl', 'folks'],
  ['room', 'rm'],
  ['esa', 'emotional support animal', 'emotional support animals', 'emotional support dog', 'support animal'],
  // No rule says "drunk": what the desk does about it is in the rules on disruptive behavior
  // ("someone drunk" found nothing but "Try: drink"). Not "behavior": on every page about
  // conduct, and "behaviour" would then no longer be corrected to the book's spelling.
  ['drunk', 'intoxicated', 'alcohol', 'beer', 'disruptive'],
  ['fight', 'fighting', 'violence', 'violent', 'assault', 'threat', 'threatening'],
  ['stolen', 'theft', 'steal', 'stole', 'shoplifting'],
  ['kick out', 'throw out', 'ban', 'banned', 'leave', 'trespass'],
  ['harass', 'harassment', 'creep', 'creepy', 'bothering', 'stalking', 'staring', 'leering', 'ogling'],
  ['smell', 'odor', 'odour', 'hygiene'],
  // No rule says "homeless": the desk's answers are in the rules on sleeping, bags and asking
  // someone to leave ("homeless" found nothing; found by a desk trial).
  ['homeless', 'unhoused', 'homelessness', 'shelter', 'no fixed address'],
  // Yelling at someone is abuse, not noise: "guy yelling at staff" had put "Noise and quiet areas" first.
  [
    'swearing',
    'cursing',
    'profanity',
    'abusive language',
    'rude',
    'insult',
    'verbal abuse',
    'abusive',
    'yelling at staff',
    'yelling at me',
    'shouting at staff',
    'screaming at staff',
  ],
  // "someone ODing" was corrected to "owing" and answered with the fee rules (found by a new-user trial).
  [
    'medical emergency',
    'overdose',
    'overdosing',
    'od',
    'oding',
    'unresponsive',
    'not breathing',
    'collapsed',
    'seizure',
    'narcan',
    'naloxone',
    'ambulance',
  ],
];

/**
 * What Spanish-speaking visitors call things, next to the words translated rules use: the public
 * edition's Spanish search had none, so "impresora" found nothing beside "Imprimir y fotocopiar",
 * and "celular" was offered "regular" (found by a new-user trial). A book's own groups are in its
 * source language.
 */
export const SPANISH_SYNONYMS: readonly (readonly string[])[] = [
  [
    'imprimir',
    'impresora',
    'impresión',
    'impresiones',
    'fotocopia',
    'fotocopias',
    'fotocopiar',
    'copias',
    'escanear',
    'pase de abordar',
    'tarjeta de embarque',
    'printing',
    'print',
  ],
  ['teléfono', 'celular', 'móvil', 'llamada', 'llamadas', 'llamar', 'phone'],
  ['computadora', 'computadoras', 'ordenador', 'computador', 'compu', 'pc', 'portátil', 'laptop', 'tableta', 'computer'],
  ['wifi', 'wi-fi', 'internet', 'red inalámbrica', 'contraseña del wifi'],
  // Not "servicio": "animales de servicio" are service animals.
  ['baño', 'baños', 'sanitario', 'sanitarios', 'aseo', 'inodoro', 'restroom'],
  ['niño', 'niña', 'niños', 'niñas', 'hijo', 'hija', 'hijos', 'menor', 'menores', 'chico', 'chica', 'child', 'children'],
  ['tarjeta', 'carnet', 'carné', 'credencial', 'card'],
  ['perdí', 'perdió', 'perdido', 'perdida', 'perder', 'pierdo', 'pierde', 'perdimos', 'extravié', 'extraviado', 'extraviada', 'lost'],
  ['comer', 'comida', 'beber', 'bebida', 'bebidas', 'café', 'merienda', 'almuerzo', 'food', 'drink'],
  // "debo" is "I must" as often as "I owe" (a stop-word): owing is said with it here.
  ['multa', 'multas', 'recargo', 'cargo', 'retraso', 'atrasado', 'cuánto debo', 'cuanto debo', 'cobro', 'carta de cobro', 'fine', 'fee'],
  ['renovar', 'renovación', 'prorrogar', 'más tiempo', 'devolver más tarde', 'renew'],
  ['préstamo', 'prestar', 'prestado', 'prestados', 'llevar', 'llevarme', 'llevarse', 'sacar', 'borrow'],
  ['perro', 'perros', 'gato', 'mascota', 'mascotas', 'animal', 'animales', 'dog', 'pet'],
  ['ruido', 'ruidoso', 'silencio', 'tranquilo', 'hablar alto', 'noise', 'quiet'],
  ['foto', 'fotos', 'fotografía', 'fotografiar', 'grabar', 'video', 'vídeo', 'photo'],
  ['sala', 'salas', 'salón', 'reservar una sala', 'sala de estudio', 'room'],
  // Not "book": on a page still in English it is "booking" too, and "¿Tengo que pagar si pierdo un
  // libro?" had put the meeting rooms first (found by a visitor's trial).
  ['libro', 'libros', 'material', 'materiales', 'item', 'items'],
  // "identificación" and "accesible" had found nothing (found by a visitor's trial).
  ['identificación', 'documento de identidad', 'documento', 'pasaporte', 'licencia de conducir', 'id', 'identification'],
  ['accesible', 'accesibilidad', 'silla de ruedas', 'discapacidad', 'discapacitado', 'wheelchair', 'accessible'],
  // Owing is paying over time as often as a fine ("debo dinero" had found the room fees 2nd).
  ['pagar', 'pago', 'pagos', 'cobrar', 'cobran', 'costo', 'precio', 'cuesta', 'deuda', 'deudas', 'debo dinero', 'pay', 'cost'],
  ['contraseña', 'clave', 'password'],
];

/**
 * What French-speaking visitors call things, as the Spanish groups: the French search had none,
 * so "portable" was offered "possible, suitable, table" and "amendes" "monde, rendez" (found by
 * a volunteer's trial). "Portable" is a phone and a laptop: it is in both groups, so alone it
 * finds both; next to "téléphone" or "ordinateur" it joins that word and means that one thing.
 */
export const FRENCH_SYNONYMS: readonly (readonly string[])[] = [
  ['téléphone', 'portable', 'mobile', 'cellulaire', 'appel', 'appels', 'appeler', 'phone'],
  ['manger', 'nourriture', 'repas', 'boire', 'boisson', 'boissons', 'café', 'collation', 'goûter', 'food', 'drink'],
  ['amende', 'amendes', 'frais', 'pénalité', 'pénalités', 'retard', 'fine', 'fee'],
  ['renouveler', 'renouvellement', 'prolonger', 'prolongation', 'plus de temps', 'renew'],
  ['toilettes', 'wc', 'sanitaires', 'restroom'],
  ['chien', 'chiens', 'chat', 'chats', 'animal', 'animaux', 'dog', 'pet'],
  ['enfant', 'enfants', 'fils', 'fille', 'mineur', 'mineurs', 'child', 'children'],
  ['carte', 'carte de bibliothèque', 'abonnement', 'card'],
  ['imprimer', 'impression', 'imprimante', 'photocopie', 'photocopies', 'photocopier', 'copies', 'printing', 'print'],
  ['ordinateur', 'ordinateurs', 'pc', 'portable', 'tablette', 'computer'],
  ['wifi', 'wi-fi', 'internet'],
  ['bruit', 'bruyant', 'silence', 'calme', 'noise', 'quiet'],
  ['photo', 'photos', 'photographier', 'filmer', 'vidéo'],
  ['salle', 'salles', 'réserver', 'réservation', 'room'],
  // As the Spanish groups, for the rules still in English (found by a translator's trial: "j'ai
  // perdu ma carte" put "Large bags and carts" first, "livres" found nothing and offered "vivre").
  // Not "book": to the search, "booking a room" too.
  ['perdu', 'perdue', 'perdus', 'perdre', 'égaré', 'égarée', 'lost'],
  ['livre', 'livres', 'document', 'documents', 'items', 'item'],
  ['emprunter', 'emprunt', 'emprunts', 'prêt', 'prêts', 'borrow'],
  ['vélo', 'vélos', 'bicyclette', 'trottinette', 'bike', 'bicycle', 'scooter'],
  ['fermeture', 'fermer', 'ferme', 'heure de fermeture', 'closing'],
  ['mot de passe', 'identifiant', 'password', 'login'],
];

/** Built-in groups of the languages that have them, by language code. */
const LANGUAGE_SYNONYMS: Readonly<Record<string, readonly (readonly string[])[]>> = { es: SPANISH_SYNONYMS, fr: FRENCH_SYNONYMS };

/** A language's own built-in groups (Spanish, French), for the part of the public edition in it. */
export function languageSynonyms(language: string): SynonymGroup[] {
  const groups = LANGUAGE_SYNONYMS[language.split('-')[0]!.toLowerCase()] ?? [];
  return synonymGroups({ builtin: false, own: groups });
}

/**
 * Phrases read as a group's meaning when someone types them, but never searched for: searched,
 * their words say something else. "passed out" loses its stop-word and is "passed", which finds
 * "Computer passes"; typed, it means asleep. Each names a word of the group it belongs to.
 */
export const TYPED_ONLY: Readonly<Record<string, string>> = {
  'passed out': 'asleep',
  // A visitor's "how many books can I take": searched, "take" finds "Taking photos" first.
  'can i take': 'borrow',
};

/**
 * Forms of one stem that mean different things at the desk, each read by the groups that have it
 * as written, not by its stem: "checkout" is a loan, "checkouts" what someone borrowed. By stem
 * alone, "how many books can i checkout" had put the reading-privacy rule first (found by a desk
 * trial). Every other word is read by its stem, a book's own groups' included ("fines" finds the
 * group of "fine").
 */
export const FORMS_APART: readonly string[] = ['checkout', 'checkouts'];

/**
 * Words and phrases read as another word's group when typed, and never put in it. Someone's
 * "records" are what they borrowed, where a camera's "recordings" are its footage (one stem, to
 * Pagefind too): "patron recrods privacy" had put the cameras first, so "records" is not searched
 * as typed. The teen section as libraries call it is searched as typed too, for a book that says
 * "Young adult room" ("YA section" had found nothing), but is no word of the teen group: searched
 * for "teen", "young adult" is every page with "young" and "adult". All found by desk trials. Not
 * for a book with a group of its own that has the form as written. ("record" alone is read by
 * the query's plan: "his library record", but "record the meeting".)
 */
export const FORMS_READ_AS: Readonly<Record<string, { as: string; searched: boolean }>> = {
  records: { as: 'checkouts', searched: false },
  // Its "library" on its own, on every page, had put "Kids alone" first for "mom wants to see sons
  // library record"; searched as typed, it is the police's request for records.
  'library record': { as: 'checkouts', searched: false },
  'library records': { as: 'checkouts', searched: false },
  ya: { as: 'teen', searched: true },
  'young adult': { as: 'teen', searched: true },
  'young adults': { as: 'teen', searched: true },
};

/** Synonym groups, each a list of words or phrases that mean the same at the desk. */
export type SynonymGroup = readonly string[];

/**
 * All groups for a book: the built-in ones, the book's own, and each glossary entry (insider word
 * and plain words) as a group of two, so staff can type "ILL" and find the rule written as
 * "borrowing from other libraries", and a visitor the other way round.
 */
export function synonymGroups(options: {
  builtin?: boolean;
  /** The desk's situation words too (DESK_SYNONYMS): the staff edition's search. */
  desk?: boolean;
  own?: readonly SynonymGroup[];
  jargon?: Readonly<Record<string, string>>;
}): SynonymGroup[] {
  const builtin = options.builtin === false ? [] : [...BUILTIN_SYNONYMS, ...(options.desk ? DESK_SYNONYMS : [])];
  const groups: SynonymGroup[] = [...builtin, ...(options.own ?? [])];
  // A glossary's plain words may list alternatives ("Drop-in: Single visit, pay as you go"): each is a term of its own.
  for (const [term, plain] of Object.entries(options.jargon ?? {})) groups.push([term, ...plain.split(/[,;]/)]);
  return groups
    .map((group) => [...new Set(group.map((term) => searchWords(term).join(' ')).filter(Boolean))])
    .filter((group) => group.length > 1);
}

/** What the thesaurus knows of a word or phrase. */
export interface ThesaurusEntry {
  /** The group's word for it (the word itself, unless it is TYPED_ONLY). */
  term: string;
  synonyms: string[];
  /** False for a TYPED_ONLY phrase: its own words are not searched. */
  typedIsSearched?: false;
}

/**
 * Looks up the terms that mean the same as a word or phrase (its own form first). Terms are
 * looked up by their stems, as Pagefind matches them: "lifting" finds the group of "lift",
 * "picking up" the group of "pick up", "kids" the group of "kid".
 */
export class Thesaurus {
  readonly #entries = new Map<string, ThesaurusEntry>();
  /** TYPED_ONLY phrases, by their words exactly: by stem, "pass out" (leaflets) would mean asleep too. */
  readonly #typedOnly = new Map<string, ThesaurusEntry>();
  /** FORMS_APART, each with the terms of the groups that have it as written. */
  readonly #forms = new Map<string, ThesaurusEntry>();
  /** The longest phrase in any group, in words: how far ahead a query is read for one. */
  readonly longest: number;

  /** The glossary's acronyms, in lower case (bookAcronyms). */
  readonly #acronyms: ReadonlySet<string>;

  constructor(
    groups: readonly SynonymGroup[],
    typedOnly: Readonly<Record<string, string>> = TYPED_ONLY,
    acronyms: Iterable<string> = [],
    formsApart: readonly string[] = FORMS_APART,
    formsReadAs: Readonly<Record<string, { as: string; searched: boolean }>> = FORMS_READ_AS,
  ) {
    this.#acronyms = new Set(acronyms);
    let longest = 1;
    for (const group of groups) {
      for (const term of group) {
        const key = stemPhrase(term);
        const entry = this.#entries.get(key) ?? { term, synonyms: [] };
        for (const other of group) if (stemPhrase(other) !== key && !entry.synonyms.includes(other)) entry.synonyms.push(other);
        this.#entries.set(key, entry);
        longest = Math.max(longest, term.split(' ').length);
      }
    }
    // FORMS_APART: each form read by the groups that have it as written.
    for (const form of formsApart) {
      const own = groups.filter((group) => group.includes(form));
      if (own.length === 0) continue;
      const key = stemPhrase(form);
      this.#forms.set(form, { term: form, synonyms: [...new Set(own.flat().filter((other) => stemPhrase(other) !== key))] });
    }
    for (const [form, { as, searched }] of Object.entries(formsReadAs)) {
      const meant = this.#forms.get(as) ?? this.#entries.get(stemPhrase(as));
      if (!meant || groups.some((group) => group.includes(form))) continue;
      this.#forms.set(
        form,
        searched
          ? { term: form, synonyms: [meant.term, ...meant.synonyms] }
          : { term: meant.term, synonyms: meant.synonyms, typedIsSearched: false },
      );
      longest = Math.max(longest, form.split(' ').length);
    }
    for (const [phrase, word] of Object.entries(typedOnly)) {
      // Only for a group this book has (a book may turn the built-in groups off), and never in
      // place of a group of the book's own that holds the phrase: the book's meaning wins.
      const meant = this.#entries.get(stemPhrase(word));
      if (!meant || this.#entries.has(stemPhrase(phrase))) continue;
      this.#typedOnly.set(phrase, { term: meant.term, synonyms: meant.synonyms, typedIsSearched: false });
      longest = Math.max(longest, phrase.split(' ').length);
    }
    this.longest = longest;
  }

  /** The other terms of the word's or phrase's groups, or undefined when it is in none. */
  synonymsOf(term: string): ThesaurusEntry | undefined {
    return this.#typedOnly.get(term) ?? this.#forms.get(term) ?? this.#entries.get(stemPhrase(term));
  }

  /** Whether the word (in lower case) is an acronym of the glossary: "ill" for "ILL". */
  isAcronym(word: string): boolean {
    return this.#acronyms.has(word);
  }

  /** Every single word the groups know, for correcting typos against. */
  words(): string[] {
    return [...this.#entries.values()].map((entry) => entry.term).filter((term) => !term.includes(' '));
  }
}
