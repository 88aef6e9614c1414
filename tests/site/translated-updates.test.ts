// "Recently updated" in another language, from a real git repository with dated commits: a typo
// fixed in the English text, its commit saying `[translations ok]`, changed nothing a reader of
// the Spanish translation reads, so the Spanish page and feed do not list it; a rule not yet
// translated shows its English text there, so its fix is listed.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { TempRepo, ruleYaml } from '../helpers/git-repo.ts';

const repo = new TempRepo();
const out = mkdtempSync(join(tmpdir(), 'rules-clarity-translated-updates-'));
const DAY = 24 * 60 * 60 * 1000;
const daysAgo = (days: number) => `${new Date(Date.now() - days * DAY).toISOString().slice(0, 10)}T10:00:00+00:00`;
const TYPO = daysAgo(10);
const ENGLISH_EDIT = daysAgo(8);
const SPANISH_EDIT = daysAgo(6);

const es = { title: 'Llamadas', public_wording: 'Puede hablar por teléfono en el vestíbulo.' };
const phone = (wording: string) => ruleYaml('phone', 'green', { title: 'Phone calls', public_wording: wording, translations: { es } });
const food = (wording: string) => ruleYaml('food', 'green', { title: 'Food and drink', public_wording: wording });
const quiet = (wording: string, spanish: string) =>
  ruleYaml('quiet', 'green', {
    title: 'Quiet floor',
    public_wording: wording,
    translations: { es: { title: 'Planta tranquila', public_wording: spanish } },
  });
const FEES_EDIT = daysAgo(4);
const simple = (id: string, title: string, wording: string, spanishTitle: string, spanish: string) =>
  ruleYaml(id, 'green', { title, public_wording: wording, translations: { es: { title: spanishTitle, public_wording: spanish } } });
const fees = (wording: string) =>
  ruleYaml('fees', 'green', {
    title: 'Late fees',
    public_wording: wording,
    translations: { es: { title: 'Multas', public_wording: 'Cada día de retraso cuesta 25 centavos.' } },
  });
const desk = (publicRule: boolean, spanish: string) =>
  ruleYaml('desk', 'green', {
    title: 'Desk hours',
    public: publicRule,
    translations: { es: { title: 'Horario', public_wording: spanish } },
  });

beforeAll(() => {
  repo.write('policies/_site.yaml', 'organisation: Test Library\ncategories: [Spaces]\nlanguages: [en, es]\n');
  repo.write('policies/phone.yaml', phone('You are welcome to take calls in the lobby'));
  repo.write('policies/food.yaml', food('You are welcome to bring a covered drink'));
  repo.commitAt('Adopt the first rules', daysAgo(200));
  repo.write('policies/phone.yaml', phone('You are welcome to take calls in the lobby.'));
  repo.write('policies/food.yaml', food('You are welcome to bring a covered drink.'));
  repo.commitAt('Full stops [translations ok]', TYPO);
  // The Spanish readers' own history: an English edit leaves their text as it was; the
  // translator's update is theirs. A translation edited while its rule was staff-only is no update.
  repo.write('policies/quiet.yaml', quiet('You are welcome to read here.', 'Puede leer aquí.'));
  repo.write('policies/desk.yaml', desk(false, 'Abrimos a las nueve.'));
  repo.commitAt('Quiet floor; desk hours for staff', daysAgo(150));
  repo.write('policies/quiet.yaml', quiet('You are welcome to read and study here.', 'Puede leer aquí.'));
  repo.write('policies/desk.yaml', desk(false, 'Abrimos a las diez.'));
  repo.commitAt('Quiet floor: study too', ENGLISH_EDIT);
  repo.write('policies/quiet.yaml', quiet('You are welcome to read and study here.', 'Puede leer y estudiar aquí.'));
  repo.write('policies/desk.yaml', desk(true, 'Abrimos a las diez.'));
  repo.commitAt('Spanish: study too; desk hours public', SPANISH_EDIT);
  // The English changed after the translation last did: the Spanish list and feed say so.
  repo.write('policies/fees.yaml', fees('Late items cost 25 cents a day.'));
  repo.commitAt('Late fees', daysAgo(150));
  repo.write('policies/fees.yaml', fees('Late items cost 10 cents a day.'));
  repo.commitAt('Lower late fees', FEES_EDIT);
  // Changed and put back: the translation is current, as its page says. The wording changed and
  // the translator fixed only the title: still behind on the wording (both found by a review).
  repo.write('policies/hours.yaml', simple('hours', 'Opening hours', 'We open at nine.', 'Horario', 'Abrimos a las nueve.'));
  repo.write('policies/rooms.yaml', simple('rooms', 'Rooms', 'Book a room at the desk.', 'Salas', 'Reserve una sala en el mostrador.'));
  repo.commitAt('Hours and rooms', daysAgo(150));
  repo.write('policies/hours.yaml', simple('hours', 'Opening hours', 'We open at ten.', 'Horario', 'Abrimos a las nueve.'));
  repo.write(
    'policies/rooms.yaml',
    simple('rooms', 'Rooms', 'Book a room online or at the desk.', 'Salas', 'Reserve una sala en el mostrador.'),
  );
  repo.commitAt('Hours later; rooms online', daysAgo(20));
  repo.write('policies/hours.yaml', simple('hours', 'Opening hours', 'We open at nine.', 'Horario', 'Abrimos a las nueve.'));
  repo.write(
    'policies/rooms.yaml',
    simple('rooms', 'Rooms', 'Book a room online or at the desk.', 'Salas de reunión', 'Reserve una sala en el mostrador.'),
  );
  repo.commitAt('Revert the hours; Spanish title of rooms', daysAgo(19));
  const result = spawnSync(
    process.execPath,
    ['src/cli/rules-clarity.ts', 'build', '--edition', 'public', '--dir', join(repo.dir, 'policies'), '--out', out],
    { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } },
  );
  if (result.status !== 0) throw new Error(`build failed:\n${result.stdout}${result.stderr}`);
}, 120_000);

