// Generated from schemas/*.schema.json by `npm run generate:types`. Do not edit by hand.

/**
 * One rule of the rule book, in its own file: policies/<id>.yaml. Its color says whether staff may bend it, its intent says why it exists, and its public wording says it in a welcoming way.
 */
export type Rule = {
  /**
   * The rule's short name in lowercase-kebab-case. It must equal the file name (phone-calls.yaml has id: phone-calls, in any sub-folder) and be unique in the book. Other rules point at it in `related`.
   */
  id: string;
  /**
   * A short name for the rule, as staff would call it. It is shown in search results and, for public rules, to visitors too, so use plain words.
   */
  title: string;
  /**
   * Who may bend the rule: red (nobody), yellow (check first with someone named in bend.ask) or green (staff use their judgment, as bend.how says).
   */
  color: (RedNobodyCanOverrideIt | YellowCheckFirst | GreenUseYourJudgment) & string;
  /**
   * The part of the book the rule belongs to: one of the categories listed in policies/_site.yaml.
   */
  category: string;
  /**
   * The rule as staff know it, in the organisation's own (internal) wording. Never shown in the public edition.
   */
  rule: string;
  /**
   * Why the rule exists: what it protects. Staff bend a rule well only when they know its intent. Shown to the public as "Why we ask" unless the rule has a `public_why`.
   */
  intent: string;
  /**
   * The welcoming version for visitors: say what people can do, in plain words with no insider jargon. Required unless `public: false`.
   */
  public_wording?: string;
  /**
   * The reason as visitors are told it: the public edition and the sign show it as "Why we ask" instead of `intent`. Write it for visitors, in plain, welcoming words; leave it out when the intent already reads well to them. Checked for welcoming language like `public_wording`.
   */
  public_why?: string;
  /**
   * Whether the rule appears in the public edition and on signs. Default true; false keeps it for staff only.
   */
  public?: boolean;
  /**
   * What staff may do. Red rules have no `bend`. Yellow rules need `ask`; green rules need `how`.
   */
  bend?: {
    /**
     * How staff may bend the rule, within its intent. Required for green rules.
     */
    how?: string;
    /**
     * How far staff may go on their own: the bound of their discretion.
     */
    limit?: string;
    /**
     * Who to check with before bending: a role staff can find on shift. Required for yellow rules.
     */
    ask?: string;
  };
  /**
   * What staff can offer when the answer is no. Any color; red rules especially.
   */
  instead?: string;
  /**
   * Situations that teach staff how the rule plays out at the desk.
   */
  examples?: {
    /**
     * What happens at the desk.
     */
    situation: string;
    /**
     * What a staff member does, and why that keeps to the intent.
     */
    response: string;
  }[];
  /**
   * Words people search with (synonyms, everyday words). They weigh more than the text in search.
   */
  tags?: string[];
  /**
   * Ids of other rules worth reading with this one. Each must exist; the link is shown on both rules.
   */
  related?: string[];
  /**
   * Ids of rules this rule takes the place of: one merged into it, or one split into it and others (each new rule names it). Remove their files: their old addresses, and QR codes on old signs, then lead here, and a `related` that still names one is told which rule to use.
   */
  replaces?: string[];
  /**
   * Who keeps the rule current (a role, not a person's name, so it survives staff changes).
   */
  owner?: string;
  /**
   * When the rule was last reviewed, as YYYY-MM-DD.
   */
  reviewed?: string;
  /**
   * When the rule is next due for review, as YYYY-MM-DD. A date in the past is a warning.
   */
  review_by?: string;
  /**
   * When the rule was first adopted, as YYYY-MM-DD. Shown on the staff rule page.
   */
  adopted?: string;
  /**
   * Who approved the rule, as staff and boards refer to it (a board motion, a manager). Shown on the staff rule page; a change to a red rule that leaves it as it was is pointed out in the changes report.
   */
  approved_by?: string;
  /**
   * The rule's public text in the other languages of the book (`languages` in _site.yaml), keyed by language code. Each gives the title and the welcoming wording, and `public_why` when the rule has one. `check` says when a language is missing, and when a translation is out of date: the English (source) text changed in git after the translation last did. Translations are public text: the welcoming-language checks of that language apply.
   */
  translations?: {
    [k: string]: {
      /**
       * The rule's title in this language.
       */
      title: string;
      /**
       * The welcoming wording in this language, written as a native speaker would say it.
       */
      public_wording: string;
      /**
       * The reason as visitors are told it, in this language (when the rule has a `public_why`).
       */
      public_why?: string;
    };
  };
  /**
   * Findings of the welcoming-language check that are fine for this rule, each with the reason: a check that cannot be told "this is fine" gets switched off.
   */
  wording_ok?: {
    /**
     * Which check to silence.
     */
    check: ("jargon" | "forbidding" | "reading-level" | "long-sentence" | "untranslated") & string;
    /**
     * The word or phrase to allow (for jargon and forbidding); without it, every finding of the check on this rule is allowed.
     */
    word?: string;
    /**
     * Why this is fine here, for the next reviewer.
     */
    why: string;
  }[];
};
/**
 * Red: nobody can override this rule (law, safety, privacy). Leave out `bend`; say in `instead` what staff can offer.
 */
