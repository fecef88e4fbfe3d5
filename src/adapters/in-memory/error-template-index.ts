/**
 * Each sync's error templates (`toErrorTemplate` of its messages of severity `error`), as numbers:
 * what the `errorTemplate` filter, the error groups and the failing companies read. Made once per
 * table, on first use, templating each distinct text once (a million syncs repeat a few thousand
 * texts), and kept up to date when a retry replaces a sync.
 */
import { toErrorTemplate } from '../../core/error-templates';
import type { Sync } from '../../core/model';

/** No template: a blank message, or a template no sync has. */
export const NO_TEMPLATE = -1;

/** The error templates of every sync in a table, by position. */
export class ErrorTemplateIndex {
  /** The distinct templates, by number. */
  readonly templates: string[] = [];
  private readonly numberByTemplate = new Map<string, number>();
  private readonly numberByText = new Map<string, number>();
  /**
   * The sync at `position` has the template numbers `numbers[starts[position]]` up to (not including)
   * `numbers[ends[position]]`: each once, in the order of its messages. A replaced sync's numbers
   * are appended at the end, so the lists of the others never move.
   */
  private readonly starts: Uint32Array;
  private readonly ends: Uint32Array;
  private numbers = new Int32Array(1024);
  private length = 0;

  constructor(syncs: readonly Sync[]) {
    this.starts = new Uint32Array(syncs.length);
    this.ends = new Uint32Array(syncs.length);
    for (let position = 0; position < syncs.length; position += 1) this.write(position, syncs[position] as Sync);
  }

  /** The number of a template, or {@link NO_TEMPLATE} when no sync has it. */
  numberOf(template: string): number {
    return this.numberByTemplate.get(template) ?? NO_TEMPLATE;
  }

  /** The number of a message text's template, or {@link NO_TEMPLATE} for a blank text. Templates each new text. */
  numberOfText(text: string): number {
    let number = this.numberByText.get(text);
    if (number === undefined) {
      const template = toErrorTemplate(text);
      number = template === '' ? NO_TEMPLATE : (this.numberByTemplate.get(template) ?? this.add(template));
      this.numberByText.set(text, number);
    }
    return number;
  }

  /** The template of a message text, or `undefined` for a blank text. */
  templateOfText(text: string): string | undefined {
    return this.templates[this.numberOfText(text)];
  }

  /** Whether the sync at `position` has a message of template `number`. */
  has(position: number, number: number): boolean {
    return this.holds(this.starts[position] as number, this.ends[position] as number, number);
  }

  /** Where the template numbers of the sync at `position` start in {@link numbersOf}'s list. */
  startOf(position: number): number {
    return this.starts[position] as number;
  }

  /** Where they end (exclusive). */
  endOf(position: number): number {
    return this.ends[position] as number;
  }

  /** Every sync's template numbers, laid out as {@link startOf} and {@link endOf} say. Read only. */
  numbersOf(): Int32Array {
    return this.numbers;
  }

  /** Indexes the sync that now stands at `position` (after a retry changed its messages). */
  replace(position: number, sync: Sync): void {
    this.write(position, sync);
  }

  private holds(start: number, end: number, number: number): boolean {
    for (let index = start; index < end; index += 1) if (this.numbers[index] === number) return true;
    return false;
  }

  private add(template: string): number {
    const number = this.templates.length;
    this.templates.push(template);
    this.numberByTemplate.set(template, number);
    return number;
  }

  private write(position: number, sync: Sync): void {
    const start = this.length;
    const { messages } = sync;
    for (let index = 0; index < messages.length; index += 1) {
      const message = messages[index]!;
      if (message.severity !== 'error') continue;
      const number = this.numberOfText(message.text);
      if (number === NO_TEMPLATE || this.holds(start, this.length, number)) continue;
      if (this.length === this.numbers.length) {
        const grown = new Int32Array(this.numbers.length * 2);
        grown.set(this.numbers);
        this.numbers = grown;
      }
      this.numbers[this.length++] = number;
    }
    this.starts[position] = start;
    this.ends[position] = this.length;
  }
}
