/** Koa/Hono-style middleware composition: `(ctx, next) => Promise<void>`. */

/** A pipeline stage. */
export type Middleware<C> = (ctx: C, next: () => Promise<void>) => Promise<void>;

/** Compose stages into one function; calling `next()` twice in a stage is a bug and throws. */
export function compose<C>(stages: readonly Middleware<C>[]): (ctx: C) => Promise<void> {
  return (ctx: C) => {
    let index = -1;
    const dispatch = (i: number): Promise<void> => {
      if (i <= index) return Promise.reject(new Error("next() called multiple times"));
      index = i;
      const stage = stages[i];
      if (!stage) return Promise.resolve();
      try {
        return Promise.resolve(stage(ctx, () => dispatch(i + 1)));
      } catch (e) {
        return Promise.reject(e);
      }
    };
    return dispatch(0);
  };
}