export type RedNobodyCanOverrideIt = "red";
/**
 * Yellow: staff are not sure, so they check with someone before bending. `bend.ask` names whom to ask.
 */
export type YellowCheckFirst = "yellow";
/**
 * Green: staff are trusted to bend this rule to serve the person in front of them, within its intent. `bend.how` says how; `bend.limit` says how far.
 */
export type GreenUseYourJudgment = "green";

/**
 * Settings for the whole rule book, in policies/_site.yaml.
 */
export interface SiteSettings {
  /**
   * The organisation's name, shown in the header and page titles of both editions and on signs.
   */
  organisation: string;
  /**
   * The parts of the book. Every rule's `category` must be one of these; browse pages follow this order.
   *
   * @minItems 1
   */
  categories: [string, ...string[]];
  /**
   * Insider words and the plain words to use instead, added to (or replacing the suggestion of) the built-in glossary of library jargon. Public text that uses one of these words is flagged, whole words and phrases, in any case, with plurals; words in capitals (ILL, OCLC) match in capitals only.
   */
  jargon?: {
    [k: string]: string;
  };
  /**
   * Groups of words people search with that mean the same thing here, added to the built-in ones (kid/child, cop/police, toilet/restroom…). A search for any word or phrase of a group also finds rules written with another. The jargon glossary's pairs count as synonyms too.
   */
  synonyms?: [string, string, ...string[]][];
  /**
   * Where the public edition is published: a full https:// address. Its path becomes the base of every link (https://example.github.io/rules/ serves the site under /rules/), and it makes the canonical addresses and sitemap.xml. Leave it out to serve the edition at the root of any host. The RULES_PUBLIC_URL environment variable overrides it (CI passes the host's address).
   */
  public_url?: string;
  /**
   * Where the staff edition is published: a full https:// address, whose path becomes the base of every link (https://staff.riverside.org/rules/ serves it under /rules/). Leave it out to serve it at the root of any host. The RULES_STAFF_URL environment variable overrides it.
   */
  staff_url?: string;
  /**
   * The repository that holds this rule book: a GitHub or GitLab address (https://github.com/<owner>/<repo> or https://gitlab.com/<group>/<project>). With it, every staff rule page links to edit its file there and to suggest a change in a new issue filled in with the rule's id and title. github.com (or a GitHub Enterprise host named github.<domain>) is GitHub; any other host is taken for GitLab (gitlab.com or self-hosted). Edits open the default branch: RULES_REPOSITORY_BRANCH, else the clone's origin/HEAD, else main.
   */
  repository?: string;
  /**
   * The languages of the public edition, as language codes (en, es, fr, ar…). The first is the language the rules are written in and stays at the root of the site; each other one gets its own part of the site under /<code>/ (e.g. /es/rules/<id>/), its own search and its own signs. Rules give their text in the other languages under `translations`. Default: [en].
   *
   * @minItems 1
   *
   * Items: A language code: two or three lowercase letters, optionally with a region or script (pt-BR).
   */
  languages?: [string, ...string[]];
  /**
   * The book's own words in each other language of `languages`: the organisation's name, the category names and, optionally, interface messages that replace the built-in ones.
   */
  translations?: {
    [k: string]: {
      /**
       * The organisation's name in this language.
       */
      organisation?: string;
      /**
       * Category names in this language, keyed by the category as written in `categories`.
       */
      categories?: {
        [k: string]: string;
      };
      /**
       * Insider words in this language and the plain words to use instead, added to the built-in glossary of that language (Spanish and French have one). Translations in this language that use one are flagged, as `jargon` flags the source language's.
       */
      jargon?: {
        [k: string]: string;
      };
      /**
       * Interface messages in this language that replace the built-in ones (the site's own words: 'Search', 'Why we ask'…), keyed by message name.
       */
      messages?: {
        [k: string]: string;
      };
    };
  };
  /**
   * Whether the public edition shows each rule's color. Default false: the colors are staff language, so visitors see only the welcoming wording.
   */
  public_colors?: boolean;
  /**
   * Whether the built-in glossary of common library jargon (circulation, patron, periodicals, call number…) is checked too. Default true; false checks only the words in `jargon`.
   */
  builtin_jargon?: boolean;
  /**
   * Targets for the welcoming-language check of public text.
   */
  wording?: {
    /**
     * The highest school grade (Flesch–Kincaid) a public wording may need to read. Default 8.
     */
    reading_grade?: number;
    /**
     * A sentence of more words than this in public text is flagged as hard to read. Default 25.
     */
    long_sentence?: number;
    /**
     * The largest share of the book that may be red, from 0 to 1. Red rules are for real harm (law, safety, privacy) and work best when few. Default 0.2 (20%).
     */
    red_share?: number;
  };
}
