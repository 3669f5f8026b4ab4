/** The Unicode line breaking algorithm (UAX #14), as the `linebreak` package exports it. */
declare module "linebreak" {
  interface Break {
    /** Code unit index where the next line may start. */
    position: number;
    /** A mandatory break (after a newline). */
    required: boolean;
  }
  export default class LineBreaker {
    constructor(text: string);
    nextBreak(): Break | null;
  }
}
