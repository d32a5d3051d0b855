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
  /** When the ask alone is not enough: a marker that must join it (the value is gleaned, the
   * prompt is the model's own); a bare field name with no text needs none.
   */
  needs?: RegExp;
}
