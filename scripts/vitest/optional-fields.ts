// Type-test helper for the option types users build. Under exactOptionalPropertyTypes an optional
// field takes an explicit `undefined` only when its type says so (`field?: T | undefined`); users
// forward optional values (`{ logger: maybeLogger }`), so every option type has to say so.

/**
 * The optional fields of `T` that refuse an explicit `undefined` (each member of a union checked on
 * its own); `never` when there are none. `Required` keeps a declared `| undefined` under the flag
 * and drops only the one `?` adds, so `Required<T>[K]` tells the two apart.
 */
export type FieldsRefusingUndefined<T> = T extends unknown
  ? {
      [K in keyof T]-?: Pick<T, K> extends Required<Pick<T, K>> ? never : undefined extends Required<T>[K] ? never : K;
    }[keyof T]
  : never;