afterAll(() => {
  repo.dispose();
  rmSync(out, { recursive: true, force: true });
});

const read = (path: string) => readFileSync(join(out, path), 'utf8');

it('leaves a change that needs no new translation off the Spanish updates of a translated rule (found by a new-user trial)', () => {
  // English readers read the new full stops.
  expect(read('updates/index.html')).toContain('<a href="/rules/phone/">Phone calls</a>');
  const spanish = read('es/updates/index.html');
  expect(spanish).not.toContain('/es/rules/phone/');
  // The rule not translated yet reads in English on its Spanish page: its fix is an update there.
  expect(spanish).toContain('<a href="/es/rules/food/" lang="en">Food and drink</a>');
  // In the feeds: published, then the full stops in English; published only, in Spanish.
  const entries = (feed: string, rule: string) => feed.split('<entry>').filter((entry) => entry.includes(rule)).length;
  expect(entries(read('updates.xml'), '/rules/phone/')).toBe(2);
  expect(entries(read('es/updates.xml'), '/es/rules/phone/')).toBe(1);
  // The translation stays current, and its page's date is the translation's own.
  expect(read('es/rules/phone/index.html')).not.toContain('Puede que esta traducción no esté al día');
});

it("lists in Spanish the translators' own updates besides the rule's changes; not a staff-only rule's (found by a new-user trial)", () => {
  const entriesOf = (feed: string, rule: string) => feed.split('<entry>').filter((entry) => entry.includes(rule));
  const english = entriesOf(read('updates.xml'), '/rules/quiet/');
  expect(english).toHaveLength(2);
  expect(english[0]).toContain('study');
  // The English edit changed the rule (its Spanish page said the translation was behind); the
  // translator's update is listed too.
  const spanish = entriesOf(read('es/updates.xml'), '/es/rules/quiet/');
  expect(spanish.map((entry) => /<updated>([^<]+)<\/updated>/.exec(entry)?.[1])).toEqual([SPANISH_EDIT, ENGLISH_EDIT, expect.any(String)]);
  expect(spanish[0]).toContain('estudiar');
  expect(read('es/updates/index.html')).toContain(`<time datetime="${SPANISH_EDIT}">`);
  // Staff-only until six days ago: its Spanish edit before then is no public update.
  const desk = entriesOf(read('es/updates.xml'), '/es/rules/desk/');
  expect(desk).toHaveLength(1);
  expect(desk[0]).not.toContain('nueve');
});

it("says on the Spanish updates that the English changed after the translation, as the rule page does (found by a translator's trial)", () => {
  const spanish = read('es/updates/index.html');
  const at = spanish.indexOf(`<time datetime="${FEES_EDIT}">`);
  expect(at).toBeGreaterThan(0);
  const item = spanish.slice(spanish.lastIndexOf('<li>', at));
  const entry = item.slice(0, item.indexOf('</li>'));
  expect(entry).toContain('<a href="/es/rules/fees/">Multas</a>');
  expect(entry).toMatch(
    /Puede que esta traducción no esté al día: el texto en inglés se actualizó el .+<a href="\/rules\/fees\/" hreflang="en">/,
  );
  // The feed's entry says so before the translation it shows, which is older than the change.
  const feed = read('es/updates.xml');
  const fed = feed
    .split('<entry>')
    .slice(1)
    .find((one) => one.includes('/es/rules/fees/') && one.includes(`<updated>${FEES_EDIT}</updated>`))!;
  expect(fed).toContain('Puede que esta traducción no esté al día');
  expect(fed).toContain('25 centavos');
  // The first entry (the rule published) came before the translation was behind: nothing said.
  const first = feed.split('<entry>').filter((one) => one.includes('/es/rules/fees/'));
  expect(first).toHaveLength(2);
  expect(first[1]).not.toContain('Puede que esta traducción no esté al día');
  // Put back as it was: current, nothing said; the title fixed alone: still behind on the wording.
  const items = (rule: string) => spanish.split('<li>').filter((one) => one.includes(`/es/rules/${rule}/`));
  expect(items('hours').join('')).not.toContain('Puede que esta traducción no esté al día');
  expect(items('rooms').filter((one) => one.includes('Puede que esta traducción no esté al día'))).toHaveLength(1);
  expect(read('es/rules/rooms/index.html')).toContain('Puede que esta traducción no esté al día');
  // The quiet floor's English edit was translated later: not said to be behind.
  const quietEntries = spanish.split('<li>').filter((one) => one.includes('/es/rules/quiet/'));
  expect(quietEntries.join('')).not.toContain('Puede que esta traducción no esté al día');
});
