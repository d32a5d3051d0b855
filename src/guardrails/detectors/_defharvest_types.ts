/** One kind of data a tool definition may try to harvest into an ordinary tool's arguments. */
export interface HarvestArea {
  /** Area of the knowledge base: model_state, reach or personal. */
  area: string;
  /** What the field asks for, for the finding's reason. */
  what: string;
  /** Cheap literal gate over the field's text: the area is read only when it matches. */
  gate: RegExp;
  /** A field text asking for the data (global: read sentence by sentence, negations skipped). */
  ask: RegExp;
  /** A field name (lower-case spaced words) that asks for it alone, with no description. */
  name?: RegExp;
  /** A tool job (name, title, first sentence) that receives this data for real. */
  job: RegExp;
  /** True when the ask alone is not enough: a marker that the value is gleaned must join it. */
  gleaned?: boolean;
}
