/** Comparing props for `memo`, when one prop is new on every render but says nothing new. */

/** Whether two props objects hold the same values under every key but `except`. */
export function sameExcept<Props extends object>(previous: Props, next: Props, except: keyof Props): boolean {
  return Object.keys(next).every((key) => key === except || previous[key as keyof Props] === next[key as keyof Props]);
}
