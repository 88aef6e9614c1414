// "Check first with the supervisor on duty": the person a yellow rule names (`bend.ask`), however
// an admin wrote it, as it reads inside that sentence. Titles are lowercased ("Branch Manager" →
// "the branch manager"); names and acronyms keep their capitals ("Maria Lopez", "IT"); "the" is
// added before a title only, never before a name or after another determiner ("a manager").

// Words of job titles and departments, lowercased wherever they appear.
const TITLE_WORDS = new Set(
  [
    'and',
    'at',
    'for',
    'in',
    'of',
    'on',
    'or',
    'the',
    'to',
    'access',
    'adult',
    'adults',
    'branch',
    'building',
    'centre',
    'center',
    "children's",
    'childrens',
    'children',
    'circulation',
    'collections',
    'communications',
    'community',
    'computer',
    'customer',
    'deputy',
    'duty',
    'events',
    'facilities',
    'finance',
    'floor',
    'front',
    'general',
    'help',
    'history',
    'human',
    'library',
    'local',
    'main',
    'operations',
    'outreach',
    'programs',
    'public',
    'reference',
    'resources',
    'safety',
    'security',
    'senior',
    'service',
    'services',
    'shift',
    'site',
    'systems',
    'teen',
    'technical',
    'technology',
    'youth',
  ].concat([...roleNouns()]),
);

/** Nouns that make a phrase a title, which reads with "the": "the branch manager", "the IT desk". */
function roleNouns(): Set<string> {
  const singular = [
    'administrator',
    'assistant',
    'board',
    'chair',
    'charge',
    'chief',
    'clerk',
    'committee',
    'coordinator',
    'custodian',
    'department',
    'desk',
    'director',
    'guard',
    'head',
    'lead',
    'leader',
    'librarian',
    'manager',
    'member',
    'office',
    'officer',
    'person',
    'specialist',
    'staff',
    'supervisor',
    'team',
    'technician',
  ];
  return new Set([...singular, ...singular.map((word) => `${word}s`)]);
}
const ROLE_NOUNS = roleNouns();

// A phrase that starts with one of these already reads right: "a manager", "your supervisor",
// "someone in charge".
const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'any',
  'another',
  'your',
  'our',
  'one',
  'each',
  'either',
  'whoever',
  'whichever',
  'someone',
  'somebody',
  'anyone',
  'anybody',
]);

// An `ask` written as an instruction. Words that only mean "ask" go, as the sentence says it
// already ("Ask a supervisor" → "Check first with a supervisor"); words that say how to reach
// the person stay ("Phone the Director" → "Check first: phone the director").
const ASKING = ['ask for', 'ask', 'check with', 'talk to', 'talk with', 'speak to', 'speak with', 'consult', 'see', 'run it by'];
// After the verb, words that start a place or another verb rather than whom to ask.
const NOT_A_PERSON = /^(?:at|in|from|about|by|on|or|and|\/)\b/i;
const REACHING = ['phone', 'call', 'email', 'e-mail', 'radio', 'contact', 'message'];

const FALLBACK = 'a supervisor';

/**
 * The yellow headline for `ask`: "Check first with the supervisor on duty.", or with an `ask`
 * that says how to reach the person, "Check first: phone the director."
 */
export function askFirst(ask: string | undefined): string {
  const text = (ask ?? '').replace(/\s+/g, ' ').trim();
  const lower = text.toLowerCase();
  const starts = (verb: string) => lower.startsWith(`${verb} `);
  const verb = ASKING.find(starts) ?? REACHING.find(starts);
  if (verb === undefined) return `Check first with ${whomToAsk(text)}.`;
  const rest = text.slice(verb.length + 1);
  // Not a person after the verb ("Phone 555-0100", "Ask at the front desk", "Phone or email
  // the manager"): the instruction as written, the sentence's own punctuation at its end.
  if (!/\p{L}/u.test(rest) || NOT_A_PERSON.test(rest)) return `Check first: ${verb}${text.slice(verb.length).replace(/[\s.,;:!]+$/, '')}.`;
  return ASKING.includes(verb) ? `Check first with ${whomToAsk(rest)}.` : `Check first: ${verb} ${whomToAsk(rest)}.`;
}

/** `ask` as it reads after "Check first with": "Supervisor on Duty." → "the supervisor on duty". */
export function whomToAsk(ask: string | undefined): string {
  // Spaces of any kind collapse; a trailing full stop or comma goes (the sentence adds its own).
  const text = (ask ?? '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s.,;:!]+$/, '');
  if (!/\p{L}/u.test(text)) return FALLBACK;
  const words = text.split(' ').map((word) => (TITLE_WORDS.has(bare(word)) ? word.toLowerCase() : word));
  // What comes after a comma or a bracket describes the head ("Maria Lopez, branch manager"):
  // the head alone says whether the phrase is a name or a title.
  const headEnd = words.findIndex((word, index) => index > 0 && (word.startsWith('(') || words[index - 1]!.endsWith(',')));
  const head = (headEnd === -1 ? words : words.slice(0, headEnd)).map(bare);
  if (DETERMINERS.has(head[0]!)) {
    words[0] = words[0]!.toLowerCase();
    return words.join(' ');
  }
  const isTitle = head.some((word) => ROLE_NOUNS.has(word));
  return `${isTitle ? 'the ' : ''}${words.join(' ')}`;
}

/** The word in lower case without the punctuation around it: "(Manager)," → "manager". */
function bare(word: string): string {
  return word.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}']+$/gu, '');
}
