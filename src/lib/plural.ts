export function plural(count: number, word: string): string {
  return `${count} ${countedWord(count, word)}`;
}

/** The word as a count of `count` takes it: "rule", "rules". */
export function countedWord(count: number, word: string): string {
  return `${word}${count === 1 ? '' : 's'}`;
}
